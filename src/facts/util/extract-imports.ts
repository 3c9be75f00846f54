/** @module The modules a source file imports, read from comment-free code in one linear pass per pattern (no backtracking blow-ups on hostile files). Pure. */
import type { Language } from '../../types.js'

/** JS: one pass over keywords, statement ends and `from '...'`, so `import {...} from 'x'` needs no lookbehind. */
const JS_TOKENS = /\b(import|export)\b|[;'"`]|\bfrom\s*['"]([^'"\n]+)['"]/g
const JS_BARE = /\bimport\s*['"]([^'"\n]+)['"]/g
const JS_CALL = /\b(?:require|import)\s*\(\s*['"`]([^'"`\n]+)['"`]\s*\)/g
const PY_IMPORT = /^[ \t]*import[ \t]+([\w. \t,]+)/gm
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+/gm
const GO_BLOCK = /^[ \t]*import[ \t]*\(/gm
const GO_ONE = /^[ \t]*import[ \t]+(?:[\w.]+[ \t]+)?"([^"\n]+)"/gm
const GO_SPEC = /"([^"\n]+)"/g
const JAVA = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(\.\*)?[ \t]*(?:;|[ \t]as[ \t]|$)/gm
const PHP = /^[ \t]*use[ \t]+(?:function[ \t]+|const[ \t]+)?\\?([\w\\]+)(?:[ \t]+as[ \t]+\w+)?[ \t]*;/gm
const RUBY = /^[ \t]*(?:require|require_relative|load)[ \t(]+['"]([^'"\n]+)['"]/gm
const CSHARP = /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm
/** A parenthesised import list longer than this is not one. */
const MAX_GROUP = 5000

/**
 * Module specifiers imported by comment-free `code`, as written ('express', 'node:http', './db').
 * Python `from a.b import c` yields 'a.b' and 'a.b.c'; Java `import a.b.*` yields 'a.b'.
 * @example extractImports("from fastapi import FastAPI, Depends", 'python') // ['fastapi', 'fastapi.FastAPI', 'fastapi.Depends']
 */
export function extractImports(code: string, language: Language): string[] {
  const found = new Set<string>()
  const add = (name: string | undefined): void => {
    if (name) found.add(name)
  }
  const single = (re: RegExp): void => {
    for (const m of code.matchAll(re)) add(m[1])
  }
  switch (language) {
    case 'javascript':
      if (!code.includes('import') && !code.includes('require') && !code.includes('export')) break
      javascriptFrom(code, add)
      single(JS_BARE)
      single(JS_CALL)
      break
    case 'python':
      if (!code.includes('import')) break
      for (const m of code.matchAll(PY_IMPORT)) for (const part of m[1]!.split(',')) add(part.trim().split(/\s+/)[0])
      pythonFrom(code, add)
      break
    case 'go':
      if (!code.includes('import')) break
      for (const m of code.matchAll(GO_BLOCK)) for (const s of group(code, m.index + m[0].length - 1).matchAll(GO_SPEC)) add(s[1])
      single(GO_ONE)
      break
    case 'java':
      single(JAVA)
      break
    case 'php':
      single(PHP)
      break
    case 'ruby':
      single(RUBY)
      break
    case 'csharp':
      single(CSHARP)
      break
  }
  return [...found]
}

/** `import ... from 'x'` / `export ... from 'x'`: armed by the keyword, disarmed by `;` or any string in between. */
function javascriptFrom(code: string, add: (name: string | undefined) => void): void {
  let armed = false
  for (const m of code.matchAll(JS_TOKENS)) {
    if (m[1]) armed = true
    else if (m[2] !== undefined) {
      if (armed) add(m[2])
      armed = false
    } else armed = false
  }
}

/** `from a.b import c, d` and `from a import (\n c,\n d,\n)`. */
function pythonFrom(code: string, add: (name: string | undefined) => void): void {
  for (const m of code.matchAll(PY_FROM)) {
    const base = m[1]!
    add(base)
    const at = m.index + m[0].length
    const lineEnd = code.indexOf('\n', at)
    const names = code[at] === '(' ? group(code, at) : code.slice(at, lineEnd < 0 ? code.length : lineEnd)
    for (const part of names.replace(/\\/g, ' ').split(',')) {
      const name = part.trim().split(/\s+/)[0]
      if (name && /^\w+$/.test(name)) add(base.endsWith('.') ? base + name : `${base}.${name}`)
    }
  }
}

/** The text inside the parenthesis opening at `open`, at most MAX_GROUP characters (bounded search). */
function group(code: string, open: number): string {
  const window = code.slice(open + 1, open + 1 + MAX_GROUP)
  const close = window.indexOf(')')
  return close < 0 ? '' : window.slice(0, close)
}
