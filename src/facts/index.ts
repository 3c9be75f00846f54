/** @module The analyzer registry and analyze(): Snapshot -> Facts. Pure apart from snapshot reads; an analyzer that throws becomes a note, and its facts go missing (rules needing them are skipped, never failed). */
import type { Fact, Facts, Note, Snapshot } from '../types.js'
import { memo, type Analyzer, type AnalyzerContext } from './context.js'
import { detectProject } from './project.js'
import { buildCodeIndex } from './code-index.js'
import { extractRoutes } from './routes/index.js'
import { config } from './config.js'
import { license } from './license.js'
import { git } from './git.js'
import { auth } from './auth.js'
import { validation } from './validation.js'
import { data } from './data.js'
import { ops } from './ops.js'
import { secrets } from './secrets.js'
import { ci } from './ci.js'
import { docker } from './docker.js'
import { tests } from './tests.js'
import { readme } from './readme.js'
import { spec } from './spec.js'
import { authRoutes } from './auth-routes.js'
import { opsHealth } from './ops-health.js'

/** Every analyzer, in a fixed order (deterministic output). Add a new analyzer here. */
export const analyzers: readonly Analyzer[] = [
  config,
  license,
  git,
  auth,
  validation,
  data,
  ops,
  secrets,
  ci,
  docker,
  tests,
  readme,
  spec,
  authRoutes,
  opsHealth,
]

/** All fact ids the analyzers can report. */
export const knownFactIds: ReadonlySet<string> = new Set(analyzers.flatMap((a) => a.facts))

/** Run every analyzer over a snapshot. */
export async function analyze(snapshot: Snapshot): Promise<Facts> {
  const notes: Note[] = []
  const project = memo(() => detectProject(snapshot, (n) => notes.push(n)))
  const code = memo(async () => buildCodeIndex(snapshot, await project(), (n) => notes.push(n)))
  const routes = memo(async () => extractRoutes(snapshot, await code(), await project(), (n) => notes.push(n)))
  // Started now (every scan reports routes), so route files parse on the thread pool while other analyzers run.
  routes().catch(() => undefined)
  const ctx: AnalyzerContext = { snapshot, project, code, routes, note: (n) => notes.push(n) }
  const results = await Promise.all(
    analyzers.map(async (analyzer): Promise<Fact[]> => {
      try {
        return await analyzer.run(ctx)
      } catch (error) {
        notes.push({ level: 'warning', message: `analyzer "${analyzer.name}" failed: ${(error as Error).message}; its checks are skipped` })
        return []
      }
    }),
  )
  const info = await project().catch(() => undefined)
  const routeList = await routes().catch(() => [])
  return {
    facts: results.flat(),
    roots: (info?.roots ?? []).map(({ path, language, frameworks, manifest }) => ({ path, language, frameworks, manifest })),
    routes: routeList,
    notes,
  }
}
