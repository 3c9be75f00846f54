/** @module Which commands run tests by themselves (jest, pytest, go test, mvn verify, dotnet test ...), and the transparent wrappers around them (env assignments, npx, bundle exec, poetry run, coverage run ...). Pure. */

/** What a command does about tests: runs them (with the runner's name), or is a test command told to skip them. */
export type Verdict = { runner: string } | { skipped: string }

/** The program part of a word: `./node_modules/.bin/jest` -> `jest`, `./gradlew` -> `gradlew`. */
export function programName(word: string): string {
  return (word.split(/[\\/]/).pop() ?? word).replace(/\.(cmd|exe|bat)$/i, '').toLowerCase()
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/

/** Wrappers that run the rest of the line as a command, with the option words they take before it. */
const WRAPPERS: Record<string, { valueFlags?: string[]; skipWords?: number; sub?: string[] }> = {
  sudo: { valueFlags: ['-u', '-g'] },
  env: { valueFlags: ['-u'] },
  time: {},
  nice: { valueFlags: ['-n'] },
  nohup: {},
  stdbuf: {},
  timeout: { skipWords: 1, valueFlags: ['-s', '-k', '--signal', '--kill-after'] },
  'xvfb-run': { valueFlags: ['-s', '-n', '-f', '-e', '-p', '-w'] },
  'cross-env': {},
  'cross-env-shell': {},
  dotenv: { valueFlags: ['-e', '-v', '-p'] },
  'env-cmd': { valueFlags: ['-f', '-e', '--file', '--environments', '-r'] },
  npx: { valueFlags: ['-p', '--package', '-c'] },
  pnpx: { valueFlags: ['-p', '--package'] },
  bunx: { valueFlags: ['-p', '--package'] },
  nyc: { valueFlags: ['-r', '--reporter', '-n', '--include', '-x', '--exclude', '-e', '--extension', '--temp-dir'] },
  c8: { valueFlags: ['-r', '--reporter', '-n', '--include', '-x', '--exclude', '-o', '--reports-dir', '--src'] },
  dbus: {},
  bundle: { sub: ['exec'] },
  poetry: { sub: ['run'] },
  pipenv: { sub: ['run'] },
  uv: { sub: ['run'], valueFlags: ['--with', '--python', '-p', '--group', '--extra', '--package'] },
  pdm: { sub: ['run'] },
  rye: { sub: ['run'] },
  hatch: { sub: ['run'] },
  conda: { sub: ['run'], valueFlags: ['-n', '--name', '-p', '--prefix'] },
  pnpm: { sub: ['exec', 'dlx'] },
  yarn: { sub: ['dlx', 'exec'] },
  npm: { sub: ['exec', 'x'], valueFlags: ['-p', '--package', '-w', '--workspace'] },
}

/**
 * Strip what does not change which program runs: `CI=true`, `sudo`, `npx`, `cross-env X=1`,
 * `bundle exec`, `poetry run`, `coverage run -m` (becomes `python -m`) ... Bounded.
 */
export function unwrap(argv: readonly string[]): string[] {
  let words = [...argv]
  for (let round = 0; round < 12 && words.length; round++) {
    while (words.length && ASSIGNMENT.test(words[0]!)) words.shift()
    const name = programName(words[0] ?? '')
    const wrapper = WRAPPERS[name]
    if (name === 'coverage' || (isPython(name) && words[1] === '-m' && words[2] === 'coverage')) {
      words = coverageRun(words.slice(name === 'coverage' ? 1 : 3))
      continue
    }
    if (!wrapper) return words
    let i = 1
    if (wrapper.sub) {
      if (!wrapper.sub.includes(words[1] ?? '')) return words
      i++
    }
    for (let skip = wrapper.skipWords ?? 0; i < words.length; i++) {
      const w = words[i]!
      if (w === '--') {
        i++
        break
      }
      if (ASSIGNMENT.test(w)) continue
      if (w.startsWith('-')) {
        if (wrapper.valueFlags?.includes(w)) i++
        continue
      }
      if (skip-- > 0) continue
      break
    }
    words = words.slice(i)
  }
  return words
}

/** `coverage run [opts] -m pytest` -> `python -m pytest`; `coverage run manage.py test` -> `python manage.py test`. */
function coverageRun(rest: string[]): string[] {
  if (rest[0] !== 'run') return ['coverage', ...rest]
  const words = rest.slice(1)
  let i = 0
  while (i < words.length && words[i]!.startsWith('-') && words[i] !== '-m') {
    if (!words[i]!.includes('=') && /^--(source|rcfile|omit|include|data-file|context|concurrency)$/.test(words[i]!)) i++
    i++
  }
  return ['python', ...words.slice(i)]
}

export function isPython(name: string): boolean {
  return /^(python|python\d+(\.\d+)?|py|pypy3?)$/.test(name)
}

const MAVEN_PHASES = new Set(['test', 'integration-test', 'verify', 'install', 'deploy', 'package', 'surefire:test', 'failsafe:integration-test'])
const GRADLE_TASKS = /^(test|check|build|integrationTest|buildNeeded|buildDependents|connectedCheck|allTests|jvmTest|test\w*UnitTest)$/

/**
 * The test runner a command starts directly, if any. `npm test`, `make test` and scripts are
 * indirections, resolved by the caller; this only knows the runners themselves.
 */
export function directRunner(argv: readonly string[]): Verdict | undefined {
  const words = unwrap(argv)
  const name = programName(words[0] ?? '')
  const args = words.slice(1)
  const first = args.find((a) => !a.startsWith('-'))
  switch (name) {
    case 'jest': case 'mocha': case '_mocha': case 'ts-mocha': case 'ava': case 'tap': case 'tape': case 'jasmine':
    case 'uvu': case 'lab': case 'pytest': case 'py.test': case 'tox': case 'nox': case 'nosetests': case 'nose2':
    case 'green': case 'behave': case 'gotestsum': case 'ginkgo': case 'rspec': case 'cucumber': case 'phpunit':
    case 'pest': case 'paratest': case 'bats':
      return args.some((a) => a === '--version' || a === '--help' || a === '--listTests') ? undefined : { runner: name }
    case 'vitest':
      return first === 'bench' || args.includes('--version') ? undefined : { runner: 'vitest' }
    case 'karma': case 'wdio': case 'codecept':
      return first === 'start' || first === 'run' || first === undefined ? { runner: name } : undefined
    case 'cypress':
      return first === 'run' ? { runner: 'cypress' } : undefined
    case 'playwright':
      return first === 'test' ? { runner: 'playwright' } : undefined
    case 'react-scripts': case 'craco': case 'ng': case 'deno': case 'bun': case 'go': case 'richgo': case 'dotnet':
    case 'mix': case 'rails': case 'django-admin': case 'hatch':
      return first === 'test' || (name === 'rails' && /^(test|spec):/.test(first ?? '')) ? { runner: `${name} test` } : undefined
    case 'vue-cli-service':
      return first?.startsWith('test:') ? { runner: name } : undefined
    case 'cargo':
      return first === 'test' || first === 'nextest' ? { runner: 'cargo test' } : undefined
    case 'node': case 'tsx': case 'ts-node': case 'babel-node':
      return nodeTest(args)
    case 'ruby':
      return args.some((a) => /_test\.rb$|_spec\.rb$/.test(a)) ? { runner: 'ruby test' } : undefined
    case 'rake':
      return first === undefined || /^(test|spec|default)(:|$)/.test(first) ? { runner: `rake ${first ?? '(default: test)'}`.trim() } : undefined
    case 'php':
      return php(args)
    case 'artisan':
      return first === 'test' ? { runner: 'artisan test' } : undefined
    case 'sail':
      return first === 'test' || first === 'phpunit' || first === 'pest' || (first === 'artisan' && args.includes('test')) ? { runner: 'sail test' } : undefined
    case 'mvn': case 'mvnw':
      return maven(args)
    case 'gradle': case 'gradlew':
      return gradle(args)
  }
  if (isPython(name)) return python(args)
  return undefined
}

function nodeTest(args: string[]): Verdict | undefined {
  if (args.includes('--test')) return { runner: 'node --test' }
  const file = args.find((a) => !a.startsWith('-'))
  if (!file) return undefined
  const runner = /node_modules\/(jest|mocha|vitest|ava)\//.exec(file)
  if (runner) return { runner: runner[1]! }
  // a hand-rolled runner: `node test/run.js`, `node tests.js`
  return /(^|\/)(tests?|spec|__tests__)(\/|\.[cm]?[jt]s$)|[._-](test|spec)\.[cm]?[jt]sx?$/.test(file) ? { runner: 'node test script' } : undefined
}

function python(args: string[]): Verdict | undefined {
  const m = args.indexOf('-m')
  if (m >= 0) {
    const mod = args[m + 1]
    if (mod === 'pytest' || mod === 'unittest' || mod === 'tox' || mod === 'nox' || mod === 'nose2' || mod === 'green') return { runner: mod }
    if (mod === 'django' && args[m + 2] === 'test') return { runner: 'django test' }
    return undefined
  }
  const file = args.find((a) => !a.startsWith('-'))
  if (!file) return undefined
  const rest = args.slice(args.indexOf(file) + 1)
  if (programName(file) === 'manage.py') return rest[0] === 'test' ? { runner: 'manage.py test' } : undefined
  if (programName(file) === 'setup.py') return rest[0] === 'test' ? { runner: 'setup.py test' } : undefined
  return /(^|\/)(run_?)?tests?\.py$|(^|\/)test_\w+\.py$|_test\.py$/.test(file) ? { runner: 'python test script' } : undefined
}

function php(args: string[]): Verdict | undefined {
  const file = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-d')
  if (!file) return undefined
  const rest = args.slice(args.indexOf(file) + 1)
  const prog = programName(file)
  if (prog === 'artisan') return rest[0] === 'test' ? { runner: 'artisan test' } : undefined
  if (prog === 'phpunit' || prog === 'pest' || prog === 'paratest') return { runner: prog }
  return undefined
}

function maven(args: string[]): Verdict | undefined {
  const goals = args.filter((a) => !a.startsWith('-'))
  if (!goals.some((g) => MAVEN_PHASES.has(g))) return undefined
  const skip = args.find((a) => /^-D(skipTests|maven\.test\.skip)(=true)?$/.test(a))
  return skip ? { skipped: `maven runs with ${skip}` } : { runner: `mvn ${goals.find((g) => MAVEN_PHASES.has(g))}` }
}

function gradle(args: string[]): Verdict | undefined {
  const tasks: string[] = []
  const excluded: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-x' || a === '--exclude-task') excluded.push((args[++i] ?? '').split(':').pop()!)
    else if (!a.startsWith('-')) tasks.push(a.split(':').pop()!)
  }
  const testing = tasks.filter((t) => GRADLE_TASKS.test(t))
  if (!testing.length) return undefined
  if (excluded.includes('test') || excluded.includes('check')) return { skipped: 'gradle runs with -x test' }
  return { runner: `gradle ${testing[0]}` }
}
