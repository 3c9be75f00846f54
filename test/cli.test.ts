import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { pickFix } from '../src/engine/evaluate.js'
import { loadRules } from '../src/engine/load-rules.js'
import { checkJsonSchema } from './render/json-schema-check.js'
import { catalogFirst, CATALOG, RULE_FACT_IDS } from './rules/catalog.js'

const ROOT = new URL('..', import.meta.url).pathname
const BIN = join(ROOT, 'dist/cli.js')
const TINY = join(ROOT, 'test/fixtures/repos/cli-tiny-api')
const FULL = join(ROOT, 'test/fixtures/repos/app-express-tasks')
let tmp: string

/** Run the built bin the way a user would: a fresh process, stdout and stderr apart. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: tmp, env: { PATH: process.env.PATH ?? '', ...env } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  // the bin under test is the build output, exactly what `npm ci` (prepare) produces
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' })
  if (!existsSync(BIN)) throw new Error(`build produced no ${BIN}: ${build.stdout}${build.stderr}`)
  tmp = mkdtempSync(join(tmpdir(), 'pc-cli-'))
  writeFileSync(join(tmp, 'bad-yaml.yml'), 'track: saas\nexempt: [docker.file\n')
  writeFileSync(join(tmp, 'bad-track.yml'), 'track: sass\nminScore: high\n')
  // a learner's repository whose own config is wrong in several ways: notes, never a failure
  mkdirSync(join(tmp, 'learner-repo/.github'), { recursive: true })
  writeFileSync(join(tmp, 'learner-repo/README.md'), '# Notes API\n')
  writeFileSync(join(tmp, 'learner-repo/package.json'), JSON.stringify({ name: 'notes-api', dependencies: { express: '4.19.2' } }))
  writeFileSync(join(tmp, 'learner-repo/.github/portfolio-check.yml'), 'track: sass\nminScore: 101\nexempt:\n  - check: docker.file\n  - check: docker.fil\n    reason: runs on a PaaS\n')
}, 180_000)

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('portfolio-check scan', () => {
  it('prints exactly one JSON document with all 24 catalog checks and exits 0', () => {
    const { code, stdout, stderr } = cli(['scan', FULL, '--format', 'json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(stdout.trimStart().startsWith('{')).toBe(true)
    expect(catalogFirst(doc.checks.map((c: { id: string }) => c.id)).catalog).toEqual(CATALOG)
    expect(doc.repo.name).toBe('app-express-tasks')
    expect(doc.layers).toHaveLength(6)
    expect(checkJsonSchema(JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')), doc)).toEqual([])
  })

  it('applies the repo config, and reports its problems as notes instead of failing', () => {
    const doc = JSON.parse(cli(['scan', TINY, '--format', 'json']).stdout)
    expect(doc.track).toBe('saas')
    expect(doc.notes).toContainEqual(expect.objectContaining({ path: '.github/portfolio-check.yml', message: expect.stringMatching(/exempt\[0\]\.reason: required/) }))
    expect(doc.checks.find((c: { id: string }) => c.id === 'docker.compose').status).toBe('fail')
  })

  it('turns every mistake in a learner\'s own config into a note with file, field and reason, and scans with the defaults', () => {
    const { code, stdout, stderr } = cli(['scan', join(tmp, 'learner-repo'), '--format', 'json'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const doc = JSON.parse(stdout)
    expect(doc.track).toBe('general')
    expect(catalogFirst(doc.checks.map((c: { id: string }) => c.id)).catalog).toEqual(CATALOG)
    expect(doc.checks.find((c: { id: string }) => c.id === 'docker.file').status).toBe('fail')
    const notes = doc.notes.filter((n: { path?: string }) => n.path === '.github/portfolio-check.yml').map((n: { message: string }) => n.message)
    expect(notes).toEqual([
      '.github/portfolio-check.yml: track: got "sass"; expected general, saas, data or platform; the default (general) is used',
      '.github/portfolio-check.yml: minScore: got 101; expected a whole number from 0 to 100; no minimum score is set',
      '.github/portfolio-check.yml: exempt[0].reason: required: say why this check does not apply to your project; this exemption is ignored',
      '.github/portfolio-check.yml: exempt[1].check: unknown check "docker.fil"; expected a check id such as docker.compose; this exemption is ignored',
    ])
    const text = cli(['scan', join(tmp, 'learner-repo')]).stdout
    expect(text).toContain('! .github/portfolio-check.yml: track: got "sass"')
  })

  it('prints the same JSON for the same repository every time', () => {
    expect(cli(['scan', FULL, '--format', 'json']).stdout).toBe(cli(['scan', FULL, '--format', 'json']).stdout)
  })

  it('takes --track and --config over the repo config', () => {
    const config = join(tmp, 'pc.yml')
    writeFileSync(config, 'track: data\nexempt:\n  - check: docker.compose\n    reason: one process, nothing to compose\n')
    const doc = JSON.parse(cli(['scan', TINY, '--format', 'json', '--config', config]).stdout)
    expect(doc.track).toBe('data')
    expect(doc.checks.find((c: { id: string }) => c.id === 'docker.compose').status).toBe('skip')
    expect(JSON.parse(cli(['scan', TINY, '--format', 'json', '--track', 'platform']).stdout).track).toBe('platform')
  })

  it('exits 1 when the score is below --min-score, still printing the report', () => {
    const { code, stdout, stderr } = cli(['scan', TINY, '--format', 'json', '--min-score', '90'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout).score).toBeLessThan(90)
    expect(stderr).toMatch(/score \d+ is below --min-score 90/)
  })

  it('exits 0 when the score reaches --min-score', () => {
    expect(cli(['scan', TINY, '--format', 'json', '--min-score', '0']).code).toBe(0)
  })

  it.each([
    [['scan', 'no/such/dir/here'], /no\/such\/dir\/here.*expected a folder/],
    [['scan', join(TINY, 'README.md')], /README\.md" is a file; expected a folder/],
    [['scan', TINY, '--format', 'xml'], /--format: got "xml"; expected text, markdown, json, sarif/],
    [['scan', TINY, '--format'], /--format: no value given; expected text, markdown, json, sarif/],
    [['scan', TINY, '--min-score', 'high'], /--min-score: got "high"; expected a whole number from 0 to 100/],
    [['scan', TINY, '--min-score', '101'], /--min-score: got "101"; expected a whole number from 0 to 100/],
    [['scan', TINY, '--min-score', '-5'], /--min-score: got "-5"; expected a whole number from 0 to 100/],
    [['scan', TINY, '--min-score', '50.5'], /--min-score: got "50.5"; expected a whole number from 0 to 100/],
    [['scan', TINY, '--track', 'frontend'], /--track: got "frontend"; expected general, saas, data, platform/],
    [['scan'], /"scan" needs exactly one path or owner\/repo; got none/],
    [['scan', TINY, 'other'], /"scan" needs exactly one path or owner\/repo; got ".*other"/],
    [['scan', TINY, '--colour'], /unknown option --colour; "scan" takes --format, --track, --min-score, --config, --save/],
    [['scan', TINY, '--minscore', '50'], /unknown option --minscore \(did you mean --min-score\?\)/],
    [['scan', TINY, '--save=yes'], /--save is a switch and takes no value; got "--save=yes"/],
    [['deploy', TINY], /unknown command "deploy"; expected scan, routes or rules/],
    [['rules', '--format', 'json'], /option --format does not apply to "rules"/],
    [['scan', TINY, '--config', 'missing.yml'], /--config: cannot read "missing.yml" \(ENOENT\); expected a readable YAML file/],
    [['scan', TINY, '--config', 'bad-yaml.yml'], /--config bad-yaml\.yml: \(yaml\): invalid YAML: .* at line \d+, column \d+; expected a valid portfolio-check config/],
    [['scan', TINY, '--config', 'bad-track.yml'], /--config bad-track\.yml: track: got "sass"; expected general, saas, data or platform \(and 1 more problem\)/],
    [[], /no command given/],
  ])('exits 2 with a one-line message for %j', (args, message) => {
    const { code, stdout, stderr } = cli(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('says a missing folder that looks like owner/repo was tried on GitHub', () => {
    const { code, stdout, stderr } = cli(['scan', 'my-api/backend'], { GITHUB_API_URL: 'http://127.0.0.1:9' })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^portfolio-check: no folder "my-api\/backend" here, so it was read as the GitHub repository my-api\/backend: .*; try again later\n$/)
  })

  it('prints text without colour when stdout is not a terminal', () => {
    const { code, stdout } = cli(['scan', TINY])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^portfolio-check {2}cli-tiny-api/)
    expect(stdout).toContain('✗ fail')
    expect(stdout).not.toContain('\u001b[')
  })

  it('prints the checklist issue body and SARIF', () => {
    expect(cli(['scan', TINY, '--format', 'markdown']).stdout).toMatch(/^<!-- portfolio-check -->\n/)
    expect(JSON.parse(cli(['scan', TINY, '--format', 'sarif']).stdout).version).toBe('2.1.0')
  })

  it('saves the scan in the local store with --save, keeping stdout for the report', () => {
    const db = join(tmp, 'save.db')
    const { code, stdout, stderr } = cli(['scan', TINY, '--format', 'json', '--save'], { DATABASE_URL: `file:${db}` })
    expect(code).toBe(0)
    expect(JSON.parse(stdout).repo.name).toBe('cli-tiny-api')
    expect(stderr).toMatch(/^portfolio-check: saved scan \d+ of cli-tiny-api to file:/)
    expect(existsSync(db)).toBe(true)
  })

  it('does not load probot, hono, a database driver or Octokit for a local scan', () => {
    const log = join(tmp, 'loaded.txt')
    const hook = join(tmp, 'hook.mjs')
    writeFileSync(hook, `import { appendFileSync } from 'node:fs'\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r }\n`)
    const register = join(tmp, 'register.mjs')
    writeFileSync(register, `import { register } from 'node:module'\nregister(${JSON.stringify(`file://${hook}`)})\n`)
    const result = spawnSync(process.execPath, ['--import', register, BIN, 'scan', TINY, '--format', 'json'], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    const loaded = readFileSync(log, 'utf8')
    expect(loaded).toContain('cli')
    expect(loaded).not.toMatch(/node_modules\/(probot|hono|@hono|kysely|libsql|pg|@octokit)\//)
    expect(loaded).not.toMatch(/dist\/(store|github|web|queue)\//)
  })
})

describe('portfolio-check scan: fixes for the detected stack', () => {
  const rules = new Map(loadRules({ knownFactIds: RULE_FACT_IDS }).map((r) => [r.id, r]))

  it.each([
    ['app-express-tasks', 'javascript', 'express'],
    ['app-nest-mongo-notes', 'javascript', 'nestjs'],
    ['app-fastify-quiz', 'javascript', 'fastify'],
    ['app-koa-bookmarks', 'javascript', 'koa'],
    ['app-hono-workers', 'javascript', 'hono'],
    ['app-fastapi-notes', 'python', 'fastapi'],
    ['app-django-blog', 'python', 'drf'],
    ['app-flask-library', 'python', 'flask'],
    ['app-gin-kanban', 'go', 'gin'],
    ['app-echo-notes', 'go', 'echo'],
    ['app-chi-expenses', 'go', 'chi'],
    ['app-fiber-chat', 'go', 'fiber'],
    ['app-spring-kotlin-links', 'java', 'spring'],
    ['app-laravel-todo', 'php', 'laravel'],
    ['app-symfony-catalog', 'php', 'symfony'],
    ['app-slim-notes', 'php', 'slim'],
    ['app-rails-weather', 'ruby', 'rails'],
    ['app-aspnet-biblioteca', 'csharp', 'aspnet'],
  ] as const)('gives %s the %s / %s variant of every failing check', (fixture, language, framework) => {
    const doc = JSON.parse(cli(['scan', join(ROOT, 'test/fixtures/repos', fixture), '--format', 'json']).stdout)
    const root = { path: '', language, frameworks: framework === 'drf' ? ['django', 'drf'] : [framework], manifest: '' }
    const failing = doc.checks.filter((c: { status: string }) => c.status === 'fail') as { id: string; fix: string }[]
    for (const check of failing) expect(check.fix, `${fixture} ${check.id}`).toBe(pickFix(rules.get(check.id)!.fix, root).trim())
    // at least one failing check has a variant for this framework (or, for PHP, one a Laravel project would get instead)
    expect(failing.some((c) => rules.get(c.id)!.fix[framework] || (language === 'php' && rules.get(c.id)!.fix.laravel))).toBe(true)
  })
})

describe('portfolio-check routes', () => {
  const ROUTES = join(ROOT, 'test/fixtures/repos/routes-express-prefix')

  it('prints the routes the checker found as a table, with router prefixes applied', () => {
    const { code, stdout } = cli(['routes', ROUTES])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^METHOD +PATH +FILE:LINE +FRAMEWORK\n/)
    expect(stdout).toMatch(/^POST +\/auth\/login +src\/routes\/auth\.js:\d+ +express$/m)
  })

  it('prints them as a JSON array with --json', () => {
    const routes = JSON.parse(cli(['routes', ROUTES, '--json']).stdout)
    expect(routes).toContainEqual(expect.objectContaining({ method: 'POST', path: '/auth/login', framework: 'express' }))
  })

  it('exits 2 for a path that does not exist', () => {
    expect(cli(['routes', 'nope/nope/nope']).code).toBe(2)
  })
})

describe('a malformed rule file stops start-up', () => {
  /** A copy of the built CLI package whose rules/ can be broken without touching the real one. */
  function brokenPackage(file: string, edit: (text: string) => string | null): string {
    const pkg = mkdtempSync(join(tmp, 'pkg-'))
    mkdirSync(join(pkg, 'dist'))
    for (const part of ['cli.js', 'cli-chunks', 'rules.json']) cpSync(join(ROOT, 'dist', part), join(pkg, 'dist', part), { recursive: true })
    for (const part of ['rules', 'templates', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'))
    const text = edit(readFileSync(join(ROOT, 'rules', file), 'utf8'))
    if (text === null) rmSync(join(pkg, 'rules', file))
    else writeFileSync(join(pkg, 'rules', file), text)
    return pkg
  }

  it.each([
    ['an unknown key', 'docker.file.yml', (t: string) => `${t}severity: high\n`, 'rules/docker.file.yml: severity: unknown key'],
    ['a bad layer', 'docker.file.yml', (t: string) => t.replace('layer: delivery', 'layer: ops'), 'rules/docker.file.yml: layer: '],
    ['an unknown fact id', 'docker.file.yml', (t: string) => t.replace('docker.hasDockerfile', 'docker.hasDokerfile'), 'rules/docker.file.yml: when.all[0]: unknown fact id "docker.hasDokerfile"'],
    ['invalid YAML', 'docker.file.yml', (t: string) => `${t}  bad: [\n`, 'rules/docker.file.yml: yaml: '],
    ['an id that differs from the file name', 'docker.file.yml', (t: string) => t.replace('id: docker.file', 'id: docker.image'), 'rules/docker.file.yml: id: "docker.image" does not match the file name'],
    ['a catalog check without a file', 'license.present.yml', () => null, 'rules/license.present.yml: file: missing'],
  ])('with %s: exit 3 and rules/<file>: <field>: <reason>', (_, file, edit, message) => {
    const pkg = brokenPackage(file, edit)
    for (const args of [['rules'], ['scan', TINY, '--format', 'json']]) {
      const result = spawnSync(process.execPath, [join(pkg, 'dist/cli.js'), ...args], { encoding: 'utf8', cwd: tmp })
      expect(result.status).toBe(3)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain(`portfolio-check: invalid rule or template file: ${message}`)
    }
  })
})

describe('portfolio-check rules, --help, --version', () => {
  it('lists every check with its layer and weight', () => {
    const { code, stdout } = cli(['rules'])
    expect(code).toBe(0)
    for (const id of CATALOG) expect(stdout).toMatch(new RegExp(`^${id.replace('.', '\\.')} +\\w+ +\\d+ `, 'm'))
  })

  it('prints usage and the version', () => {
    expect(cli(['--help']).stdout).toMatch(/Usage\n {2}portfolio-check scan <path \| owner\/repo>/)
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(cli(['--version']).stdout).toBe(`${pkg.version}\n`)
  })
})

describe('main() (in process): colour follows the terminal and NO_COLOR', () => {
  async function run(env: Record<string, string>, isTTY: boolean) {
    let out = ''
    const code = await main(['scan', TINY], { stdout: (t) => void (out += t), stderr: () => undefined, env, isTTY })
    return { code, out }
  }

  it('uses colour on a terminal', async () => {
    const { code, out } = await run({}, true)
    expect(code).toBe(0)
    expect(out).toContain('\u001b[31m✗ fail\u001b[39m')
  })

  it('drops colour when NO_COLOR is set, even on a terminal', async () => {
    expect((await run({ NO_COLOR: '1' }, true)).out).not.toContain('\u001b[')
  })
})
