/** @module Cross-check endpoints a README lists against the routes found in the code. Pure. */
import type { Route } from '../../types.js'
import { endpointKey, type ListedEndpoint } from './endpoints.js'

/**
 * The listed endpoints that exist as routes. A listed path may carry a prefix the router adds (`/api/users` for a
 * route `/users` mounted elsewhere) or omit one, so paths match when one ends with the other on a segment boundary.
 */
export function endpointsMatchingRoutes(listed: ListedEndpoint[], routes: Route[]): ListedEndpoint[] {
  const keys = routes.map((r) => ({ method: r.method.toUpperCase(), key: endpointKey(r.path) }))
  return listed.filter((e) => {
    const key = endpointKey(e.path)
    return keys.some((r) => (r.method === e.method || r.method === 'ANY' || r.method === 'ALL') && samePath(key, r.key))
  })
}

function samePath(a: string, b: string): boolean {
  if (a === b) return true
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  // keys start with '/', so a suffix match is always on a segment boundary
  return short !== '/' && long.endsWith(short)
}
