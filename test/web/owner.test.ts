import nock from 'nock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/types.js'
import { appFor, cookiesOf, formPost, seededStore } from './helpers.js'
import { signIn } from './sign-in.js'

describe('the owner shares the portfolio and turns the public page off', () => {
  let store: Store
  let app: ReturnType<typeof appFor>
  let owner: string
  beforeEach(async () => {
    store = await seededStore()
    app = appFor(store)
    owner = await signIn(app, 'octo')
  })
  afterEach(async () => {
    nock.cleanAll()
    await store.close()
  })

  it('creates a share link shown once, which opens the portfolio read-only', async () => {
    const res = await app.request('/octo/share-links', formPost({ label: 'for <b>my</b> mentor' }, owner))
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    const url = /<code>(http:\/\/localhost:3000\/share\/[A-Za-z0-9_-]{43})<\/code>/.exec(html)![1]!
    const opened = await app.request(new URL(url).pathname)
    const page = await (await app.request('/octo', { headers: { cookie: cookiesOf(opened) } })).text()
    expect(page).toContain('secret-api')
    expect(page).toContain('read-only')
    expect(page).not.toContain('Sharing and visibility')
    const listed = await (await app.request('/octo', { headers: { cookie: owner } })).text()
    expect(listed).toContain('for &lt;b&gt;my&lt;/b&gt; mentor')
  })

  it('revokes a link from the page', async () => {
    const { link, token } = await store.createShareLink('octo', 'old')
    const res = await app.request(`/octo/share-links/${link.id}/revoke`, formPost({}, owner))
    expect(res.status).toBe(303)
    expect(await store.resolveShareToken(token)).toBeUndefined()
  })

  it('turns the public page off and on', async () => {
    await app.request('/octo/settings', formPost({ publicPage: 'off' }, owner))
    expect((await app.request('/octo')).status).toBe(404)
    expect((await app.request('/octo', { headers: { cookie: owner } })).status).toBe(200)
    await app.request('/octo/settings', formPost({ publicPage: 'on' }, owner))
    expect((await app.request('/octo')).status).toBe(200)
  })

  it('refuses cross-site form posts even with the owner\'s cookie', async () => {
    const res = await app.request('/octo/share-links', { method: 'POST', headers: { cookie: owner, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'label=x' })
    expect(res.status).toBe(403)
    expect(await store.listShareLinks('octo')).toEqual([])
  })

  it('answers anyone but the owner with the 404 of an unknown account', async () => {
    const stranger = await signIn(app, 'stranger')
    for (const cookie of [stranger, '']) {
      for (const path of ['/octo/share-links', '/octo/settings', '/octo/share-links/1/revoke']) {
        const res = await app.request(path, formPost({ publicPage: 'off' }, cookie || undefined))
        expect(res.status, path).toBe(404)
      }
    }
    expect((await store.getAccount('octo'))?.publicPage).toBe(true)
    expect(await store.listShareLinks('octo')).toEqual([])
  })
})
