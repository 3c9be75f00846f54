/** @module Grammars for the route extractor: picks the ast-grep grammar of a file and loads the native parsers on first need. Pure apart from loading parser libraries. */
import { createRequire } from 'node:module'
import type { SgNode, SgRoot } from '@ast-grep/napi'

/** The grammars the route extractor parses with. */
export type Grammar = 'typescript' | 'tsx' | 'javascript' | 'python' | 'go' | 'java' | 'kotlin' | 'php' | 'ruby' | 'csharp'

const BY_EXTENSION: Record<string, Grammar> = {
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'tsx',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  py: 'python', go: 'go', java: 'java', kt: 'kotlin', kts: 'kotlin', php: 'php', rb: 'ruby', cs: 'csharp',
}

/** Dynamic grammars and the npm package that ships each prebuilt parser. */
const DYNAMIC: Partial<Record<Grammar, string>> = {
  python: '@ast-grep/lang-python', go: '@ast-grep/lang-go', java: '@ast-grep/lang-java',
  kotlin: '@ast-grep/lang-kotlin', php: '@ast-grep/lang-php', ruby: '@ast-grep/lang-ruby', csharp: '@ast-grep/lang-csharp',
}

type Napi = typeof import('@ast-grep/napi')
let napi: Napi | undefined
let dynamicState: 'none' | 'registered' | 'failed' = 'none'

/** Whether the non-JavaScript grammars have been loaded in this process (they load on first need only). */
export function dynamicGrammarsLoaded(): boolean {
  return dynamicState === 'registered'
}

/** The grammar for a path by its extension; undefined for files the extractor never parses. */
export function grammarOf(path: string): Grammar | undefined {
  const dot = path.lastIndexOf('.')
  return dot < 0 ? undefined : BY_EXTENSION[path.slice(dot + 1).toLowerCase()]
}

/** Loads @ast-grep/napi on first use, so a scan without route candidates never pays for it. */
async function loadNapi(): Promise<Napi> {
  napi ??= await import('@ast-grep/napi')
  return napi
}

/**
 * Registers the dynamic grammars. ast-grep keeps only the FIRST registration of a process (a second call is
 * silently ignored), so registering one language now and another later would leave the second unparseable in a
 * long-running server that scans many repositories. We therefore register all of them together, and only the
 * first time any non-JavaScript file is a route candidate: a JavaScript-only scan loads none of them.
 */
function registerDynamic(api: Napi): void {
  if (dynamicState !== 'none') return
  dynamicState = 'failed'
  const require = createRequire(import.meta.url)
  const registrations: Record<string, never> = {}
  for (const [grammar, pkg] of Object.entries(DYNAMIC)) registrations[grammar] = require(pkg) as never
  api.registerDynamicLanguage(registrations)
  dynamicState = 'registered'
}

/**
 * Parses source text with the given grammar. Throws when the parser cannot be loaded; callers turn that into
 * a note. Other analyzers that need ast-grep should parse through here (see registerDynamic for why).
 */
export async function parseSource(grammar: Grammar, text: string): Promise<SgRoot> {
  const api = await loadNapi()
  // parseAsync parses on libuv's thread pool, so the candidate files of a scan parse on every core.
  if (grammar === 'typescript') return api.parseAsync(api.Lang.TypeScript, text)
  if (grammar === 'tsx') return api.parseAsync(api.Lang.Tsx, text)
  if (grammar === 'javascript') return api.parseAsync(api.Lang.JavaScript, text)
  registerDynamic(api)
  if (dynamicState !== 'registered') throw new Error(`the ${grammar} parser could not be loaded`)
  return api.parseAsync(grammar, text)
}

/**
 * Parses JavaScript or TypeScript synchronously on this thread, for a file that was expected to be read by
 * parsePlain (see routes/index.ts) but is not shaped plainly enough. Throws when the parser cannot be loaded.
 */
export function parseSourceSync(grammar: 'typescript' | 'tsx' | 'javascript', text: string): SgRoot {
  // the same module instance `import()` gives: @ast-grep/napi is CommonJS
  napi ??= createRequire(import.meta.url)('@ast-grep/napi') as Napi
  const lang = grammar === 'typescript' ? napi.Lang.TypeScript : grammar === 'tsx' ? napi.Lang.Tsx : napi.Lang.JavaScript
  return napi.parse(lang, text)
}

/** 1-based line of a node, as evidence wants it. */
export function lineOf(node: SgNode): number {
  return node.range().start.line + 1
}

/**
 * Nodes of any of the given kinds under `node`. A kind missing from a grammar (TypeScript's
 * `abstract_class_declaration` in a .js file) makes ast-grep throw, so such kinds are dropped one by one.
 */
export function findKinds(node: SgNode, kinds: readonly string[]): SgNode[] {
  try {
    return node.findAll({ rule: { any: kinds.map((kind) => ({ kind })) } })
  } catch {
    return kinds.flatMap((kind) => {
      try {
        return node.findAll({ rule: { kind } })
      } catch {
        return []
      }
    })
  }
}
