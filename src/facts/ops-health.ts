/** @module Analyzer "ops-health": does the app route a health/readiness endpoint (or switch one on: Spring actuator)? Pure apart from snapshot reads. */
import type { Evidence, Route, Snapshot } from '../types.js'
import type { Analyzer, ProjectInfo } from './context.js'
import { isHealthPath } from './routes/words.js'
import { isUnder } from './util/paths.js'

/** Methods a health probe can call. */
const PROBE_METHODS = new Set(['GET', 'ANY', 'HEAD'])
/** Build files that may declare Spring Boot's actuator. */
const BUILD_FILES = /(?:^|\/)(?:pom\.xml|build\.gradle(?:\.kts)?)$/
const MAX_EVIDENCE = 3

/**
 * `ops.hasHealthRoute`: a routed GET/ANY `/health`, `/healthz`, `/ready`, `/livez`, `/status`, `/ping` (under any
 * prefix), Laravel's and Rails' `/up`, ASP.NET `MapHealthChecks`, a @nestjs/terminus controller, or Spring Boot's
 * actuator (its dependency serves `/actuator/health`). A health function that no route reaches does not count,
 * and neither does a commented-out route: both come from the route extractor, which reads code, not text.
 */
export const opsHealth: Analyzer = {
  name: 'ops-health',
  facts: ['ops.hasHealthRoute'],
  async run(ctx) {
    const [routes, project] = await Promise.all([ctx.routes(), ctx.project()])
    const evidence: Evidence[] = healthRoutes(routes).map((r) => ({ path: r.file, line: r.line, note: `${r.method} ${r.path}` }))
    if (evidence.length === 0) evidence.push(...(await actuator(ctx.snapshot, project)))
    return [{ id: 'ops.hasHealthRoute', found: evidence.length > 0, evidence: evidence.slice(0, MAX_EVIDENCE) }]
  },
}

/** Routes a load balancer or orchestrator could probe. */
export function healthRoutes(routes: readonly Route[]): Route[] {
  return routes.filter((r) => PROBE_METHODS.has(r.method) && isHealthPath(r.path))
}

/** Spring Boot actuator declared in a backend root's build file: its line, as evidence of /actuator/health. */
async function actuator(snapshot: Snapshot, project: ProjectInfo): Promise<Evidence[]> {
  const roots = project.roots.filter((r) => [...r.dependencies].some((d) => d.endsWith(':spring-boot-starter-actuator')))
  for (const root of roots) {
    for (const file of snapshot.files.filter((f) => BUILD_FILES.test(f.path) && isUnder(f.path, root.path))) {
      const text = await snapshot.read(file.path)
      const index = text?.split('\n').findIndex((l) => l.includes('spring-boot-starter-actuator')) ?? -1
      if (index >= 0) return [{ path: file.path, line: index + 1, note: 'spring-boot-starter-actuator serves GET /actuator/health' }]
    }
  }
  return []
}
