import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

describe('nestjs routes', () => {
  it('joins the global prefix, the controller path and the method decorator path', async () => {
    const { routes } = await fixtureRoutes('routes-nest')
    expect(lines(routes)).toEqual([
      'POST /api/auth/register src/auth/auth.controller.ts:10',
      'POST /api/auth/login src/auth/auth.controller.ts:16',
      'GET /api/health src/health/health.controller.ts:8',
      'GET /api/users/:id src/users/users.controller.ts:5',
      'DELETE /api/users/:id src/users/users.controller.ts:13',
    ])
    expect(routes.every((r) => r.framework === 'nestjs')).toBe(true)
  })

  it('does not count commented-out decorators', async () => {
    const { routes } = await fixtureRoutes('routes-nest')
    expect(routes.some((r) => r.path.endsWith('/export'))).toBe(false)
  })

  it('ignores look-alike decorators from a package that is not a web framework', async () => {
    const { routes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "@nestjs/common": "10.4.4" } }',
      'src/jobs.ts': [
        "import { Controller, Post } from './my-decorators'",
        "@Controller('jobs')",
        'export class Jobs {',
        "  @Post('run') run() {}",
        '}',
      ].join('\n'),
    })
    expect(routes).toEqual([])
  })
})
