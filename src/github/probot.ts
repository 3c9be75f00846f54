/** @module Builds the Probot instance from the parsed env, with our Octokit defaults: no in-process retries or rate-limit waits (the durable queue retries whole jobs and honours Retry-After), GitHub Enterprise aware. */
import type { Logger } from 'pino'
import { Probot, ProbotOctokit } from 'probot'
import type { AppCredentials } from '../env.js'

/**
 * Our Octokit class: plugin-retry off and rate-limit handlers answering "do not wait", so a limit
 * surfaces as an error the queue reschedules (a worker never sleeps an hour holding a slot).
 * Throttling stays on for its request pacing, which avoids most secondary limits.
 */
export const AppOctokit = ProbotOctokit.defaults((options: Record<string, any>) => ({
  ...options,
  // function form: Probot passes its own `throttle` to the constructor, which would replace an object default
  retry: { enabled: false },
  throttle: { ...options.throttle, enabled: true, onRateLimit: () => false, onSecondaryRateLimit: () => false },
}))

/**
 * Create the Probot instance for app mode.
 * @param githubApiUrl https://api.github.com or https://<GHE_HOST>/api/v3
 */
export function createAppProbot(app: AppCredentials, githubApiUrl: string, log: Logger, Octokit: typeof ProbotOctokit = AppOctokit): Probot {
  return new Probot({ appId: app.appId, privateKey: app.privateKey, secret: app.webhookSecret, baseUrl: githubApiUrl, log, Octokit })
}

/**
 * The app's bot login (`<slug>[bot]`): APP_SLUG when given, else asked once from GET /app.
 * @returns a function that caches the answer (and asks again after a failure)
 */
export function botLoginOf(probot: Probot, slug?: string): () => Promise<string> {
  let cached: Promise<string> | undefined = slug ? Promise.resolve(`${slug}[bot]`) : undefined
  return () =>
    (cached ??= probot
      .auth()
      .then((octokit) => octokit.request('GET /app'))
      .then((response) => `${(response.data as { slug: string }).slug}[bot]`)
      .catch((error: unknown) => {
        cached = undefined
        throw error
      }))
}
