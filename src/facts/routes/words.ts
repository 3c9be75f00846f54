/** @module What a route path is for, judged from its last fixed segment: sign-up, log-in, health. Pure. */

/** A path parameter as frameworks write them: `:id`, `{id}`, `<int:id>`, `[id]`, `(?P<id>...)`, `*`. */
const PARAM = /^(?::|\{|<|\[|\(|\*)/

/** Path segments, lower-cased, without parameters. */
function staticSegments(path: string): string[] {
  return path.toLowerCase().split('/').filter((s) => s !== '' && !PARAM.test(s))
}

/** The last fixed segment with separators removed (`sign-up` -> `signup`), or '' for `/`. */
export function lastWord(path: string): string {
  return (staticSegments(path).pop() ?? '').replace(/[-_.\s]/g, '')
}

/** True when any segment of the path is a parameter. */
export function hasParams(path: string): boolean {
  return path.split('/').some((s) => PARAM.test(s))
}

const SIGNUP = /^(?:register|registration|signup|join|enrol+|createaccount|createuser|newaccount|newuser)$|^(?:register|signup)[a-z]*$|[a-z]*(?:register|signup)$/
const LOGIN = /^(?:login|signin|logon|authenticate|auth|token|tokens|session|sessions|jwt|accesstoken|obtaintoken)$|^(?:login|signin)[a-z]*$|[a-z]*(?:login|signin)$|[a-z]+token$/
const HEALTH = new Set(['health', 'healthz', 'healthcheck', 'healthy', 'ready', 'readyz', 'readiness', 'live', 'livez', 'liveness', 'status', 'ping', 'alive'])

/** A path whose last fixed segment names signing up (`/auth/register`, `/api/sign-up`, `/users/signup`). */
export function isSignupPath(path: string): boolean {
  const word = lastWord(path)
  // `POST /groups/:id/join` joins a group, not the site.
  return SIGNUP.test(word) && !(word === 'join' && hasParams(path))
}

/** A path whose last fixed segment names logging in or getting a token (`/login`, `/auth/sign_in`, `/token`). */
export function isLoginPath(path: string): boolean {
  const word = lastWord(path)
  return LOGIN.test(word) && !/refresh|logout|signout|reset|verify|revoke/.test(word)
}

/**
 * A health, readiness or liveness path: `/health`, `/api/v1/healthz`, `/ping`, `/status`, Laravel/Rails `/up`.
 * Paths with parameters are not (`/orders/:id/status` is a resource's status, not the service's).
 */
export function isHealthPath(path: string): boolean {
  if (hasParams(path)) return false
  const word = lastWord(path)
  return HEALTH.has(word) || path.toLowerCase() === '/up' || (word.startsWith('health') && word.length <= 14)
}
