import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

describe('express-like routes', () => {
  it('applies app.use prefixes to routers required from other files, through an index re-export', async () => {
    const { routes, notes } = await fixtureRoutes('routes-express-prefix')
    expect(lines(routes)).toEqual([
      'GET /health src/app.js:8',
      'POST /auth/register src/routes/auth.js:7',
      'POST /auth/login src/routes/auth.js:13',
      'GET /api/books src/routes/books.js:8',
      'POST /api/books src/routes/books.js:9',
      'GET /api/books/:id src/routes/books.js:11',
      'DELETE /api/books/:id src/routes/books.js:13',
    ])
    expect(new Set(routes.map((r) => r.framework))).toEqual(new Set(['express']))
    expect(notes).toEqual([])
  })

  it('ignores a commented-out route, a route named in a log message and axios calls in the client', async () => {
    const { routes } = await fixtureRoutes('routes-express-prefix')
    expect(routes.some((r) => r.path.includes('everything'))).toBe(false)
    expect(routes.some((r) => r.file.startsWith('client/'))).toBe(false)
    expect(routes.filter((r) => r.path === '/auth/login')).toHaveLength(1)
  })

  it('resolves ESM TypeScript imports written with .js, nested routers, a template prefix and a registrar function', async () => {
    const { routes } = await fixtureRoutes('routes-express-ts')
    expect(lines(routes)).toEqual([
      'GET /healthz src/index.ts:14',
      'POST /api/v1/auth/sign-up src/routes/auth.routes.ts:7',
      'POST /api/v1/auth/sign-in src/routes/auth.routes.ts:8',
      'POST /api/v1/auth/refresh src/routes/auth.routes.ts:9',
      'GET /api/v1/notes src/routes/notes.ts:6',
      'POST /api/v1/notes src/routes/notes.ts:7',
    ])
  })

  it('reads Fastify plugins registered with a prefix, shorthand methods and fastify.route({ method, url })', async () => {
    const { routes } = await fixtureRoutes('routes-fastify')
    expect(lines(routes)).toEqual([
      'POST /auth/register src/routes/auth.js:2',
      'POST /auth/login src/routes/auth.js:8',
      'GET /api/tasks src/routes/tasks.js:2',
      'PATCH /api/tasks/:id src/routes/tasks.js:3',
      'PUT /api/tasks/:id src/routes/tasks.js:3',
      'GET /ping src/server.js:6',
    ])
    expect(routes.every((r) => r.framework === 'fastify')).toBe(true)
  })

  it('reads Koa routers with a prefix option and Hono apps with basePath, route() mounts, chains and on()', async () => {
    const { routes } = await fixtureRoutes('routes-koa-hono')
    expect(routes.map((r) => `${r.framework} ${r.method} ${r.path} ${r.file}:${r.line}`)).toEqual([
      'hono POST /api/auth/register hono/src/auth.ts:4',
      'hono POST /api/auth/login hono/src/auth.ts:5',
      'hono GET /api/health hono/src/index.ts:7',
      'hono GET /api/links/:slug hono/src/index.ts:8',
      'hono HEAD /api/links/:slug hono/src/index.ts:8',
      'koa POST /api/accounts/signup koa/src/accounts.js:4',
      'koa POST /api/accounts/login koa/src/accounts.js:7',
      'koa GET /api/status koa/src/app.js:8',
    ])
  })

  it('treats app.use(path, handler) as a route for any method, and app.get(setting) as no route', async () => {
    const { routes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "express": "4.21.0" } }',
      'app.js': [
        "const express = require('express')",
        'const app = express()',
        "app.use('/status', (req, res) => res.send('ok'))",
        "const env = app.get('env')",
        "const cache = new Map(); cache.get('/x', 1)",
        "app.listen(3000)",
      ].join('\n'),
    })
    expect(lines(routes)).toEqual(['ANY /status app.js:3'])
  })

  it('skips test files', async () => {
    const { routes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "express": "4.21.0" } }',
      'test/app.test.js': "const express = require('express')\nconst app = express()\napp.post('/register', (q, s) => s.end())\n",
    })
    expect(routes).toEqual([])
  })
})

describe('express-like routes in small and large files', () => {
  const ROUTER = `import { Router } from 'express'
import * as users from './users.controller.js'
const API = '/api'
export const router = Router()
router.get(\`\${API}/users\`, users.list)
router.post('/users', requireAuth, validate(UserBody), users.create)
router.route('/users/:id').get(users.get).delete(users.remove)
`
  /** The same router after 200 lines of unrelated code: a file too big for the small-file shortcuts. */
  const padded = ROUTER + Array.from({ length: 200 }, (_, i) => `cache.set('k${i}', compute(${i}))`).join('\n') + '\n'

  it('finds the same routes, handlers and lines either way', async () => {
    const files = (router: string) => ({ 'package.json': '{ "dependencies": { "express": "4.21.0" } }', 'src/users.routes.js': router })
    const small = await memoryRoutes(files(ROUTER))
    const large = await memoryRoutes(files(padded))
    expect(lines(small.routes)).toEqual([
      'GET /api/users src/users.routes.js:5',
      'POST /users src/users.routes.js:6',
      'DELETE /users/:id src/users.routes.js:7',
      'GET /users/:id src/users.routes.js:7',
    ])
    expect(large.routes).toEqual(small.routes)
  })

  it('reads a router that only looks plain (an object argument) with the native parser, without losing routes', async () => {
    const { routes, notes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "express": "4.21.0" } }',
      'src/auth.routes.js': "const express = require('express')\nconst router = express.Router()\nrouter.post('/login', limit({ max }), auth.login)\nmodule.exports = router\n",
    })
    expect(lines(routes)).toEqual(['POST /login src/auth.routes.js:3'])
    expect(notes).toEqual([])
  })
})

describe('next.js api routes', () => {
  it('reads pages/api files (any method) and App Router route files (exported GET/POST), without route groups', async () => {
    const { routes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "next": "14.2.13", "react": "18.3.1" } }',
      'pages/api/auth/register.ts': "import type { NextApiRequest, NextApiResponse } from 'next'\n\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {\n  res.status(201).end()\n}\n",
      'pages/api/users/index.ts': 'export default async function users(req, res) {\n  res.json([])\n}\n',
      'src/app/(backend)/api/health/route.ts': "export async function GET() {\n  return Response.json({ ok: true })\n}\n",
      'src/app/api/auth/login/route.ts': "import { NextResponse } from 'next/server'\n\nexport const POST = async () => NextResponse.json({ token: 'x' })\n",
      'src/app/dashboard/page.tsx': 'export default function Page() { return null }\n',
    })
    expect(routes.map((r) => `${r.method} ${r.path} ${r.file}:${r.line}`)).toEqual([
      'ANY /api/auth/register pages/api/auth/register.ts:3',
      'ANY /api/users pages/api/users/index.ts:1',
      'GET /api/health src/app/(backend)/api/health/route.ts:1',
      'POST /api/auth/login src/app/api/auth/login/route.ts:3',
    ])
  })
})
