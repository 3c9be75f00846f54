/** @module Analyzer "auth": are passwords hashed with a real algorithm, and are sessions or tokens handled? Pure apart from snapshot reads. */
import type { Evidence, Fact } from '../types.js'
import type { Analyzer, SourceFile } from './context.js'
import { appFiles } from './usage/app-files.js'
import { codeLines } from './usage/code-lines.js'
import { HASHING_SIGNALS, PASSWORD_WORD, WEAK_DIGEST_HINTS, WEAK_DIGESTS } from './usage/hashing-signals.js'
import { findSignals } from './usage/signals.js'
import { TOKEN_SIGNALS } from './usage/token-signals.js'

/**
 * `auth.hashesPasswords`: bcrypt/argon2/scrypt/pbkdf2 or a framework hasher called by the app's own code.
 * A fast digest of a password (md5, sha1, sha256) is not hashing: the fact stays false and that line is
 * given as evidence, so the learner sees what to replace.
 * `auth.handlesSessionsOrTokens`: a JWT library, session middleware, Passport/OAuth or framework session auth in use.
 */
export const auth: Analyzer = {
  name: 'auth',
  facts: ['auth.hashesPasswords', 'auth.handlesSessionsOrTokens'],
  async run(ctx) {
    const files = await appFiles(ctx)
    const hashing = findSignals(files, HASHING_SIGNALS)
    const tokens = findSignals(files, TOKEN_SIGNALS)
    const facts: Fact[] = [
      { id: 'auth.hashesPasswords', found: hashing.length > 0, evidence: hashing.length ? hashing : weakDigests(files) },
      { id: 'auth.handlesSessionsOrTokens', found: tokens.length > 0, evidence: tokens },
    ]
    return facts
  },
}

/** Lines that digest a password with a fast hash (md5/sha*), at most three. */
export function weakDigests(files: readonly SourceFile[]): Evidence[] {
  const found: Evidence[] = []
  for (const file of files) {
    const digest = WEAK_DIGESTS[file.language]
    if (!digest || !WEAK_DIGEST_HINTS[file.language]!.test(file.text) || !digest.test(file.text)) continue
    const lines = codeLines(file)
    for (let i = 0; i < lines.length && found.length < 3; i++) {
      const m = digest.exec(lines[i]!)
      if (!m) continue
      const near = lines.slice(Math.max(0, i - 3), i + 4).join('\n')
      if (!PASSWORD_WORD.test(near)) continue
      const algorithm = (m.slice(1).find(Boolean) ?? 'fast hash').toLowerCase()
      found.push({ path: file.path, line: i + 1, note: `password digested with ${algorithm}: a fast hash, not a password hash` })
    }
  }
  return found
}
