/** @module Pieces of the Rails routing DSL: a call's arguments and options, symbol lists, and the routes resources and Devise expand to. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { joinPath } from '../paths.js'
import { literal, MAX_NESTING } from '../strings.js'

/** One DSL call: `resources :users, only: [:index] do ... end`. */
export type Parts = { call: SgNode; name: string; args: SgNode[]; first?: SgNode; options: Map<string, SgNode>; block?: SgNode }

export function callParts(call: SgNode): Parts {
  const name = call.kind() === 'identifier' ? call.text() : (call.field('method')?.text() ?? '')
  const args: SgNode[] = []
  const options = new Map<string, SgNode>()
  for (const arg of call.field('arguments')?.namedChildren() ?? []) {
    const key = arg.kind() === 'pair' ? literal(arg.field('key')) : undefined
    if (arg.kind() === 'pair' && key !== undefined && arg.field('key')?.kind() === 'hash_key_symbol') options.set(key, arg.field('value')!)
    else if (arg.kind() === 'pair' && (arg.field('key')?.kind() === 'simple_symbol')) options.set(key!, arg.field('value')!)
    else args.push(arg)
  }
  return { call, name, args, first: args[0], options, block: call.field('block') ?? undefined }
}

/** Names in `:a`, `[:a, :b]`, `%i[a b]`, `'a'` (lower-cased as Rails does not care). */
export function symbols(node: SgNode | undefined, depth = 0): string[] {
  if (!node || depth > MAX_NESTING) return []
  const kind = String(node.kind())
  if (kind === 'array' || kind === 'symbol_array' || kind === 'string_array') return node.namedChildren().flatMap((n) => symbols(n, depth + 1))
  if (kind === 'bare_symbol' || kind === 'bare_string') return [node.text()]
  const value = literal(node)
  return value === undefined ? [] : [value]
}

/** Rails' singular of a resource name for `:article_id` (`articles` -> `article`, `categories` -> `category`). */
export function singular(word: string): string {
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y'
  if (/(?:ss|us)$/.test(word)) return word
  return word.endsWith('s') ? word.slice(0, -1) : word
}

/** [action, verbs, suffix] of plural resources; singular resources have no index and no `:id`. */
const ACTIONS: [string, string[], string][] = [
  ['index', ['GET'], ''], ['new', ['GET'], 'new'], ['create', ['POST'], ''], ['show', ['GET'], ':id'],
  ['edit', ['GET'], ':id/edit'], ['update', ['PATCH', 'PUT'], ':id'], ['destroy', ['DELETE'], ':id'],
]

/** The routes `resources`/`resource` declare at `path`, honouring only:/except:. */
export function resourceRoutes(path: string, singularResource: boolean, only?: string[], except?: string[]): [string, string][] {
  const out: [string, string][] = []
  for (const [action, methods, suffix] of ACTIONS) {
    if (singularResource && action === 'index') continue
    if ((only && !only.includes(action)) || except?.includes(action)) continue
    const tail = singularResource ? suffix.replace(/^:id\/?/, '') : suffix
    for (const method of methods) out.push([method, joinPath(path, tail)])
  }
  return out
}

/** Devise's routes for one `devise_for` resource at `base` (`/users`): sessions, passwords, registrations. */
export function deviseRoutes(base: string, skip: string[]): [string, string][] {
  const out: [string, string][] = []
  if (!skip.includes('sessions')) out.push(['GET', `${base}/sign_in`], ['POST', `${base}/sign_in`], ['DELETE', `${base}/sign_out`])
  if (!skip.includes('passwords')) {
    out.push(['GET', `${base}/password/new`], ['GET', `${base}/password/edit`], ['PATCH', `${base}/password`], ['PUT', `${base}/password`], ['POST', `${base}/password`])
  }
  if (!skip.includes('registrations')) {
    out.push(['GET', `${base}/cancel`], ['GET', `${base}/sign_up`], ['GET', `${base}/edit`], ['PATCH', base], ['PUT', base], ['DELETE', base], ['POST', base])
  }
  return out.map(([m, p]) => [m, joinPath(p)])
}
