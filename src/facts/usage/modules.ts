/** @module Matching imported module names against library names across ecosystems ('passlib' matches 'passlib.context'). Pure. */
import type { SourceFile } from '../context.js'

/**
 * True when `spec` names `module` or something inside it: equal, or followed by `/`, `.`, `\` or `:`.
 * Case-insensitive, because PHP namespaces and NuGet/C# namespaces are written in any case.
 * @example moduleMatches('github.com/golang-jwt/jwt/v5', 'github.com/golang-jwt/jwt') // true
 */
export function moduleMatches(spec: string, module: string): boolean {
  const a = spec.toLowerCase()
  const b = module.toLowerCase()
  if (a === b) return true
  return a.startsWith(b) && '/.\\:'.includes(a[b.length]!)
}

/** True when the file imports any of `modules`. */
export function importsModule(file: SourceFile, modules: readonly string[]): boolean {
  return file.imports.some((spec) => modules.some((m) => moduleMatches(spec, m)))
}
