/** @module What a JavaScript/TypeScript file imports and exports (ESM and CommonJS), and the functions routers pass through, read from its syntax tree. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { literal } from '../strings.js'
import { readAssignment, readExport } from './module-exports.js'
import { plainImport } from './plain-import.js'

/** A name bound by an import: the module specifier and the export it refers to ('default' for CommonJS too). */
export type Imported = { source: string; name: string }

/** A function that may register routes on its first parameter or build and return a router: the routers it returns. */
export type FunctionInfo = { returns: string[] }

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

const FUNCTION_KINDS = new Set([
  'function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function',
])

/** True for nodes that open a function scope. */
export function isFunction(node: SgNode): boolean {
  return FUNCTION_KINDS.has(String(node.kind()))
}

/**
 * Statement kinds that never have a `name` field: asking for it anyway costs a call into the parser for
 * every statement of a module, and most top-level statements are of these kinds.
 */
const NAMELESS = new Set([
  'expression_statement', 'import_statement', 'lexical_declaration', 'variable_declaration', 'comment', 'empty_statement', 'if_statement',
  'for_statement', 'for_in_statement', 'while_statement', 'try_statement', 'return_statement', 'statement_block', 'hash_bang_line',
])

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

/**
 * Reads imports, exports, re-exports and functions of one parsed file. Each call into the syntax tree costs far
 * more than plain JavaScript (and every node handed out holds native memory until it is collected), so kinds
 * are read once and fields are asked only of nodes that can have them.
 */
export function readModule(root: SgNode): ModuleInfo {
  const info: ModuleInfo = { imports: new Map(), exports: new Map(), reexports: [], functions: new Map(), topLevel: new Set() }
  const extents: { id: string; start: number; end: number }[] = []
  const returns: SgNode[] = []
  const addFunction = (fn: SgNode, id: string) => {
    const { start, end } = fn.range()
    const body = fn.field('body')
    info.functions.set(id, { returns: body?.kind() === 'identifier' ? [body.text()] : [] })
    extents.push({ id, start: start.index, end: end.index })
  }
  // One walk of the tree for everything (each findAll is a full traversal in ast-grep); the rule names only
  // cheap kinds, details are read here for the few nodes that match.
  const small = root.range().end.index < SMALL_FILE
  for (const node of root.findAll(small ? MODULE_KINDS : MODULE_NODES)) {
    const kind = node.kind()
    if (kind === 'import_statement') readImport(node, info)
    else if (kind === 'export_statement') readExport(node, info, addFunction)
    else if (kind === 'return_statement') returns.push(node)
    else if (kind === 'function_declaration' || kind === 'generator_function_declaration') {
      const name = node.field('name')
      addFunction(node, name ? name.text() : functionId(node))
    } else if (kind === 'variable_declarator') {
      const declared = small ? declaredValue(node) : undefined
      if (small && !declared) continue
      const value = declared ? declared.value : node.field('value')
      const valueKind = declared ? declared.kind : value ? String(value.kind()) : undefined
      if (value && FUNCTION_KINDS.has(valueKind!)) {
        // functionId: the function's own name, else the variable's
        const own = valueKind === 'arrow_function' ? null : value.field('name')
        addFunction(value, own ? own.text() : node.field('name')?.text() ?? `@${value.range().start.index}`)
      } else readRequire(node, value, valueKind, info)
    } else if (kind === 'assignment_expression') readAssignment(node, info, addFunction, small)
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
    const statementKind = String(statement.kind())
    const declaration = statementKind === 'export_statement' ? statement.field('declaration') : statement
    if (!declaration) continue
    const kind = declaration === statement ? statementKind : String(declaration.kind())
    const name = NAMELESS.has(kind) ? null : declaration.field('name')
    if (name) info.topLevel.add(name.text())
    if (kind === 'lexical_declaration' || kind === 'variable_declaration') {
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

/**
 * Everything readModule looks at, as one rule. ast-grep compiles a rule on every call, and its regexes cost more
 * than walking a small file, so small files use MODULE_KINDS and the same filter runs in JavaScript (moduleNode).
 */
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

/** The kinds of MODULE_NODES without their conditions. */
const MODULE_KINDS = {
  rule: {
    any: [
      'import_statement', 'export_statement', 'return_statement', 'function_declaration', 'generator_function_declaration',
      'variable_declarator', 'assignment_expression',
    ].map((kind) => ({ kind })),
  },
}

/** Below this many characters a file is read with MODULE_KINDS: few declarations fail the conditions there. */
const SMALL_FILE = 2_000

/** `const app = require(` as REQUIRES and FUNCTION_VARIABLES test it: the declared value, when the declarator passes. */
function declaredValue(node: SgNode): { value: SgNode; kind: string } | undefined {
  const value = node.field('value')
  if (!value) return undefined
  const kind = String(value.kind())
  if (kind === 'arrow_function' || kind === 'function_expression' || kind === 'await_expression') return { value, kind }
  if (kind === 'call_expression') return value.field('function')?.text() === 'require' ? { value, kind } : undefined
  if (kind !== 'member_expression') return undefined
  const object = value.field('object')
  return object?.kind() === 'call_expression' && object.field('function')?.text() === 'require' ? { value, kind } : undefined
}

function readImport(node: SgNode, info: ModuleInfo): void {
  const plain = plainImport(node.text())
  if (plain) {
    for (const [local, imported] of plain) info.imports.set(local, imported)
    return
  }
  // named children: the clause (if any) and the source string, plus comments
  let clause: SgNode | undefined
  let source: string | undefined
  for (const child of node.namedChildren()) {
    const kind = child.kind()
    if (kind === 'import_clause') clause ??= child
    else if (kind === 'string' && source === undefined) source = literal(child)
  }
  if (source === undefined || !clause) return
  for (const part of clause.namedChildren()) {
    const kind = part.kind()
    if (kind === 'identifier') info.imports.set(part.text(), { source, name: 'default' })
    else if (kind === 'namespace_import') {
      const name = part.namedChildren()[0]
      if (name) info.imports.set(name.text(), { source, name: '*' })
    } else if (kind === 'named_imports') {
      for (const spec of part.namedChildren()) {
        const name = spec.field('name')?.text()
        if (name) info.imports.set(spec.field('alias')?.text() ?? name, { source, name })
      }
    }
  }
}

/** `const x = require('m')`, `const { a, b: c } = require('m')`, `const r = require('m').router`. */
function readRequire(node: SgNode, declared: SgNode | null, declaredKind: string | undefined, info: ModuleInfo): void {
  let value = declared
  let member: string | undefined
  if (declaredKind === 'member_expression') {
    member = value!.field('property')?.text()
    value = value!.field('object')
  }
  const source = requireSource(value)
  if (source === undefined) return
  const name = node.field('name')
  if (!name) return
  const nameKind = name.kind()
  if (nameKind === 'identifier') info.imports.set(name.text(), { source, name: member ?? 'default' })
  if (nameKind === 'object_pattern' && !member) {
    for (const part of name.namedChildren()) {
      const partKind = part.kind()
      if (partKind === 'shorthand_property_identifier_pattern') info.imports.set(part.text(), { source, name: part.text() })
      else if (partKind === 'pair_pattern') {
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
