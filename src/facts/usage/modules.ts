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

const prefixCache = new WeakMap<SourceFile, Set<string>>()

/** Every module name a file's imports match: each import and each of its prefixes ending before a separator. */
function importPrefixes(file: SourceFile): Set<string> {
  let set = prefixCache.get(file)
  if (!set) {
    set = new Set()
    for (const spec of file.imports) {
      const lower = spec.toLowerCase()
      set.add(lower)
      for (let i = 1; i < lower.length; i++) if ('/.\\:'.includes(lower[i]!)) set.add(lower.slice(0, i))
    }
    prefixCache.set(file, set)
  }
  return set
}

const lowered = new WeakMap<readonly string[], string[]>()

/** True when the file imports any of `modules` (computed once per file, then set lookups). */
export function importsModule(file: SourceFile, modules: readonly string[]): boolean {
  if (file.imports.length === 0) return false
  const set = importPrefixes(file)
  let names = lowered.get(modules)
  if (!names) lowered.set(modules, (names = modules.map((m) => m.toLowerCase())))
  return names.some((m) => set.has(m))
}

const indexes = new WeakMap<readonly SourceFile[], Map<string, number[]>>()

/**
 * The files of `files` that import any of `modules`, in their original order. An index from module
 * name to file positions is built once per file list, so each signal costs lookups, not a full scan.
 */
export function filesImporting(files: readonly SourceFile[], modules: readonly string[]): SourceFile[] {
  let index = indexes.get(files)
  if (!index) {
    index = new Map()
    files.forEach((file, position) => {
      if (file.imports.length === 0) return
      for (const name of importPrefixes(file)) {
        const list = index!.get(name)
        if (list) list.push(position)
        else index!.set(name, [position])
      }
    })
    indexes.set(files, index)
  }
  const positions = new Set<number>()
  for (const m of modules) for (const p of index.get(m.toLowerCase()) ?? []) positions.add(p)
  return [...positions].sort((a, b) => a - b).map((p) => files[p]!)
}
