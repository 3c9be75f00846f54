/** @module Does a README document configuration: environment variable names, a .env file to create, config keys in a configuration section. Pure. */
import { serviceContainerLines, withoutServiceRuns } from './container-env.js'
import type { Block, Line, Section } from './doc.js'

/** Names that are environment variables even without an underscore. */
const SINGLE_WORD_VARS = new Set(['PORT', 'HOST', 'DEBUG', 'ENV', 'SECRET', 'DATABASE', 'HOSTNAME', 'TZ', 'LOG_LEVEL'])
const SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/

/** True for `DATABASE_URL`, `JWT_SECRET`, `PORT`; false for `GET`, `API`, `README`. */
export function isEnvName(name: string): boolean {
  return SNAKE.test(name) || SINGLE_WORD_VARS.has(name)
}

/** `NAME=value` (shell, .env, Windows `set`, PowerShell `$env:`), with the name an env var name. */
const ASSIGNMENT = /(?:^|[\s;&(]|\$env:)([A-Z][A-Z0-9_]*)\s*[=:]=?\s*/g
/** A .env file named in any form: `.env`, `.env.example`, `example.env`, `env.sample`. */
const ENV_FILE = /(?:^|[\s`'"(/*[])(?:\.env(?:[.-](?:example|sample|template|local|dist|dev|development|production|test))?|(?:example|sample)\.env|env\.(?:example|sample))(?![\w-])/i
/** Folder-tree lines list files; a `.env` in a tree says nothing about what to set. */
const TREE_GLYPHS = /[├└│]/

/** Lines that document configuration, most telling first; empty when the README does not. */
export function configEvidence(blocks: Block[], sections: Section[]): Line[] {
  const hits: Line[] = []
  for (const block of blocks) {
    if (block.type === 'code') {
      // `docker run -e POSTGRES_PASSWORD=x postgres` and a compose `db:` service configure the database image, not the app.
      const skipped = serviceContainerLines(block.lines)
      for (const line of block.lines) if (!skipped.has(line.line) && (assignsEnvVar(line.text) || mentionsEnvFile(line.text))) hits.push(line)
      continue
    }
    const first = block.lines[0]?.text.trim() ?? ''
    const named =
      (block.inline ?? []).find((span) => isEnvName(span.text.replace(/=.*$/, '').trim())) ??
      (block.type === 'row' && (block.cells ?? []).some((c) => isEnvName(c.replace(/[`*]/g, '').trim())) ? { text: first, line: block.line } : undefined) ??
      (block.type === 'item' && /^[*_`]*[A-Z][A-Z0-9_]+[*_`]*\s*[:=—–-]/.test(first) && isEnvName(first.replace(/^[*_`]*([A-Z][A-Z0-9_]+).*$/s, '$1'))
        ? { text: first, line: block.line }
        : undefined) ??
      block.lines.find((l) => mentionsEnvFile(withoutServiceRuns(l.text)) || assignsEnvVar(withoutServiceRuns(l.text)))
    if (named) hits.push({ text: named.text, line: named.line })
  }
  for (const section of sections) {
    if (!section.kinds.has('config')) continue
    const keys = section.blocks.find((b) => b.type === 'code' && b.lines.some((l) => /^\s*[\w.-]+\s*[=:]\s*\S/.test(l.text)))
    const table = section.blocks.find((b) => b.type === 'row' && !b.header)
    const found = keys?.lines.find((l) => /^\s*[\w.-]+\s*[=:]\s*\S/.test(l.text)) ?? (table ? { text: '', line: table.line } : undefined)
    if (found) hits.push({ text: found.text, line: found.line })
  }
  return hits.sort((a, b) => a.line - b.line)
}

function assignsEnvVar(text: string): boolean {
  if (TREE_GLYPHS.test(text)) return false
  for (const m of text.matchAll(ASSIGNMENT)) if (isEnvName(m[1]!)) return true
  return false
}

function mentionsEnvFile(text: string): boolean {
  return !TREE_GLYPHS.test(text) && ENV_FILE.test(text)
}
