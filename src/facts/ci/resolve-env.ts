/** @module Shared state of one "does this CI command run tests?" resolution: the snapshot view, caches, the cycle guard and the work budget. Pure apart from snapshot reads. */
import { posix } from 'node:path'
import type { Evidence, Snapshot } from '../../types.js'

/** The answer for one command or script: it runs tests (runner + the files it went through), or not (and why, when we know). */
export type Outcome =
  | { runs: true; runner: string; trail: Evidence[]; line?: number }
  | { runs: false; reason?: string; line?: number }

/** Everything a resolver step needs. `cwd` undefined means "unknown" (a `${{ matrix.dir }}` expression). */
export type ResolveEnv = {
  snapshot: Snapshot
  files: ReadonlySet<string>
  /** Keys of package scripts / make targets / script files being followed: cycles end here. */
  active: Set<string>
  /** Work left; every command followed costs one. */
  work: { left: number }
  cache: Map<string, Promise<unknown>>
  /** Resolve one command (argv) in a folder. */
  command(argv: string[], cwd: string | undefined, depth: number): Promise<Outcome>
  /** Resolve a whole script (many lines, `cd` tracked) in a folder; `scriptDir` is where a script file lives. */
  script(text: string, cwd: string | undefined, depth: number, scriptDir?: string): Promise<Outcome>
}

/** Deepest chain of indirections followed (npm run a -> make b -> ./c.sh -> ...). */
export const MAX_DEPTH = 10

export const NO: Outcome = { runs: false }

/** Read and memoise something derived from a file (a parsed package.json, Makefile ...). */
export function cached<T>(env: ResolveEnv, key: string, compute: () => Promise<T>): Promise<T> {
  let value = env.cache.get(key) as Promise<T> | undefined
  if (!value) {
    value = compute()
    env.cache.set(key, value)
  }
  return value
}

/** Join a relative path onto a repo folder; undefined when it leaves the repository or is absolute. */
export function joinRepo(dir: string, rel: string): string | undefined {
  if (rel.startsWith('/') || rel.startsWith('~') || rel.includes('$')) return undefined
  const joined = posix.normalize(posix.join(dir || '.', rel))
  if (joined === '..' || joined.startsWith('../')) return undefined
  return joined === '.' ? '' : joined.replace(/\/$/, '')
}

/** `dir/name` with the root written as ''. */
export function inDir(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name
}

/** Folders (repo-relative) holding a file with one of these names, shallowest first, at most `limit`. */
export function foldersWith(env: ResolveEnv, names: readonly string[], limit = 25): string[] {
  const out: string[] = []
  for (const path of env.files) {
    const slash = path.lastIndexOf('/')
    if (names.includes(path.slice(slash + 1))) out.push(slash < 0 ? '' : path.slice(0, slash))
  }
  return [...new Set(out)].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b)).slice(0, limit)
}

/** The 1-based line of the first line of `text` matching `pattern`, or undefined. */
export function lineMatching(text: string, pattern: RegExp): number | undefined {
  const lines = text.split('\n')
  const i = lines.findIndex((l) => pattern.test(l))
  return i < 0 ? undefined : i + 1
}

/** Prefix the trail of a positive outcome with one more step. */
export function via(outcome: Outcome, step: Evidence): Outcome {
  return outcome.runs ? { ...outcome, trail: [step, ...outcome.trail] } : outcome
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
