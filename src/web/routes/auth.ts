/** @module Sign-in with GitHub: OAuth web flow (state bound to a signed cookie), then a sealed session cookie. */
// The code is exchanged by @octokit/oauth-methods with the app's client id/secret; sign-out is a CSRF-checked POST.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { exchangeWebFlowCode, getWebFlowAuthorizationUrl } from '@octokit/oauth-methods'
import { Octokit } from '@octokit/rest'
import { Hono, type MiddlewareHandler } from 'hono'
import type { WebEnv } from '../context.js'
import { errorPage, notFoundPage } from '../render.js'
import type { Services } from '../services.js'
import { safeNext } from '../session.js'

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

export function authRoutes(services: Services, csrf: MiddlewareHandler): Hono<WebEnv> {
  const auth = new Hono<WebEnv>()
  const oauth = services.deps.oauth
  const request = new Octokit({ baseUrl: services.githubApiUrl, request: { retries: 0 } }).request
  const redirectUrl = `${services.baseUrl}/auth/callback`

  auth.get('/login', async (c) => {
    if (!oauth) return notFoundPage(c, services)
    const state = randomBytes(16).toString('hex')
    await services.cookies.writeState(c, state, safeNext(c.req.query('next')))
    const { url } = getWebFlowAuthorizationUrl({ clientType: 'github-app', clientId: oauth.clientId, redirectUrl, state, request })
    c.header('Cache-Control', 'no-store')
    return c.redirect(url, 302)
  })

  auth.get('/callback', async (c) => {
    if (!oauth) return notFoundPage(c, services)
    const saved = await services.cookies.readState(c)
    services.cookies.clearState(c)
    const code = c.req.query('code')
    const state = c.req.query('state') ?? ''
    if (!saved || !code || !equal(state, saved.state)) {
      return errorPage(c, services, 400, 'Sign-in expired or was not started here: please sign in again')
    }
    const { authentication } = await exchangeWebFlowCode({ clientType: 'github-app', clientId: oauth.clientId, clientSecret: oauth.clientSecret, code, redirectUrl, request })
    const { data: user } = await request('GET /user', { headers: { authorization: `token ${authentication.token}` } })
    await services.cookies.writeSession(c, user.login, authentication.token)
    c.header('Cache-Control', 'no-store')
    return c.redirect(saved.next, 302)
  })

  auth.post('/logout', csrf, (c) => {
    services.cookies.clearSession(c)
    return c.redirect('/', 303)
  })

  return auth
}
