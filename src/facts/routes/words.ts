/** @module What a route path is for, judged from its last fixed segments: sign-up, log-in, health. Pure. */

/** A path parameter as frameworks write them: `:id`, `{id}`, `<int:id>`, `[id]`, `(?P<id>...)`, `*`. */
const PARAM = /^(?::|\{|<|\[|\(|\*)/

/** Fixed (non-parameter) segments of a path, as written. */
function staticSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && !PARAM.test(s))
}

/**
 * The words of a segment, lower-cased: `sign-up` -> ['signup'], `RegisterUser` -> ['register', 'user'],
 * `log_in` -> ['login']. Split pairs that mean one thing are joined (sign up, sign in, log in).
 */
function wordsOf(segment: string): string[] {
  const words = segment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_.\s]+/).filter(Boolean)
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]}${words[i + 1] ?? ''}`
    if (JOINED_PAIRS.has(pair) && words[i + 1]) {
      out.push(pair)
      i++
    } else out.push(words[i]!)
  }
  return out
}

/** True when any segment of the path is a parameter. */
export function hasParams(path: string): boolean {
  return path.split('/').some((s) => PARAM.test(s))
}

/** Two-word phrases that mean one thing (`sign-up`, Spanish `iniciar-sesion`, French `se-connecter`). */
const JOINED_PAIRS = new Set(['signup', 'signin', 'login', 'logon', 'iniciarsesion', 'seconnecter', 'crearcuenta', 'criarconta'])

/**
 * Learners name routes in their own language, so the words cover the README languages we read:
 * Spanish/Portuguese (registro, cadastro), French (inscription), German (registrieren), Indonesian
 * (daftar, registrasi), Russian in Latin letters (registratsiya).
 */
const SIGNUP_WORDS = new Set([
  'register', 'registration', 'signup', 'join', 'enroll', 'enrol',
  'registro', 'registrar', 'registrarse', 'crearcuenta', 'cadastro', 'cadastrar', 'criarconta',
  'inscription', 'inscrire', 'registrieren', 'registrierung', 'daftar', 'registrasi', 'registratsiya', 'registraciya',
])
const SIGNUP_SEGMENTS = new Set(['createaccount', 'createuser', 'newaccount', 'newuser'])
const LOGIN_WORDS = new Set([
  'login', 'signin', 'logon', 'authenticate', 'auth', 'token', 'tokens', 'session', 'sessions', 'jwt',
  'iniciarsesion', 'ingresar', 'entrar', 'acceder', 'sesion', 'sessao', 'autenticar', 'connexion', 'seconnecter',
  'anmelden', 'einloggen', 'anmeldung', 'masuk', 'vhod', 'vkhod',
])
const NOT_LOGIN = new Set([
  'refresh', 'logout', 'signout', 'reset', 'verify', 'revoke', 'forgot',
  'cerrar', 'salir', 'sair', 'deconnexion', 'abmelden', 'keluar',
])
/** Token-issuing pairs of segments (`/jwt/create` from djoser, `/token/obtain`). */
const LOGIN_PAIRS = new Set(['jwt/create', 'token/create', 'tokens/create', 'token/obtain', 'token/new'])
const HEALTH = new Set(['health', 'healthz', 'healthcheck', 'healthy', 'ready', 'readyz', 'readiness', 'live', 'livez', 'liveness', 'status', 'ping', 'alive'])

/** A path whose last fixed segment names signing up (`/auth/register`, `/api/sign-up`, `/users/RegisterUser`). */
export function isSignupPath(path: string): boolean {
  const last = staticSegments(path).pop() ?? ''
  const words = wordsOf(last)
  if (SIGNUP_SEGMENTS.has(words.join(''))) return true
  // `POST /groups/:id/join` joins a group, not the site.
  return words.some((w) => SIGNUP_WORDS.has(w) && !(w === 'join' && hasParams(path)))
}

/** A path whose last fixed segment names logging in or getting a token (`/login`, `/auth/sign_in`, `/token`). */
export function isLoginPath(path: string): boolean {
  const segments = staticSegments(path).map((s) => s.toLowerCase())
  if (LOGIN_PAIRS.has(segments.slice(-2).join('/'))) return true
  const words = wordsOf(segments.pop() ?? '')
  return words.some((w) => LOGIN_WORDS.has(w)) && !words.some((w) => NOT_LOGIN.has(w))
}

/** Handler words that say the account is only being checked or undone, not created or opened. */
const NOT_SIGNUP = new Set(['verify', 'confirm', 'resend', 'cancel', 'check', 'validate', 'unregister'])
/** Verbs and objects of token-issuing handler names (`createSession`, `issueToken`, `obtainJwt`). */
const ISSUE_VERBS = new Set(['create', 'issue', 'obtain', 'new', 'generate', 'grant'])
const ISSUED = new Set(['session', 'token', 'jwt', 'accesstoken'])
/** Log-in words strong enough to name a handler alone (`token` or `auth` alone name too many other things). */
const WEAK_LOGIN_WORDS = new Set(['auth', 'token', 'tokens', 'session', 'sessions', 'jwt', 'entrar', 'sesion', 'sessao'])
const LOGIN_HANDLER_WORDS = new Set([...LOGIN_WORDS].filter((w) => !WEAK_LOGIN_WORDS.has(w)))
const ACCOUNT_PAIRS = new Set(['createaccount', 'newaccount', 'crearcuenta', 'criarconta'])

/**
 * A handler named for signing up: `register`, `signUp`, `registerUser`, `handleRegistration`, `createAccount`,
 * `registrarUsuario`, `RegisterView`. `createUser` is not: on a users collection it is plain CRUD.
 */
export function isSignupHandler(name: string): boolean {
  const words = wordsOf(name)
  if (words.some((w) => NOT_SIGNUP.has(w))) return false
  const pairs = words.slice(1).map((w, i) => `${words[i]}${w}`)
  return words.some((w) => SIGNUP_WORDS.has(w)) || pairs.some((p) => ACCOUNT_PAIRS.has(p))
}

/** A handler named for logging in: `login`, `logIn`, `signIn`, `authenticate`, `createSession`, `issueToken`. */
export function isLoginHandler(name: string): boolean {
  const words = wordsOf(name)
  if (words.some((w) => NOT_LOGIN.has(w))) return false
  const pairs = words.slice(1).map((w, i) => [words[i]!, w] as const)
  const issues = pairs.some(([verb, object]) => ISSUE_VERBS.has(verb) && ISSUED.has(object.replace(/s$/, '')))
  return issues || words.some((w) => LOGIN_HANDLER_WORDS.has(w))
}

/**
 * A health, readiness or liveness path: `/health`, `/api/v1/healthz`, `/ping`, `/status`, Laravel/Rails `/up`.
 * Paths with parameters are not (`/orders/:id/status` is a resource's status, not the service's).
 */
export function isHealthPath(path: string): boolean {
  if (hasParams(path)) return false
  const word = (staticSegments(path).pop() ?? '').toLowerCase().replace(/[-_.]/g, '')
  return HEALTH.has(word) || path.toLowerCase() === '/up' || (word.startsWith('health') && word.length <= 14 && !word.startsWith('healthcare'))
}
