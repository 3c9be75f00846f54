/** @module /badge/:account/:repo.svg: the readiness badge. A repo the viewer may not see answers exactly like a missing one. */
import { Hono } from 'hono'
import { NOT_FOUND_BADGE, readinessBadge } from '../badge.js'
import type { WebEnv } from '../context.js'
import type { Services } from '../services.js'

const SVG = 'image/svg+xml; charset=utf-8'

export function badgeRoutes(services: Services): Hono<WebEnv> {
  const badges = new Hono<WebEnv>()

  badges.get('/:account/:file', async (c) => {
    const file = c.req.param('file')
    const found = file.endsWith('.svg') ? await services.visibleRepo(c.var.viewer, c.req.param('account'), file.slice(0, -4)) : undefined
    if (!found) return c.body(NOT_FOUND_BADGE, 404, { 'Content-Type': SVG, 'Cache-Control': 'no-store' })
    const { snapshot, repo, mode } = found
    const scan = (await snapshot.latest()).get(repo.id) ?? null
    const publicBadge = mode === 'anonymous' && !repo.private
    // README images go through GitHub's image proxy, which honours these: fresh within minutes of a new scan.
    const cache = !publicBadge ? 'private, no-store' : scan ? 'public, max-age=300, s-maxage=300, stale-while-revalidate=86400' : 'public, max-age=60'
    return c.body(readinessBadge(scan), 200, { 'Content-Type': SVG, 'Cache-Control': cache, Vary: 'Cookie' })
  })

  return badges
}
