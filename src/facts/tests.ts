/** @module Analyzer `tests`: the project's own test files that hold at least one real test case (not an empty describe, an untouched generated file or a commented-out test), and whether tests call the app over HTTP. Frontend packages of a monorepo are left out. Pure apart from the shared code index. */
import type { Evidence, Fact } from '../types.js'
import type { Analyzer, AnalyzerContext, SourceFile } from './context.js'
import { frontendFilter } from './tests/frontend.js'
import { findHttpCall } from './tests/http-signals.js'
import { findTestCase, type TestSource } from './tests/test-cases.js'
import { stripComments } from './util/strip-comments.js'

/** Evidence entries kept per fact; enough to show where, without flooding the report. */
const MAX_EVIDENCE = 3
/** Test files examined at most (each is a cheap regex pass, but a generated suite can be huge). */
const MAX_FILES = 2000

const GENERATED = 'only the example test its generator wrote'

export const tests: Analyzer = {
  name: 'tests',
  facts: ['tests.hasTestCases', 'tests.exerciseHttp'],
  async run(ctx) {
    const files = await testFiles(ctx)
    const cases: Evidence[] = []
    const misses: Evidence[] = []
    const http: Evidence[] = []
    for (const file of files) {
      if (cases.length >= MAX_EVIDENCE && http.length >= MAX_EVIDENCE) break
      const source: TestSource = { ...file, code: stripComments(file.text, file.language) }
      const verdict = findTestCase(source)
      if ('line' in verdict) cases.push({ path: file.path, line: verdict.line })
      else misses.push({ path: file.path, note: missNote(file, verdict.reason) })
      // the example test a generator writes often calls GET / too; it proves nothing either way
      if (!('reason' in verdict && verdict.reason === GENERATED) && http.length < MAX_EVIDENCE) {
        const call = findHttpCall(source)
        if (call) http.push({ path: file.path, line: call.line, note: call.via })
      }
    }
    const hasCases = cases.length > 0
    return [
      { id: 'tests.hasTestCases', found: hasCases, evidence: hasCases ? cases.slice(0, MAX_EVIDENCE) : rankMisses(misses) },
      // HTTP helpers alone are not tests: at least one real test case must exist
      { id: 'tests.exerciseHttp', found: hasCases && http.length > 0, evidence: hasCases ? http.slice(0, MAX_EVIDENCE) : [] },
    ] satisfies Fact[]
  },
}

/** The project's own test files, JavaScript files of frontend packages left out. */
async function testFiles(ctx: AnalyzerContext): Promise<SourceFile[]> {
  const index = await ctx.code()
  const project = await ctx.project().catch(() => undefined)
  const isFrontend = await frontendFilter(ctx.snapshot, project?.roots.map((r) => r.path) ?? [])
  return index.files.filter((f) => f.isTest && !(f.language === 'javascript' && isFrontend(f.path))).slice(0, MAX_FILES)
}

/** Name the two misses learners meet most: Django's untouched tests.py and an empty __init__.py. */
function missNote(file: SourceFile, reason: string): string {
  if (/(^|\/)tests\.py$/.test(file.path) && /Create your tests here/.test(file.text)) return 'the tests.py Django generated, with no test written yet'
  if (/(^|\/)__init__\.py$/.test(file.path) && !file.text.trim()) return 'an empty package marker'
  return reason
}

/** The misses most worth showing: generated and empty tests before package markers like __init__.py. */
function rankMisses(misses: Evidence[]): Evidence[] {
  const weight = (e: Evidence) => (/(^|\/)(__init__|conftest)\.py$/.test(e.path) ? 2 : e.note === 'no test case in this file' ? 1 : 0)
  return [...misses].sort((a, b) => weight(a) - weight(b)).slice(0, MAX_EVIDENCE)
}
