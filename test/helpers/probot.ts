// Test helper: a Probot built the STACK.md way (generated key, retries and throttling off, silent log) with our app loaded.
import { generateKeyPairSync } from 'node:crypto'
import { pino } from 'pino'
import { Probot, ProbotOctokit } from 'probot'
import { portfolioCheckApp } from '../../src/github/app.js'
import type { AppDeps } from '../../src/github/deps.js'

/** A throwaway RSA key: tokens are answered by nock, so any valid key will do. */
export const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
export const WEBHOOK_SECRET = 'test-webhook-secret'
export const APP_ID = 123
export const silentLog = pino({ level: 'silent' })
/**
 * Retries and throttling off. The function form matters: Probot passes its own `throttle` options to the
 * constructor, which replace an object default wholesale and leave throttling on (3 s between issue writes).
 */
export const TestOctokit = ProbotOctokit.defaults((options: Record<string, any>) => ({
  ...options,
  retry: { enabled: false },
  throttle: { ...options.throttle, enabled: false },
}))

/** A ready Probot with the portfolio-check app loaded over `deps` (or none). */
export async function testProbot(deps?: AppDeps): Promise<Probot> {
  const probot = new Probot({ appId: APP_ID, privateKey, secret: WEBHOOK_SECRET, Octokit: TestOctokit, log: silentLog })
  if (deps) await probot.load(portfolioCheckApp(deps))
  await probot.ready()
  return probot
}
