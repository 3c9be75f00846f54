/** @module The router graph shared by every framework family: routes hang on router objects, routers are mounted on parents under a prefix, and full paths come from walking up. Pure. */
import type { Route } from '../../types.js'
import { joinPath, normalisePath } from './paths.js'

/** A route as declared on one router object, before parent prefixes are applied. */
export type LocalRoute = Omit<Route, 'path'> & { owner: string; path: string }

/** `child` is served under `parent` at `prefix`. `replaces` drops the child's own prefix (Flask url_prefix). */
export type Mount = { parent: string; child: string; prefix: string; replaces?: boolean }

/** Bounds that keep a hostile or cyclic mount graph cheap. */
const MAX_DEPTH = 12
const MAX_PREFIXES = 16

/**
 * Collects routes, own prefixes and mounts; `resolve()` returns routes with every prefix applied.
 * Owners are opaque strings (a family decides, e.g. `routes/auth.js#router`).
 */
export class RouterGraph {
  private readonly routes: LocalRoute[] = []
  /** Mounts by child owner, so walking up costs a lookup, not a scan of every mount. */
  private readonly mounts = new Map<string, Mount[]>()
  private readonly own = new Map<string, string>()

  addRoute(route: LocalRoute): void {
    this.routes.push(route)
  }

  /** The router's own prefix (Koa `new Router({ prefix })`, FastAPI `APIRouter(prefix=)`, a Gin group). */
  setPrefix(owner: string, prefix: string): void {
    this.own.set(owner, prefix)
  }

  mount(mount: Mount): void {
    if (mount.parent === mount.child) return
    const list = this.mounts.get(mount.child) ?? []
    list.push(mount)
    this.mounts.set(mount.child, list)
  }

  /**
   * Owners that routes are served under: owners with routes of their own and every owner reached by walking up
   * the mounts from them. A mount whose child is not among them cannot change what `resolve()` returns, so a
   * family may skip working out such mounts (and reading the files they name).
   */
  servedOwners(): Set<string> {
    const served = new Set<string>()
    for (const route of this.routes) this.reachUp(route.owner, served)
    return served
  }

  /** Adds `owner` and every owner above it to `into` (after a mount of an owner already in it). */
  reachUp(owner: string, into: Set<string>): void {
    const stack = [owner]
    while (stack.length > 0) {
      const next = stack.pop()!
      if (into.has(next)) continue
      into.add(next)
      for (const m of this.mounts.get(next) ?? []) stack.push(m.parent)
    }
  }

  /** Every route with its full path(s); a router mounted twice yields its routes under both prefixes. */
  resolve(): Route[] {
    const cache = new Map<string, string[]>()
    const out: Route[] = []
    for (const { owner, path, ...rest } of this.routes) {
      for (const prefix of this.prefixes(owner, cache, new Set())) out.push({ ...rest, path: joinPath(prefix, path) })
    }
    return out
  }

  /** The full prefixes (own prefix included) under which an owner's routes are served. */
  private prefixes(owner: string, cache: Map<string, string[]>, seen: Set<string>): string[] {
    const cached = cache.get(owner)
    if (cached) return cached
    const own = this.own.get(owner) ?? ''
    const parents = (this.mounts.get(owner) ?? []).filter((m) => !seen.has(m.parent))
    if (parents.length === 0 || seen.size >= MAX_DEPTH) return [normalisePath(own)]
    seen.add(owner)
    const found = new Set<string>()
    for (const mount of parents) {
      for (const above of this.prefixes(mount.parent, cache, seen)) {
        found.add(mount.replaces ? joinPath(above, mount.prefix) : joinPath(above, mount.prefix, own))
        if (found.size >= MAX_PREFIXES) break
      }
    }
    seen.delete(owner)
    const result = [...found]
    cache.set(owner, result)
    return result
  }
}
