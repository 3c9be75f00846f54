/** @module Which local names a JavaScript or Python file binds from a module, and whether the file uses one. Pure. */
import type { SourceFile } from '../context.js'
import { codeLines, isImportLine } from './code-lines.js'
import { importsModule, moduleMatches } from './modules.js'

const JS_IMPORT = /\bimport\s+([^'";]+?)\s+from\s*['"]([^'"\n]+)['"]/g
const JS_REQUIRE = /\b(?:const|let|var)\s+([\w$]+|\{[^}]*\})\s*=\s*require\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g
const JS_DIRECT_CALL = /\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)\s*\(/
const PY_IMPORT = /^[ \t]*import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?/gm
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]+)/gm

/** Local names bound from any of `modules` in a JS/TS or Python file ('session' for `import session from 'express-session'`). */
export function boundNames(file: SourceFile, modules: readonly string[]): string[] {
  const names = new Set<string>()
  const text = codeLines(file).join('\n')
  if (file.language === 'javascript') {
    for (const re of [JS_IMPORT, JS_REQUIRE]) {
      for (const m of text.matchAll(re)) if (modules.some((mod) => moduleMatches(m[2]!, mod))) jsNames(m[1]!, names)
    }
  } else if (file.language === 'python') {
    for (const m of text.matchAll(PY_IMPORT)) {
      if (modules.some((mod) => moduleMatches(m[1]!, mod))) names.add(m[2] ?? m[1]!.split('.')[0]!)
    }
    for (const m of text.matchAll(PY_FROM)) {
      if (!modules.some((mod) => moduleMatches(m[1]!, mod))) continue
      for (const part of m[2]!.replace(/[()\\]/g, ' ').split(',')) {
        const words = part.trim().split(/\s+/)
        const name = words[2] ?? words[0]
        if (name && /^\w+$/.test(name)) names.add(name)
      }
    }
  }
  return [...names]
}

/** Names from an import clause: `a`, `* as a`, `{ a, b as c }`, `a, { b }`, or a destructuring `{ a, b: c }`. */
function jsNames(clause: string, into: Set<string>): void {
  const braces = /\{([^}]*)\}/.exec(clause)
  if (braces) {
    for (const part of braces[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+|\s*:\s*/).pop()?.trim()
      if (name && /^[\w$]+$/.test(name)) into.add(name)
    }
  }
  const rest = clause.replace(/\{[^}]*\}/, '').replace(/^type\s+/, '')
  for (const part of rest.split(',')) {
    const name = part.trim().replace(/^\*\s+as\s+/, '')
    if (name && /^[\w$]+$/.test(name)) into.add(name)
  }
}

/**
 * 1-based line where the file uses something it imports from `modules` (a call, a member access, or
 * passing it on, as in `app.use(session({...}))` or `fastify.register(jwt)`), or undefined.
 */
export function bindingUseLine(file: SourceFile, modules: readonly string[]): number | undefined {
  if (!importsModule(file, modules)) return undefined
  const lines = codeLines(file)
  if (file.language === 'javascript') {
    const direct = lines.findIndex((line) => {
      const m = JS_DIRECT_CALL.exec(line)
      return m !== null && modules.some((mod) => moduleMatches(m[1]!, mod))
    })
    if (direct >= 0) return direct + 1
  }
  const names = boundNames(file, modules).filter((n) => n !== 'default')
  if (!names.length) return undefined
  const use = new RegExp(`(?<![\\w$.])(${names.map(escape).join('|')})\\b(?!\\s*=[^=>])`)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.length > 2000 || isImportLine(file, line) || /\brequire\s*\(/.test(line)) continue
    if (use.test(line)) return i + 1
  }
  return undefined
}

function escape(name: string): string {
  return name.replace(/[$]/g, '\\$')
}
