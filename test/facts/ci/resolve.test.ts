import { describe, expect, it } from 'vitest'
import { createResolver } from '../../../src/facts/ci/resolve.js'
import { memorySnapshot } from './memory-snapshot.js'

const pkg = (scripts: Record<string, string>, extra: Record<string, unknown> = {}) => JSON.stringify({ name: 'x', ...extra, scripts }, null, 2)

async function judge(files: Record<string, string>, script: string, ...cwd: [string | undefined] | []) {
  return createResolver(memorySnapshot(files)).script(script, cwd.length ? cwd[0] : '', 0)
}

describe('createResolver().script', () => {
  it('follows npm run chains through package.json and reports each hop', async () => {
    const outcome = await judge({ 'package.json': pkg({ ci: 'npm run lint && npm run test:unit', lint: 'eslint .', 'test:unit': 'vitest run' }) }, 'npm run ci')
    expect(outcome).toMatchObject({ runs: true, runner: 'vitest', line: 0 })
    expect(outcome.runs && outcome.trail.map((e) => [e.path, e.line])).toEqual([['package.json', 4], ['package.json', 6]])
  })

  it('does not count npm init placeholder test script and says why', async () => {
    const outcome = await judge({ 'package.json': pkg({ test: 'echo "Error: no test specified" && exit 1' }) }, 'npm test')
    expect(outcome).toEqual({ runs: false, reason: `the "test" script in package.json is npm's placeholder ("no test specified")`, line: 0 })
  })

  it('survives scripts that call each other in a cycle', async () => {
    const outcome = await judge({ 'package.json': pkg({ test: 'npm run check', check: 'npm test' }) }, 'npm test')
    expect(outcome.runs).toBe(false)
  })

  it('tracks cd across the lines of a script', async () => {
    const files = { 'backend/package.json': pkg({ test: 'jest' }) }
    expect(await judge(files, 'cd backend\nnpm ci\nnpm test')).toMatchObject({ runs: true, runner: 'jest', line: 2 })
    expect(await judge(files, 'npm test')).toMatchObject({ runs: false, reason: 'the repository root has no package.json' })
  })

  it('understands --prefix, -C and --cwd', async () => {
    const files = { 'api/package.json': pkg({ test: 'mocha' }) }
    for (const line of ['npm test --prefix api', 'npm --prefix=api run test', 'pnpm -C api test', 'yarn --cwd api test'])
      expect(await judge(files, line)).toMatchObject({ runs: true, runner: 'mocha' })
  })

  it('finds workspaces by name or path', async () => {
    const files = {
      'package.json': pkg({}, { workspaces: ['packages/*'] }),
      'packages/api/package.json': JSON.stringify({ name: '@shop/api', scripts: { test: 'vitest run' } }),
      'packages/web/package.json': JSON.stringify({ name: '@shop/web', scripts: { build: 'vite build' } }),
    }
    for (const line of ['yarn workspace @shop/api test', 'npm test -w packages/api', 'npm run test --workspaces', 'pnpm -r test', 'turbo run test'])
      expect(await judge(files, line), line).toMatchObject({ runs: true, runner: 'vitest' })
  })

  it('runs a package binary when a yarn word is not a script', async () => {
    expect(await judge({ 'package.json': pkg({}) }, 'yarn jest --ci')).toMatchObject({ runs: true, runner: 'jest' })
  })

  it('follows make targets, prerequisites, variables and $(MAKE) -C', async () => {
    const files = {
      Makefile: 'PY := python3\n\nci: lint test\n\nlint:\n\truff check .\n\ntest:\n\t$(MAKE) -C api test\n',
      'api/Makefile': '.PHONY: test\ntest:\n\t@$(PY) -m pytest\n',
    }
    const outcome = await judge(files, 'make ci')
    expect(outcome).toMatchObject({ runs: true, runner: 'pytest' })
    expect(outcome.runs && outcome.trail.map((e) => `${e.path}:${e.line}`)).toEqual(['Makefile:9', 'api/Makefile:3'])
  })

  it('uses the first target when make is called without one', async () => {
    expect(await judge({ Makefile: 'all: test\n\ntest:\n\tgo test ./...\n' }, 'make')).toMatchObject({ runs: true, runner: 'go test' })
  })

  it('reads shell scripts, including cd "$(dirname "$0")"', async () => {
    const files = { 'scripts/test.sh': '#!/bin/sh\ncd "$(dirname "$0")/../server"\n./gradlew check\n', 'server/build.gradle': '' }
    const outcome = await judge(files, 'bash scripts/test.sh')
    expect(outcome).toMatchObject({ runs: true, runner: 'gradle check' })
    expect(outcome.runs && outcome.trail).toEqual([{ path: 'scripts/test.sh', line: 3, note: 'runs gradle check' }])
  })

  it('judges the command run inside a container', async () => {
    const files = { 'app/package.json': pkg({ test: 'jest' }) }
    expect(await judge(files, 'docker compose -f compose.ci.yml run --rm -e CI=1 app npm test')).toMatchObject({ runs: true, runner: 'jest' })
    expect(await judge(files, 'docker-compose exec -T db pytest')).toMatchObject({ runs: true, runner: 'pytest' })
    expect(await judge(files, 'docker compose up -d')).toEqual({ runs: false })
  })

  it('looks in every package.json when the folder is unknown', async () => {
    const files = { 'services/api/package.json': pkg({ test: 'ava' }) }
    expect(await judge(files, 'npm test', undefined)).toMatchObject({ runs: true, runner: 'ava' })
  })

  it('follows composer scripts, npm-run-all patterns and bash -c', async () => {
    const composer = JSON.stringify({ scripts: { test: ['@lint', '@php artisan test'], lint: 'pint --test' } })
    expect(await judge({ 'composer.json': composer }, 'composer test')).toMatchObject({ runs: true, runner: 'artisan test' })
    const runAll = { 'package.json': pkg({ check: 'run-s lint test:*', lint: 'eslint .', 'test:api': 'jest' }) }
    expect(await judge(runAll, 'npm run check')).toMatchObject({ runs: true, runner: 'jest' })
    expect(await judge({}, `bash -c "cd api && pytest -x"`)).toMatchObject({ runs: true, runner: 'pytest' })
  })

  it('does not follow a path out of the repository', async () => {
    expect(await judge({ 'package.json': pkg({ test: 'jest' }) }, 'npm test --prefix ../other')).toMatchObject({ runs: false })
  })
})
