import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { secrets } from '../../src/facts/secrets.js'
import { FIXTURES, runAnalyzer } from '../helpers/context.js'

async function committed(fixture: string) {
  const { facts } = await runAnalyzer(secrets, fixture)
  return facts['security.hasCommittedSecrets']!
}

/** The secret value written in a fixture file, read at test time so this file holds no copy of it. */
function valueIn(fixture: string, file: string, pattern: RegExp): string {
  const value = pattern.exec(readFileSync(join(FIXTURES, fixture, file), 'utf8'))?.[1]
  if (!value) throw new Error(`no value in ${fixture}/${file}`)
  return value
}

describe('secrets analyzer: committed fixtures', () => {
  it.each([
    ['sec-express-env-committed', '.env', 2, '.env file with values committed'],
    ['sec-express-jwt-hardcoded', 'src/config.js', 3, 'real-looking secret hard-coded for jwtSecret'],
    ['sec-django-insecure-key', 'mysite/settings.py', 6, 'real-looking secret hard-coded for SECRET_KEY'],
    ['sec-go-hardcoded', 'auth/token.go', 5, 'real-looking secret hard-coded for jwtKey'],
    ['sec-spring-properties', 'src/main/resources/application.properties', 3, 'real-looking secret hard-coded for jwt.secret'],
    ['sec-laravel-env', '.env', 1, '.env file with values committed'],
    ['sec-rails-master-key', 'config/master.key', 1, 'Rails master key committed'],
    ['sec-aspnet-jwt-key', 'Api/appsettings.json', 5, 'real-looking secret hard-coded for Key'],
  ])('finds a committed secret in %s at %s:%i', async (fixture, path, line, note) => {
    const fact = await committed(fixture)
    expect(fact.found).toBe(true)
    expect(fact.evidence[0]).toEqual({ path, line, note })
  })

  it.each([
    ['sec-express-env-example-only', '.env.example holds the values; the committed .env only has empty keys'],
    ['sec-express-jwt-placeholder', "'change-me', 'keyboard cat', your-api-key-here and a compose database password are placeholders"],
    ['sec-fastapi-test-secrets', 'secrets that only tests and fixtures use are throwaway'],
    ['sec-go-env', 'the key comes from the environment'],
    ['sec-spring-env', 'the property points at ${JWT_SECRET}'],
    ['sec-laravel-example', 'APP_KEY is empty in .env.example and read with env()'],
    ['sec-rails-credentials', 'only the encrypted credentials are committed'],
    ['sec-aspnet-user-secrets', 'the JWT key is empty and the local database password is fine'],
  ])('finds no secret in %s: %s', async (fixture) => {
    expect(await committed(fixture)).toEqual({ id: 'security.hasCommittedSecrets', found: false, evidence: [] })
  })

  it.each([
    ['sec-express-jwt-hardcoded', 'src/config.js', /\|\| '([^']+)'/],
    ['sec-django-insecure-key', 'mysite/settings.py', /SECRET_KEY = "([^"]+)"/],
    ['sec-go-hardcoded', 'auth/token.go', /\[\]byte\("([^"]+)"\)/],
    ['sec-spring-properties', 'src/main/resources/application.properties', /jwt\.secret=(\S+)/],
    ['sec-laravel-env', '.env', /APP_KEY=base64:(\S+)/],
    ['sec-rails-master-key', 'config/master.key', /(\S+)/],
    ['sec-aspnet-jwt-key', 'Api/appsettings.json', /"Key": "([^"]+)"/],
  ])('never puts the secret value of %s into the fact', async (fixture, file, pattern) => {
    const secret = valueIn(fixture, file, pattern)
    const json = JSON.stringify(await committed(fixture))
    expect(json).not.toContain(secret)
    expect(json).not.toContain(secret.slice(0, 8))
  })
})

/**
 * Provider tokens and private keys are written to a temporary repository at test time, from parts,
 * so no token-shaped string is committed in this repository.
 */
describe('secrets analyzer: provider tokens and keys', () => {
  const root = mkdtempSync(join(tmpdir(), 'sec-tokens-'))
  const part = (n: number, seed: string): string => seed.repeat(Math.ceil(n / seed.length)).slice(0, n)
  const tokens = {
    aws: ['AK', 'IA', part(16, 'Q7ZK4MPL2WX9RT3V')].join(''),
    github: ['gh', 'p_', part(36, 'a8Kd2Lq9Zx7Wm3Np5Rt1Yv6Bc4Hj0Gf')].join(''),
    stripe: ['sk', '_live_', part(24, 'Xr4Tm8Wq2Lp6Zn9Kd3Hs7Vb')].join(''),
    slack: ['xo', 'xb-', '2648173950-', part(24, 'kP3mZq8rT5wY1vN6')].join(''),
    atlasPassword: part(14, 'Vq8rLm2Zx6Tk4W'),
    pemBody: part(64, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'),
  }
  const files: Record<string, string> = {
    'package.json': '{ "name": "leaky", "dependencies": { "express": "^4.19.2", "mongoose": "^8.2.1" } }\n',
    'src/aws.js': `module.exports = { accessKeyId: '${tokens.aws}', region: 'eu-west-1' }\n`,
    'README.md': `# Leaky\n\nDeploy with:\n\n    GITHUB_TOKEN=${tokens.github} npm run deploy\n`,
    '.env.example': `STRIPE_KEY=${tokens.stripe}\n`,
    'test/notify.test.js': `const hook = '${tokens.slack}'\n`,
    'src/db.js': `mongoose.connect('mongodb+srv://app:${tokens.atlasPassword}@cluster0.x1y2z.mongodb.net/shop')\n`,
    'keys/private.pem': `-----BEGIN PRIVATE KEY-----\n${tokens.pemBody}\n-----END PRIVATE KEY-----\n`,
    'deploy/id_rsa': `-----BEGIN OPENSSH PRIVATE KEY-----\n${tokens.pemBody}\n-----END OPENSSH PRIVATE KEY-----\n`,
    'test/fixtures/mock-cert.pem': `-----BEGIN RSA PRIVATE KEY-----\n${tokens.pemBody}\n-----END RSA PRIVATE KEY-----\n`,
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('reports each kind of secret with its path and line, wherever it is written', async () => {
    const fact = await committed(root)
    expect(fact.found).toBe(true)
    expect(fact.evidence).toEqual(
      expect.arrayContaining([
        { path: 'src/aws.js', line: 1, note: 'AWS access key id' },
        { path: 'README.md', line: 5, note: 'GitHub token' },
        { path: '.env.example', line: 1, note: 'Stripe live secret key' },
        { path: 'test/notify.test.js', line: 1, note: 'Slack token' },
        { path: 'src/db.js', line: 1, note: 'database/broker URL with a password for a remote host' },
        { path: 'keys/private.pem', line: 1, note: 'private key file committed' },
        { path: 'deploy/id_rsa', line: 1, note: 'private key file committed' },
      ]),
    )
  })

  it('leaves a test certificate under test/fixtures alone', async () => {
    const fact = await committed(root)
    expect(fact.evidence.map((e) => e.path)).not.toContain('test/fixtures/mock-cert.pem')
  })

  it('never puts a token, password or key body into the fact', async () => {
    const json = JSON.stringify(await committed(root))
    for (const value of Object.values(tokens)) expect(json).not.toContain(value.slice(0, 12))
  })
})
