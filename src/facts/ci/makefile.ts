/** @module Makefiles for the CI resolver: parse targets, prerequisites, recipe lines and simple variables, then follow `make test` (or the default target) through prerequisites and recipes. Pure apart from snapshot reads. */
import { cached, inDir, joinRepo, NO, via, type Outcome, type ResolveEnv } from './resolve-env.js'

/** One rule of a Makefile. Lines are 1-based. */
export type MakeTarget = { name: string; line: number; prereqs: string[]; recipe: { text: string; line: number }[] }
export type Makefile = { path: string; targets: Map<string, MakeTarget>; defaultTarget?: string }

const NAMES = ['GNUmakefile', 'makefile', 'Makefile']

/** Parse a Makefile's rules. Conditionals, includes and pattern rules are ignored (not needed to find a test command). */
export function parseMakefile(path: string, text: string): Makefile {
  const vars = new Map<string, string>()
  const targets = new Map<string, MakeTarget>()
  let defaultTarget: string | undefined
  let current: MakeTarget[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length && i < 20_000; i++) {
    const start = i
    let line = lines[i]!
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i]!.trim()
    if (line.startsWith('\t')) {
      const text = line.trim()
      if (text && !text.startsWith('#')) for (const t of current) t.recipe.push({ text, line: start + 1 })
      continue
    }
    const code = line.replace(/(^|[^\\])#.*$/, '$1').trimEnd()
    if (!code.trim()) continue
    const assign = /^\s*(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*([:+?!]?|::)=\s*(.*)$/.exec(code)
    if (assign) {
      const [, name, op, value] = assign
      if (op === '?' && vars.has(name!)) continue
      vars.set(name!, op === '+' ? `${vars.get(name!) ?? ''} ${value}`.trim() : value!)
      current = []
      continue
    }
    const rule = /^([^:=\t][^:=]*?)\s*::?(?!=)\s*([^;]*)(?:;\s*(.*))?$/.exec(code)
    if (!rule) {
      current = []
      continue
    }
    const names = expand(rule[1]!, vars).split(/\s+/).filter(Boolean)
    const prereqs = expand(rule[2]!.replace('|', ' '), vars).split(/\s+/).filter(Boolean)
    current = names.map((name) => {
      const target = targets.get(name) ?? { name, line: start + 1, prereqs: [], recipe: [] }
      target.prereqs.push(...prereqs)
      targets.set(name, target)
      return target
    })
    if (rule[3]?.trim()) for (const t of current) t.recipe.push({ text: rule[3].trim(), line: start + 1 })
    defaultTarget ??= names.find((n) => !n.startsWith('.') && !n.includes('%'))
  }
  for (const t of targets.values()) t.recipe = t.recipe.map((r) => ({ ...r, text: expand(r.text, vars) }))
  return { path, targets, defaultTarget }
}

/** Conventional names when a variable is not set in the file itself (`$(PYTHON) -m pytest`). */
const GUESSES: [RegExp, string][] = [[/PYTHON|PY$/, 'python'], [/^GO$|GOCMD/, 'go'], [/NPM/, 'npm'], [/MVN|MAVEN/, 'mvn'],
  [/GRADLE/, 'gradle'], [/COMPOSE/, 'docker compose'], [/DOCKER/, 'docker'], [/PHP/, 'php'], [/POETRY/, 'poetry'], [/DOTNET/, 'dotnet']]

/** Expand `$(VAR)` / `${VAR}` (bounded), `$(MAKE)` and `$$`. */
function expand(text: string, vars: Map<string, string>, depth = 0): string {
  if (depth > 8 || !text.includes('$')) return text.replace(/\$\$/g, '$')
  const out = text.replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (_m, name: string) => {
    if (name === 'MAKE') return 'make'
    const value = vars.get(name)
    if (value !== undefined) return expand(value, vars, depth + 1)
    return GUESSES.find(([re]) => re.test(name))?.[1] ?? ''
  })
  return out.replace(/\$\$/g, '$').slice(0, 4096) // self-doubling variables must not grow without end
}

/** Follow `make [-C dir] [-f file] [targets]`. Every recipe line runs in its own shell, in the Makefile's folder. */
export async function makeCommand(env: ResolveEnv, words: string[], cwd: string | undefined, depth: number): Promise<Outcome> {
  let dir = cwd ?? ''
  let file: string | undefined
  const goals: string[] = []
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    if (w === '-C' || w === '--directory') dir = joinRepo(dir, words[++i] ?? '') ?? dir
    else if (w.startsWith('--directory=')) dir = joinRepo(dir, w.slice(12)) ?? dir
    else if (w === '-f' || w === '--file' || w === '--makefile') file = words[++i]
    else if (w === '-j' || w === '-l' || w === '-o' || w === '-W') i++
    else if (!w.startsWith('-') && !w.includes('=')) goals.push(w)
  }
  const path = file ? joinRepo(dir, file) : NAMES.map((n) => inDir(dir, n)).find((p) => env.files.has(p))
  if (!path || !env.files.has(path)) return { runs: false, reason: `no Makefile in ${dir || 'the repository root'}` }
  const make = await cached(env, `make:${path}`, async () => {
    const text = await env.snapshot.read(path)
    return text === undefined ? undefined : parseMakefile(path, text)
  })
  if (!make) return NO
  const wanted = goals.length ? goals : make.defaultTarget ? [make.defaultTarget] : []
  let reason: string | undefined
  for (const goal of wanted) {
    const outcome = await runTarget(env, make, goal, dir, depth)
    if (outcome.runs) return outcome
    reason ??= outcome.reason
  }
  return { runs: false, reason }
}

async function runTarget(env: ResolveEnv, make: Makefile, name: string, dir: string, depth: number): Promise<Outcome> {
  const target = make.targets.get(name)
  if (!target) return { runs: false, reason: `${make.path} has no "${name}" target` }
  const key = `make:${make.path}:${name}`
  // prerequisites can form a wide DAG: every target visited costs work, like a command
  if (env.active.has(key) || depth > 12 || --env.work.left < 0) return NO
  env.active.add(key)
  try {
    for (const prereq of target.prereqs) {
      const outcome = make.targets.has(prereq) ? await runTarget(env, make, prereq, dir, depth + 1) : NO
      if (outcome.runs) return outcome
    }
    for (const step of target.recipe) {
      const outcome = await env.script(step.text.replace(/^[@+-]+/, ''), dir, depth + 1)
      if (outcome.runs) return via(outcome, { path: make.path, line: step.line, note: `target "${name}" runs ${outcome.runner}` })
    }
    return NO
  } finally {
    env.active.delete(key)
  }
}
