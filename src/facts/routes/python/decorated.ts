/** @module Decorator-routed Python frameworks (FastAPI, Flask): `@router.post('/x')` routes, router prefixes, and include_router/register_blueprint mounts across modules. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { FamilyContext, Parsed } from '../family.js'
import { RouterGraph } from '../graph.js'
import { handlerName } from '../handler-name.js'
import { lineOf } from '../languages.js'
import { normaliseMethod } from '../paths.js'
import { collectConstants, literal, valueOf, type Constants } from '../strings.js'
import { callArgs, PyResolver } from './modules.js'

/** What distinguishes one decorator-routed framework from another. */
export type DecoratedSpec = {
  framework: string
  /** The package a file imports when it uses this framework, and the rival one (same decorator names). */
  package: string
  rival: string
  /** Constructors of router objects and the keyword holding their own prefix (null: none). */
  factories: Record<string, string | null>
  /** Factories that wrap another router given as first argument (Flask-RESTful `Api(bp)`). */
  wraps?: string[]
  /** Decorator/method names and their HTTP method; `route`-like names take `methods=[...]` instead. */
  verbs: Record<string, string>
  routeNames: string[]
  /** Mount calls (`include_router`, `register_blueprint`) and their prefix keyword. */
  mounts: Record<string, { keyword: string; replaces: boolean }>
  /** Imperative route calls (`add_api_route`, `add_url_rule`): path first, methods keyword. */
  ruleCalls: string[]
  /** Flask-RESTful style `api.add_resource(Resource, '/a', '/b')`. */
  resourceCall?: string
}

/** Extracts the routes of one decorator-routed framework from its candidate files. */
export async function extractDecorated(spec: DecoratedSpec, candidates: Parsed[], ctx: FamilyContext): Promise<Route[]> {
  const resolver = new PyResolver(ctx)
  const graph = new RouterGraph()
  const created = new Set<string>()
  const files: { parsed: Parsed; constants: Constants }[] = []
  for (const parsed of candidates) {
    resolver.remember(parsed.file.path, parsed.root)
    const constants = collectConstants(parsed.root, ['assignment'])
    files.push({ parsed, constants })
    for (const assign of parsed.root.findAll({ rule: { kind: 'assignment', has: { field: 'right', kind: 'call' } } })) {
      const call = assign.field('right')
      const factory = call?.kind() === 'call' ? call.field('function')?.text().split('.').pop() : undefined
      if (!call || !factory || !(factory in spec.factories)) continue
      const owner = `${parsed.file.path}#${assign.field('left')?.text()}`
      created.add(owner)
      const { positional, keyword } = callArgs(call)
      const key = spec.factories[factory]
      const prefix = key ? await valueOrConstant(keyword.get(key), constants, resolver) : undefined
      if (prefix !== undefined) graph.setPrefix(owner, prefix)
      const wrapped = spec.wraps?.includes(factory) ? await resolver.owner(parsed.file.path, positional[0]) : undefined
      if (wrapped) graph.mount({ parent: wrapped, child: owner, prefix: '' })
    }
  }
  const projectUses = ctx.project.roots.some((r) => r.frameworks.includes(spec.framework))
  const names = [...Object.keys(spec.verbs), ...spec.routeNames, ...Object.keys(spec.mounts), ...spec.ruleCalls, ...(spec.resourceCall ? [spec.resourceCall] : [])]
  for (const { parsed, constants } of files) {
    const imports = parsed.file.imports.concat(parsed.file.text.includes(spec.package) ? [spec.package] : [])
    const importsOwn = imports.some((i) => i === spec.package || i.startsWith(`${spec.package}.`))
    const importsRival = imports.some((i) => i === spec.rival || i.startsWith(`${spec.rival}.`))
    const path = parsed.file.path
    const ownerOf = async (node: SgNode | undefined) => {
      const owner = await resolver.owner(path, node)
      const trusted = owner && (created.has(owner) || importsOwn || (!importsRival && projectUses))
      return trusted ? owner : undefined
    }
    const add = (owner: string, method: string, routePath: string, at: SgNode, handler?: string) => {
      const route = { owner, method: normaliseMethod(method), path: routePath, file: path, line: lineOf(at), framework: spec.framework }
      graph.addRoute(handler ? { ...route, handler } : route)
    }
    for (const call of parsed.root.findAll(callsNamed(names))) {
      const callee = call.field('function')
      if (callee?.kind() !== 'attribute') continue
      const name = callee.field('attribute')?.text() ?? ''
      const decorated = call.parent()?.kind() === 'decorator'
      const { positional, keyword } = callArgs(call)
      const isRoute = decorated && (name in spec.verbs || spec.routeNames.includes(name))
      const isRule = spec.ruleCalls.includes(name) || name === spec.resourceCall
      if (!isRoute && !isRule && !(name in spec.mounts)) continue
      const owner = await ownerOf(callee.field('object') ?? undefined)
      if (!owner) continue
      if (name in spec.mounts) {
        const { keyword: key, replaces } = spec.mounts[name]!
        const child = await resolver.owner(path, positional[0])
        const prefix = await valueOrConstant(keyword.get(key), constants, resolver)
        if (child) graph.mount({ parent: owner, child, prefix: prefix ?? '', replaces: replaces && prefix !== undefined })
        continue
      }
      if (name === spec.resourceCall) {
        const methods = await resourceMethods(path, positional[0], resolver, ctx)
        for (const arg of positional.slice(1)) {
          const routePath = literal(arg)
          if (routePath !== undefined) for (const m of methods) add(owner, m, routePath, call)
        }
        continue
      }
      const routePath = valueOf(positional[0] ?? keyword.get('path') ?? keyword.get('rule'), constants)
      if (routePath === undefined) continue
      const fallback = name in spec.verbs ? spec.verbs[name]! : isAsView(keyword.get('view_func') ?? positional[2]) ? 'ANY' : 'GET'
      const view = keyword.get('view_func') ?? keyword.get('endpoint') ?? positional[name === 'add_url_rule' ? 2 : 1]
      const handler = isRoute ? decoratedName(call) : handlerName(view)
      for (const m of methodList(keyword.get('methods'), fallback)) add(owner, m, routePath, call, handler)
    }
  }
  return graph.resolve()
}

/** Calls `x.<name>(...)` for the given attribute names, filtered inside ast-grep (most calls of a file are not). */
function callsNamed(names: string[]) {
  return { rule: { kind: 'call', has: { field: 'function', kind: 'attribute', has: { field: 'attribute', regex: `^(?:${names.join('|')})$` } } } }
}

/** The name of the function a route decorator sits on (`@app.post('/users')` over `def register(...)`). */
function decoratedName(call: SgNode): string | undefined {
  const definition = call.parent()?.parent()?.field('definition')
  return definition?.kind() === 'function_definition' ? definition.field('name')?.text() : undefined
}

/** `methods=['GET', 'POST']` -> ['GET', 'POST']; absent -> the framework's default. */
function methodList(node: SgNode | undefined, fallback: string): string[] {
  if (!node || (node.kind() !== 'list' && node.kind() !== 'tuple' && node.kind() !== 'set')) return [fallback]
  const values = node.namedChildren().map((n) => literal(n)).filter((v): v is string => v !== undefined)
  return values.length > 0 ? values : [fallback]
}

/** `view_func=UserAPI.as_view('users')`: a class-based view answers the methods it defines. */
function isAsView(node: SgNode | undefined): boolean {
  return node?.kind() === 'call' && node.field('function')?.text().endsWith('.as_view') === true
}

/** A literal, a same-file constant, or a settings attribute (`settings.API_V1_STR`) defined elsewhere. */
async function valueOrConstant(node: SgNode | undefined, constants: Constants, resolver: PyResolver): Promise<string | undefined> {
  const value = valueOf(node, constants)
  if (value !== undefined || node?.kind() !== 'attribute') return value
  const name = node.field('attribute')?.text()
  return name ? ((await resolver.constant(name)) ?? `{${node.text()}}`) : undefined
}

/** The HTTP methods a Flask-RESTful resource class defines (`def get`, `def post`), else ANY. */
async function resourceMethods(path: string, node: SgNode | undefined, resolver: PyResolver, ctx: FamilyContext): Promise<string[]> {
  const owner = await resolver.owner(path, node)
  const [file, name] = owner?.split('#') ?? []
  const parsed = file ? await ctx.parse(file) : undefined
  const cls = parsed?.root.findAll({ rule: { kind: 'class_definition' } }).find((c) => c.field('name')?.text() === name)
  const verbs = (cls?.field('body')?.namedChildren() ?? [])
    .map((d) => (d.kind() === 'decorated_definition' ? d.field('definition') : d))
    .filter((d): d is SgNode => d?.kind() === 'function_definition')
    .map((d) => d.field('name')?.text() ?? '')
    .filter((n) => ['get', 'post', 'put', 'patch', 'delete'].includes(n))
  return verbs.length > 0 ? verbs.map(normaliseMethod) : ['ANY']
}
