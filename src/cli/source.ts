/** @module Turns the scan target into a RepoSource: a local folder, or owner/repo through the GitHub API (src/github/cli-source.ts, loaded only in that case so local scans never load Octokit). */
import { existsSync } from 'node:fs'
import { SourceError } from '../errors.js'
import { LocalSource } from '../source/local.js'
import type { RepoSource } from '../types.js'

/** Cheap shape test; cli-source.ts validates the slug properly. */
const LOOKS_LIKE_SLUG = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+(@[0-9a-f]+)?$/

/** A local path when it exists; otherwise owner/repo[@sha] on GitHub when it looks like one. */
export async function openSource(target: string, env: Readonly<Record<string, string | undefined>>): Promise<RepoSource> {
  if (existsSync(target) || !LOOKS_LIKE_SLUG.test(target)) return new LocalSource(target)
  const { githubSourceFromEnv } = await import('../github/cli-source.js')
  return explained(githubSourceFromEnv(target, { ...env }), target)
}

/**
 * A mistyped local path like `my-api/src` also looks like owner/repo, so a GitHub failure says what
 * was tried. The CLI does not retry, so the app's "will retry" becomes "try again later".
 */
function explained(source: RepoSource, target: string): RepoSource {
  return {
    describe: () => source.describe(),
    snapshot: async () => {
      try {
        return await source.snapshot()
      } catch (error) {
        if (!(error instanceof Error) || error.name !== 'SourceError') throw error
        const message = error.message.replace(/; will retry( later)?$/, '; try again later')
        throw new SourceError(`no folder "${target}" here, so it was read as the GitHub repository ${target}: ${message}`)
      }
    },
  }
}
