/** @module GitLab, CircleCI, Travis, Azure Pipelines, Bitbucket, Woodpecker and Drone files -> the scripts they run. One walk over the YAML tree collects script-like keys, Azure tasks and CircleCI orb test jobs, carrying working directories down. Pure. */
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import type { CiKind, CiScript } from './ci-files.js'
import { joinRepo } from './resolve-env.js'
import { entries, get, items, lineOf, scalars, str, valueLines, type YamlFile } from './yaml-file.js'

/** Keys whose value is a command or a list of commands, across these CI services. */
const SCRIPT_KEYS = new Set(['script', 'before_script', 'commands', 'bash', 'pwsh', 'powershell', 'install', 'before_install'])
const DIR_KEYS = ['working_directory', 'workingDirectory', 'working-directory', 'directory']
/** CircleCI orb jobs/commands that run the project's tests (`node/test`, `python/test`, `maven/test` ...). */
const ORB_TEST = /^[\w-]+\/(test|run-tests?|unit-test)$/

/** What Travis runs when a `.travis.yml` sets a language but no `script`. */
const TRAVIS_DEFAULT: Record<string, string> = {
  node_js: 'npm test', ruby: 'bundle exec rake', go: 'go test ./...', php: 'phpunit', java: 'gradle check', rust: 'cargo test',
}

/** Scripts of a non-GitHub CI file. */
export function pipelineScripts(file: YamlFile, kind: CiKind, hasGradle: boolean): CiScript[] {
  const out: CiScript[] = []
  for (const root of file.roots) walk(file, root, '', out, 0)
  if (kind === 'travis') out.push(...travisDefault(file, hasGradle))
  return out
}

function walk(file: YamlFile, node: Node | undefined, dir: string | undefined, out: CiScript[], depth: number): void {
  if (!node || depth > 40 || --file.budget.left < 0) return
  if (isSeq(node)) {
    for (const item of items(file, node)) {
      const name = str(file, item)
      if (name && ORB_TEST.test(name)) out.push(fixed(file, item, dir, name))
      else walk(file, item, dir, out, depth + 1)
    }
    return
  }
  if (!isMap(node) || disabled(file, node)) return
  const own = DIR_KEYS.map((k) => str(file, get(file, node, k))).find((v) => v !== undefined)
  const here = own === undefined ? dir : own.startsWith('~') || own.includes('$') ? dir : joinRepo(dir ?? '', own)
  for (const [key, value, keyNode] of entries(file, node)) {
    if (SCRIPT_KEYS.has(key)) {
      for (const line of scalars(file, value)) pushScript(file, line, here, out)
    } else if (key === 'run' && isScalar(value)) pushScript(file, value, here, out)
    else if (key === 'run' && isMap(value)) {
      const command = get(file, value, 'command')
      const runDir = str(file, get(file, value, 'working_directory'))
      if (command) pushScript(file, command, runDir && !runDir.includes('$') ? joinRepo(here ?? '', runDir) : here, out)
    } else if (key === 'task' && isScalar(value)) {
      const command = azureTask(file, str(file, value) ?? '', get(file, node, 'inputs'))
      if (command) out.push({ ...fixed(file, value, here, command), runner: undefined, text: command })
    } else if (ORB_TEST.test(key)) out.push(fixed(file, keyNode, here, key))
    else walk(file, value, here, out, depth + 1)
  }
}

/** GitLab `when: never` (also as an unconditional first rule) and Azure `condition: false`: never runs. */
function disabled(file: YamlFile, node: Node): boolean {
  if (str(file, get(file, node, 'when')) === 'never' || str(file, get(file, node, 'condition'))?.trim() === 'false') return true
  const firstRule = items(file, get(file, node, 'rules'))[0]
  const conditional = ['if', 'changes', 'exists'].some((k) => get(file, firstRule, k) !== undefined)
  return firstRule !== undefined && !conditional && str(file, get(file, firstRule, 'when')) === 'never'
}

function pushScript(file: YamlFile, node: Node, dir: string | undefined, out: CiScript[]): void {
  const text = str(file, node)
  if (text) out.push({ path: file.path, text, cwd: dir, lineOf: valueLines(file, node) })
}

/** A step known to run tests without a script of its own (a CircleCI orb job). */
function fixed(file: YamlFile, node: Node, dir: string | undefined, name: string): CiScript {
  const line = lineOf(file, node)
  return { path: file.path, text: name, cwd: dir, lineOf: () => line, runner: `CircleCI orb ${name}` }
}

/** The command an Azure Pipelines task stands for (`DotNetCoreCLI@2` test, `Maven@3` goals, `Npm@1` custom ...). */
function azureTask(file: YamlFile, task: string, inputs: Node | undefined): string | undefined {
  const input = (k: string) => str(file, get(file, inputs, k))
  const [name] = task.split('@')
  switch (name?.toLowerCase()) {
    case 'dotnetcorecli': return input('command') === 'test' ? 'dotnet test' : undefined
    case 'vstest': return 'dotnet test'
    case 'maven': return `mvn ${input('goals') ?? 'package'} ${input('options') ?? ''}`
    case 'gradle': return `gradle ${input('tasks') ?? 'build'} ${input('options') ?? ''}`
    case 'npm': return input('command') === 'custom' ? `npm ${input('customCommand') ?? ''}` : undefined
    case 'bash': case 'cmdline': case 'powershell': return input('script') ?? (input('filePath') ? `bash ${input('filePath')}` : undefined)
    default: return undefined
  }
}

/** Travis runs a language default when `script` is missing. */
function travisDefault(file: YamlFile, hasGradle: boolean): CiScript[] {
  const root = file.roots[0]
  if (get(file, root, 'script') !== undefined || get(file, get(file, root, 'jobs'), 'include') !== undefined) return []
  const languageNode = get(file, root, 'language')
  const language = str(file, languageNode)
  let command = language ? TRAVIS_DEFAULT[language] : undefined
  if (language === 'java' && !hasGradle) command = 'mvn test'
  if (!command) return []
  const line = lineOf(file, languageNode)
  return [{ path: file.path, text: command, cwd: '', lineOf: () => line }]
}
