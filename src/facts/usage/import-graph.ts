/** @module Which of the app's own files are imported by another app file (relative JS/TS imports, Python modules). Pure. */
import type { SourceFile } from '../context.js'
import { dirOf } from '../util/paths.js'

const JS_EXT = /\.(d\.)?[cm]?[jt]sx?$/

/**
 * Paths of files that some other file in `files` imports. JS/TS relative specifiers and path
 * aliases ('@/schemas/user') are resolved by stem; Python dotted and relative modules by suffix.
 * Other languages load code by package or class name, so their files are not tracked here.
 */
export function importedFiles(files: readonly SourceFile[]): Set<string> {
  const exact = new Map<string, string[]>()
  const tails = new Map<string, string[]>() // every trailing part of a stem: src/app/schemas -> app/schemas, schemas
  const add = (map: Map<string, string[]>, key: string, path: string): void => {
    const list = map.get(key)
    if (list) list.push(path)
    else map.set(key, [path])
  }
  for (const f of files) {
    if (f.language !== 'javascript' && f.language !== 'python') continue
    for (const stem of stemsOf(f)) {
      add(exact, stem, f.path)
      const parts = stem.split('/')
      for (let i = 1; i < parts.length; i++) add(tails, parts.slice(i).join('/'), f.path)
    }
  }
  const used = new Set<string>()
  for (const f of files) {
    for (const spec of f.imports) {
      for (const { stem, loose } of targetsOf(f, spec)) {
        for (const path of exact.get(stem) ?? []) if (path !== f.path) used.add(path)
        // aliases and absolute Python modules may name the tail of a longer path (src/app/schemas)
        if (loose) for (const path of tails.get(stem) ?? []) if (path !== f.path) used.add(path)
      }
    }
  }
  return used
}

/** The names a file can be imported by: its path without extension, and its folder for index/__init__ files. */
function stemsOf(file: SourceFile): string[] {
  const stem = file.language === 'python' ? file.path.replace(/\.py$/, '') : file.path.replace(JS_EXT, '')
  const index = file.language === 'python' ? /\/__init__$/ : /\/index$/
  return index.test(stem) ? [stem, stem.replace(index, '')] : [stem]
}

/** Candidate stems an import specifier may point at; `loose` ones may also match the tail of a longer path. */
function targetsOf(file: SourceFile, spec: string): { stem: string; loose: boolean }[] {
  if (file.language === 'javascript') {
    if (spec.startsWith('.')) return [{ stem: normalise(`${dirOf(file.path)}/${spec}`.replace(JS_EXT, '')), loose: false }]
    const alias = /^(?:@|~|#|src)\/(.+)$/.exec(spec)
    return alias ? [{ stem: alias[1]!.replace(JS_EXT, ''), loose: true }] : []
  }
  if (file.language !== 'python') return []
  const dots = /^\.+/.exec(spec)?.[0].length ?? 0
  if (!dots) return [{ stem: spec.replace(/\./g, '/'), loose: true }]
  let base = dirOf(file.path)
  for (let i = 1; i < dots; i++) base = dirOf(base)
  const rest = spec.slice(dots).replace(/\./g, '/')
  return [{ stem: normalise(rest ? (base ? `${base}/${rest}` : rest) : base), loose: false }]
}

/** Resolve `.` and `..` segments of a POSIX path. */
function normalise(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out.join('/')
}
