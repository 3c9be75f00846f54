/** @module PHP helpers for the route extractor: call arguments (positional and named), string arrays, and Laravel resource route expansion. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { joinPath } from '../paths.js'
import { literal, MAX_NESTING } from '../strings.js'

/** Positional and named (PHP 8 `name: value`) arguments of a call or attribute. */
export function phpArgs(call: SgNode): { positional: SgNode[]; named: Map<string, SgNode> } {
  const positional: SgNode[] = []
  const named = new Map<string, SgNode>()
  const list = call.field('arguments') ?? call.children().find((c) => c.kind() === 'arguments')
  for (const arg of list?.namedChildren() ?? []) {
    if (arg.kind() !== 'argument') continue
    const parts = arg.namedChildren()
    if (parts.length >= 2 && parts[0]?.kind() === 'name' && arg.children().some((c) => c.text() === ':')) named.set(parts[0].text(), parts[parts.length - 1]!)
    else if (parts[0]) positional.push(parts[parts.length - 1]!)
  }
  return { positional, named }
}

/** String values of a literal or an array of literals (`'get'`, `['get', 'post']`). */
export function phpStrings(node: SgNode | undefined, depth = 0): string[] {
  if (!node || depth > MAX_NESTING) return []
  if (node.kind() === 'array_creation_expression') {
    return node.namedChildren().flatMap((el) => phpStrings(el.namedChildren()[el.namedChildren().length - 1], depth + 1))
  }
  const value = literal(node)
  return value === undefined ? [] : [value]
}

/**
 * The controller method a route action names: `[AuthController::class, 'register']`, `'AuthController@register'`,
 * Slim's `'AuthController:register'`, `'register'` inside a `Route::controller()` group, or an invokable
 * `RegisterController::class`. Closures name nothing.
 */
export function phpAction(node: SgNode | undefined): string | undefined {
  if (node?.kind() === 'array_creation_expression') {
    const last = node.namedChildren().at(-1)
    return node.namedChildren().length === 2 ? phpAction(last?.namedChildren().at(-1)) : undefined
  }
  if (node?.kind() === 'class_constant_access_expression') return node.text().split('::')[0]?.split('\\').pop()
  const value = literal(node)
  return value === undefined ? undefined : value.split(/@|:+/).pop() || undefined
}

/** `['prefix' => 'admin', 'middleware' => 'auth']`: the value of one key of an array literal. */
export function arrayValue(node: SgNode | undefined, key: string): SgNode | undefined {
  if (node?.kind() !== 'array_creation_expression') return undefined
  for (const el of node.namedChildren()) {
    const [k, v] = el.namedChildren()
    if (k && v && literal(k) === key) return v
  }
  return undefined
}

/** The seven resource actions and their verbs; `apiResource` leaves out the two HTML form pages. */
const ACTIONS: [action: string, methods: string[], suffix: (param: string) => string][] = [
  ['index', ['GET'], () => ''],
  ['create', ['GET'], () => 'create'],
  ['store', ['POST'], () => ''],
  ['show', ['GET'], (p) => p],
  ['edit', ['GET'], (p) => `${p}/edit`],
  ['update', ['PUT', 'PATCH'], (p) => p],
  ['destroy', ['DELETE'], (p) => p],
]

/**
 * Routes of `Route::resource('photos', ...)` (or apiResource), honouring `->only([...])`/`->except([...])`.
 * Nested names (`photos.comments`) become `/photos/{photo}/comments`.
 */
export function resourceRoutes(name: string, api: boolean, only?: string[], except?: string[]): [string, string][] {
  const parts = name.split('.')
  const base = parts.map((p, i) => (i < parts.length - 1 ? `${p}/{${singular(p)}}` : p)).join('/')
  const param = `{${singular(parts[parts.length - 1]!)}}`
  const out: [string, string][] = []
  for (const [action, methods, suffix] of ACTIONS) {
    if (api && (action === 'create' || action === 'edit')) continue
    if ((only && !only.includes(action)) || except?.includes(action)) continue
    for (const method of methods) out.push([method, joinPath(base, suffix(param))])
  }
  return out
}

/** Laravel's parameter name for a resource: its singular (`posts` -> `post`, `categories` -> `category`). */
function singular(word: string): string {
  const clean = word.replace(/[^\w-]/g, '')
  if (clean.endsWith('ies')) return clean.slice(0, -3) + 'y'
  if (/(?:ss|us)$/.test(clean)) return clean
  return clean.endsWith('s') ? clean.slice(0, -1) : clean
}
