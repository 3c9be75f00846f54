/** @module ASP.NET Core attribute-routed controllers: class `[Route]` templates with `[controller]`, method `[HttpPost("x")]`, `[Route("x")]`, `[AcceptVerbs]`, and `~/` absolute templates. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Parsed } from '../family.js'
import { lineOf } from '../languages.js'
import { joinPath } from '../paths.js'
import { literal } from '../strings.js'

const HTTP: Record<string, string> = {
  HttpGet: 'GET', HttpPost: 'POST', HttpPut: 'PUT', HttpPatch: 'PATCH', HttpDelete: 'DELETE', HttpHead: 'HEAD', HttpOptions: 'OPTIONS',
}

type Attribute = { name: string; args: SgNode[]; node: SgNode }

/** Routes of the attribute-routed controllers in one file. */
export function controllerRoutes({ file, root }: Parsed): Route[] {
  const routes: Route[] = []
  for (const cls of root.findAll({ rule: { kind: 'class_declaration' } })) {
    const className = cls.field('name')?.text() ?? ''
    const classAttributes = attributesOf(cls)
    const isController = className.endsWith('Controller') || classAttributes.some((a) => a.name === 'ApiController' || a.name === 'Route')
    if (!isController) continue
    const controller = className.replace(/Controller$/, '')
    const prefixes = classAttributes.filter((a) => a.name === 'Route').map((a) => literal(a.args[0]) ?? '')
    for (const method of cls.field('body')?.namedChildren().filter((m) => m.kind() === 'method_declaration') ?? []) {
      const action = method.field('name')?.text() ?? ''
      const attributes = attributesOf(method)
      const verbs = attributes.filter((a) => a.name in HTTP || a.name === 'AcceptVerbs')
      const routeTemplates = attributes.filter((a) => a.name === 'Route').map((a) => literal(a.args[0]) ?? '')
      if (verbs.length === 0 && routeTemplates.length === 0) continue
      const mappings: [string, string | undefined, SgNode][] = verbs.flatMap((v) =>
        v.name === 'AcceptVerbs'
          ? v.args.map((a) => [(literal(a) ?? 'ANY').toUpperCase(), undefined, v.node] as [string, string | undefined, SgNode])
          : [[HTTP[v.name]!, literal(v.args[0]), v.node] as [string, string | undefined, SgNode]],
      )
      if (mappings.length === 0) mappings.push(['ANY', undefined, attributes.find((a) => a.name === 'Route')!.node])
      for (const [verb, own, at] of mappings) {
        for (const template of own !== undefined ? [own] : routeTemplates.length > 0 ? routeTemplates : ['']) {
          for (const prefix of prefixes.length > 0 ? prefixes : ['']) {
            const absolute = template.startsWith('/') || template.startsWith('~/')
            const path = (absolute ? template : joinPath(prefix, template)).replace(/\[controller\]/gi, controller).replace(/\[action\]/gi, action)
            routes.push({ method: verb, path, file: file.path, line: lineOf(at), framework: 'aspnet', ...(action && { handler: action }) })
          }
        }
      }
    }
  }
  return routes
}

/** `[Route("x")]`, `[HttpPost, Route("y")]`, `[HttpGetAttribute]` on a class or method: names without the Attribute suffix. */
function attributesOf(declaration: SgNode): Attribute[] {
  return declaration
    .children()
    .filter((c) => c.kind() === 'attribute_list')
    .flatMap((list) => list.namedChildren().filter((a) => a.kind() === 'attribute'))
    .map((node) => ({
      name: (node.field('name')?.text() ?? '').split('.').pop()!.replace(/Attribute$/, ''),
      // Named arguments (`Name = "GetUser"`, `Order = 1`) are not templates.
      args: (node.children().find((c) => c.kind() === 'attribute_argument_list')?.namedChildren() ?? [])
        .filter((a) => !a.children().some((c) => c.kind() === 'name_equals' || c.kind() === 'name_colon' || c.text() === '='))
        .map((a) => a.namedChildren()[a.namedChildren().length - 1]!),
      node,
    }))
}
