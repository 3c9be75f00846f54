import { describe, expect, it } from 'vitest'
import { ci } from '../../src/facts/ci.js'
import { runAnalyzer } from '../helpers/context.js'

const at = (path: string, line: number) => expect.objectContaining({ path, line })

describe('ci analyzer', () => {
  it('reports a lint-only workflow as configured but not running tests', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-lint-only')
    expect(facts['ci.isConfigured']).toEqual({ id: 'ci.isConfigured', found: true, evidence: [{ path: '.github/workflows/lint.yml', line: 1, note: 'GitHub Actions' }] })
    expect(facts['ci.runsTests']).toEqual({ id: 'ci.runsTests', found: false, evidence: [] })
  })

  it('does not count npm test when the test script is the npm init placeholder', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-npm-default-test-script')
    expect(facts['ci.runsTests']!.found).toBe(false)
    expect(facts['ci.runsTests']!.evidence).toEqual([
      { path: '.github/workflows/node.yml', line: 19, note: `the "test" script in package.json is npm's placeholder ("no test specified")` },
    ])
  })

  it('follows make ci through its prerequisites to the pytest recipe line', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-make-indirection')
    expect(facts['ci.runsTests']).toEqual({
      id: 'ci.runsTests',
      found: true,
      evidence: [at('.github/workflows/ci.yml', 21), at('Makefile', 17)],
    })
  })

  it('follows npm run ci -> npm run test:unit -> vitest run', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-npm-run-chain')
    expect(facts['ci.runsTests']!.found).toBe(true)
    expect(facts['ci.runsTests']!.evidence).toEqual([
      { path: '.github/workflows/pipeline.yaml', line: 19, note: 'runs the tests (vitest)' },
      { path: 'package.json', line: 10, note: 'script "ci" runs vitest' },
      { path: 'package.json', line: 9, note: 'script "test:unit" runs vitest' },
    ])
  })

  it('runs npm test in the workflow default working-directory of a monorepo', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-working-directory')
    expect(facts['ci.runsTests']!.evidence).toEqual([at('.github/workflows/ci.yml', 34), at('backend/package.json', 7)])
  })

  it('ignores commented-out steps, `if: false` jobs and `if: ${{ false }}` steps', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-disabled-steps')
    expect(facts['ci.isConfigured']!.found).toBe(true)
    expect(facts['ci.runsTests']!.found).toBe(false)
  })

  it('reads a shell script that runs the tests inside docker compose', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-shell-script')
    expect(facts['ci.runsTests']!.evidence).toEqual([at('.github/workflows/ci.yml', 13), { path: 'scripts/ci.sh', line: 6, note: 'runs manage.py test' }])
  })

  it('reads GitLab CI jobs that share settings through a merge key', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-gitlab')
    expect(facts['ci.isConfigured']!.evidence).toEqual([{ path: '.gitlab-ci.yml', line: 1, note: 'GitLab CI' }])
    expect(facts['ci.runsTests']!.evidence).toEqual([{ path: '.gitlab-ci.yml', line: 26, note: 'runs the tests (pytest)' }])
  })

  it('reads Jenkinsfile sh steps inside dir() blocks and skips commented-out ones', async () => {
    const { facts } = await runAnalyzer(ci, 'ci-jenkins')
    expect(facts['ci.runsTests']!.evidence).toEqual([{ path: 'Jenkinsfile', line: 20, note: 'runs the tests (mvn verify)' }])
  })

  it('notes a malformed workflow, which still counts as configured', async () => {
    const { facts, notes } = await runAnalyzer(ci, 'ci-malformed-yaml')
    expect(facts['ci.isConfigured']!.found).toBe(true)
    expect(facts['ci.runsTests']!.found).toBe(false)
    expect(notes).toContainEqual({
      level: 'warning',
      path: '.github/workflows/test.yml',
      message: '.github/workflows/test.yml is not valid YAML at line 7: Tabs are not allowed as indentation (TAB_AS_INDENT)',
    })
  })

  it('survives an alias bomb quickly and still reads the other CI file', async () => {
    const started = Date.now()
    const { facts, notes } = await runAnalyzer(ci, 'ci-alias-bomb')
    expect(Date.now() - started).toBeLessThan(3000)
    expect(facts['ci.runsTests']!.evidence).toEqual([{ path: '.github/workflows/ci.yml', line: 9, note: 'runs the tests (go test)' }])
    expect(notes.map((n) => n.message)).toContain('.gitlab-ci.yml expands too many aliases; only part of it was checked')
  })

  it('does not count a workflow outside the root .github folder, and says why', async () => {
    const { facts, notes } = await runAnalyzer(ci, 'ci-misplaced-workflow')
    expect(facts['ci.isConfigured']!.found).toBe(false)
    expect(notes[0]).toMatchObject({ path: 'backend/.github/workflows/ci.yml' })
  })

  it('reports no CI for a repository without CI files', async () => {
    const { facts } = await runAnalyzer(ci, 'app-django-blog')
    expect(facts['ci.isConfigured']).toEqual({ id: 'ci.isConfigured', found: false, evidence: [] })
    expect(facts['ci.runsTests']!.found).toBe(false)
  })
})
