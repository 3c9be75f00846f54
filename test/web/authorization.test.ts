import nock from 'nock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/types.js'
import { appFor, cookiesOf, seededStore } from './helpers.js'
import { signIn } from './sign-in.js'

/** The three ways to ask for the private repo `octo/secret-api`, and the same for a repo that does not exist. */
const targets = {
  page: (repo: string) => `/octo/${repo}`,
  api: (repo: string) => `/api/v1/repos/octo/${repo}`,
  scans: (repo: string) => `/api/v1/repos/octo/${repo}/scans`,
  badge: (repo: string) => `/badge/octo/${repo}.svg`,
}

/** GitHub's answer to GET /repos/octo/secret-api for a user token. */
function githubSays(login: string, status: 200 | 404, permissions = { pull: true, push: false }) {
  return nock('https://api.github.com')
    .get('/repos/octo/secret-api')
    .matchHeader('authorization', `Bearer token-${login}`)
    .reply(status, status === 200 ? { full_name: 'octo/secret-api', private: true, permissions } : { message: 'Not Found' })
}

describe('who sees a private repository (pages, API, badges)', () => {
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

  async function expectHidden(cookie?: string) {
    for (const [kind, path] of Object.entries(targets)) {
      const hidden = await app.request(path('secret-api'), { headers: cookie ? { cookie } : {} })
      const missing = await app.request(path('no-such-repo'), { headers: cookie ? { cookie } : {} })
      expect(hidden.status, kind).toBe(404)
      // The sign-in link echoes the requested path; apart from that the answers are byte for byte the same.
      expect((await hidden.text()).replaceAll('secret-api', 'NAME'), `${kind}: a hidden repo answers like a missing one`).toBe(
        (await missing.text()).replaceAll('no-such-repo', 'NAME'),
      )
      expect([...hidden.headers.entries()]).toEqual([...missing.headers.entries()])
    }
  }

  async function expectShown(cookie: string) {
    const page = await app.request(targets.page('secret-api'), { headers: { cookie } })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Private work')
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    const api = await app.request(targets.api('secret-api'), { headers: { cookie } })
    expect(((await api.json()) as { repo: { private: boolean } }).repo.private).toBe(true)
    const scans = await app.request(targets.scans('secret-api'), { headers: { cookie } })
    expect(((await scans.json()) as { scans: unknown[] }).scans).toHaveLength(1)
    const badge = await app.request(targets.badge('secret-api'), { headers: { cookie } })
    expect(badge.status).toBe(200)
    expect(await badge.text()).toContain('foundations')
    expect(badge.headers.get('cache-control')).toBe('private, no-store')
  }

  it('hides it from anonymous visitors, and leaves it off the account page and JSON', async () => {
    await expectHidden()
    const page = await (await app.request('/octo')).text()
    expect(page).toContain('/octo/api')
    expect(page).not.toContain('secret-api')
    const json = await (await app.request('/api/v1/accounts/octo')).text()
    expect(json).not.toContain('secret-api')
  })

  it('hides it from a signed-in user GitHub denies, asking GitHub once and reusing the answer', async () => {
    const cookie = await signIn(app, 'stranger')
    const scope = githubSays('stranger', 404)
    await expectHidden(cookie)
    expect(scope.isDone()).toBe(true)
    expect((await (await app.request('/octo', { headers: { cookie } })).text())).not.toContain('secret-api')
  })

  it('shows it to a signed-in user GitHub lets read the repo', async () => {
    const cookie = await signIn(app, 'mentor')
    const scope = githubSays('mentor', 200)
    await expectShown(cookie)
    expect(scope.isDone()).toBe(true)
    const page = await (await app.request('/octo', { headers: { cookie } })).text()
    expect(page).toContain('/octo/secret-api')
    expect(page).toContain('Signed in as')
  })

  it('shows it to the account owner without asking GitHub', async () => {
    const cookie = await signIn(app, 'octo')
    await expectShown(cookie)
    expect(nock.pendingMocks()).toEqual([])
  })

  it('shows it to the holder of a share link, and stops the moment the link is revoked', async () => {
    const { link, token } = await store.createShareLink('octo', 'mentor')
    const opened = await app.request(`/share/${token}`)
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe('/octo')
    const cookie = cookiesOf(opened)
    await expectShown(cookie)
    expect(await (await app.request('/octo', { headers: { cookie } })).text()).toContain('read-only')
    await store.revokeShareLink('octo', link.id)
    await expectHidden(cookie)
    expect((await app.request(`/share/${token}`)).status).toBe(404)
  })

  it('never serves one share-link holder the page rendered for another (the header names who is signed in)', async () => {
    const { token } = await store.createShareLink('octo', 'mentors')
    const share = cookiesOf(await app.request(`/share/${token}`))
    const alice = `${await signIn(app, 'alice')}; ${share}`
    const bob = `${await signIn(app, 'bob')}; ${share}`
    expect(await (await app.request('/octo', { headers: { cookie: alice } })).text()).toContain('Signed in as <a href="/alice">alice</a>')
    const seenByBob = await (await app.request('/octo', { headers: { cookie: bob } })).text()
    expect(seenByBob).toContain('Signed in as <a href="/bob">bob</a>')
    expect(seenByBob).not.toContain('alice')
    const seenAnonymously = await (await app.request('/octo/secret-api', { headers: { cookie: share } })).text()
    await app.request('/octo/secret-api', { headers: { cookie: alice } })
    expect(await (await app.request('/octo/secret-api', { headers: { cookie: share } })).text()).toBe(seenAnonymously)
    expect(seenAnonymously).not.toContain('Signed in')
  })

  it('does not let a share link of one account open another account', async () => {
    const { token } = await store.createShareLink('hidden')
    const cookie = cookiesOf(await app.request(`/share/${token}`))
    await expectHidden(cookie)
  })

  it('ignores a forged session cookie', async () => {
    await expectHidden('pc_session=eyJsb2dpbiI6Im9jdG8ifQ.forged')
  })

  it('hides a whole account whose public page is off from anonymous visitors, like an unknown account', async () => {
    for (const path of ['/hidden', '/api/v1/accounts/hidden', '/hidden/visible-elsewhere', '/badge/hidden/visible-elsewhere.svg']) {
      const res = await app.request(path)
      expect(res.status, path).toBe(404)
      const unknown = await app.request(path.replace('hidden', 'nobody-here'))
      expect((await res.text()).replaceAll('%2Fhidden', '%2FNAME')).toBe((await unknown.text()).replaceAll('%2Fnobody-here', '%2FNAME'))
      expect([...res.headers.entries()]).toEqual([...unknown.headers.entries()])
    }
  })

  it('shows a public repo of a hidden page to a collaborator but not to a mere reader', async () => {
    const reader = await signIn(app, 'reader')
    nock('https://api.github.com').get('/repos/hidden/visible-elsewhere').matchHeader('authorization', 'Bearer token-reader').reply(200, { private: false, permissions: { pull: true, push: false } })
    expect((await app.request('/hidden/visible-elsewhere', { headers: { cookie: reader } })).status).toBe(404)
    const collaborator = await signIn(app, 'collab')
    nock('https://api.github.com').get('/repos/hidden/visible-elsewhere').matchHeader('authorization', 'Bearer token-collab').reply(200, { private: false, permissions: { pull: true, push: true } })
    expect((await app.request('/hidden/visible-elsewhere', { headers: { cookie: collaborator } })).status).toBe(200)
  })

  it('never lets a shared cache keep a page that names the signed-in visitor', async () => {
    const anonymous = await app.request('/')
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=300')
    expect(anonymous.headers.get('vary')).toContain('Cookie')
    const cookie = await signIn(app, 'mentor')
    for (const path of ['/', '/octo', '/octo/api', '/api/v1/accounts/octo', '/badge/octo/api.svg']) {
      const res = await app.request(path, { headers: { cookie } })
      expect(res.status, path).toBe(200)
      expect(res.headers.get('cache-control'), path).toBe('private, no-store')
    }
    expect(await (await app.request('/', { headers: { cookie } })).text()).toContain('Signed in as')
  })

  it('treats GitHub being unreachable as no access', async () => {
    const cookie = await signIn(app, 'unlucky')
    nock('https://api.github.com').get('/repos/octo/secret-api').replyWithError('connect ECONNREFUSED')
    expect((await app.request('/octo/secret-api', { headers: { cookie } })).status).toBe(404)
  })
})
