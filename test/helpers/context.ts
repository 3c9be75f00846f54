/** @module Test helper: an AnalyzerContext for a fixture repo, built the way analyze() builds it (real detectProject and buildCodeIndex). */
import { isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LocalSource } from '../../src/source/local.js'
import { memo, type Analyzer, type AnalyzerContext, type CodeIndex, type ProjectInfo } from '../../src/facts/context.js'
import { buildCodeIndex } from '../../src/facts/code-index.js'
import { detectProject } from '../../src/facts/project.js'
import type { Fact, Note, Route, Snapshot } from '../../src/types.js'

/** test/fixtures/repos, where fixture repositories live. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/repos/', import.meta.url))

/** The absolute folder of a fixture given by name ('proj-monorepo') or absolute path. */
export function fixturePath(fixture: string): string {
  return isAbsolute(fixture) ? fixture : join(FIXTURES, fixture)
}

type Extract = (snapshot: Snapshot, code: CodeIndex, project: ProjectInfo, note: (n: Note) => void) => Promise<Route[]>

/** The route extractor when it exists; another module owns it, so its absence means "no routes", not a crash. */
async function loadExtractRoutes(): Promise<Extract | undefined> {
  const specifier = '../../src/facts/routes/index.js'
  try {
    const mod = (await import(/* @vite-ignore */ specifier)) as { extractRoutes?: Extract }
    return mod.extractRoutes
  } catch {
    return undefined
  }
}

/** A context over a fixture repo plus the notes recorded while analysing it. */
export async function contextFor(fixture: string): Promise<AnalyzerContext & { notes: Note[] }> {
  const snapshot = await new LocalSource(fixturePath(fixture)).snapshot()
  return contextOf(snapshot)
}

/** A context over any snapshot (e.g. a hand-made one) plus the notes recorded while analysing it. */
export function contextOf(snapshot: Snapshot): AnalyzerContext & { notes: Note[] } {
  const notes: Note[] = []
  const note = (n: Note): void => void notes.push(n)
  const project = memo(() => detectProject(snapshot, note))
  const code = memo(async () => buildCodeIndex(snapshot, await project(), note))
  const routes = memo(async () => {
    const extract = await loadExtractRoutes()
    return extract ? extract(snapshot, await code(), await project(), note) : []
  })
  return { snapshot, project, code, routes, note, notes }
}

/** Run one analyzer over a fixture; facts by id, plus the notes. */
export async function runAnalyzer(analyzer: Analyzer, fixture: string): Promise<{ facts: Record<string, Fact>; notes: Note[] }> {
  const ctx = await contextFor(fixture)
  const list = await analyzer.run(ctx)
  return { facts: Object.fromEntries(list.map((f) => [f.id, f])), notes: ctx.notes }
}
