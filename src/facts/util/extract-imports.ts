/** @module The modules a source file imports, read from comment-free code with a few regular expressions per language. Pure. */
import type { Language } from '../../types.js'

const JS_FROM = /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"\n]+)['"]/g
const JS_BARE = /\bimport\s*['"]([^'"\n]+)['"]/g
const JS_CALL = /\b(?:require|import)\s*\(\s*['"`]([^'"`\n]+)['"`]\s*\)/g
const PY_IMPORT = /^[ \t]*import[ \t]+([\w. \t,]+)/gm
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]+)/gm
const GO_BLOCK = /^[ \t]*import[ \t]*\(([^)]*)\)/gm
const GO_ONE = /^[ \t]*import[ \t]+(?:[\w.]+[ \t]+)?"([^"\n]+)"/gm
const GO_SPEC = /"([^"\n]+)"/g
const JAVA = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(\.\*)?[ \t]*(?:;|[ \t]as[ \t]|$)/gm
const PHP = /^[ \t]*use[ \t]+(?:function[ \t]+|const[ \t]+)?\\?([\w\\]+)(?:[ \t]+as[ \t]+\w+)?[ \t]*;/gm
const RUBY = /^[ \t]*(?:require|require_relative|load)[ \t(]+['"]([^'"\n]+)['"]/gm
const CSHARP = /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm

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
  switch (language) {
    case 'javascript':
      if (!code.includes('import') && !code.includes('require')) break
      for (const re of [JS_FROM, JS_BARE, JS_CALL]) for (const m of code.matchAll(re)) add(m[1])
      break
    case 'python':
      if (!code.includes('import')) break
      for (const m of code.matchAll(PY_IMPORT)) for (const part of m[1]!.split(',')) add(part.trim().split(/\s+/)[0])
      for (const m of code.matchAll(PY_FROM)) {
        const base = m[1]!
        add(base)
        for (const part of m[2]!.replace(/[()\\]/g, ' ').split(',')) {
          const name = part.trim().split(/\s+/)[0]
          if (name && name !== '*' && /^\w+$/.test(name)) add(base.endsWith('.') ? base + name : `${base}.${name}`)
        }
      }
      break
    case 'go':
      if (!code.includes('import')) break
      for (const m of code.matchAll(GO_BLOCK)) for (const s of m[1]!.matchAll(GO_SPEC)) add(s[1])
      for (const m of code.matchAll(GO_ONE)) add(m[1])
      break
    case 'java':
      for (const m of code.matchAll(JAVA)) add(m[1])
      break
    case 'php':
      for (const m of code.matchAll(PHP)) add(m[1])
      break
    case 'ruby':
      for (const m of code.matchAll(RUBY)) add(m[1])
      break
    case 'csharp':
      for (const m of code.matchAll(CSHARP)) add(m[1])
      break
  }
  return [...found]
}
