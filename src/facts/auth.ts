/** @module Analyzer "auth": are passwords hashed with a real algorithm, and are sessions or tokens handled? Pure apart from snapshot reads. */
import type { Evidence, Fact, Route } from '../types.js'
import type { Analyzer, SourceFile } from './context.js'
import { isSignupPath } from './routes/words.js'
import { appFiles } from './usage/app-files.js'
import { codeLines } from './usage/code-lines.js'
import { DJANGO_AUTH_INSTALLED, HASHING_SIGNALS, PASSWORD_WORD, WEAK_DIGEST_HINTS, WEAK_DIGESTS } from './usage/hashing-signals.js'
import { findSignals, matchOne } from './usage/signals.js'
import { TOKEN_SIGNALS } from './usage/token-signals.js'

/**
 * `auth.hashesPasswords`: bcrypt/argon2/scrypt/pbkdf2 or a framework hasher called by the app's own code, or
 * Django's auth app with a registration package's URLs wired (dj-rest-auth, allauth, djoser create users with it).
 * A fast digest of a password (md5, sha1, sha256) is not hashing: the fact stays false and that line is
 * given as evidence, so the learner sees what to replace.
 * `auth.handlesSessionsOrTokens`: a JWT library, session middleware, Passport/OAuth or framework session auth in use.
 */
export const auth: Analyzer = {
  name: 'auth',
  facts: ['auth.hashesPasswords', 'auth.handlesSessionsOrTokens'],
  async run(ctx) {
    const files = await appFiles(ctx)
    const found = findSignals(files, HASHING_SIGNALS)
    const hashing = found.length > 0 ? found : djangoRegistration(files, await ctx.routes())
    const tokens = findSignals(files, TOKEN_SIGNALS)
    const facts: Fact[] = [
      { id: 'auth.hashesPasswords', found: hashing.length > 0, evidence: hashing.length ? hashing : weakDigests(files) },
      { id: 'auth.handlesSessionsOrTokens', found: tokens.length > 0, evidence: tokens },
    ]
    return facts
  },
}

/** Packages whose URL confs sign users up through Django's auth app (so through its password hasher). */
const DJANGO_REGISTRATION = new Set(['allauth', 'dj-rest-auth', 'djoser'])

/**
 * Django's auth app installed and a registration package's sign-up URL routed: users are created by the
 * package with `set_password`, so Django's hasher is in use without a line of the app's own calling it.
 */
export function djangoRegistration(files: readonly SourceFile[], routes: readonly Route[]): Evidence[] {
  // dj-rest-auth's registration conf serves sign-up at its own root (`path('api/', include(...))`): know it by its verify-email sibling.
  const registration = new Set(routes.filter((r) => r.framework === 'dj-rest-auth' && /\/verify-email$/.test(r.path)).map((r) => `${r.file}:${r.line}`))
  const signup = routes.find(
    (r) => DJANGO_REGISTRATION.has(r.framework) && (isSignupPath(r.path) || /\/users$/.test(r.path) || registration.has(`${r.file}:${r.line}`)),
  )
  if (!signup) return []
  const installed = matchOne(files, DJANGO_AUTH_INSTALLED)
  const note = `${signup.framework} signs users up through Django's password hasher`
  return installed.length > 0 ? [...installed, { path: signup.file, line: signup.line, note }] : []
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
