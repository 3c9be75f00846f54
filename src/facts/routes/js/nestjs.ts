/** @module NestJS (and routing-controllers) routes: `@Controller('auth')` classes with `@Post('login')` methods, under `app.setGlobalPrefix('api')`. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Family } from '../family.js'
import { findKinds, lineOf } from '../languages.js'
import { joinPath } from '../paths.js'
import { collectConstants, valueOf, type Constants } from '../strings.js'
import { readModule } from './modules.js'

const CONTROLLERS = new Set(['Controller', 'JsonController'])
const METHODS: Record<string, string> = {
  Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Options: 'OPTIONS', Head: 'HEAD', All: 'ANY',
}
/** Packages whose decorators these are; the same names from another library are not routes. */
const PACKAGES: [string, string][] = [['@nestjs/common', 'nestjs'], ['routing-controllers', 'routing-controllers']]

export const nestjs: Family = {
  name: 'nestjs',
  grammars: ['typescript', 'tsx', 'javascript'],
  wants: (file) => file.text.includes('Controller(') || file.text.includes('setGlobalPrefix('),
  async extract(candidates) {
    let globalPrefix = ''
    const routes: Route[] = []
    for (const { file, root } of candidates) {
      for (const call of root.findAll({ rule: { kind: 'call_expression' } })) {
        if (call.field('function')?.field('property')?.text() !== 'setGlobalPrefix') continue
        globalPrefix = valueOf(call.field('arguments')?.namedChildren()[0], collectConstants(root, ['variable_declarator'])) ?? globalPrefix
      }
      const sources = [...file.imports, ...[...readModule(root).imports.values()].map((i) => i.source)]
      const framework = PACKAGES.find(([pkg]) => sources.some((i) => i === pkg || i.startsWith(`${pkg}/`)))?.[1]
      if (!framework) continue
      const constants = collectConstants(root, ['variable_declarator', 'public_field_definition'])
      for (const cls of findKinds(root, ['class_declaration', 'abstract_class_declaration'])) {
        const controller = decoratorsOf(cls).find((d) => CONTROLLERS.has(d.name))
        if (!controller) continue
        const prefixes = paths(controller.args[0], constants)
        for (const { name, args, node, handler } of methodDecorators(cls)) {
          for (const prefix of prefixes) {
            for (const path of paths(args[0], constants)) {
              const route: Route = { method: METHODS[name]!, path: joinPath(prefix, path), file: file.path, line: lineOf(node), framework }
              routes.push(handler ? { ...route, handler } : route)
            }
          }
        }
      }
    }
    return routes.map((r) => (r.framework === 'nestjs' ? { ...r, path: joinPath(globalPrefix, r.path) } : r))
  },
}

type Decorator = { name: string; args: SgNode[]; node: SgNode; handler?: string }

/** Decorators written on a class, including those placed before `export`. */
function decoratorsOf(cls: SgNode): Decorator[] {
  const parent = cls.parent()
  const nodes = [...cls.children(), ...(parent?.kind() === 'export_statement' ? parent.children() : [])]
  return nodes.filter((n) => n.kind() === 'decorator').map(readDecorator).filter((d): d is Decorator => d !== undefined)
}

/**
 * HTTP-method decorators of the class body, each paired with the name of the method it decorates (the grammar
 * puts decorators either inside the method node or just before it, as siblings).
 */
function methodDecorators(cls: SgNode): Decorator[] {
  const out: Decorator[] = []
  let waiting: Decorator[] = []
  const routing = (nodes: SgNode[]) => nodes.map(readDecorator).filter((d): d is Decorator => d !== undefined && d.name in METHODS)
  for (const node of cls.field('body')?.children() ?? []) {
    if (node.kind() === 'decorator') waiting.push(...routing([node]))
    if (node.kind() === 'decorator' || node.kind() === 'comment') continue
    const handler = node.kind() === 'method_definition' ? node.field('name')?.text() : undefined
    for (const d of [...waiting, ...routing(node.children().filter((c) => c.kind() === 'decorator'))]) out.push(handler ? { ...d, handler } : d)
    waiting = []
  }
  return [...out, ...waiting]
}

function readDecorator(node: SgNode): Decorator | undefined {
  const expression = node.namedChildren()[0]
  if (expression?.kind() === 'identifier') return { name: expression.text(), args: [], node }
  if (expression?.kind() !== 'call_expression') return undefined
  const callee = expression.field('function')
  if (callee?.kind() !== 'identifier') return undefined
  return { name: callee.text(), args: expression.field('arguments')?.namedChildren() ?? [], node }
}

/** The path(s) of a decorator argument: a string, an array of strings, `{ path: ... }`, or none (''). */
function paths(arg: SgNode | undefined, constants: Constants): string[] {
  if (!arg) return ['']
  if (arg.kind() === 'array') return arg.namedChildren().map((n) => valueOf(n, constants)).filter((v): v is string => v !== undefined)
  if (arg.kind() === 'object') {
    const pair = arg.namedChildren().find((p) => p.kind() === 'pair' && p.field('key')?.text() === 'path')
    return pair ? paths(pair.field('value') ?? undefined, constants) : ['']
  }
  const value = valueOf(arg, constants)
  return value === undefined ? [`{${arg.text().slice(0, 40)}}`] : [value]
}
