/** @module Safe YAML for repo content: parseAllDocuments (never YAML.parse, which expands alias bombs), node helpers that resolve aliases and merge keys under a work budget, and offset -> line. Pure. */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml'
import type { Note } from '../../types.js'

/** A parsed YAML file: its top-level nodes plus what is needed to resolve aliases and find lines. */
export type YamlFile = {
  path: string
  text: string
  roots: Node[]
  /** 1-based line of a character offset. */
  lineAt(offset: number): number
  /** Work left before walking stops: an alias that points at an alias ... must not expand exponentially. */
  budget: { left: number }
  /** Anchored nodes by name, in source order (built once, so resolving an alias never rescans the file). */
  anchors: Map<string, Node[]>
}

/** Upper bound of node visits per file; real CI files need a few hundred. */
const WALK_BUDGET = 20_000

/**
 * Parse repo YAML without ever throwing. On a syntax error returns undefined and records a note
 * naming the file, line and reason (the caller decides whether the file still "exists").
 */
export function parseYamlFile(path: string, text: string, note: (n: Note) => void): YamlFile | undefined {
  const counter = new LineCounter()
  let docs: Document.Parsed[]
  try {
    docs = parseAllDocuments(text, { lineCounter: counter, merge: true, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[]
    if (!Array.isArray(docs)) docs = [] // an empty stream comes back as an EmptyStream object
  } catch (error) {
    note({ level: 'warning', message: `${path} could not be read as YAML (${(error as Error).name})`, path })
    return undefined
  }
  const lineAt = (offset: number) => counter.linePos(offset).line
  const error = docs.flatMap((d) => d.errors)[0]
  if (error) {
    const where = error.pos ? ` at line ${lineAt(error.pos[0])}` : ''
    note({ level: 'warning', message: `${path} is not valid YAML${where}: ${firstLine(error.message)} (${error.code})`, path })
    return undefined
  }
  const roots = docs.map((d) => d.contents as Node | null).filter((n): n is Node => n != null)
  const anchors = new Map<string, Node[]>()
  for (const doc of docs)
    visit(doc, (_key, node) => {
      const anchor = (node as { anchor?: string }).anchor
      if (!anchor || isAlias(node)) return
      const list = anchors.get(anchor)
      if (list) list.push(node as Node) // source order
      else anchors.set(anchor, [node as Node])
    })
  return { path, text, roots, lineAt, budget: { left: WALK_BUDGET }, anchors }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.slice(0, 160)
}

/** Follow aliases (bounded) to the node they name. */
export function deref(file: YamlFile, node: unknown): Node | undefined {
  let current = node
  for (let hops = 0; isAlias(current) && hops < 8; hops++) {
    if (--file.budget.left < 0) return undefined
    // YAML: an alias names the last anchor of that name before it
    const at = current.range?.[0] ?? Infinity
    current = file.anchors.get(current.source)?.filter((n) => (n.range?.[0] ?? 0) < at).at(-1)
  }
  return isAlias(current) ? undefined : (current as Node | undefined)
}

/** Key/value pairs of a map, merge keys (`<<: *defaults`) applied first so own keys win. */
export function entries(file: YamlFile, node: unknown): [string, Node | undefined, Node][] {
  const map = deref(file, node)
  if (!isMap(map) || --file.budget.left < 0) return []
  const out = new Map<string, [string, Node | undefined, Node]>()
  for (const pair of map.items) {
    const keyNode = pair.key as Node
    const key = isScalar(keyNode) ? keyNode.value : keyNode
    if (key === '<<' || (typeof key === 'symbol' && key.description === '<<')) {
      const sources = deref(file, pair.value)
      const list = isSeq(sources) ? sources.items : [sources]
      for (const source of list) for (const entry of entries(file, source)) if (!out.has(entry[0])) out.set(entry[0], entry)
      continue
    }
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') continue
    out.set(String(key), [String(key), deref(file, pair.value), keyNode])
  }
  // own keys override merged ones: re-apply them in order
  for (const pair of map.items) {
    const keyNode = pair.key as Node
    const key = isScalar(keyNode) ? keyNode.value : undefined
    if (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean')
      out.set(String(key), [String(key), deref(file, pair.value), keyNode])
  }
  return [...out.values()]
}

/** The value of one key of a map node. */
export function get(file: YamlFile, node: unknown, key: string): Node | undefined {
  return entries(file, node).find(([k]) => k === key)?.[1]
}

/** A scalar's value as a string (numbers and booleans included), or undefined. */
export function str(file: YamlFile, node: unknown): string | undefined {
  const value = deref(file, node)
  if (!isScalar(value) || value.value == null) return undefined
  return typeof value.value === 'object' ? undefined : String(value.value)
}

/** A scalar, or the scalars of a (nested) sequence: how CI files write one or many script lines. */
export function scalars(file: YamlFile, node: unknown, depth = 0): Node[] {
  const value = deref(file, node)
  if (isScalar(value)) return value.value == null ? [] : [value]
  if (!isSeq(value) || depth > 3 || --file.budget.left < 0) return []
  return value.items.flatMap((item) => scalars(file, item, depth + 1))
}

/** The items of a sequence node (aliases resolved). */
export function items(file: YamlFile, node: unknown): Node[] {
  const value = deref(file, node)
  if (!isSeq(value) || --file.budget.left < 0) return []
  return value.items.map((i) => deref(file, i)).filter((i): i is Node => i !== undefined)
}

/** 1-based line where a node starts. */
export function lineOf(file: YamlFile, node: Node | undefined): number {
  return node?.range ? file.lineAt(node.range[0]) : 1
}

/**
 * The line of `snippet` inside a node's source text (a command inside a multi-line `run: |` block),
 * or the node's first line when it cannot be found (escaped or folded text).
 */
export function lineOfText(file: YamlFile, node: Node | undefined, snippet: string): number {
  if (!node?.range) return 1
  const [start, , end] = node.range
  const needle = snippet.trim().slice(0, 60)
  const at = needle ? file.text.slice(start, end).indexOf(needle) : -1
  return file.lineAt(at >= 0 ? start + at : start)
}

/** True for `if: false`, `if: ${{ false }}` and friends: a job or step that never runs. */
export function isDisabled(value: string | undefined): boolean {
  if (value === undefined) return false
  const bare = value.trim().replace(/^\$\{\{\s*(.*?)\s*\}\}$/s, '$1').trim()
  return bare === 'false' || bare === '0' || bare === "''" || bare === '""'
}

/**
 * Map a 0-based line of a scalar's value to a line of the file: exact for `|` blocks (lines map one
 * to one), found by text for the rest (folded and quoted scalars re-flow their lines).
 */
export function valueLines(file: YamlFile, node: Node): (scriptLine: number) => number {
  const value = str(file, node) ?? ''
  if (isScalar(node) && node.type === 'BLOCK_LITERAL' && node.range) {
    const header = file.lineAt(node.range[0])
    return (i) => header + 1 + i
  }
  const lines = value.split('\n')
  return (i) => lineOfText(file, node, lines[i] ?? '')
}
