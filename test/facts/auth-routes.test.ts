import { describe, expect, it } from 'vitest'
import { authRoutes } from '../../src/facts/auth-routes.js'
import type { Fact } from '../../src/types.js'
import { contextOf, runAnalyzer } from '../helpers/context.js'
import { memorySnapshot } from './routes/route-helpers.js'

async function factsOf(files: Record<string, string>): Promise<Record<string, Fact>> {
  const list = await authRoutes.run(contextOf(memorySnapshot(files)))
  return Object.fromEntries(list.map((f) => [f.id, f]))
}

const EXPRESS = { 'package.json': '{ "dependencies": { "express": "4.21.0" } }' }

describe('auth-routes analyzer', () => {
  it('finds sign-up and log-in routes mounted under a prefix, with file and line', async () => {
    const { facts } = await runAnalyzer(authRoutes, 'routes-express-prefix')
    expect(facts['auth.hasSignupRoute']).toEqual({
      id: 'auth.hasSignupRoute',
      found: true,
      evidence: [{ path: 'src/routes/auth.js', line: 7, note: 'POST /auth/register' }],
    })
    expect(facts['auth.hasLoginRoute']?.evidence).toEqual([{ path: 'src/routes/auth.js', line: 13, note: 'POST /auth/login' }])
    expect(facts['auth.usesBuiltinAuthViews']?.found).toBe(false)
  })

  it('reads sign-up and sign-in spelled with hyphens, and a FastAPI token route', async () => {
    const ts = await runAnalyzer(authRoutes, 'routes-express-ts')
    expect(ts.facts['auth.hasSignupRoute']?.evidence[0]?.note).toBe('POST /api/v1/auth/sign-up')
    expect(ts.facts['auth.hasLoginRoute']?.evidence[0]?.note).toBe('POST /api/v1/auth/sign-in')
    const fastapi = await runAnalyzer(authRoutes, 'routes-fastapi-router')
    expect(fastapi.facts['auth.hasLoginRoute']?.evidence[0]?.note).toBe('POST /api/v1/login/access-token')
    expect(fastapi.facts['auth.hasSignupRoute']?.evidence[0]?.note).toBe('POST /api/v1/users/signup')
  })

  it("counts Django's auth urls included in the URL config as built-in auth views", async () => {
    const { facts } = await runAnalyzer(authRoutes, 'routes-django-include')
    expect(facts['auth.usesBuiltinAuthViews']).toEqual({
      id: 'auth.usesBuiltinAuthViews',
      found: true,
      evidence: [{ path: 'mysite/urls.py', line: 8, note: 'ANY /accounts/login' }],
    })
    expect(facts['auth.hasSignupRoute']?.evidence.map((e) => e.note)).toContain('ANY /accounts/signup')
  })

  it('does not take POST /users for a sign-up route, nor a GET login page for a login route', async () => {
    const facts = await factsOf({
      ...EXPRESS,
      'app.js': [
        "const app = require('express')()",
        "app.post('/users', (req, res) => res.end())",
        "app.get('/login', (req, res) => res.end())",
        "app.post('/groups/:id/join', (req, res) => res.end())",
        "app.post('/auth/refresh-token', (req, res) => res.end())",
      ].join('\n'),
    })
    expect(facts['auth.hasSignupRoute']?.found).toBe(false)
    expect(facts['auth.hasLoginRoute']?.found).toBe(false)
  })

  it('takes a GET /signup page whose form posts to /users as sign-up', async () => {
    const facts = await factsOf({
      ...EXPRESS,
      'app.js': [
        "const app = require('express')()",
        "app.get('/signup', (req, res) => res.render('signup'))",
        "app.post('/users', (req, res) => res.redirect('/'))",
        "app.post('/sessions', (req, res) => res.redirect('/'))",
      ].join('\n'),
    })
    expect(facts['auth.hasSignupRoute']?.evidence.map((e) => e.note)).toEqual(['GET /signup', 'POST /users'])
    expect(facts['auth.hasLoginRoute']?.evidence.map((e) => e.note)).toEqual(['POST /sessions'])
  })

  it('does not count routes that are commented out or only named in strings', async () => {
    const facts = await factsOf({
      ...EXPRESS,
      'app.js': [
        "const app = require('express')()",
        "// app.post('/register', register)",
        "const help = \"POST /login with your email\"",
        "app.get('/', (req, res) => res.send(help))",
      ].join('\n'),
    })
    expect(facts['auth.hasSignupRoute']?.found).toBe(false)
    expect(facts['auth.hasLoginRoute']?.found).toBe(false)
  })

  it('counts Devise as built-in auth views and its POST /users as the sign-up route', async () => {
    const { facts } = await runAnalyzer(authRoutes, 'routes-rails-devise')
    expect(facts['auth.usesBuiltinAuthViews']?.evidence[0]).toMatchObject({ path: 'config/routes.rb', line: 2 })
    expect(facts['auth.hasSignupRoute']?.evidence.map((e) => e.note)).toEqual(['POST /users'])
    expect(facts['auth.hasLoginRoute']?.evidence.map((e) => e.note)).toEqual(['POST /users/sign_in'])
  })

  it('counts ASP.NET Identity endpoints mapped with MapIdentityApi', async () => {
    const { facts } = await runAnalyzer(authRoutes, 'routes-aspnet-minimal')
    expect(facts['auth.usesBuiltinAuthViews']).toMatchObject({ found: true, evidence: [{ path: 'src/TodoApi/Program.cs', line: 12 }] })
    expect(facts['auth.hasSignupRoute']?.evidence[0]?.note).toBe('POST /account/register')
  })

  it('counts Spring Security formLogin together with a registration endpoint', async () => {
    const { facts } = await runAnalyzer(authRoutes, 'routes-spring')
    expect(facts['auth.usesBuiltinAuthViews']).toMatchObject({
      found: true,
      evidence: [{ path: 'src/main/java/com/example/todo/config/SecurityConfig.java', line: 14 }],
    })
    expect(facts['auth.hasSignupRoute']?.evidence[0]?.note).toBe('POST /api/auth/register')
  })

  it("reads Laravel Breeze's routes and counts routes/auth.php loaded from routes/web.php as built-in auth", async () => {
    const { facts } = await runAnalyzer(authRoutes, 'routes-laravel')
    expect(facts['auth.hasSignupRoute']?.evidence.map((e) => e.note)).toEqual(['POST /register'])
    expect(facts['auth.hasLoginRoute']?.evidence.map((e) => e.note)).toEqual(['POST /api/tokens', 'POST /login'])
    expect(facts['auth.usesBuiltinAuthViews']?.evidence).toEqual([
      { path: 'routes/web.php', line: 11, note: 'routes/auth.php (Laravel Breeze) is loaded' },
      { path: 'routes/auth.php', line: 8, note: 'GET /register' },
    ])
  })

  it('counts Sanctum used with a login route as built-in auth, but not Sanctum merely installed', async () => {
    const files = {
      'composer.json': '{ "require": { "laravel/framework": "^11.0", "laravel/sanctum": "^4.0" } }',
      'routes/api.php': "<?php\nRoute::post('/login', [AuthController::class, 'login']);\nRoute::middleware('auth:sanctum')->get('/me', fn () => 1);\n",
    }
    const used = await factsOf(files)
    expect(used['auth.usesBuiltinAuthViews']?.evidence[0]).toMatchObject({ path: 'routes/api.php', line: 3 })
    const installed = await factsOf({ ...files, 'routes/api.php': "<?php\nRoute::post('/login', [AuthController::class, 'login']);\n" })
    expect(installed['auth.usesBuiltinAuthViews']?.found).toBe(false)
  })

  it('finds Gin auth routes under nested groups', async () => {
    const { facts } = await runAnalyzer(authRoutes, 'routes-go-gin')
    expect(facts['auth.hasSignupRoute']?.evidence).toEqual([{ path: 'internal/server/router.go', line: 22, note: 'POST /api/v1/auth/register' }])
    expect(facts['auth.hasLoginRoute']?.evidence).toEqual([{ path: 'internal/server/router.go', line: 23, note: 'POST /api/v1/auth/login' }])
  })

  it('takes a REST-named POST /members as sign-up when its handler is named signUp (and logIn behind a wrapper)', async () => {
    const { facts } = await runAnalyzer(authRoutes, 'acc-go-rest-signup')
    expect(facts['auth.hasSignupRoute']?.evidence).toEqual([{ path: 'internal/api/router.go', line: 14, note: 'POST /v1/members (signUp)' }])
    expect(facts['auth.hasLoginRoute']?.evidence).toEqual([{ path: 'internal/api/router.go', line: 15, note: 'POST /v1/sessions' }])
  })

  it('does not take createMember, a registerDevice on /devices or a register under a parameter for sign-up', async () => {
    const { facts } = await runAnalyzer(authRoutes, 'acc-go-rest-crud')
    expect(facts['auth.hasSignupRoute']).toEqual({ id: 'auth.hasSignupRoute', found: false, evidence: [] })
    expect(facts['auth.hasLoginRoute']?.found).toBe(true)
  })

  it('counts a login-named handler on a fixed path, but not a refresh handler or one under a parameter', async () => {
    const login = await factsOf({
      ...EXPRESS,
      'app.js': [
        "const app = require('express')()",
        "const users = require('./users')",
        "app.post('/api/users', asyncHandler(users.register))",
        "app.post('/api/users/authentication', users.logIn.bind(users))",
      ].join('\n'),
    })
    expect(login['auth.hasSignupRoute']?.evidence.map((e) => e.note)).toEqual(['POST /api/users (register)'])
    expect(login['auth.hasLoginRoute']?.evidence.map((e) => e.note)).toEqual(['POST /api/users/authentication (logIn)'])
    const other = await factsOf({
      ...EXPRESS,
      'app.js': [
        "const app = require('express')()",
        "const users = require('./users')",
        "app.post('/api/users/current', users.refreshLogin)",
        "app.post('/api/teams/:id/members', users.login)",
      ].join('\n'),
    })
    expect(other['auth.hasLoginRoute']?.found).toBe(false)
    expect(other['auth.hasSignupRoute']?.found).toBe(false)
  })
})
