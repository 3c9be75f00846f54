/** @module Declarative "library used in code" signals and their evaluation over the app's own source files. Pure. */
import type { Evidence, Language } from '../../types.js'
import type { SourceFile } from '../context.js'
import { bindingUseLine } from './bindings.js'
import { matchingLines } from './code-lines.js'
import { filesImporting } from './modules.js'

/**
 * One way a feature shows in code: a usage line, optionally in a file that imports a library.
 * A library that is only declared in a manifest, or only imported, never matches.
 */
export type LineSignal = {
  /** The evidence note, e.g. 'bcrypt.hash() call'. Never contains repository text. */
  label: string
  languages: readonly Language[]
  /** Library modules; the matching file must import one ('file', the default) or any app file must ('project'). */
  modules?: readonly string[]
  scope?: 'file' | 'project'
  /** The usage line. When omitted, any use of a name imported from `modules` counts (JS/TS and Python). */
  pattern?: RegExp
  /** Only files whose path matches. */
  paths?: RegExp
  /** Never files whose path matches (generated files, framework config). */
  exclude?: RegExp
  /** The file's code (comments left out) must also hold this, on any line (`'PBKDF2'` next to `subtle.deriveBits(`). */
  requires?: RegExp
}

/** A single signal, or several that must all be present (each adds its evidence). */
export type Signal = LineSignal | { label: string; all: readonly LineSignal[] }

/**
 * Evidence of the first line of each signal that matches in `files` (the app's own non-test code),
 * in signal order, at most `limit` entries.
 */
export function findSignals(files: readonly SourceFile[], signals: readonly Signal[], limit = 5): Evidence[] {
  const found: Evidence[] = []
  const seen = new Set<string>()
  for (const signal of signals) {
    if (found.length >= limit) break
    const evidence = 'all' in signal ? matchAll(files, signal.all) : matchOne(files, signal)
    for (const e of evidence) {
      const key = `${e.path}:${e.line}`
      if (seen.has(key)) continue
      seen.add(key)
      found.push(e)
    }
  }
  return found.slice(0, limit)
}

/** Evidence for every part, or none when one part is missing. */
function matchAll(files: readonly SourceFile[], parts: readonly LineSignal[]): Evidence[] {
  const out: Evidence[] = []
  for (const part of parts) {
    const evidence = matchOne(files, part)
    if (!evidence.length) return []
    out.push(...evidence)
  }
  return out
}

/** Evidence of the first matching line of one signal, or []. */
export function matchOne(files: readonly SourceFile[], signal: LineSignal): Evidence[] {
  const modules = signal.modules?.length ? signal.modules : undefined
  const importers = modules ? filesImporting(files, modules) : files
  if (modules && importers.length === 0) return []
  const pool = modules && signal.scope !== 'project' ? importers : files
  for (const file of pool) {
    if (!signal.languages.includes(file.language) || (signal.paths && !signal.paths.test(file.path)) || signal.exclude?.test(file.path)) continue
    const line = signal.pattern ? matchingLines(file, signal.pattern)[0] : modules ? bindingUseLine(file, modules) : undefined
    if (line === undefined || (signal.requires && matchingLines(file, signal.requires).length === 0)) continue
    return [{ path: file.path, line, note: signal.label }]
  }
  return []
}
