/** @module extractRoutes: the project's HTTP routes (method, full path, file:line, framework) from a real parser, one family module per framework. Pure apart from loading parsers; problems become notes. */
import type { Note, Route, Snapshot } from '../../types.js'
import type { CodeIndex, ProjectInfo, SourceFile } from '../context.js'
import type { Family, FamilyContext, Parsed } from './family.js'
import { expressLike } from './js/express-like.js'
import { nestjs } from './js/nestjs.js'
import { nodeHttp } from './js/node-http.js'
import { next } from './js/next.js'
import type { SgNode } from '@ast-grep/napi'
import { grammarOf, parseSource, parseSourceSync } from './languages.js'
import { emptyProgram, parsePlain } from './js/plain-parse.js'
import { looksPlain } from './js/plain-scan.js'
import { normaliseMethod, normalisePath } from './paths.js'
import { django } from './python/django.js'
import { fastapi } from './python/fastapi.js'
import { flask } from './python/flask.js'
import { go } from './go/go.js'
import { spring } from './jvm/spring.js'
import { laravel } from './php/laravel.js'
import { slimSymfony } from './php/slim-symfony.js'
import { rails } from './ruby/rails.js'
import { aspnet } from './dotnet/aspnet.js'

/** Every framework family, in a fixed order (deterministic output). */
export const families: readonly Family[] = [expressLike, nestjs, nodeHttp, next, fastapi, flask, django, go, spring, laravel, slimSymfony, rails, aspnet]

/** Files larger than this are not parsed (minified bundles, generated code). */
const MAX_PARSE_CHARS = 400_000
/** Characters parsed per scan at most: bounds the memory the syntax trees take. */
const MAX_TOTAL_PARSE_CHARS = 12_000_000
/** Candidate files per family beyond which the rest are skipped with a note. */
const MAX_CANDIDATES = 2_000

/**
 * Extracts the HTTP routes of the repository. Candidate files are picked with a cheap string test per family,
 * so a large repository parses only the few files that can hold routes; test files never count.
 * @returns routes sorted by file, line, method and path, without duplicates
 */
export async function extractRoutes(_snapshot: Snapshot, code: CodeIndex, project: ProjectInfo, note: (n: Note) => void): Promise<Route[]> {
  const files = new Map<string, SourceFile>()
  for (const file of code.files) if (!file.isTest) files.set(file.path, file)
  const parsed = new Map<string, Promise<Parsed | undefined>>()
  let budget = MAX_TOTAL_PARSE_CHARS
  let overBudget = false
  const parse = (path: string): Promise<Parsed | undefined> => {
    let result = parsed.get(path)
    if (!result) {
      const file = files.get(path)
      budget -= file?.text.length ?? 0
      // Syntax trees stay in memory until the extraction ends; past the budget, files are skipped, not parsed.
      if (budget < 0 && file && !overBudget) {
        overBudget = true
        note({ level: 'info', message: `too much code to look for routes in everywhere; files from ${path} on were skipped` })
      }
      result = budget < 0 ? Promise.resolve(undefined) : parseFile(file, note)
      parsed.set(path, result)
    }
    return result
  }
  const ctx: FamilyContext = { project, files, parse, note }
  const routes: Route[] = []
  for (const family of families) {
    let candidates = [...files.values()].filter((f) => family.grammars.includes(grammarOf(f.path)!) && family.wants(f))
    if (candidates.length > MAX_CANDIDATES) {
      note({ level: 'info', message: `${candidates.length} files may hold ${family.name} routes; only the first ${MAX_CANDIDATES} were read` })
      candidates = candidates.slice(0, MAX_CANDIDATES)
    }
    if (candidates.length === 0) continue
    const ready = (await Promise.all(candidates.map((f) => parse(f.path)))).filter((p): p is Parsed => p !== undefined)
    try {
      routes.push(...(await family.extract(ready, ctx)))
    } catch (error) {
      note({ level: 'warning', message: `routes (${family.name}) could not be read: ${(error as Error).message}` })
    }
  }
  return tidy(routes)
}

async function parseFile(file: SourceFile | undefined, note: (n: Note) => void): Promise<Parsed | undefined> {
  const grammar = file && grammarOf(file.path)
  if (!file || !grammar) return undefined
  if (file.text.length > MAX_PARSE_CHARS) {
    note({ level: 'info', message: 'file too large to look for routes in', path: file.path })
    return undefined
  }
  try {
    const javascript = grammar === 'javascript' || grammar === 'typescript' || grammar === 'tsx'
    if (javascript && looksPlain(file.text)) return plainFile(file, grammar, note)
    return { file, grammar, root: (await parseSource(grammar, file.text)).root() }
  } catch (error) {
    note({ level: 'warning', message: `could not parse for routes: ${(error as Error).message}`, path: file.path })
    return undefined
  }
}

/**
 * A plainly written JavaScript module (a thin router file) is read in JavaScript, to the same tree, built afresh
 * whenever a family asks for it: a thousand such trees kept from here to the end of the extraction would outlive
 * the young generation and cost more to garbage-collect than to build again. A file that only looks plain goes to
 * the native parser then (once); should that fail, the file reads as empty, as a file that could not be parsed.
 */
function plainFile(file: SourceFile, grammar: 'javascript' | 'typescript' | 'tsx', note: (n: Note) => void): Parsed {
  let native: SgNode | undefined
  return {
    file,
    grammar,
    get root() {
      const plain = parsePlain(file.text, grammar !== 'javascript')
      if (plain) return plain.asSgNode()
      if (!native) {
        try {
          native = parseSourceSync(grammar, file.text).root()
        } catch (error) {
          note({ level: 'warning', message: `could not parse for routes: ${(error as Error).message}`, path: file.path })
          native = emptyProgram().asSgNode()
        }
      }
      return native
    },
  }
}

/** Normalises, removes duplicates (a router mounted twice at the same place) and sorts. */
function tidy(routes: Route[]): Route[] {
  const seen = new Map<string, Route>()
  for (const route of routes) {
    const clean = { ...route, method: normaliseMethod(route.method), path: normalisePath(route.path) }
    const key = `${clean.method} ${clean.path} ${clean.file}:${clean.line}`
    if (!seen.has(key)) seen.set(key, clean)
  }
  // By file, line, method and path, in localeCompare's order. Thousands of routes make tens of thousands of
  // comparisons, so each distinct string is ranked once (localeCompare ties share a rank) and ranks are compared.
  const list = [...seen.values()]
  const file = ranks(list.map((r) => r.file))
  const method = ranks(list.map((r) => r.method))
  const path = ranks(list.map((r) => r.path))
  return list.sort(
    (a, b) =>
      file.get(a.file)! - file.get(b.file)! || a.line - b.line || method.get(a.method)! - method.get(b.method)! || path.get(a.path)! - path.get(b.path)!,
  )
}

/** Each distinct value's place in localeCompare order; values localeCompare holds equal share a place. */
function ranks(values: string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort((a, b) => a.localeCompare(b))
  const out = new Map<string, number>()
  let rank = 0
  distinct.forEach((value, i) => {
    if (i > 0 && distinct[i - 1]!.localeCompare(value) !== 0) rank++
    out.set(value, rank)
  })
  return out
}
