/** @module Java and Kotlin annotations as plain data (name, positional value, named values), read the same way from both grammars. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { findKinds } from '../languages.js'
import { literal, MAX_NESTING } from '../strings.js'

export type Annotation = { name: string; value?: SgNode; named: Map<string, SgNode>; node: SgNode }

const ANNOTATION_KINDS = ['annotation', 'marker_annotation']
const ARRAY_KINDS = new Set(['element_value_array_initializer', 'collection_literal', 'array_initializer'])

/**
 * The annotations written directly on a declaration (class, method, function). Kotlin's grammar has no
 * field for the annotation name, so the name is read from the node text, as STACK.md advises.
 */
export function annotationsOf(declaration: SgNode): Annotation[] {
  const modifiers = declaration.children().find((c) => c.kind() === 'modifiers')
  return (modifiers?.children() ?? []).filter((c) => ANNOTATION_KINDS.includes(String(c.kind()))).map(readAnnotation)
}

/** Every annotation in a file (to find mapping annotations cheaply before walking to their declarations). */
export function allAnnotations(root: SgNode): SgNode[] {
  return findKinds(root, ANNOTATION_KINDS)
}

export function readAnnotation(node: SgNode): Annotation {
  const name = /^@\s*([\w.]+)/.exec(node.text())?.[1]?.split('.').pop() ?? ''
  const named = new Map<string, SgNode>()
  let value: SgNode | undefined
  const list = node.children().find((c) => c.kind() === 'annotation_argument_list')
    ?? node.children().find((c) => c.kind() === 'constructor_invocation')?.children().find((c) => c.kind() === 'value_arguments')
  for (const arg of list?.namedChildren() ?? []) {
    const kind = String(arg.kind())
    if (kind === 'element_value_pair' || (kind === 'value_argument' && arg.children().some((c) => c.text() === '='))) {
      const parts = arg.namedChildren()
      const key = parts[0]?.text()
      const val = parts[parts.length - 1]
      if (key && val && parts.length > 1) named.set(key, val)
    } else if (kind === 'value_argument') value ??= arg.namedChildren()[0]
    else if (kind !== 'line_comment' && kind !== 'block_comment') value ??= arg
  }
  return { name, value, named, node }
}

/** String values of an annotation value: a literal, an array of them, or a constant (`{NAME}` when unknown). */
export function stringValues(node: SgNode | undefined, constants: ReadonlyMap<string, string>, depth = 0): string[] {
  if (!node || depth > MAX_NESTING) return []
  if (ARRAY_KINDS.has(String(node.kind()))) return node.namedChildren().flatMap((n) => stringValues(n, constants, depth + 1))
  const direct = literal(node)
  if (direct !== undefined) return [direct]
  const text = node.text()
  if (/^[\w.]+$/.test(text)) return [constants.get(text) ?? constants.get(text.split('.').pop()!) ?? `{${text}}`]
  const parts = node.namedChildren()
  if (parts.length === 2 && /\+/.test(text)) {
    const [a, b] = parts.map((p) => stringValues(p, constants, depth + 1)[0])
    if (a !== undefined && b !== undefined) return [a + b]
  }
  return []
}
