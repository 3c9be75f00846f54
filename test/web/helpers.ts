// Test helper: a seeded store and web app. Accounts: `octo` (public page on) with a public repo `api`, a private repo
// `secret-api` and an unscanned public repo `empty`; `hidden` (public page off) with one public repo.
import { createStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'
import { createWebApp } from '../../src/web/app.js'
import type { AccessChecker } from '../../src/web/context.js'
import { makeReport } from '../store/make-report.js'

export const SECRET = 'test-session-secret-0123456789abcdef'
export const BASE = 'http://localhost:3000'
export const sha = (n: number) => n.toString(16).padStart(40, 'c')

export async function seededStore(): Promise<Store> {
  const store = await createStore(':memory:')
  await store.upsertAccount({ login: 'octo', type: 'User' })
  const api = await store.upsertRepo({ account: 'octo', name: 'api', description: 'Shop API <script>alert(1)</script>', defaultBranch: 'main' })
  const secret = await store.upsertRepo({ account: 'octo', name: 'secret-api', private: true, description: 'Private work' })
  await store.upsertRepo({ account: 'octo', name: 'empty' })
  const day = (n: number) => new Date(Date.UTC(2025, 2, n))
  await store.saveScan(api.id, makeReport({ name: 'octo/api', commit: sha(1), passing: ['readme.present', 'readme.setup', 'tests.present'] }), 'app', { createdAt: day(1) })
  await store.saveScan(api.id, makeReport({ name: 'octo/api', commit: sha(2), passing: ['readme.present', 'readme.setup', 'tests.present', 'tests.http', 'ci.present', 'ci.tests', 'docker.file'] }), 'app', { createdAt: day(2) })
  await store.saveScan(secret.id, makeReport({ name: 'octo/secret-api', commit: sha(3), passing: ['readme.present', 'auth.hashing', 'auth.routes'] }), 'app', { createdAt: day(3) })
  await store.upsertAccount({ login: 'hidden', publicPage: false })
  const hiddenRepo = await store.upsertRepo({ account: 'hidden', name: 'visible-elsewhere' })
  await store.saveScan(hiddenRepo.id, makeReport({ name: 'hidden/visible-elsewhere', commit: sha(4) }), 'app', { createdAt: day(4) })
  return store
}

/** The app over `store`, OAuth configured, access answered by `checker` (default: GitHub via nock). */
export function appFor(store: Store, checker?: AccessChecker) {
  return createWebApp({
    store,
    baseUrl: BASE,
    sessionSecret: SECRET,
    oauth: { clientId: 'Iv1.client', clientSecret: 'client-secret' },
    githubApiUrl: 'https://api.github.com',
    githubUrl: 'https://github.com',
    ...(checker && { accessChecker: checker }),
    logError: (error: unknown) => { if (process.env.DEBUG_WEB) console.error(error) },
  })
}

/** `name=value` pairs from a response's Set-Cookie headers, as a Cookie request header. */
export function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => !c.endsWith('='))
    .join('; ')
}

/** Same-origin form POST, as a browser sends it from our pages. */
export function formPost(body: Record<string, string>, cookie?: string): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE, ...(cookie && { cookie }) },
    body: new URLSearchParams(body).toString(),
  }
}
