// Test helper: a real sign-in through the OAuth routes, with GitHub's token exchange and /user answered by nock.
import nock from 'nock'
import { expect } from 'vitest'
import { cookiesOf } from './helpers.js'

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> }

/** Sign `login` in and return the Cookie header of the session; the user's GitHub token is `token-<login>`. */
export async function signIn(app: App, login: string): Promise<string> {
  const start = await app.request(`/auth/login?next=${encodeURIComponent('/octo')}`)
  const state = new URL(start.headers.get('location')!).searchParams.get('state')!
  const github = nock('https://github.com').post('/login/oauth/access_token').reply(200, { access_token: `token-${login}`, token_type: 'bearer', scope: '' })
  const api = nock('https://api.github.com').get('/user').matchHeader('authorization', `token token-${login}`).reply(200, { login, id: 1 })
  const done = await app.request(`/auth/callback?code=code-1&state=${state}`, { headers: { cookie: cookiesOf(start) } })
  expect(done.status).toBe(302)
  expect(github.isDone() && api.isDone()).toBe(true)
  return cookiesOf(done)
}
