import { describe, expect, it } from 'vitest'
import { SourceError } from '../../src/errors.js'
import { backoff, classify, requestedWait } from '../../src/queue/retry.js'

const opts = { baseMs: 30_000, maxMs: 3_600_000 }
const NOW = Date.parse('2025-01-01T00:00:00Z')
const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } })

describe('classify', () => {
  it('honours Retry-After on a secondary rate limit (403)', () => {
    const decision = classify(httpError(403, 'You have exceeded a secondary rate limit', { 'retry-after': '60' }), 1, opts, NOW)
    expect(decision).toEqual({ action: 'retry', delayMs: 60_000, reason: '403 secondary rate limit: You have exceeded a secondary rate limit' })
  })

  it('waits at least a minute after a secondary rate limit without headers, recognised by its message', () => {
    const decision = classify(httpError(403, 'You have exceeded a secondary rate limit. Please wait a few minutes'), 1, opts, NOW)
    expect(decision).toMatchObject({ action: 'retry', delayMs: 60_000, reason: expect.stringMatching(/^403 secondary rate limit/) })
    const later = classify(httpError(403, 'You have exceeded a secondary rate limit.'), 3, opts, NOW)
    expect(later.action === 'retry' && later.delayMs).toBeGreaterThanOrEqual(96_000)
  })

  it('waits for x-ratelimit-reset when the primary limit is used up', () => {
    const reset = String(NOW / 1000 + 600)
    const decision = classify(httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 1, opts, NOW)
    expect(decision).toMatchObject({ action: 'retry', delayMs: 601_000 })
  })

  it('reads the HTTP failure behind a retryable SourceError (its cause)', () => {
    const error = new SourceError('listing files failed', true)
    error.cause = httpError(429, 'too many', { 'retry-after': '5' })
    expect(classify(error, 2, opts, NOW)).toMatchObject({ action: 'retry', delayMs: 5_000 })
    const primary = new SourceError('listing files hit a GitHub rate limit', true)
    primary.cause = httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 120) })
    expect(classify(primary, 1, opts, NOW)).toMatchObject({ action: 'retry', delayMs: 121_000, reason: expect.stringMatching(/^403 rate limit/) })
  })

  it('retries 5xx and network errors, fails other HTTP errors, skips a repository with nothing to scan', () => {
    expect(classify(httpError(503, 'unavailable'), 1, opts, NOW).action).toBe('retry')
    expect(classify(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 1, opts, NOW).action).toBe('retry')
    expect(classify(httpError(422, 'Validation Failed'), 1, opts, NOW)).toEqual({ action: 'fail', reason: '422: Validation Failed' })
    expect(classify(new SourceError('ana/x is empty (409)'), 1, opts, NOW)).toEqual({ action: 'skip', reason: 'ana/x is empty (409)' })
    expect(classify(new TypeError('x is undefined'), 1, opts, NOW)).toEqual({ action: 'fail', reason: 'x is undefined' })
  })
})

describe('backoff and requestedWait', () => {
  it('doubles per attempt up to the cap', () => {
    expect(backoff(1, opts, () => 0.5)).toBe(30_000)
    expect(backoff(3, opts, () => 0.5)).toBe(120_000)
    expect(backoff(20, opts, () => 0.5)).toBe(3_600_000)
  })

  it('prefers Retry-After over the reset time, and ignores the reset while requests remain', () => {
    expect(requestedWait({ 'retry-after': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' }, NOW)).toBe(2_000)
    expect(requestedWait({ 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': String(NOW / 1000 + 60) }, NOW)).toBeUndefined()
  })
})
