// The contract the rules are checked against: the 24 catalog ids (copied from shared CATALOG.md,
// which is not in this repository) and the fact ids of the team brief's table.
import { knownFactIds } from '../../src/facts/index.js'

/** Catalog ids in CATALOG.md order. */
export const CATALOG = [
  'readme.present', 'readme.setup', 'readme.env', 'readme.architecture', 'readme.api', 'api.spec',
  'tests.present', 'tests.http', 'ci.present', 'ci.tests', 'docker.file', 'docker.compose',
  'auth.routes', 'auth.hashing', 'auth.tokens', 'validation.input', 'db.present', 'db.migrations',
  'config.env-example', 'security.no-secrets', 'ops.logging', 'ops.health', 'git.ignore', 'license.present',
]

/** Fact ids the analyzers promise (team brief table). */
export const BRIEF_FACT_IDS = new Set([
  'readme.isPresent', 'readme.hasSetupSection', 'readme.setupHasCommand', 'readme.documentsConfig',
  'readme.explainsArchitecture', 'readme.listsEndpoints', 'readme.linksApiDocs',
  'spec.hasOpenApiFile', 'spec.hasApiCollection', 'spec.generatesOpenApi',
  'tests.hasTestCases', 'tests.exerciseHttp', 'ci.isConfigured', 'ci.runsTests',
  'docker.hasDockerfile', 'docker.hasCompose',
  'auth.hasSignupRoute', 'auth.hasLoginRoute', 'auth.usesBuiltinAuthViews', 'auth.hashesPasswords',
  'auth.handlesSessionsOrTokens', 'validation.validatesInput', 'db.isUsed', 'db.hasMigrations',
  'config.hasEnvExample', 'security.hasCommittedSecrets', 'ops.usesLogger', 'ops.hasHealthRoute',
  'git.hasGitignore', 'git.commitsDependencies', 'license.isPresent',
])

/**
 * The fact ids rules may use in tests: the contract plus everything the analyzers report, so a new
 * check over a new fact (README "Adding a check") loads here as it does in the CLI.
 */
export const RULE_FACT_IDS: ReadonlySet<string> = new Set([...BRIEF_FACT_IDS, ...knownFactIds])

/** The ids of a report or rule list start with the catalog, in order; extra checks come after. */
export function catalogFirst(ids: readonly string[]): { catalog: string[]; extra: string[] } {
  return { catalog: ids.slice(0, CATALOG.length), extra: ids.slice(CATALOG.length) }
}
