/** @module Django routes: urls.py `path()`/`re_path()`/`url()` with `include()` followed across apps (and into Django's own auth URL confs), DRF routers and viewset actions. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Family, FamilyContext } from '../family.js'
import { RouterGraph } from '../graph.js'
import { handlerName } from '../handler-name.js'
import { findKinds, lineOf } from '../languages.js'
import { joinPath, normaliseMethod } from '../paths.js'
import { literal } from '../strings.js'
import { DJANGO_BUILTIN_URLS } from './django-builtins.js'
import { callArgs, moduleFile, PyResolver } from './modules.js'

const ROUTE_CALLS = new Set(['path', 're_path', 'url'])
const ROUTERS = /(?:^|\.)(?:Default|Simple|ExtendedSimple|ExtendedDefault|Nested(?:Default|Simple))Router$/

export const django: Family = {
  name: 'django',
  grammars: ['python'],
  wants: (file) => file.path.endsWith('urls.py') || file.text.includes('urlpatterns') || file.text.includes('Router()'),
  async extract(candidates, ctx) {
    const resolver = new PyResolver(ctx)
    const graph = new RouterGraph()
    for (const { file, root } of candidates) {
      resolver.remember(file.path, root)
      const routers = new Set<string>()
      for (const assign of root.findAll({ rule: { kind: 'assignment' } })) {
        const right = assign.field('right')
        if (right?.kind() === 'call' && ROUTERS.test(right.field('function')?.text() ?? '')) routers.add(`${file.path}#${assign.field('left')?.text()}`)
      }
      for (const call of root.findAll({ rule: { kind: 'call' } })) {
        const callee = call.field('function')
        const name = callee?.kind() === 'attribute' ? callee.field('attribute')?.text() : callee?.text()
        const line = lineOf(call)
        if (name === 'register' && callee?.kind() === 'attribute') {
          const owner = `${file.path}#${callee.field('object')?.text()}`
          if (!routers.has(owner)) continue
          const { positional } = callArgs(call)
          const prefix = literal(positional[0])
          if (prefix === undefined) continue
          for (const route of await viewsetRoutes(prefix, file.path, line, positional[1], resolver, ctx)) {
            graph.addRoute({ owner, ...route, framework: 'drf' })
          }
          continue
        }
        if (!name || !ROUTE_CALLS.has(name) || callee?.kind() !== 'identifier') continue
        const { positional } = callArgs(call)
        // re_path()/url() patterns are regexes: their anchors mean nothing once prefixes are joined.
        const route = literal(positional[0])?.replace(/^\^/, '').replace(/\$$/, '')
        const owner = listOwner(call, file.path)
        if (route === undefined || !owner) continue
        const view = positional[1]
        if (view?.kind() === 'call' && view.field('function')?.text() === 'include') {
          const included = await includeTarget(view, file.path, resolver, ctx)
          if (included?.kind === 'builtin') {
            const { framework, paths } = DJANGO_BUILTIN_URLS[included.module]!
            const child = `${file.path}#builtin@${line}`
            for (const path of paths) graph.addRoute({ owner: child, method: 'ANY', path, file: file.path, line, framework })
            graph.mount({ parent: owner, child, prefix: route })
          } else if (included) graph.mount({ parent: owner, child: included.owner, prefix: route })
          continue
        }
        // `admin.site.urls` is a URL conf, not a view.
        const handler = view?.kind() === 'attribute' && view.field('attribute')?.text() === 'urls' ? undefined : handlerName(view)
        graph.addRoute({ owner, method: 'ANY', path: route, file: file.path, line, framework: 'django', ...(handler && { handler }) })
      }
      // urlpatterns += router.urls / urlpatterns = router.urls
      for (const assign of findKinds(root, ['assignment', 'augmented_assignment'])) {
        const owner = `${file.path}#${assign.field('left')?.text()}`
        for (const attr of assign.field('right')?.findAll({ rule: { kind: 'attribute' } }) ?? []) {
          const router = `${file.path}#${attr.field('object')?.text()}`
          if (attr.field('attribute')?.text() === 'urls' && routers.has(router)) graph.mount({ parent: owner, child: router, prefix: '' })
        }
      }
    }
    return graph.resolve()
  },
}

/** The URL list a `path()` call belongs to: `urlpatterns`, another named list, or an inline `include([...])`. */
function listOwner(call: SgNode, path: string): string | undefined {
  for (const ancestor of call.ancestors()) {
    const kind = ancestor.kind()
    if (kind === 'list' && ancestor.parent()?.parent()?.field('function')?.text() === 'include') return `${path}#@${ancestor.range().start.index}`
    if (kind === 'assignment' || kind === 'augmented_assignment') return `${path}#${ancestor.field('left')?.text()}`
    if (kind === 'function_definition' || kind === 'class_definition') return undefined
  }
  return undefined
}

type Included = { kind: 'builtin'; module: string } | { kind: 'owner'; owner: string }

/** `include('app.urls')`, `include(('app.urls', 'app'))`, `include(router.urls)`, `include(patterns)`, `include([...])`. */
async function includeTarget(call: SgNode, path: string, resolver: PyResolver, ctx: FamilyContext): Promise<Included | undefined> {
  let arg = callArgs(call).positional[0]
  if (arg?.kind() === 'tuple') arg = arg.namedChildren()[0]
  if (!arg) return undefined
  const module = literal(arg)
  if (module !== undefined) {
    if (module in DJANGO_BUILTIN_URLS) return { kind: 'builtin', module }
    const file = moduleFile(module.replace(/\./g, '/'), true, path, ctx)
    return file ? { kind: 'owner', owner: `${file}#urlpatterns` } : undefined
  }
  if (arg.kind() === 'list') return { kind: 'owner', owner: `${path}#@${arg.range().start.index}` }
  if (arg.kind() === 'attribute' && arg.field('attribute')?.text() === 'urls') {
    const owner = await resolver.owner(path, arg.field('object') ?? undefined)
    return owner ? { kind: 'owner', owner } : undefined
  }
  const owner = await resolver.owner(path, arg)
  if (owner) return { kind: 'owner', owner }
  const imported = arg.kind() === 'identifier' ? await resolver.moduleOf(path, arg.text()) : undefined
  return imported ? { kind: 'owner', owner: `${imported}#urlpatterns` } : undefined
}

/**
 * The routes a DRF `router.register('users', UserViewSet)` adds: the list and detail routes, plus the viewset's
 * `@action` routes (`@action(detail=False, methods=['post']) def register`).
 */
async function viewsetRoutes(
  prefix: string, path: string, line: number, viewset: SgNode | undefined, resolver: PyResolver, ctx: FamilyContext,
): Promise<Omit<Route, 'framework'>[]> {
  const out = [{ method: 'ANY', path: prefix, file: path, line }, { method: 'ANY', path: joinPath(prefix, '{pk}'), file: path, line }]
  const owner = await resolver.owner(path, viewset)
  const [file, name] = owner?.split('#') ?? []
  const parsed = file ? await ctx.parse(file) : undefined
  const cls = parsed?.root.findAll({ rule: { kind: 'class_definition' } }).find((c) => c.field('name')?.text() === name)
  for (const decorated of cls?.field('body')?.findAll({ rule: { kind: 'decorated_definition' } }) ?? []) {
    for (const decorator of decorated.children().filter((c) => c.kind() === 'decorator')) {
      const call = decorator.namedChildren()[0]
      if (call?.kind() !== 'call' || !/(?:^|\.)action$/.test(call.field('function')?.text() ?? '')) continue
      const { keyword } = callArgs(call)
      const segment = literal(keyword.get('url_path')) ?? decorated.field('definition')?.field('name')?.text() ?? ''
      const base = keyword.get('detail')?.text() === 'True' ? joinPath(prefix, '{pk}') : prefix
      const methods = keyword.get('methods')?.namedChildren().map((m) => literal(m)).filter((m): m is string => m !== undefined)
      for (const method of methods?.length ? methods : ['GET']) {
        out.push({ method: normaliseMethod(method), path: joinPath(base, segment), file: file!, line: lineOf(decorator) })
      }
    }
  }
  return out
}
