import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines } from './route-helpers.js'

describe('node:http routes', () => {
  it('reads req.url comparisons and switch cases, with the method from the guard around them', async () => {
    const { routes } = await fixtureRoutes('routes-node-http')
    expect(lines(routes)).toEqual(['GET /health src/server.js:5', 'POST /signup src/server.js:12', 'ANY /login src/server.js:15'])
    expect(routes.every((r) => r.framework === 'node:http')).toBe(true)
  })

  it('ignores a commented-out comparison and a path inside a log message', async () => {
    const { routes } = await fixtureRoutes('routes-node-http')
    expect(routes.map((r) => r.path)).not.toContain('/admin')
    expect(routes.map((r) => r.path)).not.toContain('/status')
  })
})
