/** @module Rails routes from config/routes.rb: verbs, root, resources/resource (nested, member, collection, only/except), namespace/scope, draw(:file) and Devise's devise_for; plus Sinatra's `get '/x' do`. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Family, FamilyContext } from '../family.js'
import { lineOf } from '../languages.js'
import { joinPath } from '../paths.js'
import { literal } from '../strings.js'
import { callParts, deviseRoutes, resourceRoutes, singular, symbols, type Parts } from './rails-dsl.js'

const VERBS: Record<string, string> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', options: 'OPTIONS' }

/** Where a route inside a block lands: plain, or on a resource's member, collection or nested path. */
type Scope = { prefix: string; member?: string; collection?: string; nested?: string; mode?: 'member' | 'collection' }

export const rails: Family = {
  name: 'rails',
  grammars: ['ruby'],
  wants: (file) => /(?:^|\/)config\/routes(?:\.rb|\/[\w-]+\.rb)$/.test(file.path) || (file.text.includes('sinatra') && /^\s*(?:get|post)\s/m.test(file.text)),
  async extract(candidates, ctx) {
    const routes: Route[] = []
    for (const { file, root } of candidates) {
      if (file.path.endsWith('config/routes.rb')) {
        await new RoutesFile(file.path, ctx, routes).block(root, { prefix: '' }, 0)
      } else if (!file.path.includes('config/routes/')) {
        routes.push(...sinatraRoutes(root, file.path))
      }
    }
    return routes
  },
}

/** Evaluates the routing DSL of one routes file (and the files it draws) into routes. */
class RoutesFile {
  constructor(
    private readonly path: string,
    private readonly ctx: FamilyContext,
    private readonly out: Route[],
  ) {}

  async block(node: SgNode, scope: Scope, depth: number): Promise<void> {
    if (depth > 12) return
    for (const call of statements(node)) await this.call(call, scope, depth)
  }

  private add(method: string, path: string, at: SgNode, framework = 'rails'): void {
    this.out.push({ method, path, file: this.path, line: lineOf(at), framework })
  }

  private async call(call: SgNode, scope: Scope, depth: number): Promise<void> {
    const parts = callParts(call)
    const { name, first, options, block } = parts
    const firstValue = literal(first)
    if (name in VERBS || name === 'match') {
      const path = firstValue ?? (first?.kind() === 'pair' ? literal(first.field('key')) : undefined)
      if (path === undefined) return
      const methods = name === 'match' ? symbols(options.get('via')).map((m) => (m === 'all' ? 'ANY' : m.toUpperCase())) : [VERBS[name]!]
      const base = scope.mode === 'member' ? scope.member : scope.mode === 'collection' ? scope.collection : (scope.nested ?? scope.prefix)
      for (const method of methods.length > 0 ? methods : ['ANY']) this.add(method, joinPath(base ?? scope.prefix, path), call)
    } else if (name === 'root') {
      this.add('GET', joinPath(scope.prefix, '/'), call)
    } else if (name === 'resources' || name === 'resource') {
      await this.resources(parts, scope, depth, name === 'resource')
    } else if (name === 'namespace' || name === 'scope') {
      const segment = name === 'namespace' ? (literal(options.get('path')) ?? firstValue ?? '') : (firstValue ?? literal(options.get('path')) ?? '')
      if (block) await this.block(block, { prefix: joinPath(scope.prefix, segment.replace(/^\(|\)$/g, '')) }, depth + 1)
    } else if ((name === 'member' || name === 'collection') && block) {
      await this.block(block, { ...scope, mode: name }, depth + 1)
    } else if (name === 'devise_for') {
      for (const resource of symbols(first)) {
        const base = joinPath(scope.prefix, literal(options.get('path')) ?? resource)
        for (const [method, path] of deviseRoutes(base, symbols(options.get('skip')))) this.add(method, path, call, 'devise')
      }
    } else if (name === 'draw' && firstValue !== undefined) {
      const drawn = this.path.replace(/routes\.rb$/, `routes/${firstValue}.rb`)
      const parsed = await this.ctx.parse(drawn)
      if (parsed) await new RoutesFile(drawn, this.ctx, this.out).block(parsed.root, scope, depth + 1)
    } else if ((name === 'constraints' || name === 'defaults' || name === 'controller' || name === 'concern') && block) {
      await this.block(block, scope, depth + 1)
    }
  }

  /** `resources :articles, only: [...] do ... end` and the singular `resource :session`. */
  private async resources(parts: Parts, scope: Scope, depth: number, singularResource: boolean): Promise<void> {
    const { call, options, block } = parts
    const only = options.has('only') ? symbols(options.get('only')) : undefined
    const except = options.has('except') ? symbols(options.get('except')) : undefined
    const base = scope.nested ?? scope.prefix
    for (const name of parts.args.flatMap((a) => symbols(a))) {
      const path = joinPath(base, literal(options.get('path')) ?? name)
      for (const [method, p] of resourceRoutes(path, singularResource, only, except)) this.add(method, p, call)
      if (!block) continue
      const member = singularResource ? path : joinPath(path, ':id')
      const nested = singularResource ? path : joinPath(path, `:${singular(name)}_id`)
      await this.block(block, { prefix: scope.prefix, member, collection: path, nested }, depth + 1)
    }
  }
}

/** The call statements directly inside a block or file body. */
function statements(node: SgNode): SgNode[] {
  const body = node.kind() === 'program' ? node : (node.children().find((c) => c.kind() === 'body_statement' || c.kind() === 'block_body') ?? node)
  const calls = body.namedChildren().filter((c) => c.kind() === 'call' || c.kind() === 'identifier')
  // `Rails.application.routes.draw do ... end` wraps everything: step inside it.
  const draw = calls.find((c) => c.kind() === 'call' && c.field('method')?.text() === 'draw' && c.field('receiver'))
  const block = draw?.field('block')
  return block ? statements(block) : calls
}

/** Sinatra: `get '/health' do ... end` at the top of an app file or inside a `Sinatra::Base` class. */
function sinatraRoutes(root: SgNode, path: string): Route[] {
  const out: Route[] = []
  for (const call of root.findAll({ rule: { kind: 'call' } })) {
    const { name, first, block } = callParts(call)
    const value = literal(first)
    if (name in VERBS && block && value?.startsWith('/') && !call.field('receiver')) {
      out.push({ method: VERBS[name]!, path: value, file: path, line: lineOf(call), framework: 'sinatra' })
    }
  }
  return out
}
