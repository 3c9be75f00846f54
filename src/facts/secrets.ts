/** @module Analyzer "secrets": are secrets committed (env files with values, private keys, provider tokens, real-looking signing secrets)? Pure apart from bounded snapshot reads; never puts a secret value into evidence. */
import type { Evidence, FileEntry, Snapshot } from '../types.js'
import type { Analyzer, AnalyzerContext } from './context.js'
import { envFileKind, isKeyFileName, isScannedText, isRelaxedPath } from './usage/secret-files.js'
import {
  hardCodedSecret,
  PEM_BODY,
  PRIVATE_KEY_BEGIN,
  providerToken,
  remoteCredentialUrl,
  SECRET_HINT,
  TOKEN_HINT,
} from './usage/secret-patterns.js'

/** Text files read at most, besides the code index (which is already in memory). */
const MAX_TEXT_FILES = 3000
/** Evidence entries kept at most. */
const MAX_EVIDENCE = 10
/** Longer lines are minified code or data: only provider tokens are looked for there. */
const MAX_LINE = 4000

/**
 * `security.hasCommittedSecrets` (found = secrets present, so the rule fails): a committed .env (not an
 * example) with at least one KEY=value, whatever the value; private key files; provider tokens (AWS,
 * GitHub, Stripe live, Slack, Google, SendGrid, OpenAI, npm) anywhere; database URLs with a password
 * for a remote host; real-looking signing secrets or API keys hard-coded in code, config or the README.
 *
 * Test folders and fixtures: provider tokens and remote database passwords still count there (they
 * work wherever they are written), but .env files, key files and signing secrets under tests/fixtures
 * are throwaway by convention (test certificates, `JWT_SECRET='test-secret'`) and do not.
 * Evidence holds only path, line and the kind of secret.
 */
export const secrets: Analyzer = {
  name: 'secrets',
  facts: ['security.hasCommittedSecrets'],
  async run(ctx) {
    const evidence: Evidence[] = []
    const add = (e: Evidence): void => {
      if (evidence.length < MAX_EVIDENCE && !evidence.some((x) => x.path === e.path && x.line === e.line)) evidence.push(e)
    }
    const { snapshot } = ctx
    for (const file of snapshot.files) {
      if (isKeyFileName(file.path) && !isRelaxedPath(file.path)) await keyFile(snapshot, file, add)
    }
    for (const { path, text } of await textsToScan(ctx)) scanText(path, text, add)
    return [{ id: 'security.hasCommittedSecrets', found: evidence.length > 0, evidence }]
  },
}

/** A private key file: binary keystores by name, PEM/key files when they hold a private key. */
async function keyFile(snapshot: Snapshot, file: FileEntry, add: (e: Evidence) => void): Promise<void> {
  if (/\.(p12|pfx|jks|keystore)$/i.test(file.path)) return add({ path: file.path, note: 'private key store committed' })
  const text = file.tooLarge ? undefined : await snapshot.read(file.path)
  if (text === undefined) return
  if (/(^|\/)config\/(master|credentials\/\w+)\.key$/.test(file.path) && /^[0-9a-f]{32}\s*$/.test(text)) {
    return add({ path: file.path, line: 1, note: 'Rails master key committed' })
  }
  const lines = text.split('\n')
  const at = lines.findIndex((l) => PRIVATE_KEY_BEGIN.test(l))
  if (at >= 0 && PEM_BODY.test(lines[at + 1] ?? '')) add({ path: file.path, line: at + 1, note: 'private key file committed' })
}

/** The code index files plus config, docs and env files, within bounds (a note says when bounds were hit). */
async function textsToScan(ctx: AnalyzerContext): Promise<{ path: string; text: string }[]> {
  const code = await ctx.code()
  const indexed = new Set(code.files.map((f) => f.path))
  const others = ctx.snapshot.files.filter((f) => !f.tooLarge && !indexed.has(f.path) && isScannedText(f.path))
  if (others.length > MAX_TEXT_FILES) {
    ctx.note({ level: 'info', message: `secret scan read ${MAX_TEXT_FILES} of ${others.length} config and text files` })
  }
  const read = await Promise.all(others.slice(0, MAX_TEXT_FILES).map(async (f) => ({ path: f.path, text: (await ctx.snapshot.read(f.path)) ?? '' })))
  return [...code.files.map((f) => ({ path: f.path, text: f.text })), ...read]
}

/** Look at one text file line by line. */
function scanText(path: string, text: string, add: (e: Evidence) => void): void {
  const relaxed = isRelaxedPath(path)
  const env = envFileKind(path)
  if (env === 'env' && !relaxed) {
    const line = firstAssignment(text)
    if (line) add({ path, line, note: '.env file with values committed' })
  }
  const example = env === 'example' || /\.(example|sample|template|dist)(\.\w+)?$|(^|\/)example\.\w+$/i.test(path)
  const unquoted = env !== undefined || /\.(properties|ya?ml|ini|cfg|conf|toml|env)$/i.test(path)
  // whole-text hints first: most files hold no candidate at all, and then no line is looked at
  const tokens = TOKEN_HINT.test(text)
  const urls = text.includes('://') && text.includes('@')
  const keys = !relaxed && !example && text.includes('PRIVATE KEY')
  const named = !relaxed && !example && SECRET_HINT.test(text)
  if (!tokens && !urls && !keys && !named) return
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (tokens && TOKEN_HINT.test(line)) {
      const token = providerToken(line.length > MAX_LINE ? line.slice(0, 20000) : line)
      if (token) add({ path, line: i + 1, note: token })
    }
    if (line.length > MAX_LINE) continue
    if (urls && line.includes('@') && remoteCredentialUrl(line)) add({ path, line: i + 1, note: 'database/broker URL with a password for a remote host' })
    if (keys && PRIVATE_KEY_BEGIN.test(line) && PEM_BODY.test(lines[i + 1] ?? '')) add({ path, line: i + 1, note: 'private key block' })
    if (!named || !SECRET_HINT.test(line)) continue
    const secret = hardCodedSecret(line, lines.slice(Math.max(0, i - 3), i).join('\n'), unquoted)
    if (secret) {
      const key = secret.key?.replace(/^(process\.env|import\.meta\.env|os\.environ)\./, '')
      const name = key && /^[A-Za-z_$][\w.$-]{0,60}$/.test(key) ? ` for ${key}` : ''
      add({ path, line: i + 1, note: `real-looking secret hard-coded${name}` })
    }
  }
}

/** 1-based line of the first KEY=value with a non-empty value, or undefined. */
function firstAssignment(text: string): number | undefined {
  const lines = text.split('\n')
  const at = lines.findIndex((l) => {
    const m = /^\s*(?:export\s+)?[A-Za-z_][\w.-]*\s*=\s*(.*)$/.exec(l)
    return m !== null && m[1]!.replace(/\s+#.*$/, '').replace(/^(['"])\1$/, '').trim() !== ''
  })
  return at < 0 ? undefined : at + 1
}

