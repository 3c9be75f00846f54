/** @module HTML pages: home, an account's portfolio, a repo's report. Renders for non-owners are cached per account version. */
import { Hono } from 'hono'
import type { WebEnv } from '../context.js'
import { compareScans } from '../changes.js'
import { AccountPage } from '../pages/account.js'
import { HomePage } from '../pages/home.js'
import { RepoPage } from '../pages/repo.js'
import { buildPortfolio } from '../portfolio.js'
import { notFoundPage, renderPage } from '../render.js'
import { privacyHeaders, type Services } from '../services.js'

/**
 * First path segments that belong to the service, not to an account: requests for them fall through to routes
 * mounted later (the GitHub App's webhook and health routes) instead of being answered as an unknown account.
 */
const HTML = 'text/html; charset=UTF-8'

export const RESERVED = new Set(['api', 'auth', 'badge', 'assets', 'share', 'healthz', 'readyz', 'favicon.ico', 'robots.txt'])

export function pageRoutes(services: Services, options: { appInstallUrl?: string } = {}): Hono<WebEnv> {
  const app = new Hono<WebEnv>()

  app.get('/', async (c) => {
    // The header names a signed-in visitor: only the anonymous page may sit in a shared cache.
    c.header('Cache-Control', c.var.viewer.login ? 'private, no-store' : 'public, max-age=300')
    c.header('Vary', 'Cookie')
    return c.html(await renderPage(c, services, 'Backend portfolio readiness', <HomePage appInstallUrl={options.appInstallUrl} />))
  })

  app.get('/:account', async (c, next) => {
    if (RESERVED.has(c.req.param('account').toLowerCase())) return next()
    const visible = await services.visibleAccount(c.var.viewer, c.req.param('account'))
    if (!visible) return notFoundPage(c, services)
    const { snapshot, account, repos, mode } = visible
    privacyHeaders(c, mode, repos.some((r) => r.private))
    // The owner's page lists share links (not part of the version): never cached.
    const key = mode === 'owner' ? undefined : services.cacheKey('page', c, snapshot.version, mode, repos.map((r) => r.id))
    return services.respond(c, key, HTML, async () => {
      const [latest, trends] = await Promise.all([snapshot.latest(), snapshot.trends()])
      const portfolio = buildPortfolio(account, repos, latest, trends)
      const shareLinks = mode === 'owner' ? await services.deps.store.listShareLinks(account.login) : undefined
      return renderPage(c, services, `${account.login}'s portfolio`, (
        <AccountPage portfolio={portfolio} forge={services.forge(account)} mode={mode} shareLinks={shareLinks} />
      ))
    })
  })

  app.get('/:account/:repo', async (c, next) => {
    if (RESERVED.has(c.req.param('account').toLowerCase())) return next()
    const found = await services.visibleRepo(c.var.viewer, c.req.param('account'), c.req.param('repo'))
    if (!found) return notFoundPage(c, services)
    const { snapshot, repo, mode } = found
    privacyHeaders(c, mode, repo.private)
    return services.respond(c, services.cacheKey('repo', c, snapshot.version, mode, [repo.id]), HTML, async () => {
      const detail = await services.data.detail(snapshot, repo)
      return renderPage(c, services, `${repo.name} · ${snapshot.account.login}`, (
        <RepoPage
          repo={repo}
          detail={detail}
          changes={compareScans(detail.previous, detail.latest)}
          forge={services.forge(snapshot.account)}
          baseUrl={services.baseUrl}
          login={snapshot.account.login}
        />
      ))
    })
  })

  return app
}
