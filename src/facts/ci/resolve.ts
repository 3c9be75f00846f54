/** @module Does a CI script run tests? Split it into commands, track `cd`, and follow indirections (package scripts, make targets, shell scripts, containers, task runners) to a real test runner. Cycle-safe and bounded. Pure apart from snapshot reads. */
import type { Snapshot } from '../../types.js'
import { containerCommand } from './containers.js'
import { makeCommand } from './makefile.js'
import { npmClient } from './npm-clients.js'
import { joinRepo, MAX_DEPTH, NO, type Outcome, type ResolveEnv } from './resolve-env.js'
import { splitCommands, tokenize } from './shell.js'
import { composer, concurrently, monorepoTool, npmRunAll, startServerAndTest } from './task-runners.js'
import { directRunner, programName, unwrap } from './test-runners.js'

/** Commands followed per scan before giving up (a hostile repo could fan out without end). */
const WORK = 2_000

/** A resolver over one snapshot; its caches are shared by every CI file of the scan. */
export function createResolver(snapshot: Snapshot): ResolveEnv {
  const env: ResolveEnv = {
    snapshot,
    files: new Set(snapshot.files.map((f) => f.path)),
    active: new Set(),
    work: { left: WORK },
    cache: new Map(),
    command: (argv, cwd, depth) => command(env, argv, cwd, depth),
    script: (text, cwd, depth, scriptDir) => script(env, text, cwd, depth, scriptDir),
  }
  return env
}

/** Variables CI services set to the checkout folder: `cd $GITHUB_WORKSPACE/api` means `api`. */
const WORKSPACE_VARS = /^(\$\{\{\s*github\.workspace\s*\}\}|\$\{?(GITHUB_WORKSPACE|CI_PROJECT_DIR|BITBUCKET_CLONE_DIR|TRAVIS_BUILD_DIR|WORKSPACE|CIRCLE_WORKING_DIRECTORY|DRONE_WORKSPACE|CI_WORKSPACE|PWD)\}?|\$\(Build\.SourcesDirectory\)|\$\(System\.DefaultWorkingDirectory\)|\.)(?=\/|$)/

/** The folder after `cd target`; undefined when it cannot be known. */
function changeDir(cwd: string | undefined, target: string | undefined, scriptDir: string | undefined): string | undefined {
  if (target === undefined || target === '~' || target === '-') return undefined
  if (/^\$\(\s*dirname\s+"?\$\{?(0|BASH_SOURCE(\[0\])?)\}?"?\s*\)/.test(target)) {
    if (scriptDir === undefined) return undefined
    return joinRepo(scriptDir, target.replace(/^\$\([^)]*\)\/?/, '') || '.')
  }
  const workspace = WORKSPACE_VARS.exec(target)
  if (workspace && workspace[0] !== '.') return joinRepo('', target.slice(workspace[0].length).replace(/^\//, '') || '.')
  if (cwd === undefined) return undefined
  return joinRepo(cwd, target)
}

/** Judge a whole script: the first command that runs tests wins (with the 0-based line it sits on). */
async function script(env: ResolveEnv, text: string, cwd: string | undefined, depth: number, scriptDir?: string): Promise<Outcome> {
  let dir = cwd
  const stack: (string | undefined)[] = []
  let miss: { reason: string; line: number } | undefined
  for (const { text: cmd, line } of splitCommands(text)) {
    const words = tokenize(cmd)
    const head = words[0]
    if (head === 'cd' || head === 'pushd') {
      if (head === 'pushd') stack.push(dir)
      dir = changeDir(dir, words.slice(1).find((w) => !w.startsWith('-')), scriptDir)
      continue
    }
    if (head === 'popd') {
      dir = stack.pop()
      continue
    }
    const outcome = await command(env, words, dir, depth)
    if (outcome.runs) return { ...outcome, line }
    if (outcome.reason) miss ??= { reason: outcome.reason, line }
  }
  return { runs: false, ...miss }
}

/** Judge one command: a test runner itself, or an indirection to follow. */
async function command(env: ResolveEnv, argv: string[], cwd: string | undefined, depth: number): Promise<Outcome> {
  if (--env.work.left < 0 || depth > MAX_DEPTH) return NO
  const words = unwrap(argv)
  if (!words.length) return NO
  const direct = directRunner(words)
  if (direct) return 'runner' in direct ? { runs: true, runner: direct.runner, trail: [] } : { runs: false, reason: direct.skipped }
  const head = words[0]!
  const name = programName(head)
  switch (name) {
    case 'npm': case 'yarn': case 'pnpm': case 'bun':
      return npmClient(env, [name, ...words.slice(1)], cwd, depth)
    case 'make': case 'gmake':
      return makeCommand(env, words, cwd, depth)
    case 'composer':
      return composer(env, words, cwd, depth)
    case 'npm-run-all': case 'run-s': case 'run-p':
      return npmRunAll(env, words, cwd, depth)
    case 'concurrently':
      return concurrently(env, words, cwd, depth)
    case 'start-server-and-test': case 'server-test':
      return startServerAndTest(env, words, cwd, depth)
    case 'turbo': case 'nx': case 'lerna':
      return monorepoTool(env, words, cwd, depth)
    case 'docker': case 'docker-compose': case 'podman': case 'podman-compose':
      return containerCommand(env, words, depth)
    case 'bash': case 'sh': case 'zsh': case 'dash': case 'source': case '.': {
      const c = words.indexOf('-c')
      if (c > 0 && words[c + 1] !== undefined) return script(env, words[c + 1]!, cwd, depth + 1)
      const file = words.slice(1).find((w) => !w.startsWith('-'))
      return file ? shellScript(env, file, cwd, depth) : NO
    }
  }
  if (head.includes('/') || /\.(sh|bash)$/.test(head)) return shellScript(env, head, cwd, depth)
  return NO
}

/** Read a script file of the repository and judge its commands (it runs in the caller's folder). */
async function shellScript(env: ResolveEnv, file: string, cwd: string | undefined, depth: number): Promise<Outcome> {
  const path = joinRepo(cwd ?? '', file)
  if (path === undefined || !env.files.has(path)) return NO
  const key = `sh:${path}`
  if (env.active.has(key)) return NO
  env.active.add(key)
  try {
    const text = await env.snapshot.read(path)
    if (text === undefined) return NO
    const slash = path.lastIndexOf('/')
    const outcome = await script(env, text, cwd, depth + 1, slash < 0 ? '' : path.slice(0, slash))
    if (!outcome.runs) return outcome
    return { runs: true, runner: outcome.runner, trail: [{ path, line: (outcome.line ?? 0) + 1, note: `runs ${outcome.runner}` }, ...outcome.trail] }
  } finally {
    env.active.delete(key)
  }
}
