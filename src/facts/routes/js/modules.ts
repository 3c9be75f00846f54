/** @module What a JavaScript/TypeScript file imports and exports (ESM and CommonJS), and the functions routers pass through, read from its syntax tree. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { literal } from '../strings.js'

/** A name bound by an import: the module specifier and the export it refers to ('default' for CommonJS too). */
export type Imported = { source: string; name: string }

/** A function that may register routes on its first parameter or build and return a router. */
export type FunctionInfo = { params: string[]; returns: string[] }

export type ModuleInfo = {
  imports: Map<string, Imported>
  /** Export name -> local symbol (a variable name or a function id from functionId). */
  exports: Map<string, string>
  /** Export name -> another module's export (`export { default as auth } from './auth'`); '*' for `export *`. */
  reexports: { name: string; source: string; imported: string }[]
  /** Named functions (declarations, `const f = () => {}`, default exports): the ones a router is handed to. */
  functions: Map<string, FunctionInfo>
  /** Names declared at the top of the module (variables, functions, classes). */
  topLevel: Set<string>
}

const FUNCTION_KINDS = ['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function']

/** True for nodes that open a function scope. */
export function isFunction(node: SgNode): boolean {
  return FUNCTION_KINDS.includes(String(node.kind()))
}

/** A stable id for a function: its own or its variable's name, '<default>' for an anonymous default export, else its offset. */
export function functionId(fn: SgNode): string {
  const own = fn.field('name')
  if (own && fn.kind() !== 'method_definition') return own.text()
  const parent = fn.parent()
  if (parent?.kind() === 'variable_declarator') return parent.field('name')?.text() ?? `@${fn.range().start.index}`
  if (parent?.kind() === 'export_statement') return '<default>'
  if (parent?.kind() === 'assignment_expression' && parent.field('left')?.text() === 'module.exports') return '<default>'
  return `@${fn.range().start.index}`
}

/** Parameter names of a function, in order (destructured parameters become ''). */
export function paramNames(fn: SgNode): string[] {
  const single = fn.field('parameter')
  if (single) return [single.text()]
  const params = fn.field('parameters')
  if (!params) return []
  return params.namedChildren().map((p) => {
    const target = p.kind() === 'identifier' ? p : p.field('pattern') ?? p.field('left')
    return target?.kind() === 'identifier' ? target.text() : ''
  })
}

/** Reads imports, exports, re-exports and functions of one parsed file. */
export function readModule(root: SgNode): ModuleInfo {
  const info: ModuleInfo = { imports: new Map(), exports: new Map(), reexports: [], functions: new Map(), topLevel: new Set() }
  const extents: { id: string; start: number; end: number }[] = []
  const returns: SgNode[] = []
  const addFunction = (fn: SgNode) => {
    const id = functionId(fn)
    const { start, end } = fn.range()
    const body = fn.field('body')
    info.functions.set(id, { params: paramNames(fn), returns: body?.kind() === 'identifier' ? [body.text()] : [] })
    extents.push({ id, start: start.index, end: end.index })
  }
  // One walk of the tree for everything (each findAll is a full traversal in ast-grep); the rule names only
  // cheap kinds, details are read here for the few nodes that match.
  for (const node of root.findAll(MODULE_NODES)) {
    const kind = node.kind()
    if (kind === 'import_statement') readImport(node, info)
    else if (kind === 'export_statement') readExport(node, info)
    else if (kind === 'return_statement') returns.push(node)
    else if (kind === 'function_declaration' || kind === 'generator_function_declaration') addFunction(node)
    else if (kind === 'variable_declarator') {
      const value = node.field('value')
      if (value && isFunction(value)) addFunction(value)
      else readRequire(node, info)
    } else if (kind === 'assignment_expression') {
      readCommonJsExport(node, info)
      const right = node.field('right')
      if (right && isFunction(right) && node.field('left')?.text() === 'module.exports') addFunction(right)
    }
    if (kind === 'export_statement') {
      const value = node.field('value')
      if (value && isFunction(value)) addFunction(value)
    }
  }
  // Only `return router` matters (a function that builds a router): credit it to the innermost named function.
  for (const statement of extents.length > 0 ? returns : []) {
    const value = statement.namedChildren()[0]
    if (value?.kind() !== 'identifier') continue
    const offset = value.range().start.index
    const owner = extents.filter((f) => f.start <= offset && offset < f.end).sort((x, y) => y.start - x.start)[0]
    if (owner) info.functions.get(owner.id)?.returns.push(value.text())
  }
  for (const statement of root.children()) {
    const declaration = statement.kind() === 'export_statement' ? statement.field('declaration') : statement
    const name = declaration?.field('name')
    if (name) info.topLevel.add(name.text())
    if (declaration?.kind() === 'lexical_declaration' || declaration?.kind() === 'variable_declaration') {
      for (const d of declaration.namedChildren()) if (d.kind() === 'variable_declarator') info.topLevel.add(d.field('name')?.text() ?? '')
    }
  }
  return info
}

/** `x = require('m')`, `x = require('m').y`, `x = await import('m')`, filtered inside ast-grep. */
const REQUIRES = {
  kind: 'variable_declarator',
  has: {
    field: 'value',
    any: [
      { kind: 'call_expression', has: { field: 'function', regex: '^require$' } },
      { kind: 'member_expression', has: { field: 'object', kind: 'call_expression', has: { field: 'function', regex: '^require$' } } },
      { kind: 'await_expression' },
    ],
  },
}

/** `module.exports = ...`, `exports.x = ...`. */
const COMMONJS_EXPORTS = { kind: 'assignment_expression', has: { field: 'left', regex: '^(?:module\\.)?exports\\b' } }

/** `const f = () => {}`, `const f = function () {}`: functions known by a name. */
const FUNCTION_VARIABLES = { kind: 'variable_declarator', has: { field: 'value', any: [{ kind: 'arrow_function' }, { kind: 'function_expression' }] } }

/** Everything readModule looks at, as one rule. */
const MODULE_NODES = {
  rule: {
    any: [
      { kind: 'import_statement' },
      { kind: 'export_statement' },
      { kind: 'return_statement' },
      { kind: 'function_declaration' },
      { kind: 'generator_function_declaration' },
      REQUIRES,
      FUNCTION_VARIABLES,
      COMMONJS_EXPORTS,
    ],
  },
}


function readImport(node: SgNode, info: ModuleInfo): void {
  const source = literal(node.field('source'))
  const clause = node.namedChildren().find((c) => c.kind() === 'import_clause')
  if (source === undefined || !clause) return
  for (const part of clause.namedChildren()) {
    if (part.kind() === 'identifier') info.imports.set(part.text(), { source, name: 'default' })
    if (part.kind() === 'namespace_import') {
      const name = part.namedChildren()[0]
      if (name) info.imports.set(name.text(), { source, name: '*' })
    }
    if (part.kind() === 'named_imports') {
      for (const spec of part.namedChildren()) {
        const name = spec.field('name')?.text()
        if (name) info.imports.set(spec.field('alias')?.text() ?? name, { source, name })
      }
    }
  }
}

/** `const x = require('m')`, `const { a, b: c } = require('m')`, `const r = require('m').router`. */
function readRequire(node: SgNode, info: ModuleInfo): void {
  let value = node.field('value')
  let member: string | undefined
  if (value?.kind() === 'member_expression') {
    member = value.field('property')?.text()
    value = value.field('object')
  }
  const source = requireSource(value)
  const name = node.field('name')
  if (source === undefined || !name) return
  if (name.kind() === 'identifier') info.imports.set(name.text(), { source, name: member ?? 'default' })
  if (name.kind() === 'object_pattern' && !member) {
    for (const part of name.namedChildren()) {
      if (part.kind() === 'shorthand_property_identifier_pattern') info.imports.set(part.text(), { source, name: part.text() })
      if (part.kind() === 'pair_pattern') {
        const key = part.field('key')?.text()
        const local = part.field('value')
        if (key && local?.kind() === 'identifier') info.imports.set(local.text(), { source, name: key })
      }
    }
  }
}

/** The specifier of a `require('x')` call (or `await import('x')`), else undefined. */
export function requireSource(node: SgNode | null | undefined): string | undefined {
  if (node?.kind() === 'await_expression') return requireSource(node.namedChildren()[0])
  if (node?.kind() !== 'call_expression') return undefined
  const callee = node.field('function')
  if (callee?.text() !== 'require' && callee?.kind() !== 'import') return undefined
  return literal(node.field('arguments')?.namedChildren()[0])
}

function readExport(node: SgNode, info: ModuleInfo): void {
  const source = literal(node.field('source'))
  const clause = node.namedChildren().find((c) => c.kind() === 'export_clause')
  if (clause) {
    for (const spec of clause.namedChildren()) {
      const name = spec.field('name')?.text()
      if (!name) continue
      const exported = spec.field('alias')?.text() ?? name
      if (source !== undefined) info.reexports.push({ name: exported, source, imported: name })
      else info.exports.set(exported, name)
    }
    return
  }
  if (source !== undefined) return void info.reexports.push({ name: '*', source, imported: '*' })
  const declaration = node.field('declaration')
  if (declaration) {
    const own = declaration.field('name')
    if (own) info.exports.set(own.text(), own.text())
    for (const d of declaration.findAll({ rule: { kind: 'variable_declarator' } })) {
      const name = d.field('name')
      if (name?.kind() === 'identifier') info.exports.set(name.text(), name.text())
    }
    if (node.children().some((c) => c.kind() === 'default') && isFunction(declaration)) {
      info.exports.set('default', functionId(declaration))
    }
    return
  }
  const value = node.field('value')
  if (value) info.exports.set('default', exportedSymbol(value))
}

/** `module.exports = x`, `module.exports = { a, b: c }`, `exports.a = b`, `module.exports.a = b`. */
function readCommonJsExport(node: SgNode, info: ModuleInfo): void {
  const left = node.field('left')?.text()
  const right = node.field('right')
  if (!left || !right) return
  if (left === 'module.exports') {
    if (right.kind() !== 'object') return void info.exports.set('default', exportedSymbol(right))
    for (const part of right.namedChildren()) {
      if (part.kind() === 'shorthand_property_identifier') info.exports.set(part.text(), part.text())
      if (part.kind() === 'pair') {
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
