/** @module Turns GitHub API failures into SourceErrors that say what happened and whether retrying may help. Pure. */
import { SourceError } from '../errors.js'

/** The parts of an Octokit RequestError we rely on, read by duck typing so the core never imports @octokit. */
type HttpFailure = { status?: unknown; message?: unknown; response?: { headers?: Record<string, unknown> } }

/** True when a failure is a rate limit (primary or secondary): GitHub answers 403 or 429 for both. */
export function isRateLimited(status: number, headers: Record<string, unknown>, message: string): boolean {
  if (status === 429) return true
  if (status !== 403) return false
  return String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(message)
}

/**
 * Map a failed request to a SourceError (the original error kept as `cause`, so the queue can read
 * Retry-After). 404/409/401/403/422 are final; 5xx, 429, rate-limited 403s and network failures are retryable.
 * @param slug owner/repo, for the message
 * @param what the request that failed, e.g. 'listing files'
 */
export function toSourceError(error: unknown, slug: string, what: string): SourceError {
  if (error instanceof SourceError) return error
  const failure = (error ?? {}) as HttpFailure
  const status = typeof failure.status === 'number' ? failure.status : undefined
  const message = typeof failure.message === 'string' ? failure.message : String(error)
  const headers = failure.response?.headers ?? {}
  let result: SourceError
  if (status === undefined) result = new SourceError(`${what} for ${slug} failed: network error (${message}); will retry`, true)
  else if (status === 404 || status === 410)
    result = new SourceError(`${slug} not found (${status}): the repository was deleted, renamed or the app uninstalled; nothing to scan`)
  else if (status === 409) result = new SourceError(`${slug} is empty (409): push a first commit and it will be scanned`)
  else if (status === 401) result = new SourceError(`${what} for ${slug} was refused (401): the credentials are invalid or expired`)
  else if (isRateLimited(status, headers, message))
    result = new SourceError(`${what} for ${slug} hit a GitHub rate limit (${status}); will retry later`, true)
  else if (status === 403) result = new SourceError(`${what} for ${slug} was forbidden (403): the app lacks access to this repository`)
  else if (status >= 500) result = new SourceError(`${what} for ${slug} failed on GitHub's side (${status}); will retry`, true)
  else result = new SourceError(`${what} for ${slug} failed (${status}): ${message}`)
  result.cause = error
  return result
}
