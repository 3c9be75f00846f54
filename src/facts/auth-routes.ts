/** @module Analyzer "auth-routes": does the app route signing up and logging in, or wire a framework's built-in auth views? Pure apart from snapshot reads. */
import type { Evidence, Fact, Route } from '../types.js'
import type { Analyzer, AnalyzerContext } from './context.js'
import { hasParams, isLoginHandler, isLoginPath, isSignupHandler, isSignupPath } from './routes/words.js'

/** Route frameworks that are a package's built-in auth views (named so by the route extractor). */
export const BUILTIN_AUTH_FRAMEWORKS: ReadonlySet<string> = new Set([
  'django.contrib.auth', 'allauth', 'dj-rest-auth', 'djoser', 'devise', 'aspnet-identity', 'laravel-passport',
])
/** Methods that can carry a sign-up or log-in form. */
const WRITE_METHODS = new Set(['POST', 'ANY'])
/** Where a sign-up form posts when its page is `GET /signup` (Rails `resources :users`, a plain `POST /users`). */
const ACCOUNT_COLLECTION = /\/(?:users|accounts|members|customers)$/i
/** Where a REST-named sign-up posts when its handler says so: an account collection, or a bare `/auth`. */
const ACCOUNT_TARGET = /\/(?:users?|accounts?|members|customers|auth)$/i
/** Laravel packages that put auth routes in place once a login route exists (Sanctum/Passport tokens). */
const LARAVEL_TOKEN_PACKAGES = ['laravel/sanctum', 'laravel/passport']
const LARAVEL_FORTIFY = ['laravel/fortify', 'laravel/jetstream']
const MAX_EVIDENCE = 3

/**
 * `auth.hasSignupRoute`: a POST/ANY route whose last fixed segment says register/sign-up/join (Devise's
 * `POST /users` counts because Devise names it so), a REST-named `POST /members` whose handler is named for
 * signing up (`signUp`, `register`, `createAccount`), or a `GET /signup` page whose form posts to `/users`.
 * `auth.hasLoginRoute`: a POST/ANY route for login/sign-in/auth/token/session(s), or one without parameters whose
 * handler is named for logging in (`logIn`, `authenticate`, `createSession`).
 * `auth.usesBuiltinAuthViews`: Django auth urls, allauth, dj-rest-auth, djoser, Devise, ASP.NET Identity
 * endpoints or UI, Laravel Breeze's routes/auth.php loaded by routes/web.php, Fortify, or Sanctum/Passport with
 * a login route, or Spring Security formLogin with a registration endpoint.
 */
export const authRoutes: Analyzer = {
  name: 'auth-routes',
  facts: ['auth.hasSignupRoute', 'auth.hasLoginRoute', 'auth.usesBuiltinAuthViews'],
  async run(ctx) {
    const routes = await ctx.routes()
    const signup = signupRoutes(routes)
    const login = routes.filter((r) => WRITE_METHODS.has(r.method) && (isLoginPath(r.path) || namedLogin(r)))
    const builtin = await builtinViews(ctx, routes, signup.length > 0, login.length > 0)
    const fact = (id: string, found: Evidence[]): Fact => ({ id, found: found.length > 0, evidence: found.slice(0, MAX_EVIDENCE) })
    return [
      fact('auth.hasSignupRoute', signup.map(evidenceOf)),
      fact('auth.hasLoginRoute', login.map(evidenceOf)),
      fact('auth.usesBuiltinAuthViews', builtin),
    ]
  },
}

/** The route and, when its path alone does not say what it is for, the handler that does. */
function evidenceOf(route: Route): Evidence {
  const byName = route.handler !== undefined && !isSignupPath(route.path) && !isLoginPath(route.path)
  return { path: route.file, line: route.line, note: `${route.method} ${route.path}${byName ? ` (${route.handler})` : ''}` }
}

/** `POST /v1/members` handled by `signUp`: REST naming hides the purpose in the handler's name. */
function namedSignup(route: Route): boolean {
  return route.handler !== undefined && !hasParams(route.path) && ACCOUNT_TARGET.test(route.path) && isSignupHandler(route.handler)
}

/** `POST /api/users/authentication` handled by `login`: a handler named for logging in on a fixed path. */
function namedLogin(route: Route): boolean {
  return route.handler !== undefined && !hasParams(route.path) && isLoginHandler(route.handler)
}

/** Sign-up routes: a register-ish POST, Devise's registration, or a sign-up page plus an account collection POST. */
export function signupRoutes(routes: readonly Route[]): Route[] {
  const direct = routes.filter(
    (r) => WRITE_METHODS.has(r.method) && (isSignupPath(r.path) || namedSignup(r) || (r.framework === 'devise' && ACCOUNT_COLLECTION.test(r.path))),
  )
  if (direct.length > 0) return direct
  const page = routes.find((r) => r.method === 'GET' && isSignupPath(r.path))
  const collection = routes.find((r) => r.method === 'POST' && ACCOUNT_COLLECTION.test(r.path))
  return page && collection ? [page, collection] : []
}

async function builtinViews(ctx: AnalyzerContext, routes: readonly Route[], hasSignup: boolean, hasLogin: boolean): Promise<Evidence[]> {
  const packaged = routes.filter((r) => BUILTIN_AUTH_FRAMEWORKS.has(r.framework))
  if (packaged.length > 0) return [evidenceOf(packaged[0]!)]
  const [project, code] = await Promise.all([ctx.project(), ctx.code()])
  // Laravel Breeze/Jetstream scaffolding: routes/auth.php, pulled into routes/web.php, holds the auth routes.
  const breeze = routes.find((r) => r.framework === 'laravel' && r.file.endsWith('routes/auth.php'))
  if (breeze) {
    const required = code.grep(/require\s*\(?\s*__DIR__\s*\.\s*['"]\/auth\.php['"]/, { languages: ['php'] })
    if (required.length > 0) return [{ ...required[0]!, note: 'routes/auth.php (Laravel Breeze) is loaded' }, evidenceOf(breeze)]
  }
  const deps = new Set(project.roots.flatMap((r) => [...r.dependencies]))
  // Fortify (and Jetstream on top of it) registers /login and /register from the package, once configured.
  if (LARAVEL_FORTIFY.some((p) => deps.has(p))) {
    const configured = code.grep(/Laravel\\Fortify\\|Fortify::/, { languages: ['php'] })
    if (configured.length > 0) return [{ ...configured[0]!, note: 'Laravel Fortify serves /register and /login' }]
  }
  if (hasLogin && LARAVEL_TOKEN_PACKAGES.some((p) => deps.has(p))) {
    const uses = code.grep(/auth:sanctum|Laravel\\Sanctum|Laravel\\Passport|Passport::|HasApiTokens/, { languages: ['php'] })
    const login = routes.find((r) => WRITE_METHODS.has(r.method) && isLoginPath(r.path))
    if (uses.length > 0 && login) return [uses[0]!, evidenceOf(login)]
  }
  if (hasSignup) {
    const formLogin = code.grep(/\.formLogin\s*\(|formLogin\s*\{/, { languages: ['java'] })
    if (formLogin.length > 0) return [{ ...formLogin[0]!, note: 'Spring Security formLogin serves /login' }]
  }
  return []
}
