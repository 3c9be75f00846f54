/** @module Route path helpers: join router prefixes and normalise paths (leading '/', no trailing '/', params kept as written). Pure. */

/**
 * Joins path pieces and normalises the result.
 * @example joinPath('/api/', 'auth', '/login/') // '/api/auth/login'
 */
export function joinPath(...parts: string[]): string {
  const joined = parts
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '/')
    .join('/')
  return normalisePath(joined)
}

/**
 * Normalises one path: exactly one leading '/', no trailing '/', no doubled slashes. Regex anchors from
 * Django `re_path`/`url` ('^', '$') are dropped so the path reads like the others.
 */
export function normalisePath(path: string): string {
  let out = path.trim().replace(/^\^/, '').replace(/\$$/, '')
  out = out.replace(/^~\//, '/').replace(/\/{2,}/g, '/')
  if (!out.startsWith('/')) out = '/' + out
  if (out.length > 1 && out.endsWith('/')) out = out.slice(0, -1)
  return out
}

/** Upper-cases an HTTP method name; anything that is not a plain word becomes ANY. */
export function normaliseMethod(method: string): string {
  const upper = method.trim().toUpperCase()
  return /^[A-Z]+$/.test(upper) ? upper : 'ANY'
}
