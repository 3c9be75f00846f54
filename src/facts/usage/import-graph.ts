/** @module Which of the app's own files are imported by another app file (relative JS/TS imports, Python modules). Pure. */
import type { SourceFile } from '../context.js'
import { dirOf } from '../util/paths.js'

const JS_EXT = /\.(d\.)?[cm]?[jt]sx?$/

/**
 * Which of `targets` some other file in `files` imports. JS/TS relative specifiers and path aliases
 * ('@/schemas/user') are resolved by stem; Python dotted and relative modules by stem or path tail.
 * Other languages load code by package or class name, so their files are not tracked here.
 * Only specifiers whose last part names a target are resolved, so a big repository costs little.
 */
export function importedFiles(files: readonly SourceFile[], targets: readonly SourceFile[]): Set<string> {
  const wanted = new Map<string, string>() // stem -> path
  const tails = new Map<string, string[]>() // every trailing part of a stem: src/app/schemas -> app/schemas, schemas
  const names = new Set<string>()
  for (const t of targets) {
    if (t.language !== 'javascript' && t.language !== 'python') continue
    for (const stem of stemsOf(t)) {
      wanted.set(stem, t.path)
      names.add(lastPart(stem))
      const parts = stem.split('/')
      for (let i = 1; i < parts.length; i++) {
        const tail = parts.slice(i).join('/')
        tails.set(tail, [...(tails.get(tail) ?? []), t.path])
      }
    }
  }
  const used = new Set<string>()
  if (!wanted.size) return used
  for (const f of files) {
    for (const spec of f.imports) {
      if (!names.has(lastPart(f.language === 'python' ? spec.replace(/\./g, '/') : spec.replace(JS_EXT, '')))) continue
      for (const { stem, loose } of targetsOf(f, spec)) {
        const exact = wanted.get(stem)
        if (exact && exact !== f.path) used.add(exact)
        // aliases and absolute Python modules may name the tail of a longer path (src/app/schemas)
        if (loose) for (const path of tails.get(stem) ?? []) if (path !== f.path) used.add(path)
      }
    }
  }
  return used
}

function lastPart(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
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
