/** @module The server's environment, parsed once with zod: every missing or malformed value is named with what was expected. Secret values are never echoed. */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { ConfigError } from './errors.js'

const SECRET_VARS = new Set(['PRIVATE_KEY', 'DATABASE_URL', 'WEBHOOK_SECRET', 'GITHUB_CLIENT_SECRET', 'SESSION_SECRET'])

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optionalString = z.preprocess(blankToUndefined, z.string().optional())
const flag = z.preprocess(
  blankToUndefined,
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], { error: 'expected true or false (1/0, yes/no)' })
    .optional()
    .transform((v) => v === '1' || v === 'true' || v === 'yes' || v === 'on'),
)

/** '24h', '30m', '90s', '1d' or plain seconds; '0' or 'off' turns the sweep off. */
export function parseDuration(text: string): number | undefined {
  if (/^(0|off)$/i.test(text)) return 0
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(text.trim())
  if (!match) return undefined
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(match[2] ?? 's').toLowerCase() as 'ms']
  return Math.round(Number(match[1]) * unit)
}

const schema = z.object({
  APP_ID: z.preprocess(blankToUndefined, z.string().regex(/^\d+$/, 'expected the numeric App ID from the app settings page').optional()),
  PRIVATE_KEY: optionalString,
  PRIVATE_KEY_PATH: optionalString,
  WEBHOOK_SECRET: optionalString,
  APP_SLUG: z.preprocess(blankToUndefined, z.string().regex(/^[a-z0-9-]+$/, 'expected the app slug, e.g. portfolio-check').optional()),
  GHE_HOST: z.preprocess(blankToUndefined, z.string().regex(/^[A-Za-z0-9.-]+(:\d+)?$/, 'expected a host name without protocol, e.g. github.example.com').optional()),
  GHE_PROTOCOL: z.preprocess(blankToUndefined, z.enum(['https', 'http'], { error: 'expected https or http' }).default('https')),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], { error: 'expected trace, debug, info, warn, error, fatal or silent' }).default('info'),
  ),
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'expected a port number' }).int('expected a port number').min(0, 'expected a port number from 0 to 65535').max(65535, 'expected a port number from 0 to 65535').default(3000),
  ),
  HOST: optionalString,
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z.string().regex(/^(file:|libsql:|postgres(ql)?:\/\/|:memory:)/, 'expected file:<path>, :memory: or postgres://...').default('file:./data/portfolio-check.db'),
  ),
  BASE_URL: z.preprocess(blankToUndefined, z.url({ error: 'expected the public URL of the server, e.g. https://portfolio.example.com' }).optional()),
  WEBHOOK_PROXY_URL: z.preprocess(blankToUndefined, z.url({ error: 'expected a URL, e.g. https://smee.io/abc123' }).optional()),
  GITHUB_CLIENT_ID: optionalString,
  GITHUB_CLIENT_SECRET: optionalString,
  SESSION_SECRET: z.preprocess(blankToUndefined, z.string().min(32, 'expected at least 32 characters (e.g. openssl rand -hex 32)').optional()),
  SWEEP_INTERVAL: z.preprocess(
    blankToUndefined,
    z.string().default('24h').transform((v, ctx) => {
      const ms = parseDuration(v)
      if (ms === undefined) ctx.addIssue({ code: 'custom', message: 'expected a duration like 24h, 30m, 3600 (seconds), or 0 to turn it off' })
      return ms ?? 0
    }),
  ),
  QUEUE_CONCURRENCY: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(0, 'expected 0 to 32 scans at once').max(32, 'expected 0 to 32 scans at once').default(2),
  ),
  DRY_RUN: flag,
})

/** The GitHub App's credentials; present only in app mode. */
export type AppCredentials = { appId: number; privateKey: string; webhookSecret: string; slug?: string }

/** The parsed environment the server is wired from. */
export type Env = {
  port: number
  host?: string
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent'
  databaseUrl: string
  baseUrl: string
  /** BASE_URL exactly when set: links posted to GitHub (check-run details) need a public address, not localhost. */
  publicUrl?: string
  /** A forwarding channel (smee.io) GitHub sends webhooks to during development; only used when registering the app. */
  webhookProxyUrl?: string
  /** REST API base: https://api.github.com or <protocol>://<GHE_HOST>/api/v3. */
  githubApiUrl: string
  /** Web base for links: https://github.com or <protocol>://<GHE_HOST>. */
  githubUrl: string
  app?: AppCredentials
  oauth?: { clientId: string; clientSecret: string }
  sessionSecret?: string
  sweepIntervalMs: number
  /** Scan workers; 0 stores jobs without running them (benchmarks, a separate worker process). */
  queueConcurrency: number
  dryRun: boolean
}

/** How to get app credentials, logged when the server starts in pages-only mode. */
export function registerHint(baseUrl: string): string {
  return (
    'GitHub App not configured (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET): serving report pages only. ' +
    `To register the app from app.yml, open ${baseUrl}/setup (GitHub's manifest flow; webhooks go to BASE_URL, or to WEBHOOK_PROXY_URL when set), ` +
    'then set the variables it shows and restart. See README "GitHub App".'
  )
}

/**
 * Parse the environment once. Throws ConfigError listing every bad variable.
 * @param readFile injected for tests; reads PRIVATE_KEY_PATH
 */
export function parseEnv(env: Record<string, string | undefined> = process.env, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): Env {
  const result = schema.safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment')
      const given = env[name]
      const shown = given === undefined || SECRET_VARS.has(name) ? '' : ` (got "${given.slice(0, 60)}")`
      return `${name}: ${issue.message}${shown}`
    })
    throw new ConfigError(`invalid environment:\n  ${lines.join('\n  ')}`)
  }
  const v = result.data
  const problems: string[] = []
  const app = appCredentials(v, readFile, problems)
  if (Boolean(v.GITHUB_CLIENT_ID) !== Boolean(v.GITHUB_CLIENT_SECRET)) problems.push('GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET: set both (OAuth sign-in) or neither')
  if (v.GITHUB_CLIENT_ID && !v.SESSION_SECRET) problems.push('SESSION_SECRET: required with OAuth sign-in; expected at least 32 random characters')
  if (problems.length) throw new ConfigError(`invalid environment:\n  ${problems.join('\n  ')}`)
  const web = v.GHE_HOST ? `${v.GHE_PROTOCOL}://${v.GHE_HOST}` : 'https://github.com'
  return {
    port: v.PORT,
    host: v.HOST,
    logLevel: v.LOG_LEVEL,
    databaseUrl: v.DATABASE_URL,
    baseUrl: (v.BASE_URL ?? `http://localhost:${v.PORT}`).replace(/\/$/, ''),
    publicUrl: v.BASE_URL?.replace(/\/$/, ''),
    webhookProxyUrl: v.WEBHOOK_PROXY_URL,
    githubApiUrl: v.GHE_HOST ? `${web}/api/v3` : 'https://api.github.com',
    githubUrl: web,
    app,
    oauth: v.GITHUB_CLIENT_ID && v.GITHUB_CLIENT_SECRET ? { clientId: v.GITHUB_CLIENT_ID, clientSecret: v.GITHUB_CLIENT_SECRET } : undefined,
    sessionSecret: v.SESSION_SECRET,
    sweepIntervalMs: v.SWEEP_INTERVAL,
    queueConcurrency: v.QUEUE_CONCURRENCY,
    dryRun: v.DRY_RUN,
  }
}

/** App mode needs all three of APP_ID, a private key and WEBHOOK_SECRET; none of them means pages-only mode. */
function appCredentials(v: z.infer<typeof schema>, readFile: (path: string) => string, problems: string[]): AppCredentials | undefined {
  const given = { APP_ID: v.APP_ID, 'PRIVATE_KEY or PRIVATE_KEY_PATH': v.PRIVATE_KEY ?? v.PRIVATE_KEY_PATH, WEBHOOK_SECRET: v.WEBHOOK_SECRET }
  const missing = Object.entries(given).filter(([, value]) => !value).map(([name]) => name)
  if (missing.length === 3) return undefined
  if (missing.length) {
    problems.push(`${missing.join(', ')}: missing; the GitHub App needs APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH) and WEBHOOK_SECRET together`)
    return undefined
  }
  let key = v.PRIVATE_KEY
  if (!key) {
    try {
      key = readFile(v.PRIVATE_KEY_PATH!)
    } catch (error) {
      problems.push(`PRIVATE_KEY_PATH: cannot read "${v.PRIVATE_KEY_PATH}" (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected the .pem file downloaded from the app settings`)
      return undefined
    }
  }
  const privateKey = normalizeKey(key)
  if (!privateKey) {
    problems.push(`${v.PRIVATE_KEY ? 'PRIVATE_KEY' : 'PRIVATE_KEY_PATH'}: not a PEM private key; expected "-----BEGIN RSA PRIVATE KEY-----..." (multi-line, with \\n escapes, or base64-encoded)`)
    return undefined
  }
  return { appId: Number(v.APP_ID), privateKey, webhookSecret: v.WEBHOOK_SECRET!, slug: v.APP_SLUG }
}

/** Accept a PEM as is, with literal \n escapes (one-line env files) or base64-encoded, like Probot does. */
function normalizeKey(key: string): string | undefined {
  let text = key.trim()
  if (!text.includes('-----BEGIN')) {
    const decoded = Buffer.from(text, 'base64').toString('utf8')
    if (!decoded.includes('-----BEGIN')) return undefined
    text = decoded.trim()
  }
  text = text.replace(/\\n/g, '\n')
  return /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----/.test(text) ? `${text}\n` : undefined
}
