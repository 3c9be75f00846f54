/** @module package.json lookups for the CI resolver: the nearest package.json of a folder (as npm finds it), its scripts, workspaces, and following one script (cycle-safe). Pure apart from snapshot reads. */
import picomatch from 'picomatch'
import { cached, escapeRegExp, foldersWith, inDir, lineMatching, NO, via, type Outcome, type ResolveEnv } from './resolve-env.js'
import { parseYamlFile, scalars, get, str } from './yaml-file.js'

/** A package.json as the resolver needs it. */
export type Package = { path: string; dir: string; name?: string; scripts: Record<string, string>; text: string; workspaces: string[] }

/** Read one package.json (memoised); undefined when missing or not JSON. */
export function readPackage(env: ResolveEnv, dir: string): Promise<Package | undefined> {
  const path = inDir(dir, 'package.json')
  if (!env.files.has(path)) return Promise.resolve(undefined)
  return cached(env, `pkg:${path}`, async () => {
    const text = await env.snapshot.read(path)
    if (text === undefined) return undefined
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return undefined
    }
    if (!json || typeof json !== 'object') return undefined
    const data = json as Record<string, unknown>
    const scripts: Record<string, string> = {}
    if (data.scripts && typeof data.scripts === 'object')
      for (const [k, v] of Object.entries(data.scripts)) if (typeof v === 'string') scripts[k] = v
    const ws = Array.isArray(data.workspaces) ? data.workspaces : (data.workspaces as { packages?: unknown } | undefined)?.packages
    const workspaces = Array.isArray(ws) ? ws.filter((w): w is string => typeof w === 'string') : []
    return { path, dir, name: typeof data.name === 'string' ? data.name : undefined, scripts, text, workspaces }
  })
}

/** The package.json npm would use from `dir`: the folder itself or the nearest parent with one. */
export async function nearestPackage(env: ResolveEnv, dir: string): Promise<Package | undefined> {
  for (let current: string | undefined = dir; current !== undefined; current = parent(current)) {
    const pkg = await readPackage(env, current)
    if (pkg) return pkg
  }
  return undefined
}

function parent(dir: string): string | undefined {
  if (!dir) return undefined
  const slash = dir.lastIndexOf('/')
  return slash < 0 ? '' : dir.slice(0, slash)
}

/** True for the script `npm init` writes: `echo "Error: no test specified" && exit 1`. */
export function isNpmPlaceholder(script: string): boolean {
  return /no test specified/i.test(script) && /exit\s+1/.test(script)
}

/** Follow one package script by name. Missing scripts and npm's placeholder say why they do not count. */
export async function runPackageScript(env: ResolveEnv, pkg: Package, name: string, depth: number): Promise<Outcome> {
  const script = pkg.scripts[name]
  // a missing "build" script is not worth a word; a missing "test" script explains a failing check
  if (script === undefined) return /test|spec|ci|check|verify/i.test(name) ? { runs: false, reason: `${pkg.path} has no "${name}" script` } : NO
  if (isNpmPlaceholder(script)) return { runs: false, reason: `the "${name}" script in ${pkg.path} is npm's placeholder ("no test specified")` }
  const key = `npm:${pkg.path}:${name}`
  if (env.active.has(key)) return NO
  env.active.add(key)
  try {
    const outcome = await env.script(script, pkg.dir, depth + 1)
    const line = lineMatching(pkg.text, new RegExp(`"${escapeRegExp(name)}"\\s*:`))
    return outcome.runs ? via(outcome, { path: pkg.path, line, note: `script "${name}" runs ${outcome.runner}` }) : outcome
  } finally {
    env.active.delete(key)
  }
}

/** Script names matching an npm-run-all style pattern (`test:*`, `lint`). */
export function matchScripts(pkg: Package, pattern: string): string[] {
  if (!pattern.includes('*')) return pkg.scripts[pattern] !== undefined ? [pattern] : []
  const re = new RegExp(`^${pattern.split('**').map((p) => p.split('*').map(escapeRegExp).join('[^:]*')).join('.*')}$`)
  return Object.keys(pkg.scripts).filter((k) => re.test(k))
}

/**
 * Workspace package folders of a monorepo: the root package.json `workspaces` or pnpm-workspace.yaml
 * globs; without either, every package.json below the root.
 */
export async function workspaceDirs(env: ResolveEnv, root: string): Promise<string[]> {
  const pkg = await readPackage(env, root)
  let globs = pkg?.workspaces ?? []
  const pnpmPath = inDir(root, 'pnpm-workspace.yaml')
  if (!globs.length && env.files.has(pnpmPath)) {
    const text = (await env.snapshot.read(pnpmPath)) ?? ''
    const file = parseYamlFile(pnpmPath, text, () => {})
    if (file) globs = scalars(file, get(file, file.roots[0], 'packages')).map((n) => str(file, n) ?? '').filter(Boolean)
  }
  const below = foldersWith(env, ['package.json'], 200).filter((d) => d !== root && (!root || d.startsWith(`${root}/`)))
  if (!globs.length) return below
  const rel = (d: string) => (root ? d.slice(root.length + 1) : d)
  const isMatch = picomatch(globs.filter((g) => !g.startsWith('!')).map((g) => g.replace(/^\.\//, '').replace(/\/$/, '')))
  return below.filter((d) => isMatch(rel(d)))
}

/** The folder of a workspace given by path or by package name. */
export async function workspaceByName(env: ResolveEnv, root: string, name: string): Promise<string | undefined> {
  const dirs = await workspaceDirs(env, root)
  const byPath = inDir(root, name.replace(/^\.\//, '').replace(/\/$/, ''))
  if (dirs.includes(byPath)) return byPath
  for (const dir of dirs) if ((await readPackage(env, dir))?.name === name) return dir
  return undefined
}

/** Run a script name in several folders; the first that runs tests wins, else the first reason. */
export async function firstRunning(env: ResolveEnv, dirs: string[], name: string, depth: number): Promise<Outcome> {
  let reason: string | undefined
  for (const dir of dirs) {
    const pkg = await nearestPackage(env, dir)
    if (!pkg) {
      reason ??= `${dir ? dir : 'the repository root'} has no package.json`
      continue
    }
    const outcome = await runPackageScript(env, pkg, name, depth)
    if (outcome.runs) return outcome
    reason ??= outcome.reason
  }
  return { runs: false, reason }
}
