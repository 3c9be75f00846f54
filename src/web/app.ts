/** @module createWebApp(): the report service as one Hono app: pages, JSON API, badges, sign-in, share links. */
// The server mounts the GitHub App's webhook and health routes next to it.
import { Hono } from 'hono'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { trimTrailingSlash } from 'hono/trailing-slash'
import { SITE_CSS, SITE_CSS_PATH } from './assets.js'
import { NOT_FOUND_BADGE } from './badge.js'
import type { Viewer, WebDeps, WebEnv } from './context.js'
import { errorPage, notFoundJson, notFoundPage } from './render.js'
import { apiRoutes } from './routes/api.js'
import { authRoutes } from './routes/auth.js'
import { badgeRoutes } from './routes/badges.js'
import { ownerRoutes } from './routes/owner.js'
import { pageRoutes } from './routes/pages.js'
import { Services } from './services.js'

export type { WebDeps, WebEnv, Viewer, AccessChecker, Access } from './context.js'

/**
 * Build the web app.
 * @example serve({ fetch: createWebApp({ store, sessionSecret }).fetch, port: 3000 })
 */
export function createWebApp(deps: WebDeps & { appInstallUrl?: string }): Hono<WebEnv> {
  const services = new Services(deps)
  const app = new Hono<WebEnv>()
  const baseOrigin = new URL(services.baseUrl).origin

  app.use(
    '*',
    secureHeaders({
      // No script at all; styles only from our own stylesheet; images are our badges.
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      // Set below: badges are meant to be embedded on other sites (README proxies, blogs), nothing else is.
      crossOriginResourcePolicy: false,
    }),
  )
  app.use('*', async (c, next) => {
    await next()
    c.header('Cross-Origin-Resource-Policy', c.req.path.startsWith('/badge/') ? 'cross-origin' : 'same-origin')
  })

  // People type /octo/ as often as /octo: redirect instead of a 404.
  app.use('*', trimTrailingSlash())

  app.use('*', async (c, next) => {
    const viewer: Viewer = {}
    if (c.req.header('cookie')) {
      const session = await services.cookies.readSession(c)
      if (session) Object.assign(viewer, { login: session.login, token: session.token })
      const share = await services.cookies.readShare(c)
      if (share) viewer.shareAccount = await deps.store.resolveShareToken(share)
    }
    c.set('viewer', viewer)
    await next()
  })

  // Browsers ask for it on every site; an empty answer keeps their consoles and our logs free of 404s.
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': 'public, max-age=86400' }))
  app.get(SITE_CSS_PATH, (c) => c.body(SITE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' }))

  // Form POSTs must come from our own pages (Origin or Sec-Fetch-Site), whatever cookies they carry.
  const csrfCheck = csrf({ origin: (origin, c) => origin === baseOrigin || origin === new URL(c.req.url).origin })
  app.route('/auth', authRoutes(services, csrfCheck))
  app.route('/api/v1', apiRoutes(services))
  app.route('/badge', badgeRoutes(services))
  app.route('/', ownerRoutes(services, csrfCheck))
  app.route('/', pageRoutes(services, { appInstallUrl: deps.appInstallUrl }))

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return notFoundJson(c)
    if (c.req.path.startsWith('/badge/')) return c.body(NOT_FOUND_BADGE, 404, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store' })
    return notFoundPage(c, services)
  })

  // One place turns errors into responses: 4xx say what was wrong, anything else is logged and never shown.
  app.onError((error, c) => {
    const status = error instanceof HTTPException ? error.status : 500
    if (status >= 500) (deps.logError ?? defaultLog)(error, { method: c.req.method, path: c.req.path })
    const message = status >= 500 ? 'internal error' : status === 403 ? 'Forbidden: this form must be sent from this site' : error.message || 'bad request'
    if (c.req.path.startsWith('/api/')) {
      c.header('Cache-Control', 'no-store')
      return c.json({ error: message }, status as 400)
    }
    return errorPage(c, services, status >= 500 ? 500 : (status as 400 | 403 | 404), message)
  })

  return app
}

function defaultLog(error: unknown, context: { method: string; path: string }): void {
  console.error(JSON.stringify({ level: 'error', msg: 'request failed', ...context, err: error instanceof Error ? error.message : String(error) }))
}
