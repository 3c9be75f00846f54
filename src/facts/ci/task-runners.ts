/** @module Task runners that name scripts instead of commands: composer scripts, npm-run-all/run-s/run-p, concurrently, start-server-and-test, turbo/nx/lerna targets. Pure apart from snapshot reads. */
import { firstRunning, matchScripts, nearestPackage, runPackageScript, workspaceDirs } from './packages.js'
import { cached, escapeRegExp, inDir, lineMatching, NO, via, type Outcome, type ResolveEnv } from './resolve-env.js'

/** Try each candidate in turn; the first that runs tests wins, else the first reason given. */
async function first(candidates: (() => Promise<Outcome>)[]): Promise<Outcome> {
  let reason: string | undefined
  for (const candidate of candidates) {
    const outcome = await candidate()
    if (outcome.runs) return outcome
    reason ??= outcome.reason
  }
  return { runs: false, reason }
}

const positional = (words: string[], valueFlags: string[] = []) =>
  words.slice(1).filter((w, i, all) => !w.startsWith('-') && !valueFlags.includes(all[i - 1] ?? ''))

/** `npm-run-all lint test:*`, `run-s ci:*`, `run-p a b`: each word names package scripts (globs allowed). */
export async function npmRunAll(env: ResolveEnv, words: string[], cwd: string | undefined, depth: number): Promise<Outcome> {
  const pkg = await nearestPackage(env, cwd ?? '')
  if (!pkg) return NO
  const names = positional(words, ['--max-parallel']).flatMap((p) => matchScripts(pkg, p.split(' ')[0]!))
  return first(names.map((name) => () => runPackageScript(env, pkg, name, depth)))
}

/** `concurrently "npm:lint" "npm run test"`: each argument is a command, `npm:x` is a script shorthand. */
export async function concurrently(env: ResolveEnv, words: string[], cwd: string | undefined, depth: number): Promise<Outcome> {
  const args = positional(words, ['-n', '--names', '-c', '--prefix-colors', '-p', '--prefix', '--max-processes', '-s', '--success'])
  const pkg = await nearestPackage(env, cwd ?? '')
  return first(args.map((arg) => () => {
    if (!arg.startsWith('npm:')) return env.script(arg, cwd, depth + 1)
    if (!pkg) return Promise.resolve(NO)
    return first(matchScripts(pkg, arg.slice(4)).map((name) => () => runPackageScript(env, pkg, name, depth)))
  }))
}

/** `start-server-and-test start http://localhost:3000 test`: the third argument is the test command or script. */
export async function startServerAndTest(env: ResolveEnv, words: string[], cwd: string | undefined, depth: number): Promise<Outcome> {
  const args = positional(words)
  const test = args.length >= 3 ? args[2]! : args.length === 2 ? 'test' : undefined
  if (!test) return NO
  if (/\s/.test(test)) return env.script(test, cwd, depth + 1)
  return firstRunning(env, [cwd ?? ''], test, depth)
}

/** `turbo run test`, `nx run-many -t test`, `nx affected:test`, `lerna run test`: workspace scripts by target name. */
export async function monorepoTool(env: ResolveEnv, words: string[], cwd: string | undefined, depth: number): Promise<Outcome> {
  const tool = words[0]!
  const flagged = words.flatMap((w, i) =>
    /^--targets?=/.test(w) ? w.slice(w.indexOf('=') + 1).split(',') : /^(-t|--targets?)$/.test(words[i - 1] ?? '') ? w.split(',') : [])
  const pos = positional(words, ['--filter', '-F', '-p', '--projects', '--scope', '--concurrency', '-t', '--target', '--targets'])
  let targets: string[]
  if (tool !== 'nx') targets = pos.filter((p) => p !== 'run')
  else if (pos[0] === 'run') targets = pos[1] ? [pos[1].split(':')[1] ?? pos[1]] : []
  else if (pos[0] === 'run-many' || pos[0] === 'affected') targets = flagged
  else targets = pos[0] ? [pos[0].split(':').pop()!] : []
  const dirs = [cwd ?? '', ...(await workspaceDirs(env, cwd ?? ''))]
  const outcome = await first(targets.map((t) => () => firstRunning(env, dirs, t, depth)))
  if (outcome.runs) return outcome
  // nx/turbo targets defined by executors in project.json (e.g. @nx/jest:jest) have no package script
  const named = targets.find((t) => /^(test|e2e)(:|-|$)/.test(t))
  return named ? { runs: true, runner: `${tool} ${named}`, trail: [] } : outcome
}

/** `composer test`, `composer run-script test`: composer.json scripts (string or list; `@name` calls another). */
export async function composer(env: ResolveEnv, words: string[], cwd: string | undefined, depth: number): Promise<Outcome> {
  let dir = cwd ?? ''
  const args: string[] = []
  for (let i = 1; i < words.length; i++) {
    if (words[i] === '-d' || words[i] === '--working-dir') dir = inDir(dir, words[++i] ?? '')
    else if (!words[i]!.startsWith('-')) args.push(words[i]!)
  }
  const name = args[0] === 'run-script' || args[0] === 'run' ? args[1] : args[0]
  if (!name || /^(install|update|require|remove|dump-autoload|dumpautoload|validate|show|config|create-project|global|self-update|outdated|audit|diagnose)$/.test(name)) return NO
  const path = inDir(dir, 'composer.json')
  const scripts = await cached(env, `composer:${path}`, async () => {
    const text = env.files.has(path) ? await env.snapshot.read(path) : undefined
    try {
      const data = text === undefined ? undefined : (JSON.parse(text) as { scripts?: Record<string, unknown> })
      return { text: text ?? '', scripts: data?.scripts && typeof data.scripts === 'object' ? data.scripts : {} }
    } catch {
      return { text: '', scripts: {} }
    }
  })
  return composerScript(env, { path, dir, ...scripts }, name, depth)
}

type Composer = { path: string; dir: string; text: string; scripts: Record<string, unknown> }

async function composerScript(env: ResolveEnv, c: Composer, name: string, depth: number): Promise<Outcome> {
  const value = c.scripts[name]
  const key = `composer:${c.path}:${name}`
  if (value === undefined) return { runs: false, reason: `${c.path} has no "${name}" script` }
  if (env.active.has(key)) return NO
  env.active.add(key)
  try {
    const lines = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')
    const line = lineMatching(c.text, new RegExp(`"${escapeRegExp(name)}"\\s*:`))
    const outcome = await first(lines.map((cmd) => () => {
      if (/^@(php|composer)\s/.test(cmd)) return env.script(cmd.slice(1), c.dir, depth + 1)
      if (/^@[\w:.-]+$/.test(cmd)) return composerScript(env, c, cmd.slice(1), depth + 1)
      return cmd.startsWith('@') ? Promise.resolve(NO) : env.script(cmd, c.dir, depth + 1)
    }))
    return outcome.runs ? via(outcome, { path: c.path, line, note: `script "${name}" runs ${outcome.runner}` }) : outcome
  } finally {
    env.active.delete(key)
  }
}
