/** @module buildCodeIndex: the project's own source files read once (bounded in count and bytes), with their imports and comment-free code for grep. Pure apart from snapshot reads. */
import type { Evidence, FileEntry, Language, Note, Snapshot } from '../types.js'
import type { CodeIndex, ProjectInfo, SourceFile } from './context.js'
import { extractImports } from './util/extract-imports.js'
import { isTestPath } from './util/is-test-path.js'
import { depthOf, isUnder } from './util/paths.js'
import { isGeneratedSource, sourceLanguage } from './util/source-language.js'
import { stripComments } from './util/strip-comments.js'
import { importMatcher } from './util/import-matcher.js'

/** At most this many files are indexed; a quarter of the budget is kept for tests. */
export const MAX_INDEXED_FILES = 4000
/** Bigger files are generated or data, not code a learner wrote. */
export const MAX_SOURCE_BYTES = 512 * 1024
/** Total bytes read at most, which bounds memory. */
const MAX_TOTAL_BYTES = 40 * 1024 * 1024
/** Files read concurrently (reads are async; more would only add open file handles). */
const BATCH = 64
/** Evidence returned by one grep at most. */
const MAX_GREP_HITS = 500

type Indexed = { file: SourceFile; code: string; imports: string[] }

/** Read and index the repository's source files, preferring backend roots, shallow paths and a share of tests. */
export async function buildCodeIndex(snapshot: Snapshot, project: ProjectInfo, note: (n: Note) => void): Promise<CodeIndex> {
  const candidates = snapshot.files.filter(
    (f) => !f.tooLarge && f.size <= MAX_SOURCE_BYTES && sourceLanguage(f.path) !== undefined && !isGeneratedSource(f.path),
  )
  const chosen = choose(candidates, project.roots.map((r) => r.path))
  const truncated = chosen.length < candidates.length
  if (truncated) {
    note({ level: 'info', message: `${candidates.length} source files found; ${chosen.length} were read, so some checks may miss code in the rest` })
  }
  const indexed: Indexed[] = []
  for (let i = 0; i < chosen.length; i += BATCH) {
    const batch = chosen.slice(i, i + BATCH)
    const texts = await Promise.all(batch.map((f) => snapshot.read(f.path)))
    texts.forEach((text, k) => {
      if (text !== undefined) indexed.push(indexFile(batch[k]!.path, text))
    })
  }
  indexed.sort((a, b) => (a.file.path < b.file.path ? -1 : 1))
  return {
    files: indexed.map((x) => x.file),
    truncated,
    importers(modules) {
      const matches = importMatcher(modules)
      return indexed.filter((x) => x.imports.some(matches)).map((x) => x.file)
    },
    grep(pattern, options = {}) {
      return grep(indexed, pattern, options)
    },
  }
}

/** Comment-free code of every indexed file, so analyzers reuse it instead of stripping again. */
const stripped = new WeakMap<SourceFile, string>()

/**
 * The comment-free text of a source file (same line breaks as `file.text`): the copy the index already
 * made for files it built, otherwise computed now.
 */
export function commentFreeCode(file: SourceFile): string {
  return stripped.get(file) ?? stripComments(file.text, file.language)
}

function indexFile(path: string, text: string): Indexed {
  const language = sourceLanguage(path)!
  const code = stripComments(text, language)
  const imports = extractImports(code, language)
  const file: SourceFile = { path, language, text, imports, isTest: isTestPath(path) }
  stripped.set(file, code)
  return { file, code, imports: imports.map((i) => i.toLowerCase()) }
}

/** Which files to read: all when within budget, else backend roots first, shallow first, tests up to a quarter. */
function choose(candidates: FileEntry[], roots: string[]): FileEntry[] {
  const total = candidates.reduce((sum, f) => sum + f.size, 0)
  if (candidates.length <= MAX_INDEXED_FILES && total <= MAX_TOTAL_BYTES) return candidates
  // sort keys computed once: outside every backend root, then depth (a comparator recomputing them is slow on 20k files)
  const keyed = candidates.map((f) => ({ f, key: (roots.some((r) => isUnder(f.path, r)) ? 0 : 1000) + depthOf(f.path), test: isTestPath(f.path) }))
  keyed.sort((a, b) => a.key - b.key || (a.f.path < b.f.path ? -1 : 1))
  const tests = keyed.filter((k) => k.test).map((k) => k.f)
  const code = keyed.filter((k) => !k.test).map((k) => k.f)
  const testShare = Math.max(MAX_INDEXED_FILES - code.length, Math.floor(MAX_INDEXED_FILES / 4))
  let bytes = 0
  return [...tests.slice(0, testShare), ...code].slice(0, MAX_INDEXED_FILES).filter((f) => (bytes += f.size) <= MAX_TOTAL_BYTES)
}

/** Lines of comment-free code matching `pattern`; a whole-file test first skips files with no match cheaply. */
function grep(indexed: Indexed[], pattern: RegExp, options: { languages?: readonly Language[]; tests?: boolean }): Evidence[] {
  const flags = pattern.flags.replace(/[gy]/g, '')
  const line = new RegExp(pattern.source, flags)
  const whole = new RegExp(pattern.source, flags.includes('m') ? flags : `${flags}m`)
  const hits: Evidence[] = []
  for (const { file, code } of indexed) {
    if (options.languages && !options.languages.includes(file.language)) continue
    if (options.tests !== undefined && file.isTest !== options.tests) continue
    if (!whole.test(code)) continue
    const lines = code.split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!line.test(lines[i]!)) continue
      hits.push({ path: file.path, line: i + 1 })
      if (hits.length >= MAX_GREP_HITS) return hits
    }
  }
  return hits
}
