import nock from 'nock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'
import { createWebApp } from '../../src/web/app.js'
import { appFor, cookiesOf, formPost, seededStore } from './helpers.js'
import { signIn } from './sign-in.js'

describe('sign-in with GitHub', () => {
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

  it('sends the visitor to GitHub with the client id, callback URL and a fresh state bound to a cookie', async () => {
    const res = await app.request('/auth/login?next=/octo/api')
    expect(res.status).toBe(302)
    const url = new URL(res.headers.get('location')!)
    expect(url.origin + url.pathname).toBe('https://github.com/login/oauth/authorize')
    expect(url.searchParams.get('client_id')).toBe('Iv1.client')
    expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:3000/auth/callback')
    expect(url.searchParams.get('state')).toMatch(/^[0-9a-f]{32}$/)
    const cookie = res.headers.getSetCookie()[0]!
    expect(cookie).toMatch(/^pc_oauth=/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
  })

  it('signs the user in with an httpOnly, SameSite=Lax session cookie and returns to the page they came from', async () => {
    const start = await app.request('/auth/login?next=/octo/api')
    const state = new URL(start.headers.get('location')!).searchParams.get('state')
    nock('https://github.com').post('/login/oauth/access_token', (body) => body.code === 'the-code' && body.client_secret === 'client-secret').reply(200, { access_token: 'ghu_secret', token_type: 'bearer', scope: '' })
    nock('https://api.github.com').get('/user').reply(200, { login: 'Octo' })
    const done = await app.request(`/auth/callback?code=the-code&state=${state}`, { headers: { cookie: cookiesOf(start) } })
    expect(done.status).toBe(302)
    expect(done.headers.get('location')).toBe('/octo/api')
    const session = done.headers.getSetCookie().find((c) => c.startsWith('pc_session='))!
    expect(session).toContain('HttpOnly')
    expect(session).toContain('SameSite=Lax')
    expect(session).not.toContain('ghu_secret')
    const page = await (await app.request('/octo', { headers: { cookie: cookiesOf(done) } })).text()
    expect(page).toContain('Signed in as <a href="/Octo">Octo</a>')
    expect(page).toContain('Sharing and visibility')
  })

  it('refuses a callback whose state does not match the cookie (login CSRF)', async () => {
    const start = await app.request('/auth/login')
    const res = await app.request('/auth/callback?code=x&state=0123456789abcdef0123456789abcdef', { headers: { cookie: cookiesOf(start) } })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('please sign in again')
    expect((await app.request('/auth/callback?code=x&state=y')).status).toBe(400)
  })

  it('never redirects off-site after sign-in', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const start = await app.request(`/auth/login?next=${encodeURIComponent(next)}`)
      const state = new URL(start.headers.get('location')!).searchParams.get('state')
      nock('https://github.com').post('/login/oauth/access_token').reply(200, { access_token: 't', token_type: 'bearer', scope: '' })
      nock('https://api.github.com').get('/user').reply(200, { login: 'someone' })
      const done = await app.request(`/auth/callback?code=c&state=${state}`, { headers: { cookie: cookiesOf(start) } })
      expect(done.headers.get('location'), next).toBe('/')
    }
  })

  it('signs out only with a same-origin POST', async () => {
    const cookie = await signIn(app, 'octo')
    const forged = await app.request('/auth/logout', { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' } })
    expect(forged.status).toBe(403)
    const res = await app.request('/auth/logout', formPost({}, cookie))
    expect(res.status).toBe(303)
    expect(res.headers.getSetCookie()[0]).toMatch(/^pc_session=; Max-Age=0/)
  })

  it('has no sign-in when OAuth is not configured', async () => {
    const bare = createWebApp({ store: await createStore(':memory:') })
    expect((await bare.request('/auth/login')).status).toBe(404)
    expect(await (await bare.request('/')).text()).not.toContain('Sign in with GitHub')
  })

  it('turns a failing token exchange into an error page without details', async () => {
    const start = await app.request('/auth/login')
    const state = new URL(start.headers.get('location')!).searchParams.get('state')
    nock('https://github.com').post('/login/oauth/access_token').reply(200, { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' })
    const res = await app.request(`/auth/callback?code=old&state=${state}`, { headers: { cookie: cookiesOf(start) } })
    expect(res.status).toBe(500)
    expect(await res.text()).not.toContain('bad_verification_code')
  })
})
