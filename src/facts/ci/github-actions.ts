/** @module GitHub Actions workflows -> the scripts they run: `run:` steps with their working directory (step, job and workflow `defaults`), known test actions, local composite actions and reusable workflows. Disabled jobs and steps (`if: false`) are skipped. Pure apart from loading referenced files. */
import type { Node } from 'yaml'
import type { CiScript } from './ci-files.js'
import { joinRepo } from './resolve-env.js'
import { entries, get, isDisabled, items, lineOf, str, valueLines, type YamlFile } from './yaml-file.js'

/** Loads another YAML file of the repository (a reusable workflow or an action.yml). */
export type YamlLoader = (path: string) => Promise<YamlFile | undefined>

/** The folder of a `working-directory:` value; undefined when it is an expression we cannot evaluate. */
export function workingDirectory(value: string | undefined, base = ''): string | undefined {
  if (value === undefined) return base
  const trimmed = value.trim().replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, '').replace(/^\$\{?GITHUB_WORKSPACE\}?\/?/, '')
  if (trimmed.includes('${{') || trimmed.includes('$')) return undefined
  return joinRepo('', trimmed || '.')
}

/** Actions that run tests, or run a command given in an input. */
const TEST_ACTIONS: Record<string, (file: YamlFile, withNode: Node | undefined) => string | undefined> = {
  'cypress-io/github-action': (f, w) => (str(f, get(f, w, 'runTests')) === 'false' ? undefined : 'cypress run'),
  'gradle/gradle-build-action': (f, w) => gradleArgs(f, w),
  'gradle/actions/setup-gradle': (f, w) => gradleArgs(f, w),
  'eskatos/gradle-command-action': (f, w) => gradleArgs(f, w),
  'php-actions/phpunit': () => 'phpunit',
  'borales/actions-yarn': (f, w) => `yarn ${str(f, get(f, w, 'cmd')) ?? ''}`,
  'gabrielbb/xvfb-action': (f, w) => str(f, get(f, w, 'run')),
  'coactions/setup-xvfb': (f, w) => str(f, get(f, w, 'run')),
  'nick-fields/retry': (f, w) => str(f, get(f, w, 'command')),
  'nick-invision/retry': (f, w) => str(f, get(f, w, 'command')),
  'wandalen/wretry.action': (f, w) => str(f, get(f, w, 'command')),
  'paambaati/codeclimate-action': (f, w) => str(f, get(f, w, 'coverageCommand')),
  'addnab/docker-run-action': (f, w) => str(f, get(f, w, 'run')),
  'artiomtr/jest-coverage-report-action': (f, w) => str(f, get(f, w, 'test-script')) ?? 'npm test',
  'mattallty/jest-github-action': () => 'jest',
}

function gradleArgs(file: YamlFile, withNode: Node | undefined): string | undefined {
  const args = str(file, get(file, withNode, 'arguments'))
  return args ? `gradle ${args}` : undefined
}

/** Every script a workflow runs (following local reusable workflows and composite actions up to 3 levels). */
export async function githubScripts(file: YamlFile, load: YamlLoader, depth = 0): Promise<CiScript[]> {
  const root = file.roots[0]
  const out: CiScript[] = []
  const workflowDir = workingDirectory(str(file, get(file, get(file, get(file, root, 'defaults'), 'run'), 'working-directory')))
  for (const [, job] of entries(file, get(file, root, 'jobs'))) {
    if (isDisabled(str(file, get(file, job, 'if')))) continue
    const reusable = str(file, get(file, job, 'uses'))
    if (reusable?.startsWith('./') && depth < 3) {
      const other = await load(reusable.replace(/^\.\//, '').replace(/@.*$/, ''))
      if (other) out.push(...(await githubScripts(other, load, depth + 1)))
      continue
    }
    const jobDefault = str(file, get(file, get(file, get(file, job, 'defaults'), 'run'), 'working-directory'))
    const jobDir = jobDefault === undefined ? workflowDir : workingDirectory(jobDefault)
    out.push(...(await stepScripts(file, items(file, get(file, job, 'steps')), jobDir, load, depth)))
  }
  return out
}

/** Scripts of a list of steps (a job's, or a composite action's). */
async function stepScripts(file: YamlFile, steps: Node[], dir: string | undefined, load: YamlLoader, depth: number): Promise<CiScript[]> {
  const out: CiScript[] = []
  for (const step of steps) {
    if (isDisabled(str(file, get(file, step, 'if')))) continue
    const run = get(file, step, 'run')
    const text = str(file, run)
    if (run && text !== undefined) {
      const stepDir = str(file, get(file, step, 'working-directory'))
      out.push({ path: file.path, text, cwd: stepDir === undefined ? dir : workingDirectory(stepDir), lineOf: valueLines(file, run) })
      continue
    }
    const usesNode = get(file, step, 'uses')
    const uses = str(file, usesNode)
    if (!uses) continue
    const line = lineOf(file, usesNode)
    if (uses.startsWith('./') && depth < 3) {
      const folder = uses.replace(/^\.\//, '').replace(/\/$/, '')
      const base = folder && folder !== '.' ? `${folder}/` : '' // `uses: ./` is an action at the repository root
      const action = (await load(`${base}action.yml`)) ?? (await load(`${base}action.yaml`))
      const runs = action && get(action, action.roots[0], 'runs')
      if (action && runs) out.push(...(await stepScripts(action, items(action, get(action, runs, 'steps')), '', load, depth + 1)))
      continue
    }
    const known = TEST_ACTIONS[uses.replace(/@.*$/, '').toLowerCase()]
    const command = known?.(file, get(file, step, 'with'))
    if (command) out.push({ path: file.path, text: command, cwd: dir, lineOf: () => line })
  }
  return out
}
