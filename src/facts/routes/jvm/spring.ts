/** @module Spring (Java and Kotlin) routes: `@RestController` classes with a class `@RequestMapping` prefix and `@GetMapping`/`@PostMapping`/`@RequestMapping(method=...)` methods; JAX-RS `@Path` + `@GET` resources too. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Family, Parsed } from '../family.js'
import { findKinds, lineOf } from '../languages.js'
import { joinPath } from '../paths.js'
import { literal } from '../strings.js'
import { allAnnotations, annotationsOf, stringValues, type Annotation } from './annotations.js'

const SPRING_METHODS: Record<string, string> = {
  GetMapping: 'GET', PostMapping: 'POST', PutMapping: 'PUT', PatchMapping: 'PATCH', DeleteMapping: 'DELETE', RequestMapping: 'ANY',
}
const JAXRS_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])
const CONTROLLERS = new Set(['RestController', 'Controller', 'RequestMapping', 'Path'])
/** Interfaces/classes whose mappings describe calls to another service, not routes of this one. */
const CLIENTS = new Set(['FeignClient', 'HttpExchange'])
const TYPE_KINDS = new Set(['class_declaration', 'interface_declaration', 'object_declaration', 'record_declaration', 'enum_declaration'])
const METHOD_KINDS = new Set(['method_declaration', 'function_declaration'])

export const spring: Family = {
  name: 'spring',
  grammars: ['java', 'kotlin'],
  wants: (file) => file.text.includes('Mapping') || file.text.includes('.ws.rs'),
  async extract(candidates) {
    const constants = new Map<string, string>()
    for (const parsed of candidates) collectJvmConstants(parsed, constants)
    const routes: Route[] = []
    for (const { file, root } of candidates) {
      const seen = new Set<number>()
      for (const node of allAnnotations(root)) {
        const declaration = node.parent()?.kind() === 'modifiers' ? node.parent()?.parent() : undefined
        if (!declaration || !METHOD_KINDS.has(String(declaration.kind())) || seen.has(declaration.id())) continue
        seen.add(declaration.id())
        const type = declaration.ancestors().find((a) => TYPE_KINDS.has(String(a.kind())))
        const typeAnnotations = type ? annotationsOf(type) : []
        if (!typeAnnotations.some((a) => CONTROLLERS.has(a.name)) && type?.kind() !== 'interface_declaration') continue
        if (typeAnnotations.some((a) => CLIENTS.has(a.name))) continue
        const prefixes = prefixesOf(typeAnnotations, constants)
        // Java names the method in a field; Kotlin's grammar only has the identifier child.
        const handler = (declaration.field('name') ?? declaration.children().find((c) => c.kind() === 'simple_identifier'))?.text()
        for (const { method, paths, at } of mappings(annotationsOf(declaration), constants)) {
          for (const prefix of prefixes) {
            for (const path of paths) {
              routes.push({ method, path: joinPath(prefix, path), file: file.path, line: lineOf(at), framework: 'spring', ...(handler && { handler }) })
            }
          }
        }
      }
    }
    return routes
  },
}

/** Class-level prefixes: `@RequestMapping("/api")`, `@RequestMapping(path = {"/a", "/b"})`, JAX-RS `@Path("/x")`. */
function prefixesOf(annotations: Annotation[], constants: ReadonlyMap<string, string>): string[] {
  const mapping = annotations.find((a) => a.name === 'RequestMapping' || a.name === 'Path')
  const values = mapping ? pathValues(mapping, constants) : []
  return values.length > 0 ? values : ['']
}

function pathValues(a: Annotation, constants: ReadonlyMap<string, string>): string[] {
  return stringValues(a.value ?? a.named.get('value') ?? a.named.get('path'), constants)
}

/** The method-level mappings of one method: Spring `*Mapping` annotations, or JAX-RS `@GET` with an optional `@Path`. */
function mappings(annotations: Annotation[], constants: ReadonlyMap<string, string>): { method: string; paths: string[]; at: SgNode }[] {
  const out: { method: string; paths: string[]; at: SgNode }[] = []
  for (const a of annotations) {
    const method = SPRING_METHODS[a.name]
    if (!method) continue
    const paths = pathValues(a, constants)
    const listed = a.name === 'RequestMapping' ? requestMethods(a.named.get('method')) : []
    for (const m of listed.length > 0 ? listed : [method]) out.push({ method: m, paths: paths.length > 0 ? paths : [''], at: a.node })
  }
  const verb = annotations.find((a) => JAXRS_METHODS.has(a.name))
  if (verb) {
    const path = annotations.find((a) => a.name === 'Path')
    out.push({ method: verb.name, paths: path ? pathValues(path, constants) : [''], at: verb.node })
  }
  return out
}

/** `method = RequestMethod.POST`, `{RequestMethod.GET, RequestMethod.HEAD}`, `[RequestMethod.PUT]`. */
function requestMethods(node: SgNode | undefined): string[] {
  if (!node) return []
  const names = findKinds(node, ['identifier', 'simple_identifier', 'field_access', 'navigation_expression'])
    .map((n) => n.text().split('.').pop() ?? '')
    .filter((n) => JAXRS_METHODS.has(n) || n === 'TRACE')
  return [...new Set(names.length > 0 ? names : [node.text().split('.').pop() ?? ''])].filter((n) => /^[A-Z]+$/.test(n))
}

/** `static final String LOGIN = "/login"` (Java) and `const val LOGIN = "/login"` (Kotlin), by simple name. */
function collectJvmConstants({ root, grammar }: Parsed, into: Map<string, string>): void {
  if (grammar === 'java') {
    for (const d of root.findAll({ rule: { kind: 'variable_declarator' } })) {
      const value = literal(d.field('value'))
      const name = d.field('name')?.text()
      if (name && value !== undefined) into.set(name, value)
    }
    return
  }
  for (const p of root.findAll({ rule: { kind: 'property_declaration' } })) {
    const name = p.children().find((c) => c.kind() === 'variable_declaration')?.namedChildren()[0]?.text()
    const value = literal(p.namedChildren().at(-1))
    if (name && value !== undefined) into.set(name, value)
  }
}
