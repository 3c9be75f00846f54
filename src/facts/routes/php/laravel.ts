/** @module Laravel routes: `Route::post(...)`, prefix/middleware/controller groups, resources, routes/api.php's `/api` prefix (or the one bootstrap/app.php sets) and Laravel 11's `health: '/up'`. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Family, Parsed } from '../family.js'
import { findKinds, lineOf } from '../languages.js'
import { joinPath } from '../paths.js'
import { literal } from '../strings.js'
import { arrayValue, phpAction, phpArgs, phpStrings, resourceRoutes } from './common.js'

const VERBS: Record<string, string> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', options: 'OPTIONS', any: 'ANY', view: 'GET' }
const CLOSURES = new Set(['anonymous_function', 'arrow_function', 'anonymous_function_creation_expression'])
/** The route file a group or withRouting() points at: `base_path('routes/api.php')`, `__DIR__.'/../routes/api.php'`. */
const ROUTE_FILE = /routes\/[\w/.-]+\.php/

type Link = { name: string; call: SgNode }

export const laravel: Family = {
  name: 'laravel',
  grammars: ['php'],
  wants: (file) => file.text.includes('Route::') || file.text.includes('withRouting') || file.text.includes('Passport::routes'),
  async extract(candidates) {
    const filePrefixes = new Map<string, string>()
    const routes: Route[] = []
    for (const parsed of candidates) routes.push(...bootstrapRoutes(parsed, filePrefixes))
    for (const { file, root } of candidates) {
      const tail = ROUTE_FILE.exec(file.path)?.[0]
      const mapped = tail ? filePrefixes.get(tail) : undefined
      const base = mapped ?? (file.path.endsWith('routes/api.php') ? 'api' : '')
      for (const statement of root.findAll({ rule: { kind: 'expression_statement', regex: '^Route\\s*::' } })) {
        const chain = links(statement.namedChildren()[0])
        if (!chain) continue
        const prefix = joinPath(base, ...enclosingPrefixes(statement), prefixOf(chain))
        for (const [method, path, at, handler] of chainRoutes(chain)) {
          routes.push({ method, path: joinPath(prefix, path), file: file.path, line: lineOf(at), framework: 'laravel', ...(handler && { handler }) })
        }
      }
      for (const call of root.findAll({ rule: { kind: 'scoped_call_expression' } })) {
        if (call.field('scope')?.text() === 'Passport' && call.field('name')?.text() === 'routes') {
          routes.push({ method: 'POST', path: '/oauth/token', file: file.path, line: lineOf(call), framework: 'laravel-passport' })
        }
      }
    }
    return routes
  },
}

/** A `Route::a(...)->b(...)->c(...)` chain as links, outermost last; undefined for anything else. */
function links(node: SgNode | undefined): Link[] | undefined {
  if (node?.kind() === 'member_call_expression') {
    const inner = links(node.field('object') ?? undefined)
    return inner && [...inner, { name: node.field('name')?.text() ?? '', call: node }]
  }
  if (node?.kind() === 'scoped_call_expression' && node.field('scope')?.text() === 'Route') {
    return [{ name: node.field('name')?.text() ?? '', call: node }]
  }
  return undefined
}

/** The prefix a chain adds: `prefix('v1')` links and `group(['prefix' => 'admin'], ...)` arrays. */
function prefixOf(chain: Link[]): string {
  const parts: string[] = []
  for (const { name, call } of chain) {
    const first = phpArgs(call).positional[0]
    if (name === 'prefix') parts.push(literal(first) ?? '')
    if (name === 'group') parts.push(literal(arrayValue(first, 'prefix')) ?? '')
  }
  return joinPath(...parts)
}

/** Prefixes of the group closures a statement sits in, outermost first. */
function enclosingPrefixes(statement: SgNode): string[] {
  const out: string[] = []
  for (const closure of statement.ancestors().filter((a) => CLOSURES.has(String(a.kind())))) {
    const call = closure.parent()?.parent()?.parent()
    const chain = call && links(call)
    if (chain && chain[chain.length - 1]?.name === 'group') out.unshift(prefixOf(chain))
  }
  return out
}

/** The routes one chain declares: verbs (with their controller action), match(), resource()/apiResource() with only()/except(). */
function chainRoutes(chain: Link[]): [method: string, path: string, at: SgNode, handler?: string][] {
  const out: [string, string, SgNode, string?][] = []
  for (const { name, call } of chain) {
    const { positional } = phpArgs(call)
    const at = call.field('name') ?? call
    const path = literal(positional[0])
    if (name in VERBS && path !== undefined) out.push([VERBS[name]!, path, at, name === 'view' ? undefined : phpAction(positional[1])])
    if (name === 'match') {
      const target = literal(positional[1])
      if (target !== undefined) for (const m of phpStrings(positional[0])) out.push([m.toUpperCase(), target, at])
    }
    if (name === 'resource' || name === 'apiResource' || name === 'resources' || name === 'apiResources') {
      const api = name.startsWith('api')
      const names = name.endsWith('s') ? (positional[0]?.namedChildren().map((el) => literal(el.namedChildren()[0]) ?? '') ?? []) : [path ?? '']
      const only = chain.find((l) => l.name === 'only')
      const except = chain.find((l) => l.name === 'except')
      const list = (l: Link | undefined) => (l ? phpStrings(phpArgs(l.call).positional[0]) : undefined)
      for (const resource of names.filter(Boolean)) {
        for (const [method, p] of resourceRoutes(resource, api, list(only), list(except))) out.push([method, p, at])
      }
    }
  }
  return out
}

/**
 * bootstrap/app.php (Laravel 11+): `withRouting(api: ..., apiPrefix: 'api/v1', health: '/up')`; older apps'
 * RouteServiceProvider: `Route::prefix('api')->group(base_path('routes/api.php'))`. Records which prefix each
 * route file gets and returns the health route.
 */
function bootstrapRoutes({ file, root }: Parsed, filePrefixes: Map<string, string>): Route[] {
  const out: Route[] = []
  for (const call of findKinds(root, ['member_call_expression', 'scoped_call_expression'])) {
    const name = call.field('name')?.text()
    const { positional, named } = phpArgs(call)
    if (name === 'withRouting') {
      const api = ROUTE_FILE.exec(named.get('api')?.text() ?? '')?.[0]
      if (api) filePrefixes.set(api, literal(named.get('apiPrefix')) ?? 'api')
      const health = literal(named.get('health'))
      if (health !== undefined) out.push({ method: 'GET', path: health, file: file.path, line: lineOf(named.get('health')!), framework: 'laravel' })
    }
    const target = name === 'group' ? ROUTE_FILE.exec(positional[0]?.text() ?? '')?.[0] : undefined
    const chain = target ? links(call) : undefined
    if (target && chain) filePrefixes.set(target, prefixOf(chain))
  }
  return out
}
