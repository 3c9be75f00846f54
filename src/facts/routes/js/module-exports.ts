/** @module What a JavaScript/TypeScript module exports: `export ...` statements and CommonJS `module.exports`/`exports.x` assignments, read from its syntax tree for readModule. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { literal } from '../strings.js'
import { functionId, isFunction, type ModuleInfo } from './modules.js'

/** `export ...` statements; an exported function value is handed to `addFunction` too. */
export function readExport(node: SgNode, info: ModuleInfo, addFunction: (fn: SgNode, id: string) => void): void {
  const source = literal(node.field('source'))
  let clause: SgNode | undefined
  let isDefault = false
  for (const child of node.children()) {
    const kind = child.kind()
    if (kind === 'export_clause') clause ??= child
    else if (kind === 'default') isDefault = true
  }
  const value = clause ? null : node.field('value')
  if (clause) {
    for (const spec of clause.namedChildren()) {
      const name = spec.field('name')?.text()
      if (!name) continue
      const exported = spec.field('alias')?.text() ?? name
      if (source !== undefined) info.reexports.push({ name: exported, source, imported: name })
      else info.exports.set(exported, name)
    }
  } else if (source !== undefined) info.reexports.push({ name: '*', source, imported: '*' })
  else {
    const declaration = node.field('declaration')
    if (declaration) {
      const own = declaration.field('name')
      if (own) info.exports.set(own.text(), own.text())
      for (const d of declaration.findAll(DECLARATORS)) {
        const name = d.field('name')
        if (name?.kind() === 'identifier') info.exports.set(name.text(), name.text())
      }
      if (isDefault && isFunction(declaration)) info.exports.set('default', functionId(declaration))
    } else if (value) info.exports.set('default', exportedSymbol(value))
  }
  if (value && isFunction(value)) addFunction(value, functionId(value))
}

const DECLARATORS = { rule: { kind: 'variable_declarator' } }

/** `module.exports = ...`, `exports.x = ...`, and a function assigned to `module.exports`. */
export function readAssignment(
  node: SgNode,
  info: ModuleInfo,
  addFunction: (fn: SgNode, id: string) => void,
  unfiltered: boolean,
): void {
  const left = node.field('left')?.text()
  // COMMONJS_EXPORTS, when the rule did not apply it
  if (!left || (unfiltered && !/^(?:module\.)?exports\b/.test(left))) return
  const right = node.field('right')
  if (!right) return
  readCommonJsExport(left, right, info)
  if (left === 'module.exports' && isFunction(right)) {
    const own = right.kind() === 'arrow_function' ? null : right.field('name')
    addFunction(right, own ? own.text() : '<default>')
  }
}

/** `module.exports = x`, `module.exports = { a, b: c }`, `exports.a = b`, `module.exports.a = b`. */
function readCommonJsExport(left: string, right: SgNode, info: ModuleInfo): void {
  if (left === 'module.exports') {
    if (right.kind() !== 'object') return void info.exports.set('default', exportedSymbol(right))
    for (const part of right.namedChildren()) {
      const kind = part.kind()
      if (kind === 'shorthand_property_identifier') info.exports.set(part.text(), part.text())
      else if (kind === 'pair') {
        const key = part.field('key')?.text()
        const value = part.field('value')
        if (key && value) info.exports.set(key, exportedSymbol(value))
      }
    }
    return
  }
  const named = /^(?:module\.)?exports\.(\w+)$/.exec(left)
  if (named?.[1]) info.exports.set(named[1], exportedSymbol(right))
}

/** The local symbol an exported expression stands for (a name, a function id, or `this.x` for `new C().x`). */
function exportedSymbol(value: SgNode): string {
  if (isFunction(value)) return functionId(value)
  if (value.kind() === 'member_expression') return `this.${value.field('property')?.text() ?? ''}`
  if (value.kind() === 'call_expression') return value.field('function')?.text() ?? value.text()
  return value.text()
}
