import nock from 'nock'
import { afterEach, describe, expect, it } from 'vitest'
import { mockGitHub } from '../helpers/github-mock.js'
import { appHarness, readingScan, type Harness } from './harness.js'
import { payload } from './fixtures.js'
import { testReport, type ReportOptions } from './report.js'

const OWNER = 'Codertocat'
const REPO = 'Hello-World'
const HEAD = '6113728f27ae82c7b1a177c8d03f9e96e0adf246'
const BOT = 'portfolio-check[bot]'
const files = { 'README.md': '# Hello\n', 'src/index.js': 'console.log(1)\n' }
const ourIssue = (number: number, extra: Record<string, unknown> = {}) => ({ number, state: 'open', body: '<!-- portfolio-check -->\nold', user: { login: BOT }, closed_by: null, ...extra })

let h: Harness | undefined
afterEach(async () => {
  nock.cleanAll()
  await h?.close()
  h = undefined
})

const harness = async (options: ReportOptions = { failing: ['docker.file'] }, extra: { dryRun?: boolean } = {}) =>
  (h = await appHarness({ scan: readingScan((commit) => testReport(commit, options)), ...extra }))
const push = (id = 'delivery-1') => h!.probot.receive({ id, name: 'push', payload: payload('push') as never })
const job = async () => (await h!.store.listJobs())[0]!

describe('scan job: failures and limits', () => {
  it('waits out a secondary rate limit (403 + Retry-After) and then succeeds', async () => {
    await harness()
    const gh = mockGitHub().canGetToken(1)
    gh.scope.get(`/repos/${OWNER}/${REPO}/git/trees/master`).query(true).reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' })
    gh.hasBranch(OWNER, REPO, 'master', HEAD, files).hasApp().listsIssues(OWNER, REPO, [ourIssue(7)]).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    const started = Date.now()
    await push()
    await h!.settle()
    expect(gh.pending()).toEqual([])
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
    expect(await job()).toMatchObject({ status: 'done', attempts: 2 })
  })

  it('retries after a 500 on a later blob query instead of posting a report built from missing files', async () => {
    await harness()
    // docs/notes.txt is not prefetched: its lazy read is the query that fails the first time
    const withNotes = { ...files, 'docs/notes.txt': 'notes' }
    const gh = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, withNotes)
    gh.scope.post('/graphql').reply(500, { message: 'Server Error' })
    gh.hasBranch(OWNER, REPO, 'master', HEAD, withNotes, { graphql: 2 }).hasApp().listsIssues(OWNER, REPO, [ourIssue(7)]).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    expect(gh.pending()).toEqual([])
    expect(gh.written(`PATCH /repos/${OWNER}/${REPO}/issues/7`)).toHaveLength(1)
    expect(await job()).toMatchObject({ status: 'done', attempts: 2 })
    const repo = await h!.store.getRepo(OWNER, REPO)
    expect(await h!.store.listScans(repo!.id)).toHaveLength(1)
  })

  it('ends cleanly on a truncated tree: no issue, no check run, the reason kept on the job', async () => {
    await harness()
    const gh = mockGitHub().canGetToken(1).hasRepo(OWNER, REPO, 'master', files, { truncated: true })
    await push()
    await h!.settle()
    expect(gh.pending()).toEqual([])
    expect(gh.calls.filter((c) => c.includes('/issues') || c.includes('/check-runs'))).toEqual([])
    expect(await job()).toMatchObject({ status: 'done', attempts: 1 })
    expect((await job()).lastError).toMatch(/more files than GitHub lists in one tree/)
  })

  it('ends cleanly when the app was uninstalled meanwhile (no token: 404), writing nothing', async () => {
    await harness()
    const gh = mockGitHub()
    gh.scope.post('/app/installations/1/access_tokens').reply(404, { message: 'Not Found' })
    await push()
    await h!.settle()
    expect(gh.calls).toEqual(['POST /app/installations/1/access_tokens'])
    expect(await job()).toMatchObject({ status: 'done', attempts: 1, lastError: expect.stringMatching(/not found \(404\).*app uninstalled; nothing to scan/) })
  })

  it('lets a run that outlived its timeout write nothing, so its retry opens the one issue', async () => {
    let runs = 0
    let slowRunDone!: () => void
    const slowRunEnded = new Promise<void>((resolve) => (slowRunDone = resolve))
    const scan = readingScan((commit) => testReport(commit, { failing: ['docker.file'] }))
    h = await appHarness({
      queue: { jobTimeoutMs: 300 },
      scan: async (source) => {
        const report = await scan(source)
        // the first run stalls past the timeout (a hung request), then carries on
        if (++runs === 1) await new Promise((resolve) => setTimeout(resolve, 600)).then(() => slowRunDone())
        return report
      },
    })
    const gh = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, files).hasBranch(OWNER, REPO, 'master', HEAD, files)
    gh.hasApp().listsIssues(OWNER, REPO, []).lacksLabel(OWNER, REPO).expectsIssueCreate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    const unmatched: string[] = []
    const onNoMatch = (req: { method?: string; path?: string }) => void unmatched.push(`${req.method} ${req.path}`)
    nock.emitter.on('no match', onNoMatch)
    await push()
    await h.settle()
    await slowRunEnded
    await new Promise((resolve) => setTimeout(resolve, 50))
    nock.emitter.removeListener('no match', onNoMatch)
    expect(unmatched).toEqual([])
    expect(gh.pending()).toEqual([])
    // two reads, one set of writes: the stalled run made no request once it woke up
    const tree = `GET /repos/${OWNER}/${REPO}/git/trees/master`
    expect(gh.calls).toEqual([
      'POST /app/installations/1/access_tokens', tree, 'POST /graphql', tree, 'POST /graphql',
      'GET /app', `GET /repos/${OWNER}/${REPO}/issues`, `GET /repos/${OWNER}/${REPO}/labels/portfolio-check`,
      `POST /repos/${OWNER}/${REPO}/labels`, `POST /repos/${OWNER}/${REPO}/issues`, `POST /repos/${OWNER}/${REPO}/check-runs`,
    ])
    expect(await job()).toMatchObject({ status: 'done', attempts: 2 })
  })

  it('keeps the body under 65,536 characters when the report would overflow it, and says so', async () => {
    const failing = ['docker.file', 'ci.tests', 'tests.http', 'api.spec', 'db.migrations', 'auth.routes']
    const evidence = Object.fromEntries(failing.map((id) => [id, Array.from({ length: 10 }, (_, i) => ({ path: `src/${id}/${'deep/'.repeat(20)}file-${i}.js`, line: i + 1 }))]))
    await harness({ failing, evidence, fix: 'Write it down. '.repeat(1_200) })
    const gh = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, files).hasApp().listsIssues(OWNER, REPO, []).lacksLabel(OWNER, REPO).expectsIssueCreate(OWNER, REPO).expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    const [issue] = gh.written(`POST /repos/${OWNER}/${REPO}/issues`)
    expect(issue!.body.length).toBeLessThanOrEqual(65_536)
    expect(issue!.body).toContain('under GitHub’s size limit')
    expect(issue!.body).toContain('- [ ] <!-- rescan -->')
  })

  it('annotates the failing checks at their file and line', async () => {
    const failing = ['docker.file', 'ci.tests', 'tests.http', 'api.spec', 'db.migrations', 'auth.routes', 'auth.hashing', 'ops.health']
    const evidence = Object.fromEntries(failing.map((id) => [id, [{ path: `src/${id}.js`, line: 3 }]]))
    await harness({ failing, evidence })
    const gh = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, files).hasApp().listsIssues(OWNER, REPO, [ourIssue(7)]).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO, 55)
    await push()
    await h!.settle()
    const [run] = gh.written(`POST /repos/${OWNER}/${REPO}/check-runs`)
    expect(run!.output.annotations).toHaveLength(8)
    expect(run!.output.annotations[0]).toMatchObject({ path: expect.stringMatching(/^src\//), start_line: 3, end_line: 3, annotation_level: 'warning' })
  })

  it('turns the repo minScore into success or failure', async () => {
    await harness({ failing: ['docker.file'], minScore: 99 })
    const gh = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, files).hasApp().listsIssues(OWNER, REPO, [ourIssue(7)]).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    expect(gh.written(`POST /repos/${OWNER}/${REPO}/check-runs`)[0]).toMatchObject({ conclusion: 'failure' })
  })

  it('still posts the check run when the repository has issues turned off (410)', async () => {
    await harness()
    const gh = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, files).hasApp().listsIssues(OWNER, REPO, []).hasLabel(OWNER, REPO).expectsCheckRun(OWNER, REPO)
    gh.scope.post(`/repos/${OWNER}/${REPO}/issues`).reply(410, { message: 'Issues are disabled for this repo' })
    await push()
    await h!.settle()
    expect(gh.pending()).toEqual([])
    expect(await job()).toMatchObject({ status: 'done', attempts: 1 })
  })

  it('writes nothing in a dry run, but still reads', async () => {
    await harness({ failing: ['docker.file'] }, { dryRun: true })
    const gh = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, files).hasApp().listsIssues(OWNER, REPO, [])
    await push()
    await h!.settle()
    expect(gh.pending()).toEqual([])
    expect(gh.calls.filter((c) => !c.startsWith('GET') && !c.endsWith('/graphql') && !c.includes('access_tokens'))).toEqual([])
  })

  it('finds the issue again when the cached number was deleted, without opening a second one', async () => {
    await harness()
    const repo = await h!.store.upsertRepo({ account: OWNER, name: REPO, installationId: 1 })
    await h!.store.updateRepo(repo.id, { issueNumber: 3 })
    const gh = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, files).hasApp()
    gh.scope.get(`/repos/${OWNER}/${REPO}/issues/3`).reply(404, { message: 'Not Found' })
    gh.listsIssues(OWNER, REPO, [ourIssue(9)]).expectsIssueUpdate(OWNER, REPO, 9).expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    expect(gh.pending()).toEqual([])
    expect((await h!.store.getRepo(OWNER, REPO))?.issueNumber).toBe(9)
  })
})
