/** @module The JSON API (/api/v1): the data of the account and repo pages, and a repo's scans, paginated by keyset. */
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ScanRecord } from '../../store/types.js'
import { compareScans } from '../changes.js'
import type { WebEnv } from '../context.js'
import { accountPath, badgePath, repoPath } from '../links.js'
import { buildPortfolio } from '../portfolio.js'
import { notFoundJson } from '../render.js'
import { privacyHeaders, type Services } from '../services.js'

const JSON_TYPE = 'application/json; charset=utf-8'

const scanSummary = (s: ScanRecord) => ({
  id: s.id,
  commit: s.commit,
  createdAt: s.createdAt,
  score: s.score,
  level: s.level,
  track: s.track,
  source: s.source,
  durationMs: s.durationMs,
  layers: s.report.layers,
  checks: s.report.checks.map((c) => ({ id: c.id, status: c.status })),
})

/** A positive integer query parameter within bounds, or a 400 naming what was expected. */
function intParam(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined || value === '') return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) throw new HTTPException(400, { message: `${name}: expected a whole number from ${min} to ${max}` })
  return n
}

export function apiRoutes(services: Services): Hono<WebEnv> {
  const api = new Hono<WebEnv>()

  api.get('/accounts/:account', async (c) => {
    // Repos are paged (an organisation may have hundreds); coverage, readiness and next steps cover them all.
    const limit = intParam(c.req.query('limit'), 'limit', 1, 100) ?? 100
    const offset = intParam(c.req.query('offset'), 'offset', 0, Number.MAX_SAFE_INTEGER) ?? 0
    const visible = await services.visibleAccount(c.var.viewer, c.req.param('account'))
    if (!visible) return notFoundJson(c)
    const { snapshot, account, repos, mode } = visible
    privacyHeaders(c, mode, repos.some((r) => r.private))
    const key = services.cacheKey(`api-account\0${limit}\0${offset}`, c, snapshot.version, mode, repos.map((r) => r.id))
    return services.respond(c, key, JSON_TYPE, async () => {
      const [latest, trends] = await Promise.all([snapshot.latest(), snapshot.trends()])
      const portfolio = buildPortfolio(account, repos, latest, trends)
      const page = portfolio.repos.slice(offset, offset + limit)
      const more = offset + limit < portfolio.repos.length
      const self = `${services.baseUrl}/api/v1/accounts/${encodeURIComponent(account.login)}`
      return JSON.stringify({
        account: { ...portfolio.account, url: `${services.baseUrl}${accountPath(account.login)}` },
        readiness: portfolio.readiness,
        checks: portfolio.checks,
        reposTotal: portfolio.repos.length,
        next: more ? `${self}?limit=${limit}&offset=${offset + limit}` : null,
        repos: page.map((r) => ({
          ...r,
          url: `${services.baseUrl}${repoPath(account.login, r.name)}`,
          badge: `${services.baseUrl}${badgePath(account.login, r.name)}`,
          api: `${services.baseUrl}/api/v1/repos/${encodeURIComponent(account.login)}/${encodeURIComponent(r.name)}`,
        })),
        nextSteps: portfolio.nextSteps,
      })
    })
  })

  api.get('/repos/:account/:repo', async (c) => {
    const found = await services.visibleRepo(c.var.viewer, c.req.param('account'), c.req.param('repo'))
    if (!found) return notFoundJson(c)
    const { snapshot, repo, mode } = found
    privacyHeaders(c, mode, repo.private)
    return services.respond(c, services.cacheKey('api-repo', c, snapshot.version, mode, [repo.id]), JSON_TYPE, async () => {
      const detail = await services.data.detail(snapshot, repo)
      const latest = detail.latest
      return JSON.stringify({
        repo: {
          account: snapshot.account.login,
          name: repo.name,
          private: repo.private,
          description: repo.description,
          defaultBranch: repo.defaultBranch,
          url: `${services.baseUrl}${repoPath(snapshot.account.login, repo.name)}`,
          badge: `${services.baseUrl}${badgePath(snapshot.account.login, repo.name)}`,
        },
        latest: latest && { id: latest.id, commit: latest.commit, createdAt: latest.createdAt, source: latest.source, score: latest.score, level: latest.level, track: latest.track, report: latest.report },
        changes: compareScans(detail.previous, latest) ?? null,
        history: detail.history,
      })
    })
  })

  api.get('/repos/:account/:repo/scans', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 1, 100) ?? 20
    const before = intParam(c.req.query('before'), 'before', 1, Number.MAX_SAFE_INTEGER)
    const found = await services.visibleRepo(c.var.viewer, c.req.param('account'), c.req.param('repo'))
    if (!found) return notFoundJson(c)
    const { snapshot, repo, mode } = found
    privacyHeaders(c, mode, repo.private)
    // One extra row tells whether another page exists without a count query.
    const scans = await services.deps.store.listScans(repo.id, { limit: limit + 1, before })
    const page = scans.slice(0, limit)
    const last = page[page.length - 1]
    const path = `/api/v1/repos/${encodeURIComponent(snapshot.account.login)}/${encodeURIComponent(repo.name)}/scans`
    return c.json({
      scans: page.map(scanSummary),
      next: scans.length > limit && last ? `${services.baseUrl}${path}?limit=${limit}&before=${last.id}` : null,
    })
  })

  return api
}
