/** @module Turns the scan target into a RepoSource: a local folder, or owner/repo through the GitHub API (src/github/cli-source.ts, loaded only in that case so local scans never load Octokit). */
import { existsSync } from 'node:fs'
import { LocalSource } from '../source/local.js'
import type { RepoSource } from '../types.js'

/** Cheap shape test; cli-source.ts validates the slug properly. */
const LOOKS_LIKE_SLUG = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+(@[0-9a-f]+)?$/

/** A local path when it exists; otherwise owner/repo[@sha] on GitHub when it looks like one. */
export async function openSource(target: string, env: Readonly<Record<string, string | undefined>>): Promise<RepoSource> {
  if (existsSync(target) || !LOOKS_LIKE_SLUG.test(target)) return new LocalSource(target)
  const { githubSourceFromEnv } = await import('../github/cli-source.js')
  return githubSourceFromEnv(target, { ...env })
}
