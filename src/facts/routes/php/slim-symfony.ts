/** @module Plain-PHP framework routes: Slim `$app->post('/x', ...)` with `$app->group('/api', ...)`, and Symfony `#[Route('/x', methods: ['POST'])]` attributes with a class prefix. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Family } from '../family.js'
import { lineOf } from '../languages.js'
import { joinPath } from '../paths.js'
import { literal } from '../strings.js'
import { phpAction, phpArgs, phpStrings } from './common.js'

const SLIM_VERBS: Record<string, string> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', options: 'OPTIONS', any: 'ANY' }
const CLOSURES = new Set(['anonymous_function', 'arrow_function', 'anonymous_function_creation_expression'])

export const slimSymfony: Family = {
  name: 'slim-symfony',
  grammars: ['php'],
  wants: (file) => file.text.includes('#[Route') || file.text.includes('Slim\\') || file.text.includes('RouteCollectorProxy'),
  async extract(candidates) {
    const routes: Route[] = []
    for (const { file, root } of candidates) {
      if (file.text.includes('Slim\\') || file.text.includes('RouteCollectorProxy')) {
        for (const found of slimRoutes(root)) routes.push(toRoute(found, file.path, 'slim'))
      }
      for (const found of symfonyRoutes(root)) routes.push(toRoute(found, file.path, 'symfony'))
    }
    return routes
  },
}

/** A route as [method, full path, node, handler name]. */
type Found = [string, string, SgNode, string?]

function toRoute([method, path, at, handler]: Found, file: string, framework: string): Route {
  return { method, path, file, line: lineOf(at), framework, ...(handler && { handler }) }
}

function slimRoutes(root: SgNode): Found[] {
  const out: Found[] = []
  for (const call of root.findAll({ rule: { kind: 'member_call_expression' } })) {
    if (call.field('object')?.kind() !== 'variable_name') continue
    const name = call.field('name')?.text() ?? ''
    const { positional } = phpArgs(call)
    const prefix = joinPath(...groupPrefixes(call))
    const path = literal(positional[0])
    if (name in SLIM_VERBS && path !== undefined && positional.length >= 2) {
      out.push([SLIM_VERBS[name]!, joinPath(prefix, path), call, phpAction(positional.at(-1))])
    }
    if (name === 'map') {
      const target = literal(positional[1])
      if (target !== undefined) for (const m of phpStrings(positional[0])) out.push([m.toUpperCase(), joinPath(prefix, target), call])
    }
  }
  return out
}

/** Prefixes of the `$app->group('/api', function ($group) {...})` closures around a call, outermost first. */
function groupPrefixes(node: SgNode): string[] {
  const out: string[] = []
  for (const closure of node.ancestors().filter((a) => CLOSURES.has(String(a.kind())))) {
    const call = closure.parent()?.parent()?.parent()
    if (call?.kind() === 'member_call_expression' && call.field('name')?.text() === 'group') {
      out.unshift(literal(phpArgs(call).positional[0]) ?? '')
    }
  }
  return out
}

function symfonyRoutes(root: SgNode): Found[] {
  const out: Found[] = []
  for (const method of root.findAll({ rule: { kind: 'method_declaration' } })) {
    const route = routeAttribute(method)
    if (!route) continue
    const cls = method.ancestors().find((a) => a.kind() === 'class_declaration')
    const prefix = cls ? routeAttribute(cls) : undefined
    const base = prefix ? (literal(prefix.args.positional[0] ?? prefix.args.named.get('path')) ?? '') : ''
    const path = literal(route.args.positional[0] ?? route.args.named.get('path'))
    if (path === undefined) continue
    const methods = phpStrings(route.args.named.get('methods'))
    const handler = method.field('name')?.text()
    for (const m of methods.length > 0 ? methods : ['ANY']) out.push([m.toUpperCase(), joinPath(base, path), route.node, handler])
  }
  return out
}

/** The `#[Route(...)]` attribute written on a class or method. */
function routeAttribute(declaration: SgNode): { node: SgNode; args: ReturnType<typeof phpArgs> } | undefined {
  const list = declaration.children().find((c) => c.kind() === 'attribute_list')
  const attribute = list?.findAll({ rule: { kind: 'attribute' } }).find((a) => /(?:^|\\)Route$/.test(a.namedChildren()[0]?.text() ?? ''))
  return attribute ? { node: attribute, args: phpArgs(attribute) } : undefined
}
