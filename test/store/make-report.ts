// Test helper: a realistic Report built from the catalog's check ids, with a chosen set of passing checks.
import type { Finding, LayerId, Level, Report } from '../../src/types.js'

export const CATALOG: [id: string, layer: LayerId, weight: number, title: string][] = [
  ['readme.present', 'docs', 2, 'A README at the root'],
  ['readme.setup', 'docs', 3, 'README tells a newcomer how to run the project'],
  ['readme.env', 'docs', 2, 'README documents configuration'],
  ['readme.architecture', 'docs', 2, 'README explains the design'],
  ['readme.api', 'docs', 2, 'README lists the API endpoints'],
  ['api.spec', 'api', 3, 'A machine-readable API description'],
  ['tests.present', 'testing', 4, 'Tests of the project'],
  ['tests.http', 'testing', 3, 'Tests that exercise HTTP endpoints'],
  ['ci.present', 'delivery', 2, 'Continuous integration is configured'],
  ['ci.tests', 'delivery', 3, 'CI runs the tests'],
  ['docker.file', 'delivery', 2, 'A Dockerfile'],
  ['docker.compose', 'delivery', 1, 'A compose file'],
  ['auth.routes', 'security', 3, 'Sign-up and login routes'],
  ['auth.hashing', 'security', 3, 'Passwords are hashed'],
  ['auth.tokens', 'security', 2, 'Sessions or tokens'],
  ['validation.input', 'api', 3, 'Request input is validated'],
  ['db.present', 'data', 3, 'The app uses a database'],
  ['db.migrations', 'data', 2, 'Schema migrations in the repo'],
  ['config.env-example', 'delivery', 1, 'An example env file'],
  ['security.no-secrets', 'security', 3, 'No committed secrets'],
  ['ops.logging', 'security', 1, 'A logging library'],
  ['ops.health', 'delivery', 1, 'A health endpoint'],
  ['git.ignore', 'delivery', 1, 'A .gitignore and no committed dependencies'],
  ['license.present', 'docs', 1, 'A licence'],
]

export const ALL_CHECKS = CATALOG.map(([id]) => id)

function levelOf(score: number): Level {
  return score >= 80 ? 'portfolio-ready' : score >= 50 ? 'building' : 'foundations'
}

/** A report where `passing` checks pass and every other catalog check fails (or is skipped when listed in `skipped`). */
export function makeReport(options: { name?: string; commit?: string; passing?: string[]; skipped?: string[]; description?: string } = {}): Report {
  const passing = new Set(options.passing ?? ALL_CHECKS.slice(0, 12))
  const skipped = new Set(options.skipped ?? [])
  const applicable = CATALOG.filter(([id]) => !skipped.has(id)).reduce((sum, [, , w]) => sum + w, 0)
  const passed = CATALOG.filter(([id]) => passing.has(id) && !skipped.has(id)).reduce((sum, [, , w]) => sum + w, 0)
  const score = Math.round((100 * passed) / applicable)
  const checks: Finding[] = CATALOG.map(([id, layer, weight, title]) => {
    const status = skipped.has(id) ? 'skip' : passing.has(id) ? 'pass' : 'fail'
    return {
      id,
      status,
      title,
      layer,
      weight,
      effort: 'low',
      evidence: status === 'pass' ? [{ path: id.startsWith('readme') ? 'README.md' : `src/${id.split('.')[0]}.ts`, line: 3 }] : [],
      fix: status === 'fail' ? `Add ${title.toLowerCase()}: see the \`${id}\` guide.` : '',
      why: `Roadmaps ask for ${title.toLowerCase()}.`,
      ...(status === 'skip' ? { reason: 'not applicable' } : {}),
      gain: status === 'fail' ? Math.round((100 * weight) / applicable) : 0,
    }
  })
  const layers = (['docs', 'testing', 'api', 'data', 'security', 'delivery'] as LayerId[]).map((layer) => {
    const own = checks.filter((c) => c.layer === layer && c.status !== 'skip')
    const total = own.reduce((s, c) => s + c.weight, 0)
    const ok = own.filter((c) => c.status === 'pass').reduce((s, c) => s + c.weight, 0)
    return { id: layer, score: total ? Math.round((100 * ok) / total) : null, passed: own.filter((c) => c.status === 'pass').length, applicable: own.length }
  })
  return {
    schemaVersion: 1,
    repo: { name: options.name ?? 'acme/api', commit: options.commit ?? 'a'.repeat(40) },
    score,
    level: levelOf(score),
    track: 'general',
    layers,
    checks,
    roots: [{ path: '', language: 'javascript', frameworks: ['express'], manifest: 'package.json' }],
    notes: [],
    config: {},
    durationMs: 120,
  }
}
