/** @module plainImport: the bindings of an import statement written plainly, read from its text (no parser calls), or undefined when the syntax tree must decide. Pure. */
import type { Imported } from './modules.js'

const IDENTIFIER = '[A-Za-z_$][\\w$]*'
/**
 * The common shapes of an import, written plainly: `import a from 'x'`, `import * as a from 'x'`,
 * `import a, { b, c as d } from "x";`. Anything else (comments, `type`, strings as names, attributes) is read
 * from the syntax tree instead.
 */
const PLAIN_IMPORT = new RegExp(
  `^import\\s+(?:(${IDENTIFIER})(?:\\s*,\\s*(?:\\*\\s*as\\s+(${IDENTIFIER})|\\{([^{}]*)\\}))?|\\*\\s*as\\s+(${IDENTIFIER})|\\{([^{}]*)\\})` +
    `(?:(?<=\\})\\s*|\\s+)from\\s*(['"])([^'"\\\\\\n]*)\\6\\s*;?$`,
)
const PLAIN_SPECIFIER = new RegExp(`^(${IDENTIFIER})(?:\\s+as\\s+(${IDENTIFIER}))?$`)
/** Words that may be contextual keywords in a clause: the syntax tree decides those. */
const CLAUSE_WORDS = new Set(['type', 'typeof', 'as', 'from', 'default', 'import', 'export', 'defer', 'source'])

/**
 * The bindings (local name, imported name and module) of a plainly written import statement, in the order
 * the syntax tree lists them; undefined when the syntax tree must decide.
 * @example plainImport("import a, { b as c } from './x.js'") // [['a', {source: './x.js', name: 'default'}], ['c', {source: './x.js', name: 'b'}]]
 */
export function plainImport(text: string): [local: string, imported: Imported][] | undefined {
  const m = PLAIN_IMPORT.exec(text)
  if (!m) return undefined
  const [, first, firstNamespace, firstNamed, namespace, named, , source] = m
  if (source!.includes('#{')) return undefined // literal() treats it as interpolated
  const out: [string, Imported][] = []
  const name = (id: string | undefined) => id !== undefined && !CLAUSE_WORDS.has(id)
  if (first !== undefined) {
    if (!name(first)) return undefined
    out.push([first, { source: source!, name: 'default' }])
  }
  const ns = firstNamespace ?? namespace
  if (ns !== undefined) {
    if (!name(ns)) return undefined
    out.push([ns, { source: source!, name: '*' }])
  }
  const list = firstNamed ?? named
  if (list !== undefined) {
    const parts = list.split(',')
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!.trim()
      if (part === '' && i === parts.length - 1) break
      const spec = PLAIN_SPECIFIER.exec(part)
      if (!spec || !name(spec[1]) || (spec[2] !== undefined && !name(spec[2]))) return undefined
      out.push([spec[2] ?? spec[1]!, { source: source!, name: spec[1]! }])
    }
  }
  return out
}
