import { describe, expect, it } from 'vitest'
import { auth } from '../../src/facts/auth.js'
import { contextOf, runAnalyzer } from '../helpers/context.js'
import { memorySnapshot } from './routes/route-helpers.js'

/** The verdicts and the first evidence place of both auth facts for a fixture. */
async function authFacts(fixture: string) {
  const { facts } = await runAnalyzer(auth, fixture)
  return { hashing: facts['auth.hashesPasswords']!, tokens: facts['auth.handlesSessionsOrTokens']! }
}

describe('auth analyzer: password hashing', () => {
  it.each([
    ['auth-express-bcrypt', 'src/routes/auth.js', 9],
    ['auth-nest-argon2', 'src/auth/auth.service.ts', 10],
    ['auth-fastify-scrypt', 'src/password.js', 4],
    ['auth-fastapi-passlib', 'app/security.py', 9],
    ['auth-flask-bcrypt', 'api/users.py', 13],
    ['auth-django-builtin', 'accounts/views.py', 8],
    ['auth-go-bcrypt', 'internal/auth/service.go', 13],
    ['auth-spring-security', 'src/main/java/com/example/library/SecurityConfig.java', 22],
    ['auth-laravel-sanctum', 'app/Http/Controllers/AuthController.php', 15],
    ['auth-rails-devise', 'app/models/user.rb', 2],
    ['auth-aspnet-identity', 'Shop.Api/Program.cs', 6],
  ])('passes %s with evidence at the hashing call', async (fixture, path, line) => {
    const { hashing } = await authFacts(fixture)
    expect(hashing.found).toBe(true)
    expect(hashing.evidence[0]).toMatchObject({ path, line })
  })

  it('fails when bcrypt is declared in package.json but never imported (a commented-out call does not count)', async () => {
    const { hashing } = await authFacts('auth-express-declared-only')
    expect(hashing).toEqual({ id: 'auth.hashesPasswords', found: false, evidence: [] })
  })

  it.each([
    ['auth-express-md5', 'lib/passwords.js', 4, 'md5'],
    ['auth-fastapi-sha256', 'main.py', 11, 'sha256'],
    ['auth-go-sha256', 'main.go', 13, 'sha256'],
    ['auth-spring-plain', 'src/main/java/com/example/todo/UserService.java', 12, 'sha-256'],
    ['auth-laravel-md5', 'app/Http/Controllers/SignupController.php', 14, 'md5'],
    ['auth-rails-plain', 'app/models/member.rb', 5, 'sha256'],
    ['auth-aspnet-plain', 'Notes.Api/Services/AccountService.cs', 10, 'sha256'],
  ])('fails %s, which digests passwords with a fast hash, and points at that line', async (fixture, path, line, algorithm) => {
    const { hashing } = await authFacts(fixture)
    expect(hashing.found).toBe(false)
    expect(hashing.evidence[0]).toMatchObject({ path, line })
    expect(hashing.evidence[0]!.note).toContain(`digested with ${algorithm}`)
  })

  it('fails a Django project that installs the auth app but never creates users', async () => {
    const { hashing } = await authFacts('auth-django-no-auth')
    expect(hashing.found).toBe(false)
  })

  it('passes salted PBKDF2 through WebCrypto (Workers have no bcrypt), at the deriveBits call', async () => {
    const { hashing } = await authFacts('acc-workers-pbkdf2')
    expect(hashing).toEqual({
      id: 'auth.hashesPasswords',
      found: true,
      evidence: [{ path: 'src/password.ts', line: 15, note: 'WebCrypto PBKDF2 key derivation' }],
    })
  })

  it('fails a WebCrypto SHA-256 digest of the password, and an ECDH deriveBits is not password hashing', async () => {
    const { hashing } = await authFacts('acc-workers-sha256')
    expect(hashing.found).toBe(false)
    expect(hashing.evidence).toEqual([{ path: 'src/crypto.ts', line: 5, note: 'password digested with sha-256: a fast hash, not a password hash' }])
  })

  it("passes Django's hasher when the auth app is installed and djoser's sign-up URLs are wired", async () => {
    const { hashing } = await authFacts('acc-django-djoser-signup')
    expect(hashing.found).toBe(true)
    expect(hashing.evidence).toEqual([
      { path: 'club/settings.py', line: 9, note: 'django.contrib.auth installed' },
      { path: 'club/urls.py', line: 7, note: "djoser signs users up through Django's password hasher" },
    ])
  })

  it("knows dj-rest-auth's registration URLs mounted at a bare prefix, where no path segment says sign-up", async () => {
    const snapshot = memorySnapshot({
      'requirements.txt': 'Django==5.0.6\ndj-rest-auth==6.0.0\n',
      'site/settings.py': 'INSTALLED_APPS = ["django.contrib.auth", "dj_rest_auth", "dj_rest_auth.registration"]\n',
      'site/urls.py': 'from django.urls import include, path\n\nurlpatterns = [\n    path("api/", include("dj_rest_auth.registration.urls")),\n]\n',
    })
    const [hashing] = await auth.run(contextOf(snapshot))
    expect(hashing?.evidence).toEqual([
      { path: 'site/settings.py', line: 1, note: 'django.contrib.auth installed' },
      { path: 'site/urls.py', line: 4, note: "dj-rest-auth signs users up through Django's password hasher" },
    ])
  })

  it('fails a Django project whose auth package only logs users in (its registration URLs commented out)', async () => {
    const { hashing } = await authFacts('acc-django-login-only')
    expect(hashing).toEqual({ id: 'auth.hashesPasswords', found: false, evidence: [] })
  })
})

describe('auth analyzer: sessions and tokens', () => {
  it.each([
    ['auth-express-bcrypt', 'src/routes/auth.js', 17, 'jsonwebtoken'],
    ['auth-express-md5', 'app.js', 7, 'session middleware'],
    ['auth-nest-argon2', 'src/auth/local.strategy.ts', 7, 'Passport'],
    ['auth-fastify-scrypt', 'src/app.js', 8, 'session middleware'],
    ['auth-fastapi-passlib', 'app/security.py', 19, 'jose'],
    ['auth-flask-bcrypt', 'api/extensions.py', 5, 'Flask-JWT-Extended'],
    ['auth-django-builtin', 'shop/settings.py', 16, 'SessionMiddleware'],
    ['auth-go-bcrypt', 'internal/auth/service.go', 18, 'golang-jwt'],
    ['auth-spring-security', 'src/main/java/com/example/library/SecurityConfig.java', 14, 'Spring Security'],
    ['auth-laravel-sanctum', 'app/Http/Controllers/AuthController.php', 18, 'Sanctum'],
    ['auth-rails-devise', 'app/models/user.rb', 2, 'Devise'],
    ['auth-aspnet-identity', 'Shop.Api/Program.cs', 9, 'JwtBearer'],
  ])('passes %s with evidence of the session or token library in use', async (fixture, path, line, note) => {
    const { tokens } = await authFacts(fixture)
    expect(tokens.found).toBe(true)
    expect(tokens.evidence[0]).toMatchObject({ path, line })
    expect(tokens.evidence[0]!.note).toContain(note)
  })

  it('fails when jsonwebtoken is declared but its only call is commented out', async () => {
    const { tokens } = await authFacts('auth-express-declared-only')
    expect(tokens).toEqual({ id: 'auth.handlesSessionsOrTokens', found: false, evidence: [] })
  })

  it('fails a Django project whose session and authentication middleware are commented out', async () => {
    const { tokens } = await authFacts('auth-django-no-auth')
    expect(tokens.found).toBe(false)
  })

  it.each(['auth-fastapi-sha256', 'auth-go-sha256', 'auth-spring-plain', 'auth-laravel-md5', 'auth-rails-plain', 'auth-aspnet-plain'])(
    'fails %s, which has no session or token handling',
    async (fixture) => {
      const { tokens } = await authFacts(fixture)
      expect(tokens.found).toBe(false)
    },
  )
})
