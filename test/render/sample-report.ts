// A realistic Report built through the real engine from hand-made facts: an Express API with
// some checks passing, some failing, one not applicable, a config problem and a scan note.
import { evaluate } from '../../src/engine/evaluate.js'
import { loadRules } from '../../src/engine/load-rules.js'
import { buildReport } from '../../src/engine/report.js'
import { score } from '../../src/engine/score.js'
import type { Fact, Report } from '../../src/types.js'
import { CATALOG, RULE_FACT_IDS } from '../rules/catalog.js'

/** The 24 catalog checks only, so golden files do not change when a project adds a check. */
export const rules = loadRules({ knownFactIds: RULE_FACT_IDS }).filter((r) => CATALOG.includes(r.id))

const found: Record<string, [boolean, ...Fact['evidence']]> = {
  'readme.isPresent': [true, { path: 'README.md', line: 1 }],
  'readme.hasSetupSection': [true, { path: 'README.md', line: 5 }],
  'readme.setupHasCommand': [true, { path: 'README.md', line: 8 }],
  'readme.documentsConfig': [false],
  'readme.explainsArchitecture': [false],
  'readme.listsEndpoints': [true, { path: 'README.md', line: 20 }],
  'readme.linksApiDocs': [false],
  'spec.hasOpenApiFile': [false],
  'spec.hasApiCollection': [false],
  'spec.generatesOpenApi': [false],
  'tests.hasTestCases': [true, { path: 'test/tasks.test.js', line: 4 }, { path: 'test/auth.test.js', line: 6 }],
  'tests.exerciseHttp': [true, { path: 'test/auth.test.js', line: 2 }],
  'ci.isConfigured': [true, { path: '.github/workflows/ci.yml' }],
  'ci.runsTests': [false, { path: '.github/workflows/ci.yml', line: 14 }],
  'docker.hasDockerfile': [false],
  'docker.hasCompose': [false],
  'auth.hasSignupRoute': [true, { path: 'src/routes/auth.js', line: 9 }],
  'auth.hasLoginRoute': [true, { path: 'src/routes/auth.js', line: 17 }],
  'auth.usesBuiltinAuthViews': [false],
  'auth.hashesPasswords': [true, { path: 'src/routes/auth.js', line: 10 }],
  'auth.handlesSessionsOrTokens': [true, { path: 'src/middleware/auth.js', line: 1 }],
  'validation.validatesInput': [false],
  'db.isUsed': [false],
  'db.hasMigrations': [false],
  'config.hasEnvExample': [false],
  'security.hasCommittedSecrets': [true, { path: '.env', line: 2, note: '.env file with values committed' }],
  'ops.usesLogger': [true, { path: 'src/app.js', line: 3 }],
  'ops.hasHealthRoute': [true, { path: 'src/app.js', line: 12 }],
  'git.hasGitignore': [true, { path: '.gitignore' }],
  'git.commitsDependencies': [false],
}

/** Build the sample; `url` makes evidence links. */
export function sampleReport(options: { url?: string } = {}): Report {
  const facts = Object.entries(found).map(([id, [value, ...evidence]]) => ({ id, found: value, evidence }))
  // license analyzer "failed": its fact is missing, so license.present is skipped
  const findings = evaluate(rules, { facts, roots: [{ path: '', language: 'javascript', frameworks: ['express'], manifest: 'package.json' }], routes: [], notes: [] }, {
    track: 'general',
    ignore: [],
    exempt: [{ check: 'docker.compose', reason: 'single service, no database' }],
  })
  return buildReport({
    repo: { name: 'task-api', commit: '0123456789abcdef0123456789abcdef01234567', ...(options.url && { url: options.url }) },
    findings,
    scored: score(findings, 'general'),
    track: 'general',
    roots: [{ path: '', language: 'javascript', frameworks: ['express'], manifest: 'package.json' }],
    configNotes: [{ level: 'warning', path: '.github/portfolio-check.yml', message: '.github/portfolio-check.yml: minScore: got 120; expected a whole number from 0 to 100; no minimum score is set' }],
    notes: [{ level: 'warning', message: 'analyzer "license" failed: boom; its checks are skipped' }],
    config: { source: '.github/portfolio-check.yml' },
    durationMs: 42,
  })
}
