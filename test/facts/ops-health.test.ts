import { describe, expect, it } from 'vitest'
import { opsHealth } from '../../src/facts/ops-health.js'
import { contextOf, runAnalyzer } from '../helpers/context.js'
import { memorySnapshot } from './routes/route-helpers.js'

describe('ops-health analyzer', () => {
  it('finds a routed /health endpoint with its file and line', async () => {
    const { facts } = await runAnalyzer(opsHealth, 'routes-express-prefix')
    expect(facts['ops.hasHealthRoute']).toEqual({
      id: 'ops.hasHealthRoute',
      found: true,
      evidence: [{ path: 'src/app.js', line: 8, note: 'GET /health' }],
    })
  })

  it('finds health routes under a global prefix (NestJS terminus controller) and in FastAPI', async () => {
    const nest = await runAnalyzer(opsHealth, 'routes-nest')
    expect(nest.facts['ops.hasHealthRoute']?.evidence).toEqual([{ path: 'src/health/health.controller.ts', line: 8, note: 'GET /api/health' }])
    const fastapi = await runAnalyzer(opsHealth, 'routes-fastapi-router')
    expect(fastapi.facts['ops.hasHealthRoute']?.evidence).toEqual([{ path: 'app/main.py', line: 11, note: 'GET /health' }])
  })

  it('does not count a commented-out route, a health function never routed, or a route in a string or log line', async () => {
    const { facts } = await runAnalyzer(opsHealth, 'routes-health-unrouted')
    expect(facts['ops.hasHealthRoute']).toEqual({ id: 'ops.hasHealthRoute', found: false, evidence: [] })
  })

  it('does not take a resource status with a parameter, or a POST, for a health endpoint', async () => {
    const ctx = contextOf(
      memorySnapshot({
        'package.json': '{ "dependencies": { "express": "4.21.0" } }',
        'app.js': [
          "const app = require('express')()",
          "app.get('/orders/:id/status', (req, res) => res.end())",
          "app.post('/ping', (req, res) => res.end())",
        ].join('\n'),
      }),
    )
    const [fact] = await opsHealth.run(ctx)
    expect(fact?.found).toBe(false)
  })

  it("counts Spring Boot's actuator dependency as /actuator/health, with the build file line", async () => {
    const { facts } = await runAnalyzer(opsHealth, 'routes-spring')
    expect(facts['ops.hasHealthRoute']).toEqual({
      id: 'ops.hasHealthRoute',
      found: true,
      evidence: [{ path: 'pom.xml', line: 23, note: 'spring-boot-starter-actuator serves GET /actuator/health' }],
    })
  })

  it("finds Laravel 11's health: '/up', Rails' /up, ASP.NET MapHealthChecks and a Gin /healthz", async () => {
    const expected: [string, string, number, string][] = [
      ['routes-laravel', 'bootstrap/app.php', 12, 'GET /up'],
      ['routes-rails-devise', 'config/routes.rb', 5, 'GET /up'],
      ['routes-aspnet-minimal', 'src/TodoApi/Program.cs', 13, 'GET /healthz'],
      ['routes-go-gin', 'internal/server/router.go', 15, 'GET /healthz'],
    ]
    for (const [fixture, path, line, note] of expected) {
      const { facts } = await runAnalyzer(opsHealth, fixture)
      expect(facts['ops.hasHealthRoute']?.evidence).toEqual([{ path, line, note }])
    }
  })
})
