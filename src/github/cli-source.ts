/** @module The CLI's `scan owner/repo`: a GitHubSource over @octokit/rest with GITHUB_TOKEN and GITHUB_API_URL. Loaded by the CLI via dynamic import so offline scans never load Octokit. */
import { Octokit } from '@octokit/rest'
import { UsageError } from '../errors.js'
import { GitHubSource } from '../source/github.js'
import { githubClient } from './octokit-client.js'

const SLUG = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})(?:@([0-9a-f]{7,64}))?$/

/** True when an argument looks like owner/repo (optionally owner/repo@sha) rather than a path. */
export function isRepoSlug(arg: string): boolean {
  return SLUG.test(arg)
}

/**
 * A GitHubSource for `owner/repo` (or `owner/repo@<sha>`), authenticated with GITHUB_TOKEN (or GH_TOKEN) when set
 * (public repositories work without it, at a lower rate limit), against GITHUB_API_URL when set.
 * @example const source = await githubSourceFromEnv('octocat/hello-world', process.env)
 */
export function githubSourceFromEnv(slug: string, env: Record<string, string | undefined>): GitHubSource {
  const match = SLUG.exec(slug)
  if (!match) throw new UsageError(`"${slug}" is not a repository; expected owner/repo or owner/repo@<commit sha>`)
  const [, owner, repo, commit] = match as unknown as [string, string, string, string | undefined]
  const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '')
  if (!/^https?:\/\//.test(baseUrl)) throw new UsageError(`GITHUB_API_URL "${baseUrl}" is not a URL; expected e.g. https://github.example.com/api/v3`)
  const octokit = new Octokit({ auth: env.GITHUB_TOKEN || env.GH_TOKEN || undefined, baseUrl, userAgent: 'portfolio-check', log: quietLog })
  const web = baseUrl === 'https://api.github.com' ? 'https://github.com' : baseUrl.replace(/\/api\/v3$/, '')
  return new GitHubSource(githubClient(octokit), { owner, repo, commit: commit ?? null, url: `${web}/${owner}/${repo}` })
}

// Octokit logs warnings (deprecations) to the console; the CLI's stdout must stay one JSON document.
const quietLog = { debug() {}, info() {}, warn() {}, error() {} }
