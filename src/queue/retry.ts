/** @module When a failed scan job is worth retrying, and after how long: honours Retry-After and x-ratelimit-reset, backs off exponentially otherwise. Pure. */
import { SourceError } from '../errors.js'

/** What to do with a failed job. `skip`: nothing to scan (empty repo, uninstalled): done, not failed. */
export type RetryDecision = { action: 'retry'; delayMs: number; reason: string } | { action: 'fail' | 'skip'; reason: string }

export type BackoffOptions = { baseMs: number; maxMs: number }
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 30_000, maxMs: 60 * 60_000 }
/** GitHub: after a secondary rate limit without Retry-After, wait at least a minute (capped by maxMs). */
export const SECONDARY_LIMIT_MIN_MS = 60_000

type HttpLike = { status?: unknown; message?: unknown; response?: { headers?: Record<string, unknown> } }

/** The first error in the cause chain that carries an HTTP status (an Octokit RequestError). */
function httpFailure(error: unknown): { status: number; headers: Record<string, unknown>; message: string } | undefined {
  for (let e = error as HttpLike | undefined, depth = 0; e && depth < 5; e = (e as { cause?: HttpLike }).cause, depth++) {
    if (typeof e.status === 'number') return { status: e.status, headers: e.response?.headers ?? {}, message: String(e.message ?? '') }
  }
  return undefined
}

/** Milliseconds GitHub asked us to wait (Retry-After seconds, or until x-ratelimit-reset when none remain). */
export function requestedWait(headers: Record<string, unknown>, now: number): number | undefined {
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1000)
  const reset = Number(headers['x-ratelimit-reset'])
  if (String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now) + 1000
  return undefined
}

/** Exponential backoff with ±20 % jitter so retries of many repos do not land together. */
export function backoff(attempt: number, options: BackoffOptions, random = Math.random): number {
  const raw = options.baseMs * 2 ** Math.max(0, attempt - 1)
  return Math.min(options.maxMs, Math.round(raw * (0.8 + 0.4 * random())))
}

/**
 * Decide the fate of a failed attempt (1-based `attempt`).
 * @example classify(err, 1, DEFAULT_BACKOFF, Date.now()) // { action: 'retry', delayMs: 60000, reason: '403 secondary rate limit' }
 */
export function classify(error: unknown, attempt: number, options: BackoffOptions, now: number): RetryDecision {
  const message = error instanceof Error ? error.message : String(error)
  const http = httpFailure(error)
  if (http) {
    const { status, headers } = http
    const limited = status === 429 || (status === 403 && (/rate limit/i.test(http.message) || headers['retry-after'] !== undefined || String(headers['x-ratelimit-remaining']) === '0'))
    if (limited || status >= 500) {
      const secondary = limited && /secondary/i.test(http.message)
      const label = secondary ? 'secondary rate limit' : limited ? 'rate limit' : 'server error'
      // never sooner than GitHub asked; without a header, back off exponentially (a minute at least after a secondary limit)
      const fallback = secondary ? Math.max(SECONDARY_LIMIT_MIN_MS, backoff(attempt, options)) : backoff(attempt, options)
      const delayMs = Math.min(options.maxMs, requestedWait(headers, now) ?? fallback)
      return { action: 'retry', delayMs, reason: `${status} ${label}: ${message}` }
    }
  }
  if (error instanceof SourceError) {
    if (error.retryable) return { action: 'retry', delayMs: backoff(attempt, options), reason: message }
    return { action: 'skip', reason: message }
  }
  if (http) return { action: 'fail', reason: `${http.status}: ${message}` }
  const code = (error as { code?: unknown })?.code
  if (typeof code === 'string' && /^(ECONNRESET|ETIMEDOUT|ECONNREFUSED|EAI_AGAIN|ENOTFOUND|UND_ERR_)/.test(code)) {
    return { action: 'retry', delayMs: backoff(attempt, options), reason: `network error ${code}: ${message}` }
  }
  return { action: 'fail', reason: message }
}
