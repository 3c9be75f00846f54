// Pass / fail / skip cases per rule (RuleTester style): each case is a set of fact values. A fact
// left out of a case is missing (its analyzer failed).

export type FactSet = Record<string, boolean>
export type RuleCases = { pass: FactSet[]; fail: FactSet[]; skip?: FactSet[] }

const single = (fact: string): RuleCases => ({ pass: [{ [fact]: true }], fail: [{ [fact]: false }], skip: [{}] })

export const RULE_CASES: Record<string, RuleCases> = {
  'readme.present': single('readme.isPresent'),
  'readme.setup': {
    pass: [{ 'readme.hasSetupSection': true, 'readme.setupHasCommand': true }],
    fail: [
      { 'readme.hasSetupSection': true, 'readme.setupHasCommand': false },
      { 'readme.hasSetupSection': false, 'readme.setupHasCommand': true },
      // a failed half decides even when the other half is unknown
      { 'readme.hasSetupSection': false },
    ],
    skip: [{ 'readme.hasSetupSection': true }],
  },
  'readme.env': single('readme.documentsConfig'),
  'readme.architecture': single('readme.explainsArchitecture'),
  'readme.api': {
    pass: [
      { 'readme.listsEndpoints': true, 'readme.linksApiDocs': false },
      { 'readme.listsEndpoints': false, 'readme.linksApiDocs': true },
      { 'readme.listsEndpoints': true },
    ],
    fail: [{ 'readme.listsEndpoints': false, 'readme.linksApiDocs': false }],
    skip: [{ 'readme.listsEndpoints': false }],
  },
  'api.spec': {
    pass: [
      { 'spec.hasOpenApiFile': true, 'spec.hasApiCollection': false, 'spec.generatesOpenApi': false },
      { 'spec.hasOpenApiFile': false, 'spec.hasApiCollection': true, 'spec.generatesOpenApi': false },
      { 'spec.hasOpenApiFile': false, 'spec.hasApiCollection': false, 'spec.generatesOpenApi': true },
    ],
    fail: [{ 'spec.hasOpenApiFile': false, 'spec.hasApiCollection': false, 'spec.generatesOpenApi': false }],
    skip: [{ 'spec.hasOpenApiFile': false, 'spec.hasApiCollection': false }],
  },
  'tests.present': single('tests.hasTestCases'),
  'tests.http': single('tests.exerciseHttp'),
  'ci.present': single('ci.isConfigured'),
  'ci.tests': single('ci.runsTests'),
  'docker.file': single('docker.hasDockerfile'),
  'docker.compose': single('docker.hasCompose'),
  'auth.routes': {
    pass: [
      { 'auth.hasSignupRoute': true, 'auth.hasLoginRoute': true, 'auth.usesBuiltinAuthViews': false },
      { 'auth.hasSignupRoute': false, 'auth.hasLoginRoute': false, 'auth.usesBuiltinAuthViews': true },
      // both routes found: the built-in views do not matter, even when their analyzer failed
      { 'auth.hasSignupRoute': true, 'auth.hasLoginRoute': true },
    ],
    fail: [
      { 'auth.hasSignupRoute': false, 'auth.hasLoginRoute': true, 'auth.usesBuiltinAuthViews': false },
      { 'auth.hasSignupRoute': true, 'auth.hasLoginRoute': false, 'auth.usesBuiltinAuthViews': false },
    ],
    skip: [{ 'auth.hasLoginRoute': false }],
  },
  'auth.hashing': single('auth.hashesPasswords'),
  'auth.tokens': single('auth.handlesSessionsOrTokens'),
  'validation.input': single('validation.validatesInput'),
  'db.present': single('db.isUsed'),
  'db.migrations': {
    pass: [{ 'db.isUsed': true, 'db.hasMigrations': true }],
    fail: [{ 'db.isUsed': true, 'db.hasMigrations': false }],
    // no database: not applicable; analyzer failed: could not tell
    skip: [{ 'db.isUsed': false, 'db.hasMigrations': false }, { 'db.hasMigrations': true }, { 'db.isUsed': true }],
  },
  'config.env-example': single('config.hasEnvExample'),
  'security.no-secrets': {
    pass: [{ 'security.hasCommittedSecrets': false }],
    fail: [{ 'security.hasCommittedSecrets': true }],
    skip: [{}],
  },
  'ops.logging': single('ops.usesLogger'),
  'ops.health': single('ops.hasHealthRoute'),
  'git.ignore': {
    pass: [{ 'git.hasGitignore': true, 'git.commitsDependencies': false }],
    fail: [
      { 'git.hasGitignore': true, 'git.commitsDependencies': true },
      { 'git.hasGitignore': false, 'git.commitsDependencies': false },
      { 'git.commitsDependencies': true },
    ],
    skip: [{ 'git.hasGitignore': true }],
  },
  'license.present': single('license.isPresent'),
}
