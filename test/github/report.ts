// Test helper: a small but complete Report (all 24 catalog checks) with chosen failing checks, for the sink tests.
import type { Evidence, Finding, LayerId, Report } from '../../src/types.js'

const CHECKS: [string, LayerId, string][] = [
  ['readme.present', 'docs', 'README at the root'],
  ['readme.setup', 'docs', 'README says how to run it'],
  ['readme.env', 'docs', 'README documents configuration'],
  ['readme.architecture', 'docs', 'README explains the design'],
  ['readme.api', 'docs', 'README lists the endpoints'],
  ['api.spec', 'api', 'Machine-readable API description'],
  ['tests.present', 'testing', 'Tests'],
  ['tests.http', 'testing', 'HTTP tests'],
  ['ci.present', 'delivery', 'CI configured'],
  ['ci.tests', 'delivery', 'CI runs the tests'],
  ['docker.file', 'delivery', 'Dockerfile'],
  ['docker.compose', 'delivery', 'Compose file'],
  ['auth.routes', 'security', 'Sign-up and login routes'],
  ['auth.hashing', 'security', 'Passwords hashed'],
  ['auth.tokens', 'security', 'Sessions or tokens'],
  ['validation.input', 'api', 'Input validated'],
  ['db.present', 'data', 'Database used'],
  ['db.migrations', 'data', 'Migrations'],
  ['config.env-example', 'delivery', 'Env example'],
  ['security.no-secrets', 'security', 'No committed secrets'],
  ['ops.logging', 'security', 'Logging library'],
  ['ops.health', 'delivery', 'Health endpoint'],
  ['git.ignore', 'delivery', '.gitignore, no committed dependencies'],
  ['license.present', 'docs', 'Licence'],
]

export type ReportOptions = { failing?: string[]; minScore?: number; evidence?: Record<string, Evidence[]>; fix?: string }

/** A report at `commit` where the `failing` checks fail (each weight 2) and all others pass. */
export function testReport(commit: string, options: ReportOptions = {}): Report {
  const failing = new Set(options.failing ?? [])
  const checks: Finding[] = CHECKS.map(([id, layer, title]) => ({
    id,
    layer,
    title,
    weight: 2,
    effort: 'low',
    status: failing.has(id) ? 'fail' : 'pass',
    evidence: options.evidence?.[id] ?? [],
    fix: options.fix ?? `Add it (${id}).`,
    why: 'Reviewers look for it.',
    gain: failing.has(id) ? 4 : 0,
  }))
  const score = Math.round((100 * (CHECKS.length - failing.size)) / CHECKS.length)
  const layers = (['docs', 'testing', 'api', 'data', 'security', 'delivery'] as LayerId[]).map((id) => {
    const of = checks.filter((c) => c.layer === id)
    const passed = of.filter((c) => c.status === 'pass').length
    return { id, score: Math.round((100 * passed) / of.length), passed, applicable: of.length }
  })
  return {
    schemaVersion: 1,
    repo: { name: 'Codertocat/Hello-World', commit, url: 'https://github.com/Codertocat/Hello-World' },
    score,
    level: score >= 80 ? 'portfolio-ready' : score >= 50 ? 'building' : 'foundations',
    track: 'general',
    layers,
    checks,
    roots: [],
    notes: [],
    config: options.minScore === undefined ? {} : { minScore: options.minScore },
    durationMs: 12,
  }
}
