import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseDuration, parseEnv } from '../src/env.js'
import { ConfigError } from '../src/errors.js'

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
const app = { APP_ID: '12345', PRIVATE_KEY: pem, WEBHOOK_SECRET: 'hook-secret' }
const fail = (env: Record<string, string>, readFile?: (p: string) => string) => {
  try {
    parseEnv(env, readFile)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('parseEnv', () => {
  it('starts in pages-only mode with defaults when no app credentials are set', () => {
    const env = parseEnv({})
    expect(env.app).toBeUndefined()
    expect(env).toMatchObject({ port: 3000, databaseUrl: 'file:./data/portfolio-check.db', baseUrl: 'http://localhost:3000', sweepIntervalMs: 86_400_000, dryRun: false })
    expect(env.githubApiUrl).toBe('https://api.github.com')
  })

  it('switches to app mode when APP_ID, the private key and WEBHOOK_SECRET are all present', () => {
    const env = parseEnv(app)
    expect(env.app).toEqual({ appId: 12345, privateKey: pem, webhookSecret: 'hook-secret', slug: undefined })
  })

  it('accepts the key with literal \\n escapes, base64-encoded, or from PRIVATE_KEY_PATH', () => {
    expect(parseEnv({ ...app, PRIVATE_KEY: pem.trim().replace(/\n/g, '\\n') }).app?.privateKey).toBe(pem)
    expect(parseEnv({ ...app, PRIVATE_KEY: Buffer.from(pem).toString('base64') }).app?.privateKey).toBe(pem)
    const fromFile = parseEnv({ APP_ID: '1', WEBHOOK_SECRET: 's', PRIVATE_KEY_PATH: '/keys/app.pem' }, (path) => (path === '/keys/app.pem' ? pem : ''))
    expect(fromFile.app?.privateKey).toBe(pem)
  })

  it('names the missing variables when only part of the app credentials is set', () => {
    expect(fail({ APP_ID: '12' })).toContain('PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET: missing')
  })

  it('says what each malformed value should look like, and never echoes a secret', () => {
    const message = fail({ ...app, PRIVATE_KEY: 'not-a-key-but-a-secret', PORT: 'eighty', LOG_LEVEL: 'loud', GHE_HOST: 'https://ghe.example.com', SWEEP_INTERVAL: 'soon' })
    expect(message).toContain('PORT: expected a port number (got "eighty")')
    expect(message).toContain('LOG_LEVEL: expected trace, debug, info, warn, error, fatal or silent (got "loud")')
    expect(message).toContain('GHE_HOST: expected a host name without protocol')
    expect(message).toContain('SWEEP_INTERVAL: expected a duration like 24h')
    expect(fail({ ...app, PRIVATE_KEY: 'not-a-key-but-a-secret' })).toContain('PRIVATE_KEY: not a PEM private key')
    expect(fail({ ...app, PRIVATE_KEY: 'not-a-key-but-a-secret' })).not.toContain('not-a-key-but-a-secret')
  })

  it.each([
    ['APP_ID', 'abc', 'APP_ID: expected the numeric App ID from the app settings page (got "abc")'],
    ['APP_SLUG', 'My App', 'APP_SLUG: expected the app slug, e.g. portfolio-check (got "My App")'],
    ['GHE_PROTOCOL', 'ftp', 'GHE_PROTOCOL: expected https or http (got "ftp")'],
    ['PORT', '70000', 'PORT: expected a port number from 0 to 65535 (got "70000")'],
    ['PORT', '-1', 'PORT: expected a port number from 0 to 65535 (got "-1")'],
    ['BASE_URL', 'pc.example.com', 'BASE_URL: expected the public URL of the server, e.g. https://portfolio.example.com (got "pc.example.com")'],
    ['WEBHOOK_PROXY_URL', 'smee', 'WEBHOOK_PROXY_URL: expected a URL, e.g. https://smee.io/abc123 (got "smee")'],
    ['QUEUE_CONCURRENCY', 'many', 'QUEUE_CONCURRENCY: expected a whole number (got "many")'],
    ['QUEUE_CONCURRENCY', '64', 'QUEUE_CONCURRENCY: expected 0 to 32 scans at once (got "64")'],
    ['DRY_RUN', 'maybe', 'DRY_RUN: expected true or false (1/0, yes/no) (got "maybe")'],
    ['SWEEP_INTERVAL', '-5', 'SWEEP_INTERVAL: expected a duration like 24h, 30m, 3600 (seconds), or 0 to turn it off (got "-5")'],
  ])('names %s when it is "%s" and says what it expects', (name, value, message) => {
    expect(fail({ [name]: value })).toBe(`invalid environment:\n  ${message}`)
  })

  it('names each missing app credential', () => {
    const missing = (env: Record<string, string>) => fail(env).split('\n')[1]
    expect(missing({ WEBHOOK_SECRET: 'x' })).toMatch(/^ {2}APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH: missing/)
    expect(missing({ APP_ID: '1', WEBHOOK_SECRET: 's' })).toMatch(/^ {2}PRIVATE_KEY or PRIVATE_KEY_PATH: missing/)
    expect(missing({ APP_ID: '1', PRIVATE_KEY: pem })).toMatch(/^ {2}WEBHOOK_SECRET: missing/)
  })

  it('reports an unreadable PRIVATE_KEY_PATH with the path and the error code', () => {
    const message = fail({ APP_ID: '1', WEBHOOK_SECRET: 's', PRIVATE_KEY_PATH: '/nope.pem' }, () => {
      throw Object.assign(new Error('no'), { code: 'ENOENT' })
    })
    expect(message).toContain('PRIVATE_KEY_PATH: cannot read "/nope.pem" (ENOENT)')
  })

  it('points the API and links at GitHub Enterprise Server when GHE_HOST is set', () => {
    const env = parseEnv({ GHE_HOST: 'github.example.com', GHE_PROTOCOL: 'http' })
    expect(env.githubApiUrl).toBe('http://github.example.com/api/v3')
    expect(env.githubUrl).toBe('http://github.example.com')
  })

  it('requires both OAuth values and a long session secret for sign-in', () => {
    expect(fail({ GITHUB_CLIENT_ID: 'Iv1.abc' })).toContain('set both (OAuth sign-in) or neither')
    expect(fail({ GITHUB_CLIENT_ID: 'Iv1.abc', GITHUB_CLIENT_SECRET: 'x' })).toContain('SESSION_SECRET: required with OAuth sign-in')
    expect(fail({ SESSION_SECRET: 'short' })).toContain('SESSION_SECRET: expected at least 32 characters')
  })

  it('reads DRY_RUN, QUEUE_CONCURRENCY and DATABASE_URL', () => {
    const env = parseEnv({ DRY_RUN: 'yes', QUEUE_CONCURRENCY: '0', DATABASE_URL: 'postgres://u:p@db/pc' })
    expect(env).toMatchObject({ dryRun: true, queueConcurrency: 0, databaseUrl: 'postgres://u:p@db/pc' })
    expect(fail({ DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL: expected file:<path>, :memory: or postgres://')
  })
})

describe('parseDuration', () => {
  it('reads hours, minutes, seconds and off', () => {
    expect(parseDuration('24h')).toBe(86_400_000)
    expect(parseDuration('30m')).toBe(1_800_000)
    expect(parseDuration('3600')).toBe(3_600_000)
    expect(parseDuration('off')).toBe(0)
    expect(parseDuration('soon')).toBeUndefined()
  })
})
