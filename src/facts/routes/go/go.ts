/** @module Go routes: Gin/Echo/Fiber/httprouter verbs and groups, chi Route/Group/Mount, gorilla/mux subrouters and Methods, net/http HandleFunc with Go 1.22 "POST /x" patterns; routers handed to registrar functions are followed across files. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Family, Parsed } from '../family.js'
import { RouterGraph } from '../graph.js'
import { handlerName } from '../handler-name.js'
import { lineOf } from '../languages.js'
import { collectConstants, literal, valueOf, type Constants } from '../strings.js'
import { goFunctionId, GoScope, isGoFunction, receiverType } from './scope.js'

/** Router packages and the framework name their routes carry; net/http last, since most files import it. */
const ROUTERS: [string, string][] = [
  ['github.com/gin-gonic/gin', 'gin'], ['github.com/labstack/echo', 'echo'], ['github.com/go-chi/chi', 'chi'],
  ['github.com/gofiber/fiber', 'fiber'], ['github.com/gorilla/mux', 'gorilla-mux'], ['github.com/julienschmidt/httprouter', 'httprouter'],
  ['net/http', 'net/http'],
]
const VERBS: Record<string, string> = {
  GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE', OPTIONS: 'OPTIONS', HEAD: 'HEAD', Any: 'ANY',
  Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Options: 'OPTIONS', Head: 'HEAD', All: 'ANY',
  Handle: 'ANY', HandleFunc: 'ANY',
}
const CANDIDATE = /\.(?:GET|POST|PUT|PATCH|DELETE|Any|Get|Post|Put|Patch|Delete|All|Handle|HandleFunc|Group|Route|Mount|PathPrefix|Match|Method|MethodFunc)\(/

type FunctionRef = { fn: SgNode; scope: GoScope; receiver?: string }

export const go: Family = {
  name: 'go',
  grammars: ['go'],
  wants: (file) => CANDIDATE.test(file.text) && file.imports.some((i) => ROUTERS.some(([pkg]) => i === pkg || i.startsWith(`${pkg}/`))),
  async extract(candidates) {
    const graph = new RouterGraph()
    const functions = new Map<string, FunctionRef[]>()
    const scopes = new Map<string, GoScope>()
    for (const { file, root } of candidates) {
      const scope = new GoScope(file.path)
      scopes.set(file.path, scope)
      for (const fn of root.findAll({ rule: { any: [{ kind: 'function_declaration' }, { kind: 'method_declaration' }] } })) {
        const list = functions.get(goFunctionId(fn)) ?? []
        list.push({ fn, scope, receiver: receiverType(fn) })
        functions.set(goFunctionId(fn), list)
      }
    }
    for (const parsed of candidates) {
      new GoFile(parsed, scopes.get(parsed.file.path)!, graph, functions).read()
    }
    return graph.resolve()
  },
}

/** Reads one Go file's router calls into the shared graph. */
class GoFile {
  private readonly framework: string
  private readonly constants: Constants
  constructor(
    private readonly parsed: Parsed,
    private readonly scope: GoScope,
    private readonly graph: RouterGraph,
    private readonly functions: Map<string, FunctionRef[]>,
  ) {
    const imports = parsed.file.imports
    this.framework = ROUTERS.find(([pkg]) => imports.some((i) => i === pkg || i.startsWith(`${pkg}/`)))?.[1] ?? 'net/http'
    this.constants = collectConstants(parsed.root, ['const_spec', 'var_spec', 'short_var_declaration'])
  }

  read(): void {
    for (const call of this.parsed.root.findAll({ rule: { kind: 'call_expression' } })) {
      const callee = call.field('function')
      const args = call.field('arguments')?.namedChildren() ?? []
      if (callee?.kind() === 'selector_expression') this.selectorCall(call, callee, args)
      this.registrarCall(callee, args)
    }
  }

  private selectorCall(call: SgNode, callee: SgNode, args: SgNode[]): void {
    const name = callee.field('field')?.text() ?? ''
    const operand = callee.field('operand')
    if (name === 'Subrouter' && operand?.kind() === 'call_expression') return this.subrouter(call, operand)
    const owner = operand && this.ownerOfExpression(operand)
    if (!owner) return
    const first = valueOf(args[0], this.constants)
    if ((name === 'Handle' || name === 'Method' || name === 'MethodFunc') && args.length >= 3 && first && !first.startsWith('/')) {
      const path = valueOf(args[1], this.constants) // gin/httprouter Handle("GET", "/x", h), chi Method("GET", "/x", h)
      if (path?.startsWith('/')) this.route(owner, first, path, call)
    } else if (name === 'Match' && args.length >= 3) {
      const path = valueOf(args[1], this.constants) // echo Match([]string{"GET", "POST"}, "/x", h)
      const methods = args[0]?.findAll({ rule: { kind: 'interpreted_string_literal' } }).map((m) => literal(m) ?? '') ?? []
      if (path?.startsWith('/')) for (const m of methods) this.route(owner, m, path, call)
    } else if (name in VERBS && args.length >= 2 && first !== undefined) {
      this.verb(owner, name, first, call)
    } else if (name === 'Group' && first?.startsWith('/')) {
      this.graph.mount({ parent: owner, child: this.ownerOfResult(call), prefix: first })
    } else if ((name === 'Group' || name === 'Route') && args.some((a) => a.kind() === 'func_literal')) {
      const fn = args.find((a) => a.kind() === 'func_literal')!
      const child = this.scope.paramOwner(fn, 0)
      if (child) this.graph.mount({ parent: owner, child, prefix: name === 'Route' ? (first ?? '') : '' })
    } else if (name === 'Mount' && first !== undefined && args[1]) {
      for (const child of this.ownersOfValue(args[1])) this.graph.mount({ parent: owner, child, prefix: first })
    }
  }

  /** gorilla/mux `api := r.PathPrefix("/api").Subrouter()`. */
  private subrouter(call: SgNode, operand: SgNode): void {
    const prefixCall = operand.field('function')
    const prefix = valueOf(operand.field('arguments')?.namedChildren()[0], this.constants)
    const base = prefixCall?.field('operand')
    if (prefixCall?.field('field')?.text() !== 'PathPrefix' || prefix === undefined || !base) return
    const parent = this.ownerOfExpression(base)
    if (parent) this.graph.mount({ parent, child: this.ownerOfResult(call), prefix })
  }

  /** `r.POST("/x", h)`, `mux.HandleFunc("POST /x", h)`, gorilla `r.HandleFunc("/x", h).Methods("POST")`. */
  private verb(owner: string, name: string, pattern: string, call: SgNode): void {
    const spaced = /^([A-Z]+)\s+(\/.*)$/.exec(pattern)
    const path = spaced ? spaced[2]! : pattern
    // Gin and Echo groups route their own root with an empty path: `rg.GET("", h.list)`.
    if (!path.startsWith('/') && !(path === '' && name !== 'Handle' && name !== 'HandleFunc')) return
    let methods = [spaced ? spaced[1]! : VERBS[name]!]
    const chained = call.parent()
    if (chained?.kind() === 'selector_expression' && chained.field('field')?.text() === 'Methods') {
      const listed = chained.parent()?.field('arguments')?.namedChildren().map((a) => literal(a)).filter((m): m is string => m !== undefined)
      if (listed?.length) methods = listed
    }
    const inner = call.field('arguments')?.namedChildren()[1]
    const strip = inner?.kind() === 'call_expression' && inner.field('function')?.text().endsWith('StripPrefix') ? inner : undefined
    if (strip) {
      // mux.Handle("/api/", http.StripPrefix("/api", apiMux)): apiMux's routes live under /api.
      const [prefix, handler] = strip.field('arguments')?.namedChildren() ?? []
      const value = valueOf(prefix, this.constants)
      if (value !== undefined && handler) for (const child of this.ownersOfValue(handler)) this.graph.mount({ parent: owner, child, prefix: value })
      return
    }
    for (const method of methods) this.route(owner, method, path, call)
  }

  /** Adds a route declared by `call`; its handler is the call's last argument (middlewares come before it). */
  private route(owner: string, method: string, path: string, call: SgNode): void {
    const handler = handlerName(call.field('arguments')?.namedChildren().at(-1))
    const at = { file: this.parsed.file.path, line: lineOf(call), framework: this.framework }
    this.graph.addRoute({ owner, method, path, ...at, ...(handler && { handler }) })
  }

  /** `routes.Register(v1)`, `h.RegisterRoutes(api)`, `setup(r)`: the router becomes the function's parameter. */
  private registrarCall(callee: SgNode | null, args: SgNode[]): void {
    if (!callee || args.length === 0) return
    const name = callee.kind() === 'selector_expression' ? callee.field('field')?.text() : callee.kind() === 'identifier' ? callee.text() : undefined
    const refs = name ? this.functions.get(name) : undefined
    if (!refs) return
    const operand = callee.kind() === 'selector_expression' ? callee.field('operand')?.text().toLowerCase() : undefined
    const typed = refs.filter((r) => r.receiver && operand && (r.receiver === operand || r.receiver.startsWith(operand) || operand.startsWith(r.receiver)))
    args.forEach((arg, index) => {
      const parent = arg.kind() === 'identifier' || arg.kind() === 'call_expression' ? this.ownerOfExpression(arg) : undefined
      if (!parent) return
      for (const ref of typed.length > 0 ? typed : refs) {
        const child = ref.scope.paramOwner(ref.fn, index)
        if (child) this.graph.mount({ parent, child, prefix: '' })
      }
    })
  }

  /** The owner an expression names: a variable, or an inline `r.Group("/x")` (mounted where it is read). */
  private ownerOfExpression(node: SgNode): string | undefined {
    if (node.kind() === 'identifier') return this.scope.ownerOf(node, node.text())
    if (node.kind() === 'call_expression') {
      const callee = node.field('function')
      const name = callee?.field('field')?.text()
      if (name === 'Group' || name === 'Subrouter') return this.ownerOfResult(node)
    }
    return undefined
  }

  /** The owner of a call's result: the variable it is assigned to, else the call itself. */
  private ownerOfResult(call: SgNode): string {
    const list = call.parent()
    const decl = list?.kind() === 'expression_list' ? list.parent() : undefined
    const target = decl && ['short_var_declaration', 'assignment_statement'].includes(String(decl.kind())) ? decl.field('left')?.namedChildren()[0] : undefined
    const spec = decl?.kind() === 'var_spec' ? decl.field('name') : undefined
    const name = target ?? spec
    return name ? this.scope.ownerOf(call, name.text()) : `${this.parsed.file.path}#@${call.range().start.index}`
  }

  /** Owners a mounted value stands for: a router variable, or the routers a called function returns. */
  private ownersOfValue(node: SgNode): string[] {
    if (node.kind() === 'identifier') return [this.scope.ownerOf(node, node.text())]
    if (node.kind() !== 'call_expression') return []
    const callee = node.field('function')
    const name = callee?.kind() === 'selector_expression' ? callee.field('field')?.text() : callee?.text()
    return (this.functions.get(name ?? '') ?? []).flatMap(({ fn, scope }) =>
      fn
        .findAll({ rule: { kind: 'return_statement' } })
        .filter((r) => r.ancestors().find(isGoFunction)?.id() === fn.id())
        .map((r) => r.namedChildren()[0]?.namedChildren()[0])
        .filter((v): v is SgNode => v?.kind() === 'identifier')
        .map((v) => scope.ownerOf(v, v.text())),
    )
  }
}
