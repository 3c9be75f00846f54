/** @module Go variable scopes for the route extractor: which router object ("owner") a Go identifier names. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { posix } from 'node:path'

const FUNCTION_KINDS = new Set(['function_declaration', 'method_declaration', 'func_literal'])
const DECLARING_KINDS = ['short_var_declaration', 'var_spec', 'assignment_statement', 'range_clause']

/** True for nodes that open a Go function scope. */
export function isGoFunction(node: SgNode): boolean {
  return FUNCTION_KINDS.has(String(node.kind()))
}

/** A function's id: its name (methods too), or its offset for a literal. */
export function goFunctionId(fn: SgNode): string {
  return fn.kind() === 'func_literal' ? `@${fn.range().start.index}` : (fn.field('name')?.text() ?? `@${fn.range().start.index}`)
}

/** Parameter names of a Go function, in order (`a, b int` gives two). */
export function goParams(fn: SgNode): string[] {
  const list = fn.field('parameters')
  return (list?.namedChildren() ?? []).flatMap((decl) => decl.namedChildren().filter((n) => n.kind() === 'identifier').map((n) => n.text()))
}

/** Names of a method's receiver type, lower-cased without `*` (`func (h *AuthHandler)` -> 'authhandler'). */
export function receiverType(fn: SgNode): string | undefined {
  if (fn.kind() !== 'method_declaration') return undefined
  const receiver = fn.field('receiver')?.namedChildren()[0]
  const type = receiver?.namedChildren().find((n) => n.kind() !== 'identifier')
  return type?.text().replace(/^\*/, '').toLowerCase()
}

/** Names a Go file's scopes: owners are `<file>#<function>#<name>`, or `<package dir>#pkg#<name>` for package variables. */
export class GoScope {
  private readonly declared = new Map<number, Set<string>>()
  constructor(readonly path: string) {}

  /** The owner of identifier `name` as seen from `at`. */
  ownerOf(at: SgNode, name: string): string {
    for (const scope of at.ancestors()) {
      if (isGoFunction(scope) && this.declares(scope, name)) return `${this.path}#${goFunctionId(scope)}#${name}`
    }
    return `${posix.dirname(this.path)}#pkg#${name}`
  }

  /** The owner of a function's parameter (`func Register(rg *gin.RouterGroup)` -> `<file>#Register#rg`). */
  paramOwner(fn: SgNode, index: number): string | undefined {
    const name = goParams(fn)[index]
    return name ? `${this.path}#${goFunctionId(fn)}#${name}` : undefined
  }

  private declares(fn: SgNode, name: string): boolean {
    let names = this.declared.get(fn.id())
    if (!names) {
      names = new Set(goParams(fn))
      for (const decl of fn.findAll({ rule: { any: DECLARING_KINDS.map((kind) => ({ kind })) } })) {
        if (decl.ancestors().find(isGoFunction)?.id() !== fn.id()) continue
        const left = decl.field('left') ?? decl.field('name') ?? decl.namedChildren()[0]
        for (const id of left?.kind() === 'identifier' ? [left] : (left?.namedChildren() ?? [])) names.add(id.text())
      }
      this.declared.set(fn.id(), names)
    }
    return names.has(name)
  }
}
