/** @module The comment-free lines of a source file, computed once per file and shared by the usage analyzers. Pure. */
import type { SourceFile } from '../context.js'
import { stripComments } from '../util/strip-comments.js'

const cache = new WeakMap<SourceFile, string[]>()

/**
 * Lines of a file with comments (and Python docstrings) blanked out, index 0 = line 1. Memoised per
 * SourceFile object, so several analyzers scanning the same file strip it once.
 */
export function codeLines(file: SourceFile): string[] {
  let lines = cache.get(file)
  if (!lines) {
    lines = stripComments(file.text, file.language).split('\n')
    cache.set(file, lines)
  }
  return lines
}

/** Import/use/require statements: they name a library without using it, so usage patterns skip them. */
const IMPORT_LINE: Record<SourceFile['language'], RegExp> = {
  javascript: /^\s*(import\s+(?![(.])|export\s+(\*|\{[^}]*\})\s*from\b)/,
  python: /^\s*(from\s+[\w.]+\s+import\b|import\s+[\w.])/,
  go: /^\s*(import\b|"[^"]+"\s*$|\w+\s+"[^"]+"\s*$)/,
  java: /^\s*import\s/,
  php: /^\s*use\s+[\w\\]+(\s+as\s+\w+)?\s*;/,
  ruby: /^\s*(require|require_relative)\s/,
  csharp: /^\s*(global\s+)?using\s+(static\s+)?[\w.]+(\s*=\s*[\w.]+)?\s*;/,
}

/** True when a line only imports something. */
export function isImportLine(file: SourceFile, line: string): boolean {
  return IMPORT_LINE[file.language].test(line)
}

const compiled = new WeakMap<RegExp, { line: RegExp; whole: RegExp }>()

/** The pattern without g/y flags (safe to reuse with test()), plus a multiline copy for whole-text tests. */
function probes(pattern: RegExp): { line: RegExp; whole: RegExp } {
  let p = compiled.get(pattern)
  if (!p) {
    const flags = pattern.flags.replace(/[gy]/g, '')
    // the whole-text test needs multiline mode so `^` patterns can match any line
    p = { line: new RegExp(pattern.source, flags), whole: new RegExp(pattern.source, flags.includes('m') ? flags : `${flags}m`) }
    compiled.set(pattern, p)
  }
  return p
}

/**
 * 1-based numbers of the non-import lines of `file` matching `pattern`, at most `limit` of them.
 * The whole text is tested first, so files without a match cost one regex run.
 */
export function matchingLines(file: SourceFile, pattern: RegExp, limit = 1): number[] {
  const { line: probe, whole } = probes(pattern)
  if (!whole.test(file.text)) return []
  const found: number[] = []
  const lines = codeLines(file)
  for (let i = 0; i < lines.length && found.length < limit; i++) {
    const line = lines[i]!
    if (line.length > 2000) continue // minified or data lines: never usage evidence
    if (probe.test(line) && !isImportLine(file, line)) found.push(i + 1)
  }
  return found
}
