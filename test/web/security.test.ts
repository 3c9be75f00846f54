import nock from 'nock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/types.js'
import { createWebApp } from '../../src/web/app.js'
import { appFor, seededStore } from './helpers.js'
import { signIn } from './sign-in.js'

/** A concrete URL for a route pattern: the owner's account, share link 1. */
const concrete = (path: string) => path.replace(':account', 'octo').replace(':id', '1')

describe('form POSTs and errors', () => {
  let store: Store
  let app: ReturnType<typeof appFor>
  beforeEach(async () => {
    store = await seededStore()
    app = appFor(store)
  })
  afterEach(async () => {
    nock.cleanAll()
    await store.close()
  })

  it('refuses a cross-site POST on every POST route of the app, even with the owner\'s session', async () => {
    const owner = await signIn(app, 'octo')
    const { link, token } = await store.createShareLink('octo', 'keep me')
    expect(link.id).toBe(1)
    const posts = [...new Set(app.routes.filter((r) => r.method === 'POST').map((r) => r.path))]
    // sign-out, public page switch, create and revoke share links; a new POST route is checked here too
    expect(posts.length).toBeGreaterThanOrEqual(4)
    for (const path of posts) {
      for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }]) {
        const res = await app.request(concrete(path), {
          method: 'POST',
          headers: { ...headers, cookie: owner, 'content-type': 'application/x-www-form-urlencoded' },
          body: 'publicPage=off&label=x',
        })
        expect(res.status, `${path} from ${headers.origin}`).toBe(403)
        expect(await res.text()).not.toMatch(/\n\s+at |\.ts:\d+/)
      }
    }
    expect((await store.getAccount('octo'))?.publicPage).toBe(true)
    expect(await store.resolveShareToken(token)).toBe('octo')
    expect((await store.listShareLinks('octo')).length).toBe(1)
  })

  it('turns a thrown error into one plain 500 page or JSON error: no message, no stack, logged on the server', async () => {
    const logged: unknown[] = []
    const boom = new Error('connect ECONNREFUSED /run/postgresql/.s.PGSQL.5432 password=hunter2')
    const failing = { ...store, accountVersion: () => Promise.reject(boom), getRepo: () => Promise.reject(boom) } as Store
    // With sign-in configured (the test app) and without it (a bare server), the answer is the same.
    const withLog = createWebApp({ store: failing, logError: (error) => logged.push(error) })
    for (const target of [appFor(failing), withLog]) {
      for (const path of ['/octo', '/octo/api', '/api/v1/accounts/octo', '/api/v1/repos/octo/api', '/badge/octo/api.svg']) {
        const res = await target.request(path)
        const body = await res.text()
        expect(res.status, path).toBe(500)
        expect(res.headers.get('cache-control'), path).toBe('no-store')
        expect(body, path).not.toContain('ECONNREFUSED')
        expect(body, path).not.toContain('hunter2')
        expect(body, path).not.toMatch(/\n\s+at |\.ts:\d+|node_modules|Error:/)
        if (path.startsWith('/api/')) expect(JSON.parse(body)).toEqual({ error: 'internal error' })
        else if (!path.startsWith('/badge/')) expect(body).toContain('<h1>Something went wrong</h1>')
      }
    }
    expect(logged).toHaveLength(5)
    expect(logged.every((e) => e === boom)).toBe(true)
  })
})
