/** @module ASP.NET Core routes: attribute-routed controllers (`[Route("api/[controller]")]` + `[HttpPost("login")]`) and minimal APIs (`MapPost`, `MapGroup`, extension-method endpoint groups, `MapIdentityApi`, `MapHealthChecks`). Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Family, Parsed } from '../family.js'
import { RouterGraph } from '../graph.js'
import { handlerName } from '../handler-name.js'
import { lineOf } from '../languages.js'
import { literal } from '../strings.js'
import { controllerRoutes } from './controllers.js'

const MAP_VERBS: Record<string, string> = { MapGet: 'GET', MapPost: 'POST', MapPut: 'PUT', MapPatch: 'PATCH', MapDelete: 'DELETE', Map: 'ANY' }
/** What `MapIdentityApi<TUser>()` maps (ASP.NET Core 8 Identity API endpoints). */
const IDENTITY_API: [string, string][] = [
  ['POST', '/register'], ['POST', '/login'], ['POST', '/refresh'], ['GET', '/confirmEmail'], ['POST', '/resendConfirmationEmail'],
  ['POST', '/forgotPassword'], ['POST', '/resetPassword'], ['POST', '/manage/2fa'], ['GET', '/manage/info'], ['POST', '/manage/info'],
]
/** The main pages of the Identity Razor UI (Microsoft.AspNetCore.Identity.UI). */
const IDENTITY_UI: [string, string][] = [
  ['ANY', '/Identity/Account/Register'], ['ANY', '/Identity/Account/Login'], ['ANY', '/Identity/Account/Logout'],
]
const METHOD_KINDS = new Set(['method_declaration', 'local_function_statement', 'constructor_declaration'])

type MethodRef = { file: string; method: SgNode }

export const aspnet: Family = {
  name: 'aspnet',
  grammars: ['csharp'],
  wants: (file) => file.text.includes('[Http') || file.text.includes('[Route(') || file.text.includes('.Map'),
  async extract(candidates, ctx) {
    const graph = new RouterGraph()
    const routes: Route[] = []
    const methods = new Map<string, MethodRef[]>()
    for (const { file, root } of candidates) {
      for (const method of root.findAll({ rule: { kind: 'method_declaration' } })) {
        const name = method.field('name')?.text() ?? ''
        methods.set(name, [...(methods.get(name) ?? []), { file: file.path, method }])
      }
    }
    // Identity's Razor UI (AddDefaultIdentity / AddDefaultUI) serves its pages once MapRazorPages() is called.
    const identityUi = [...ctx.files.values()].some((f) => f.language === 'csharp' && /AddDefaultIdentity|AddDefaultUI\s*\(/.test(f.text))
    for (const parsed of candidates) {
      routes.push(...controllerRoutes(parsed))
      minimalApis(parsed, graph, methods, identityUi)
    }
    return [...routes, ...graph.resolve()]
  },
}

/** Minimal API calls of one file into the graph. */
function minimalApis({ file, root }: Parsed, graph: RouterGraph, methods: Map<string, MethodRef[]>, identityUi: boolean): void {
  for (const call of root.findAll({ rule: { kind: 'invocation_expression' } })) {
    const callee = call.field('function')
    if (callee?.kind() !== 'member_access_expression') continue
    const nameNode = callee.field('name')
    const name = (nameNode?.kind() === 'generic_name' ? nameNode.namedChildren()[0] : nameNode)?.text() ?? ''
    const receiver = callee.field('expression')
    const owner = receiver && ownerOf(receiver, file.path)
    if (!owner) continue
    const args = (call.field('arguments')?.namedChildren() ?? []).map((a) => a.namedChildren()[a.namedChildren().length - 1]!)
    const path = literal(args[0])
    const add = (method: string, p: string, framework = 'aspnet', handler?: string) =>
      graph.addRoute({ owner, method, path: p, file: file.path, line: lineOf(call), framework, ...(handler && { handler }) })
    if (name in MAP_VERBS && path !== undefined && args.length >= 2) add(MAP_VERBS[name]!, path, 'aspnet', handlerName(args[1]))
    else if (name === 'MapMethods' && path !== undefined) {
      for (const m of args[1]?.findAll({ rule: { kind: 'string_literal' } }) ?? []) add((literal(m) ?? 'ANY').toUpperCase(), path)
    } else if (name === 'MapGroup' && path !== undefined) graph.mount({ parent: owner, child: resultOwner(call, file.path), prefix: path })
    else if (name === 'MapIdentityApi') for (const [m, p] of IDENTITY_API) add(m, p, 'aspnet-identity')
    else if (name === 'MapHealthChecks' && path !== undefined) add('GET', path)
    else if (name === 'MapRazorPages' && identityUi) for (const [m, p] of IDENTITY_UI) add(m, p, 'aspnet-identity')
    else {
      // Endpoint groups in extension methods: `app.MapAuthEndpoints()` runs `MapAuthEndpoints(this IEndpointRouteBuilder routes)`.
      for (const { file: target, method } of methods.get(name) ?? []) {
        const param = method.field('parameters')?.namedChildren()[0]
        const isExtension = param?.children().some((c) => c.text() === 'this')
        const paramName = param?.field('name')?.text()
        if (isExtension && paramName) graph.mount({ parent: owner, child: `${target}#${scopeName(method)}#${paramName}`, prefix: '' })
      }
    }
  }
}

/** `app`, a group variable, a parameter, or an inline `app.MapGroup("/x")` (named after the call). */
function ownerOf(node: SgNode, path: string): string | undefined {
  if (node.kind() === 'identifier') return `${path}#${scopeName(node)}#${node.text()}`
  if (node.kind() === 'invocation_expression') {
    const name = node.field('function')?.field('name')?.text()
    if (name === 'MapGroup') return resultOwner(node, path)
    return node.field('function')?.kind() === 'member_access_expression' ? ownerOf(node.field('function')!.field('expression')!, path) : undefined
  }
  return undefined
}

/** The owner of a call's result: the variable it initialises, else the call itself. */
function resultOwner(call: SgNode, path: string): string {
  let node: SgNode | null = call
  while (node?.parent()?.kind() === 'invocation_expression' || node?.parent()?.kind() === 'member_access_expression') node = node.parent()
  const declarator = node?.parent()?.kind() === 'variable_declarator' ? node.parent() : node?.parent()?.parent()?.kind() === 'variable_declarator' ? node.parent()?.parent() : undefined
  const name = declarator?.namedChildren().find((c) => c.kind() === 'identifier')
  return name ? `${path}#${scopeName(call)}#${name.text()}` : `${path}#@${call.range().start.index}`
}

/** The method a node sits in ('top' for top-level statements in Program.cs). */
function scopeName(node: SgNode): string {
  const method = METHOD_KINDS.has(String(node.kind())) ? node : node.ancestors().find((a) => METHOD_KINDS.has(String(a.kind())))
  return method?.field('name')?.text() ?? 'top'
}
