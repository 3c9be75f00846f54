/** @module Analyzer `ci`: is CI configured (GitHub Actions, GitLab, CircleCI, Travis, Azure, Jenkins, Bitbucket, Woodpecker, Drone), and does it run the tests, following package scripts, Makefiles and shell scripts to a real test runner. Pure apart from snapshot reads; malformed files become notes. */
import type { Evidence, Fact, Note } from '../types.js'
import type { Analyzer, AnalyzerContext } from './context.js'
import { findCiFiles, type CiFile, type CiScript } from './ci/ci-files.js'
import { githubScripts } from './ci/github-actions.js'
import { jenkinsScripts } from './ci/jenkinsfile.js'
import { pipelineScripts } from './ci/pipelines.js'
import { createResolver } from './ci/resolve.js'
import { stripComments } from './util/strip-comments.js'
import { parseYamlFile, type YamlFile } from './ci/yaml-file.js'

const SERVICE: Record<CiFile['kind'], string> = {
  github: 'GitHub Actions', gitlab: 'GitLab CI', circleci: 'CircleCI', travis: 'Travis CI', azure: 'Azure Pipelines',
  jenkins: 'Jenkins', bitbucket: 'Bitbucket Pipelines', woodpecker: 'Woodpecker CI', drone: 'Drone CI',
}

/** A CI file that is there (even when malformed) and the scripts we could read from it. */
type Loaded = { file: CiFile; scripts: CiScript[] }

export const ci: Analyzer = {
  name: 'ci',
  facts: ['ci.isConfigured', 'ci.runsTests'],
  async run(ctx) {
    const { active, misplaced } = findCiFiles(ctx.snapshot.files)
    for (const path of misplaced.slice(0, 3))
      ctx.note({ level: 'info', message: `${path} is not where its CI service looks for it, so it never runs; move it to the repository root`, path })
    if (misplaced.length > 3) ctx.note({ level: 'info', message: `${misplaced.length - 3} more CI files sit in sub-folders where no CI service reads them` })
    const loaded = (await Promise.all(active.map((file) => load(ctx, file)))).filter((l): l is Loaded => l !== undefined)
    const configured: Evidence[] = loaded.map(({ file }) => ({ path: file.path, line: 1, note: SERVICE[file.kind] }))
    const tests = await runsTests(ctx, loaded)
    return [
      { id: 'ci.isConfigured', found: configured.length > 0, evidence: configured.length ? configured.slice(0, 5) : misplaced.slice(0, 3).map((path) => ({ path, note: 'not in the place the CI service reads' })) },
      tests,
    ]
  },
}

/** Read one CI file: undefined when it is empty (nothing would run); present with no scripts when malformed. */
async function load(ctx: AnalyzerContext, file: CiFile): Promise<Loaded | undefined> {
  const entry = ctx.snapshot.files.find((f) => f.path === file.path)
  const text = await ctx.snapshot.read(file.path)
  if (text === undefined) {
    if (entry?.tooLarge) ctx.note({ level: 'info', message: `${file.path} is too large to read; its steps were not checked`, path: file.path })
    return entry?.tooLarge ? { file, scripts: [] } : undefined
  }
  if (file.kind === 'jenkins') return stripComments(text, 'java').trim() ? { file, scripts: jenkinsScripts(file.path, text) } : undefined
  const yaml = parseYamlFile(file.path, text, (n) => ctx.note(n))
  if (!yaml) return { file, scripts: [] } // malformed: still configured, but the service would not run it
  if (!yaml.roots.length) return undefined
  try {
    const hasGradle = ctx.snapshot.files.some((f) => /(^|\/)build\.gradle(\.kts)?$/.test(f.path))
    const scripts = file.kind === 'github' ? await githubScripts(yaml, loader(ctx)) : pipelineScripts(yaml, file.kind, hasGradle)
    // an alias bomb (or a giant file) ran the walk out of budget: what was read still counts
    if (yaml.budget.left < 0) ctx.note({ level: 'warning', message: `${file.path} expands too many aliases; only part of it was checked`, path: file.path })
    return { file, scripts }
  } catch (error) {
    ctx.note({ level: 'warning', message: `${file.path}: its steps could not be read (${(error as Error).name})`, path: file.path })
    return { file, scripts: [] }
  }
}

/** Loads other workflow/action YAML files of the repository, once each. */
function loader(ctx: AnalyzerContext): (path: string) => Promise<YamlFile | undefined> {
  const seen = new Map<string, Promise<YamlFile | undefined>>()
  const known = new Set(ctx.snapshot.files.map((f) => f.path))
  return (path) => {
    if (!known.has(path)) return Promise.resolve(undefined)
    let value = seen.get(path)
    if (!value) {
      value = ctx.snapshot.read(path).then((text) => (text === undefined ? undefined : parseYamlFile(path, text, (n: Note) => ctx.note(n))))
      seen.set(path, value)
    }
    return value
  }
}

/** The first script that runs tests, with the chain of files that leads to the runner; else why the likely candidates do not. */
async function runsTests(ctx: AnalyzerContext, loaded: Loaded[]): Promise<Fact> {
  const env = createResolver(ctx.snapshot)
  const misses: Evidence[] = []
  for (const { scripts } of loaded) {
    for (const script of scripts) {
      if (script.runner) {
        return { id: 'ci.runsTests', found: true, evidence: [{ path: script.path, line: script.lineOf(0), note: `runs the tests (${script.runner})` }] }
      }
      const outcome = await env.script(script.text, script.cwd, 0)
      const line = script.lineOf(outcome.line ?? 0)
      if (outcome.runs) {
        return { id: 'ci.runsTests', found: true, evidence: [{ path: script.path, line, note: `runs the tests (${outcome.runner})` }, ...outcome.trail] }
      }
      if (outcome.reason && misses.length < 3) misses.push({ path: script.path, line, note: outcome.reason })
    }
  }
  if (env.work.left < 0) ctx.note({ level: 'info', message: 'CI scripts call each other too many times; only part of them was followed' })
  return { id: 'ci.runsTests', found: false, evidence: misses }
}
