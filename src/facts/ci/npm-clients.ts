/** @module npm, yarn, pnpm and bun command lines -> which package script runs where (`npm test`, `npm run ci --prefix api`, `yarn workspace api test`, `pnpm -C api test`, `pnpm -r test`). Pure apart from snapshot reads. */
import { firstRunning, nearestPackage, workspaceByName, workspaceDirs } from './packages.js'
import { foldersWith, joinRepo, NO, type Outcome, type ResolveEnv } from './resolve-env.js'

const TEST_ALIASES = new Set(['test', 't', 'tst'])
const INSTALL_TEST = new Set(['it', 'install-test', 'cit', 'clean-install-test', 'install-ci-test', 'sit'])
const RUN = new Set(['run', 'run-script', 'rum', 'urn'])
/** Client commands that are not package scripts (`yarn install`, `pnpm add` ...). */
const BUILTINS = new Set([
  'install', 'i', 'ci', 'add', 'remove', 'rm', 'upgrade', 'up', 'update', 'init', 'create', 'global', 'cache', 'config',
  'audit', 'info', 'list', 'ls', 'why', 'version', 'set', 'plugin', 'constraints', 'pack', 'publish', 'npm', 'link', 'unlink',
  'store', 'prune', 'outdated', 'import', 'rebuild', 'deploy', 'fetch', 'patch', 'login', 'logout', 'pm', 'x', 'build',
  'dedupe', 'licenses', 'setup', 'env', 'node', 'bin', 'dlx', 'exec', 'help',
])

/** A client command line: positional words, what follows the script name, the folder (null: outside the repo), workspaces. */
type Parsed = { positional: string[]; rest: string[]; dir?: string | null; workspaces?: 'all' | string[]; rootOnly?: boolean }

function parse(words: string[], cwd: string | undefined): Parsed {
  const out: Parsed = { positional: [], rest: [] }
  const pickWs = (name: string) => {
    if (out.workspaces !== 'all') out.workspaces = [...(out.workspaces ?? []), name]
  }
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    if (w === '--') {
      out.rest = words.slice(i + 1)
      break
    }
    const [flag, inline] = w.startsWith('--') && w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, undefined]
    const value = () => inline ?? words[++i] ?? ''
    if (flag === '--prefix' || flag === '-C' || flag === '--cwd' || flag === '--dir') out.dir = joinRepo(cwd ?? '', value()) ?? null
    else if (flag === '-w' && words[0] === 'pnpm') out.rootOnly = true
    else if (flag === '-w' || flag === '--workspace' || flag === '--filter' || flag === '-F') pickWs(value())
    else if (flag === '-ws' || flag === '--workspaces' || flag === '-r' || flag === '--recursive') out.workspaces = 'all'
    else if (flag === '--workspace-root') out.rootOnly = true
    else if (!w.startsWith('-')) {
      out.positional.push(w)
      // yarn/pnpm/bun hand everything after the script name to the script; npm reads its own flags anywhere
      const named = out.positional.length === 2 || (out.positional.length === 1 && !RUN.has(w) && w !== 'workspace' && w !== 'workspaces')
      if (named && words[0] !== 'npm') {
        out.rest = words.slice(i + 1)
        break
      }
    }
  }
  return out
}

/**
 * Resolve an npm/yarn/pnpm/bun command to the package script(s) it runs and follow them.
 * A yarn/pnpm/bun word that is not a script runs the package binary of that name (`yarn jest`).
 */
export async function npmClient(env: ResolveEnv, words: string[], cwd: string | undefined, depth: number): Promise<Outcome> {
  const client = words[0]!
  const p = parse(words, cwd)
  if (p.dir === null) return { runs: false, reason: `${client} runs in a folder outside the repository` }
  const dir = p.rootOnly ? '' : p.dir ?? cwd
  const [sub, second] = p.positional
  if (sub === undefined) return NO
  if (client === 'yarn' && sub === 'workspace' && second) {
    const wsDir = await workspaceByName(env, dir ?? '', second)
    return wsDir === undefined ? { runs: false, reason: `no workspace "${second}"` } : env.command([client, ...p.rest], wsDir, depth + 1)
  }
  if (client === 'yarn' && sub === 'workspaces') {
    const run = p.rest.indexOf('run')
    const name = run >= 0 ? p.rest[run + 1] : second === 'run' ? p.rest[0] : undefined
    return name ? firstRunning(env, await workspaceDirs(env, dir ?? ''), name, depth) : NO
  }
  let name: string | undefined
  if (TEST_ALIASES.has(sub)) name = 'test'
  else if (client === 'npm' && INSTALL_TEST.has(sub)) name = 'test'
  else if (RUN.has(sub)) name = second
  else if (client !== 'npm' && !BUILTINS.has(sub)) name = sub
  if (!name) return NO
  const dirs = p.workspaces === 'all'
    ? await workspaceDirs(env, dir ?? '')
    : p.workspaces
      ? (await Promise.all(p.workspaces.map((w) => workspaceByName(env, dir ?? '', w)))).filter((d): d is string => d !== undefined)
      : dir === undefined ? foldersWith(env, ['package.json']) : [dir]
  const outcome = await firstRunning(env, dirs, name, depth)
  if (outcome.runs || client === 'npm' || RUN.has(sub) || TEST_ALIASES.has(sub)) return outcome
  // `yarn jest --ci`: not a script, so yarn/pnpm/bun run the binary
  const pkg = dir === undefined ? undefined : await nearestPackage(env, dir)
  if (pkg?.scripts[name] !== undefined) return outcome
  return env.command([name, ...p.rest], dir, depth + 1)
}
