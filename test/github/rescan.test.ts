import nock from 'nock'
import { afterEach, describe, expect, it } from 'vitest'
import { mockGitHub } from '../helpers/github-mock.js'
import { appHarness, readingScan, type Harness } from './harness.js'
import { payload } from './fixtures.js'
import { testReport } from './report.js'

const OWNER = 'Codertocat'
const REPO = 'Hello-World'
const HEAD = '6113728f27ae82c7b1a177c8d03f9e96e0adf246'

let h: Harness | undefined
afterEach(async () => {
  nock.cleanAll()
  await h?.close()
  h = undefined
})

describe('rescan box (issues.edited)', () => {
  it('enqueues a scan when the learner ticks "Re-run the check", and the rewrite unticks it', async () => {
    h = await appHarness({ scan: readingScan((commit) => testReport(commit, { failing: ['docker.file'] })) })
    const edited = payload('issues.edited')
    const gh = mockGitHub()
      .canGetToken(1)
      .hasHead(HEAD)
      .hasRepo(OWNER, REPO, HEAD, { 'README.md': '# hi' })
      .hasApp()
      .listsIssues(OWNER, REPO, [{ ...edited.issue, state: 'open', closed_by: null }])
      .expectsIssueUpdate(OWNER, REPO, edited.issue.number)
    await h.probot.receive({ id: 'edit-1', name: 'issues', payload: edited as never })
    await h.settle()
    expect(await h.store.listJobs()).toMatchObject([{ reason: 'rescan', commit: null, deliveryId: 'edit-1', status: 'done' }])
    const [patch] = gh.written(`PATCH /repos/${OWNER}/${REPO}/issues/${edited.issue.number}`)
    expect(patch!.body).toContain('- [ ] <!-- rescan -->')
    expect(patch!.body).not.toMatch(/- \[x\] <!-- rescan -->/i)
    // a rescan posts no check run: it is not a push
    expect(gh.calls.some((c) => c.includes('check-runs'))).toBe(false)
    expect(gh.pending()).toEqual([])
  })

  it('ignores our own edits, other issues, edits that leave the box unticked and edits of an already ticked box', async () => {
    h = await appHarness({ scan: readingScan((commit) => testReport(commit)), startQueue: false })
    const byBot = payload('issues.edited')
    byBot.sender = { login: 'portfolio-check[bot]', type: 'Bot' }
    const foreign = payload('issues.edited')
    foreign.issue.user = { login: 'Codertocat', type: 'User' }
    const unticked = payload('issues.edited')
    unticked.issue.body = unticked.changes.body.from
    const stillTicked = payload('issues.edited')
    stillTicked.changes.body.from = stillTicked.issue.body + '\nmore'
    const opened = payload('issues.edited')
    opened.action = 'opened'
    for (const [i, p] of [byBot, foreign, unticked, stillTicked].entries()) await h.probot.receive({ id: `e-${i}`, name: 'issues', payload: p as never })
    await h.probot.receive({ id: 'o-1', name: 'issues', payload: opened as never })
    expect(await h.store.listJobs()).toEqual([])
  })

  it('leaves a push that is already waiting in place: it rewrites the issue and keeps its check run', async () => {
    h = await appHarness({ scan: readingScan((commit) => testReport(commit)), startQueue: false })
    await h.probot.receive({ id: 'push-1', name: 'push', payload: payload('push') as never })
    await h.probot.receive({ id: 'edit-1', name: 'issues', payload: payload('issues.edited') as never })
    expect(await h.store.listJobs()).toMatchObject([{ reason: 'push', deliveryId: 'push-1', status: 'queued' }])
  })
})
