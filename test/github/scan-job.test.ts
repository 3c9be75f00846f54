import nock from 'nock'
import { afterEach, describe, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { filesOf, mockGitHub } from '../helpers/github-mock.js'
import { appHarness, readingScan, type Harness } from './harness.js'
import { payload } from './fixtures.js'
import { testReport, type ReportOptions } from './report.js'

const OWNER = 'Codertocat'
const REPO = 'Hello-World'
const HEAD = '6113728f27ae82c7b1a177c8d03f9e96e0adf246'
const BOT = 'portfolio-check[bot]'
const files = { 'README.md': '# Hello\n', 'package.json': '{"name":"hello"}', 'src/index.js': 'console.log(1)\n' }

let h: Harness | undefined
afterEach(async () => {
  nock.cleanAll()
  await h?.close()
  h = undefined
})

/** Harness whose scan returns a report with `options` for whatever commit it read. */
const harness = async (options: ReportOptions | ((commit: string) => ReportOptions) = {}, extra: { dryRun?: boolean } = {}) =>
  (h = await appHarness({ scan: readingScan((commit) => testReport(commit, typeof options === 'function' ? options(commit) : options)), ...extra }))

const push = (id = 'delivery-1', after = HEAD) => {
  const p = payload('push')
  p.after = after
  return h!.probot.receive({ id, name: 'push', payload: p as never })
}

/** The requests every push scan makes before the sinks: token (first job only), head, tree, blobs. */
const scanning = (commit = HEAD, token = true) => {
  const gh = mockGitHub()
  if (token) gh.canGetToken(1)
  return gh.hasBranch(OWNER, REPO, 'master', commit, files)
}

const ourIssue = (number: number, body: string, extra: Record<string, unknown> = {}) => ({
  number,
  state: 'open',
  body: body.startsWith('<!-- portfolio-check -->') ? body : `<!-- portfolio-check -->\n${body}`,
  user: { login: BOT },
  closed_by: null,
  ...extra,
})

describe('scan job: checklist issue and check run', () => {
  it('opens one labelled checklist issue and a neutral check run on the first push, with exactly these requests', async () => {
    await harness({ failing: ['docker.file', 'ci.tests'] })
    const gh = scanning().hasApp().listsIssues(OWNER, REPO, []).lacksLabel(OWNER, REPO).expectsIssueCreate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    expect(gh.pending()).toEqual([])
    expect(gh.calls).toEqual([
      'POST /app/installations/1/access_tokens',
      `GET /repos/${OWNER}/${REPO}/git/trees/master`,
      'POST /graphql',
      'GET /app',
      `GET /repos/${OWNER}/${REPO}/issues`,
      `GET /repos/${OWNER}/${REPO}/labels/portfolio-check`,
      `POST /repos/${OWNER}/${REPO}/labels`,
      `POST /repos/${OWNER}/${REPO}/issues`,
      `POST /repos/${OWNER}/${REPO}/check-runs`,
    ])
    const [issue] = gh.written(`POST /repos/${OWNER}/${REPO}/issues`)
    expect(issue).toMatchObject({ title: 'Portfolio readiness checklist', labels: ['portfolio-check'] })
    expect(issue!.body).toMatch(/^<!-- portfolio-check -->/)
    expect(issue!.body).toContain('- [ ] <!-- rescan -->')
    const [run] = gh.written(`POST /repos/${OWNER}/${REPO}/check-runs`)
    expect(run).toMatchObject({ name: 'Portfolio readiness', head_sha: HEAD, status: 'completed', conclusion: 'neutral' })
    expect(run!.output.title).toMatch(/^92\/100/)
    expect(run!.output.summary).toContain('Add it (docker.file).')
    const repo = await h!.store.getRepo(OWNER, REPO)
    expect(repo?.issueNumber).toBe(7)
    expect((await h!.store.latestScan(repo!.id))?.commit).toBe(HEAD)
    expect((await h!.store.listJobs())[0]).toMatchObject({ status: 'done', lastError: null })
  })

  it('costs two API requests to read a typical repository on a push (tree of the branch, one blob query with the head)', async () => {
    await harness()
    const gh = scanning().hasApp().listsIssues(OWNER, REPO, [ourIssue(7, 'x')]).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    const reads = gh.calls.filter((c) => c === 'POST /graphql' || c.includes('/git/'))
    expect(reads).toEqual([`GET /repos/${OWNER}/${REPO}/git/trees/master`, 'POST /graphql'])
  })

  it('makes no PATCH when the rendered body is unchanged', async () => {
    await harness({ failing: ['docker.file'] })
    let body = ''
    const first = scanning().hasApp().listsIssues(OWNER, REPO, []).lacksLabel(OWNER, REPO).expectsIssueCreate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push('d-1')
    await h!.settle()
    body = first.written(`POST /repos/${OWNER}/${REPO}/issues`)[0]!.body
    const second = scanning(HEAD, false).getsIssue(OWNER, REPO, ourIssue(7, body)).expectsCheckRun(OWNER, REPO)
    await push('d-2')
    await h!.settle()
    expect(second.pending()).toEqual([])
    expect(second.calls.some((c) => c.startsWith('PATCH'))).toBe(false)
  })

  it('edits the issue in place with the change since the last scan of another commit', async () => {
    const NEXT = 'b'.repeat(40)
    await harness((commit) => ({ failing: commit === HEAD ? ['docker.file', 'ci.tests'] : ['ci.tests'] }))
    scanning().hasApp().listsIssues(OWNER, REPO, []).lacksLabel(OWNER, REPO).expectsIssueCreate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push('d-1')
    await h!.settle()
    const gh = scanning(NEXT, false).getsIssue(OWNER, REPO, ourIssue(7, 'old body')).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push('d-2', NEXT)
    await h!.settle()
    const [patch] = gh.written(`PATCH /repos/${OWNER}/${REPO}/issues/7`)
    expect(Object.keys(patch!)).toEqual(['body'])
    expect(patch!.body).toContain('**+4** since `6113728`: Dockerfile now passes')
    expect(gh.pending()).toEqual([])
  })

  it('keeps a human-closed issue closed on a regression, only refreshing its body', async () => {
    await harness({ failing: ['docker.file'] })
    const gh = scanning()
      .hasApp()
      .listsIssues(OWNER, REPO, [ourIssue(7, 'old', { state: 'closed' })])
      .getsIssue(OWNER, REPO, ourIssue(7, 'old', { state: 'closed', closed_by: { login: 'Codertocat' } }))
      .expectsIssueUpdate(OWNER, REPO, 7)
      .expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    const [patch] = gh.written(`PATCH /repos/${OWNER}/${REPO}/issues/7`)
    expect(patch).not.toHaveProperty('state')
    expect(patch!.body).toContain('<!-- portfolio-check -->')
    expect(gh.calls.filter((c) => c.startsWith('POST /repos/Codertocat/Hello-World/issues'))).toEqual([])
  })

  it('reopens on a regression an issue the app itself closed', async () => {
    await harness({ failing: ['docker.file'] })
    const gh = scanning()
      .hasApp()
      .listsIssues(OWNER, REPO, [ourIssue(7, 'old', { state: 'closed' })])
      .getsIssue(OWNER, REPO, ourIssue(7, 'old', { state: 'closed', closed_by: { login: BOT } }))
      .expectsIssueUpdate(OWNER, REPO, 7)
      .expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    expect(gh.written(`PATCH /repos/${OWNER}/${REPO}/issues/7`)[0]).toMatchObject({ state: 'open', state_reason: 'reopened' })
  })

  it('closes the issue with a last edit when every check passes, and opens none for a repo that already passes', async () => {
    await harness({ failing: [] })
    const gh = scanning().hasApp().listsIssues(OWNER, REPO, [ourIssue(7, 'old')]).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    const [patch] = gh.written(`PATCH /repos/${OWNER}/${REPO}/issues/7`)
    expect(patch).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(patch!.body).toContain('Nothing left to do')
    await h!.close()

    await harness({ failing: [] })
    const none = scanning().hasApp().listsIssues(OWNER, REPO, []).expectsCheckRun(OWNER, REPO)
    await push()
    await h!.settle()
    expect(none.pending()).toEqual([])
    expect(none.calls.filter((c) => c.includes('/issues') && !c.startsWith('GET'))).toEqual([])
  })

  it('gives one issue with the newest result for 20 concurrent pushes and duplicate deliveries', async () => {
    const NEWEST = 'f'.repeat(40)
    await harness((commit) => ({ failing: commit === NEWEST ? ['ci.tests'] : ['ci.tests', 'docker.file'] }))
    const gh = mockGitHub().canGetToken(1).hasApp()
    // whichever job runs reads the branch head as it is now: the newest push
    gh.scope.persist()
    gh.hasBranch(OWNER, REPO, 'master', NEWEST, files)
    gh.listsIssues(OWNER, REPO, []).lacksLabel(OWNER, REPO).expectsIssueCreate(OWNER, REPO, 7)
    gh.getsIssue(OWNER, REPO, ourIssue(7, 'placeholder')).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    const deliveries = Array.from({ length: 20 }, (_, i) => push(`d-${i}`, i.toString(16).padStart(40, 'c')))
    await Promise.all([...deliveries, push('d-3', '3'.padStart(40, 'c')), push('d-7', '7'.padStart(40, 'c'))])
    await h!.settle()
    expect(gh.written(`POST /repos/${OWNER}/${REPO}/issues`)).toHaveLength(1)
    const bodies = [...gh.written(`POST /repos/${OWNER}/${REPO}/issues`), ...gh.written(`PATCH /repos/${OWNER}/${REPO}/issues/7`)].map((b) => b.body)
    expect(bodies.at(-1)).toContain(NEWEST.slice(0, 7))
    const jobs = await h!.store.listJobs()
    expect(jobs).toHaveLength(20)
    expect(jobs.filter((j) => j.status !== 'done' && j.status !== 'superseded')).toEqual([])
    const repo = await h!.store.getRepo(OWNER, REPO)
    expect((await h!.store.latestScan(repo!.id))?.commit).toBe(NEWEST)
  })

  it('runs the real scan through the API and shows an invalid repo config at the top of the issue', async () => {
    h = await appHarness({ scan: (source) => scan(source) })
    const repoFiles = { ...filesOf('test/fixtures/repos/app-express-tasks'), '.github/portfolio-check.yml': 'track: rocket\nminScore: 70\n' }
    const gh = mockGitHub()
      .canGetToken(1)
      .hasBranch(OWNER, REPO, 'master', HEAD, repoFiles)
      .hasApp()
      .listsIssues(OWNER, REPO, [])
      .lacksLabel(OWNER, REPO)
      .expectsIssueCreate(OWNER, REPO)
      .expectsCheckRun(OWNER, REPO)
    await push()
    await h.settle()
    expect(gh.pending()).toEqual([])
    const body: string = gh.written(`POST /repos/${OWNER}/${REPO}/issues`)[0]!.body
    const top = body.split('\n').slice(0, 6).join('\n')
    expect(top.split('\n')[0]).toBe('<!-- portfolio-check -->')
    expect(top).toContain('[!WARNING]')
    // file, field and reason
    expect(top).toMatch(/\.github\/portfolio-check\.yml: track: .*expected.*general/)
    const saved = await h.store.latestScan((await h.store.getRepo(OWNER, REPO))!.id)
    expect(saved?.commit).toBe(HEAD)
    const [run] = gh.written(`POST /repos/${OWNER}/${REPO}/check-runs`)
    expect(run!.conclusion).toBe(saved!.score >= 70 ? 'success' : 'failure')
    expect((await h.store.listJobs())[0]).toMatchObject({ status: 'done' })
  })

  it('gives the real scan of an unchanged commit the same body, so a second delivery makes no PATCH', async () => {
    h = await appHarness({ scan: (source) => scan(source) })
    const repoFiles = filesOf('test/fixtures/repos/app-fastapi-inventory')
    const first = mockGitHub().canGetToken(1).hasBranch(OWNER, REPO, 'master', HEAD, repoFiles).hasApp().listsIssues(OWNER, REPO, []).lacksLabel(OWNER, REPO).expectsIssueCreate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await push('d-1')
    await h.settle()
    const body: string = first.written(`POST /repos/${OWNER}/${REPO}/issues`)[0]!.body
    const second = mockGitHub().hasBranch(OWNER, REPO, 'master', HEAD, repoFiles).getsIssue(OWNER, REPO, ourIssue(7, body)).expectsCheckRun(OWNER, REPO)
    await push('d-2')
    await h.settle()
    expect(second.pending()).toEqual([])
    expect(second.calls.filter((c) => c.startsWith('PATCH'))).toEqual([])
    expect(await h.store.listJobs()).toMatchObject([{ status: 'done' }, { status: 'done' }])
  })

  it('scans the commit a sweep found, in two requests, and gives it the check run its missed push would have had', async () => {
    const MISSED = 'd'.repeat(40)
    await harness({ failing: ['docker.file'] })
    const gh = mockGitHub().canGetToken(1).hasRepo(OWNER, REPO, MISSED, files).hasApp().listsIssues(OWNER, REPO, [ourIssue(7, 'old')]).expectsIssueUpdate(OWNER, REPO, 7).expectsCheckRun(OWNER, REPO)
    await h!.queue.enqueue({ account: OWNER, repo: REPO, commit: MISSED, reason: 'sweep', installationId: 1 })
    await h!.settle()
    expect(gh.pending()).toEqual([])
    expect(gh.calls.slice(1, 3)).toEqual([`GET /repos/${OWNER}/${REPO}/git/trees/${MISSED}`, 'POST /graphql'])
    expect(gh.written(`POST /repos/${OWNER}/${REPO}/check-runs`)[0]).toMatchObject({ head_sha: MISSED })
    const repo = await h!.store.getRepo(OWNER, REPO)
    expect((await h!.store.latestScan(repo!.id))?.source).toBe('sweep')
  })
})
