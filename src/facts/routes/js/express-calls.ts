/** @module Reads one file's Express/Koa/Hono/Fastify router calls: routes, router prefixes and mounts (use/route/register). Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { LocalRoute } from '../graph.js'
import { handlerName } from '../handler-name.js'
import { lineOf } from '../languages.js'
import { normaliseMethod } from '../paths.js'
import { literal, valueOf, type Constants } from '../strings.js'
import { isFunction } from './modules.js'
import type { FileScope, Target } from './targets.js'

/** Route-defining method names and the HTTP method they stand for. */
const VERBS: Record<string, string> = {
  get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE',
  options: 'OPTIONS', head: 'HEAD', all: 'ANY',
}

/**
 * Only calls whose method name can matter, filtered inside ast-grep: crossing into JavaScript for every call
 * of a file (`res.json`, `z.object`) is what makes a naive walk slow.
 */
const ROUTE_METHOD = `^(?:${[...Object.keys(VERBS), 'on', 'route', 'use', 'register', 'prefix', 'basePath'].join('|')})$`
const ROUTE_CALLS = {
  rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: ROUTE_METHOD } } },
}
/**
 * ast-grep compiles a rule's regex on every call, which costs more than walking a small file: there, method
 * calls are matched without it and ROUTE_METHOD is tested here instead (the same calls come out).
 */
const METHOD_CALLS = { rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression' } } }
const ROUTE_METHOD_TEST = new RegExp(ROUTE_METHOD)
/** Below this many characters a file counts as small (see METHOD_CALLS). */
const SMALL_FILE = 2_000
/** Koa's `new Router({ prefix: '/api' })`. */
const CREATED_WITH_OPTIONS = { rule: { kind: 'new_expression', has: { field: 'arguments', has: { kind: 'object' } } } }

/** Receivers that are HTTP clients, not servers (`axios.get('/api/users')` in a shared file). */
const CLIENT_NAMES = new Set(['axios', 'http', 'https', '$http', 'request', 'superagent', 'ky', 'got', 'fetch', 'client', 'agent', 'httpClient', 'cy', 'supertest'])

export type FileRoutes = {
  routes: LocalRoute[]
  prefixes: [owner: string, prefix: string][]
  mounts: { parent: string; target: Target; prefix: string }[]
}

/** Options that decide whether a call's receiver is a server router. */
export type Trust = {
  framework: string
  serverFile: boolean
  clientFile: boolean
  /** Whether a file of the repo imports a server framework, so what it exports can be an app or a router. */
  isServerFile(path: string): boolean
}

/**
 * Collects the router facts of one parsed file. `source`, the file's text when the caller has it, lets cheap
 * text tests skip walks of the tree that cannot find anything.
 */
export function collectCalls(root: SgNode, scope: FileScope, constants: Constants, trust: Trust, source?: string): FileRoutes {
  const out: FileRoutes = { routes: [], prefixes: [], mounts: [] }
  const add = (owner: string, method: string, path: string, at: SgNode, handlerNode?: SgNode): void => {
    const handler = handlerName(handlerNode)
    const place = { file: scope.path, line: lineOf(at), framework: trust.framework }
    out.routes.push({ owner, method: normaliseMethod(method), path, ...place, ...(handler && { handler }) })
  }
  const small = source !== undefined && source.length < SMALL_FILE
  for (const call of root.findAll(small ? METHOD_CALLS : ROUTE_CALLS)) {
    const callee = call.field('function')
    if (callee?.kind() !== 'member_expression') continue
    const property = callee.field('property')
    const name = property?.text() ?? ''
    if (small && (!property || !ROUTE_METHOD_TEST.test(name))) continue
    const object = callee.field('object')
    if (!object || !property) continue
    const args = call.field('arguments')?.namedChildren() ?? []
    const base = chainBase(object)
    if (!trusted(base, scope, trust)) continue
    const owner = scope.ownerOf(base)
    if (!owner) continue
    const path = valueOf(args[0], constants)
    if (name in VERBS) {
      const routePath = chainRoutePath(object, constants)
      // The handler comes last, after any middlewares: `router.post('/register', validate(schema), auth.register)`.
      if (routePath !== undefined) add(owner, VERBS[name]!, routePath, property, args.at(-1))
      else if (path !== undefined && isPath(path) && args.length >= 2 && isHandler(args.at(-1))) add(owner, VERBS[name]!, path, property, args.at(-1))
    } else if (name === 'on' && args.length >= 3 && (path === undefined || !isPath(path))) {
      const routePath = valueOf(args[1], constants)
      if (routePath !== undefined && isPath(routePath)) for (const m of methods(args[0])) add(owner, m, routePath, property, args.at(-1))
    } else if (name === 'route' && args.length === 1 && args[0]?.kind() === 'object') {
      const url = valueOf(objectValue(args[0], 'url') ?? objectValue(args[0], 'path'), constants)
      if (url !== undefined) for (const m of methods(objectValue(args[0], 'method'))) add(owner, m, url, property, objectValue(args[0], 'handler'))
    } else if (name === 'route' && args.length === 2 && path !== undefined) {
      mount(out, scope, owner, args[1], path) // Hono: app.route('/auth', auth)
    } else if (name === 'use') {
      const prefix = path !== undefined && isPath(path) ? path : undefined
      for (const arg of prefix === undefined ? args : args.slice(1)) {
        if (isFunction(arg)) {
          if (prefix !== undefined && args.length === 2) add(owner, 'ANY', prefix, property)
        } else mount(out, scope, owner, arg, prefix ?? '')
      }
    } else if (name === 'register' && args.length >= 1) {
      const prefix = args[1]?.kind() === 'object' ? valueOf(objectValue(args[1], 'prefix'), constants) : undefined
      mount(out, scope, owner, args[0], prefix ?? '')
    } else if ((name === 'prefix' || name === 'basePath') && path !== undefined && isPath(path)) {
      out.prefixes.push([name === 'basePath' ? scope.declaredOwner(call) : owner, path])
    }
  }
  for (const created of source === undefined || source.includes('new') ? root.findAll(CREATED_WITH_OPTIONS) : []) {
    const options = created.field('arguments')?.namedChildren()[0]
    const prefix = options?.kind() === 'object' ? valueOf(objectValue(options, 'prefix'), constants) : undefined
    const owner = prefix !== undefined ? scope.ownerOf(created) : undefined
    if (owner && prefix !== undefined) out.prefixes.push([owner, prefix]) // Koa: new Router({ prefix: '/api' })
  }
  return out
}

function mount(out: FileRoutes, scope: FileScope, parent: string, node: SgNode | undefined, prefix: string): void {
  const target = scope.targetOf(node)
  if (target) out.mounts.push({ parent, target, prefix })
}

/** Follows `a.b(...).c(...)` down to `a` (Hono and Express route chains). */
function chainBase(node: SgNode): SgNode {
  let current = node
  for (let i = 0; i < 20 && current.kind() === 'call_expression'; i++) {
    const callee = current.field('function')
    if (callee?.kind() !== 'member_expression') break
    current = callee.field('object') ?? current
  }
  return current
}

/** For `router.route('/x').get(h).post(h)`: the path given to `.route()`, found down the chain. */
function chainRoutePath(node: SgNode, constants: Constants): string | undefined {
  let current = node
  for (let i = 0; i < 20 && current.kind() === 'call_expression'; i++) {
    const callee = current.field('function')
    if (callee?.kind() !== 'member_expression') return undefined
    const args = current.field('arguments')?.namedChildren() ?? []
    if (callee.field('property')?.text() === 'route' && args.length === 1) return valueOf(args[0], constants)
    current = callee.field('object') ?? current
  }
  return undefined
}

/** Whether a call on this receiver is trusted to be a server route, not an HTTP client call. */
function trusted(base: SgNode, scope: FileScope, trust: Trust): boolean {
  const kind = base.kind()
  if (kind === 'member_expression') return base.field('object')?.kind() === 'this' && trust.serverFile
  if (kind === 'new_expression' || kind === 'call_expression') return trust.serverFile
  if (kind !== 'identifier' || CLIENT_NAMES.has(base.text())) return false
  if (trust.serverFile) return true
  if (trust.clientFile) return false
  // `const app = require('./app')` is an app when ./app imports express; `import api from './api'` where ./api
  // wraps axios or fetch is a client, and `api.post('/login', body)` is a request.
  const source = scope.importedFile(base.text())
  if (source !== undefined) return trust.isServerFile(source)
  return scope.isParamOrImported(base)
}

/** Kinds a route handler (or the last of its middlewares) can take; `cache.get('/k', 0)` ends in none of them. */
const HANDLER_KINDS = new Set(['arrow_function', 'function_expression', 'function', 'identifier', 'member_expression', 'call_expression', 'array', 'await_expression'])

function isHandler(node: SgNode | undefined): boolean {
  return node !== undefined && HANDLER_KINDS.has(String(node.kind()))
}

function isPath(value: string): boolean {
  return value.startsWith('/') || value === '*' || value.startsWith('{')
}

/** Methods named by a literal or an array of literals (`'POST'`, `['GET', 'POST']`); ANY when not literal. */
function methods(node: SgNode | undefined): string[] {
  if (node?.kind() === 'array') {
    const values = node.namedChildren().map((n) => literal(n)).filter((v): v is string => v !== undefined)
    return values.length > 0 ? values : ['ANY']
  }
  return [literal(node) ?? 'ANY']
}

/** The value node of `key` in an object literal (`{ method: 'POST', url: '/x' }`). */
function objectValue(object: SgNode, key: string): SgNode | undefined {
  for (const pair of object.namedChildren()) {
    if (pair.kind() === 'pair' && (literal(pair.field('key')) ?? pair.field('key')?.text()) === key) return pair.field('value') ?? undefined
  }
  return undefined
}
