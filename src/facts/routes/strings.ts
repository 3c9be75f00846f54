/** @module Literal values from syntax nodes in every grammar: string literals, symbols, and constants defined in the same file. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { findKinds } from './languages.js'

/** Node kinds that are string literals in one of the grammars we parse. */
const STRING_KINDS = new Set([
  'string', 'template_string', // JavaScript, Python, PHP, Ruby
  'interpreted_string_literal', 'raw_string_literal', // Go (raw_string_literal is C# too)
  'string_literal', 'verbatim_string_literal', // Java, Kotlin, C#
  'encapsed_string', // PHP "..."
])

/** How deep literal helpers follow nested expressions (parentheses, `'a' + 'b'`, arrays). */
export const MAX_NESTING = 16

/** Node kinds that name a constant whose value we may look up. */
const NAME_KINDS = new Set(['identifier', 'simple_identifier', 'name', 'constant'])

/**
 * The value of a string literal node, or undefined when the node is not a literal or is interpolated.
 * Ruby symbols (`:users`) count as literals: Rails routes name resources with them.
 */
export function literal(node: SgNode | null | undefined, depth = 0): string | undefined {
  // Nesting is bounded: a hostile `((((...'x'...))))` must not exhaust the stack.
  if (!node || depth > MAX_NESTING) return undefined
  const kind = String(node.kind())
  if (kind === 'simple_symbol' || kind === 'hash_key_symbol') return node.text().replace(/^:|:$/g, '')
  if (kind === 'parenthesized_expression') return literal(node.namedChildren()[0], depth + 1)
  if (kind === 'argument' || kind === 'value_argument' || kind === 'attribute_argument' || kind === 'expression_list') {
    const named = node.namedChildren()
    return named.length === 1 ? literal(named[0], depth + 1) : undefined
  }
  if (!STRING_KINDS.has(kind)) return undefined
  const text = node.text()
  return interpolated(kind, text) ? undefined : unquote(text)
}

/**
 * Whether a literal's value is only known at run time: a JS template with `${}`, a Python f-string, Ruby
 * `#{}`, PHP `"$var"`, Kotlin `"$x"`. Judged from the literal's own text: walking its children costs a native
 * call each, and this runs for every string argument of every candidate call.
 */
function interpolated(kind: string, text: string): boolean {
  if (kind === 'template_string') return text.includes('${')
  if (kind === 'encapsed_string') return text.includes('$')
  if (kind === 'string_literal') return /\$[{\w]/.test(text) && !text.startsWith('@')
  if (kind === 'string') return /^[rRbBuU]*[fF]/.test(text) || text.includes('#{')
  return false
}

/** Strips a literal's prefix letters (r, b, f, u, @) and quotes (''' """ ' " `). */
function unquote(text: string): string {
  const body = text.replace(/^[rRbBuUfF@$]{0,2}/, '')
  for (const quote of ['"""', "'''", '"', "'", '`']) {
    if (body.startsWith(quote) && body.endsWith(quote) && body.length >= quote.length * 2) {
      return body.slice(quote.length, body.length - quote.length)
    }
  }
  return body
}

/** String constants of one file (`const API = '/api'`, `PREFIX = "/v1"`, `static final String X = "..."`). */
export type Constants = ReadonlyMap<string, string>

/**
 * A literal, or the value of a same-file constant named by an identifier, or, for a template such as
 * `${API}/auth`, the template with known constants filled in and unknown ones kept as `{NAME}`.
 */
export function valueOf(node: SgNode | null | undefined, constants: Constants, depth = 0): string | undefined {
  if (!node || depth > MAX_NESTING) return undefined
  const direct = literal(node)
  if (direct !== undefined) return direct
  const kind = String(node.kind())
  if (NAME_KINDS.has(kind)) return constants.get(node.text())
  if (kind === 'template_string') {
    return node.text().slice(1, -1).replace(/\$\{\s*([\w.]+)\s*\}/g, (_, name: string) => constants.get(name) ?? `{${name}}`)
  }
  if (kind === 'binary_expression' && node.children()[1]?.text() === '+') {
    const [left, , right] = node.children()
    const a = valueOf(left, constants, depth + 1)
    const b = valueOf(right, constants, depth + 1)
    return a !== undefined && b !== undefined ? a + b : undefined
  }
  return undefined
}

/**
 * Collects simple string constants assigned at any level of a file. A name assigned two different values is
 * dropped, so a guess never beats an honest "unknown".
 */
export function collectConstants(root: SgNode, assignmentKinds: readonly string[], valueKinds?: readonly string[]): Map<string, string> {
  const found = new Map<string, string | null>()
  // With valueKinds, ast-grep itself keeps only assignments of a literal (most are not).
  const nodes = valueKinds
    ? root.findAll({ rule: { any: assignmentKinds.map((kind) => ({ kind, has: { any: valueKinds.map((k) => ({ kind: k })) } })) } })
    : findKinds(root, assignmentKinds)
  for (const node of nodes) {
    const named = node.namedChildren()
    const value = named.length >= 2 ? literal(named[named.length - 1]) : undefined
    const name = named.find((n) => NAME_KINDS.has(String(n.kind())))?.text()
    if (!name || value === undefined) continue
    found.set(name, found.has(name) && found.get(name) !== value ? null : value)
  }
  const out = new Map<string, string>()
  for (const [name, value] of found) if (value !== null) out.set(name, value)
  return out
}
