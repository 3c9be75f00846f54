import { describe, expect, it } from 'vitest'
import { issueSink, MAX_BODY, type IssueSinkInput, type Requester } from '../../src/github/issue-sink.js'
import type { Store } from '../../src/store/types.js'

const BOT = 'portfolio-check[bot]'
const MARK = '<!-- portfolio-check -->'

/** A scripted GitHub: answers by route, records every call. */
function github(answers: Record<string, unknown | ((params: Record<string, any>) => unknown)>) {
  const calls: { route: string; params: Record<string, any> }[] = []
  const octokit: Requester = {
    async request(route, params = {}) {
      calls.push({ route, params })
      const answer = answers[route]
      if (answer === undefined) throw Object.assign(new Error(`unexpected ${route}`), { status: 599 })
      const data = typeof answer === 'function' ? (answer as (p: Record<string, any>) => unknown)(params) : answer
      if (data instanceof Error) throw data
      return { status: 200, data, headers: {} }
    },
  }
  return { octokit, calls, routes: () => calls.map((c) => c.route) }
}

const updates: unknown[] = []
const store = { updateRepo: async (_id: number, patch: unknown) => void updates.push(patch) } as unknown as Store
const log = { info() {}, warn() {} }
const input = (octokit: Requester, extra: Partial<IssueSinkInput> = {}): IssueSinkInput => ({
  octokit, store, repoId: 1, owner: 'ana', repo: 'shop', issueNumber: 7, body: `${MARK}\nnew body`, allPass: false, botLogin: BOT, log, ...extra,
})
const GET_ISSUE = 'GET /repos/{owner}/{repo}/issues/{issue_number}'
const PATCH = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}'

describe('issueSink', () => {
  it('re-reads the cached issue without HTTP caching before comparing', async () => {
    const gh = github({ [GET_ISSUE]: { number: 7, state: 'open', body: `${MARK}\nnew body`, user: { login: BOT }, closed_by: null } })
    expect(await issueSink(input(gh.octokit))).toEqual({ action: 'unchanged', number: 7 })
    expect(gh.calls[0]!.params.headers).toEqual({ 'cache-control': 'no-cache', 'if-none-match': '' })
    expect(gh.routes()).toEqual([GET_ISSUE])
  })

  it('asks the issue events who closed it when closed_by is missing, and reopens only its own close', async () => {
    const closedIssue = { number: 7, state: 'closed', body: `${MARK}\nold`, user: { login: BOT } }
    const events = (actor: string) => [{ event: 'labeled', actor: { login: 'ana' } }, { event: 'closed', actor: { login: actor } }]
    const ownClose = github({ [GET_ISSUE]: closedIssue, 'GET /repos/{owner}/{repo}/issues/{issue_number}/events': events(BOT), [PATCH]: {} })
    expect(await issueSink(input(ownClose.octokit))).toEqual({ action: 'reopened', number: 7 })
    expect(ownClose.calls.at(-1)!.params).toMatchObject({ state: 'open', state_reason: 'reopened', body: `${MARK}\nnew body` })

    const humanClose = github({ [GET_ISSUE]: closedIssue, 'GET /repos/{owner}/{repo}/issues/{issue_number}/events': events('ana'), [PATCH]: {} })
    expect(await issueSink(input(humanClose.octokit))).toEqual({ action: 'updated', number: 7 })
    expect(humanClose.calls.at(-1)!.params).not.toHaveProperty('state')
  })

  it('ignores a cached number that now points at someone else\'s issue and looks for ours', async () => {
    const gh = github({
      [GET_ISSUE]: { number: 7, state: 'open', body: 'a question', user: { login: 'ana' } },
      'GET /repos/{owner}/{repo}/issues': [{ number: 3, state: 'open', body: 'no marker', user: { login: BOT } }, { number: 12, state: 'open', body: `${MARK}\nx`, user: { login: BOT } }],
      [PATCH]: {},
    })
    expect(await issueSink(input(gh.octokit))).toEqual({ action: 'updated', number: 12 })
    expect(gh.calls.find((c) => c.route === 'GET /repos/{owner}/{repo}/issues')!.params).toMatchObject({ creator: BOT, state: 'all' })
    expect(updates).toContainEqual({ issueNumber: 12 })
  })

  it('creates the label only when missing, then the issue; cuts an oversized body to the limit', async () => {
    const gh = github({
      'GET /repos/{owner}/{repo}/issues': [],
      'GET /repos/{owner}/{repo}/labels/{name}': { name: 'portfolio-check' },
      'POST /repos/{owner}/{repo}/issues': { number: 21 },
    })
    const body = `${MARK}\n${'x'.repeat(MAX_BODY + 500)}`
    expect(await issueSink(input(gh.octokit, { issueNumber: null, body }))).toEqual({ action: 'created', number: 21 })
    expect(gh.routes()).toEqual(['GET /repos/{owner}/{repo}/issues', 'GET /repos/{owner}/{repo}/labels/{name}', 'POST /repos/{owner}/{repo}/issues'])
    const created = gh.calls.at(-1)!.params
    expect(created.body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(created.body).toContain('65,536-character limit')
    expect(created.labels).toEqual(['portfolio-check'])
  })

  it('creates the missing label, takes a label someone added meanwhile (422) as done, and cuts an oversized body between characters', async () => {
    const created = github({
      'GET /repos/{owner}/{repo}/issues': [],
      'GET /repos/{owner}/{repo}/labels/{name}': Object.assign(new Error('Not Found'), { status: 404 }),
      'POST /repos/{owner}/{repo}/labels': Object.assign(new Error('Validation Failed'), { status: 422 }),
      'POST /repos/{owner}/{repo}/issues': { number: 22 },
    })
    const body = `${MARK}\n#${'🙂'.repeat(MAX_BODY)}`
    expect(await issueSink(input(created.octokit, { issueNumber: null, body }))).toEqual({ action: 'created', number: 22 })
    expect(created.routes()).toEqual(['GET /repos/{owner}/{repo}/issues', 'GET /repos/{owner}/{repo}/labels/{name}', 'POST /repos/{owner}/{repo}/labels', 'POST /repos/{owner}/{repo}/issues'])
    expect(created.calls[2]!.params).toMatchObject({ name: 'portfolio-check', color: expect.stringMatching(/^[0-9a-f]{6}$/) })
    const written: string = created.calls.at(-1)!.params.body
    expect(written.length).toBeLessThanOrEqual(MAX_BODY)
    expect(written).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })

  it('pages through the app\'s issues and stops when a page is short', async () => {
    const page = (p: Record<string, any>) => (p.page === 1 ? Array.from({ length: 100 }, (_, i) => ({ number: i + 1, state: 'open', body: 'other', user: { login: BOT } })) : [])
    const gh = github({ 'GET /repos/{owner}/{repo}/issues': page, 'GET /repos/{owner}/{repo}/labels/{name}': {}, 'POST /repos/{owner}/{repo}/issues': { number: 101 } })
    await issueSink(input(gh.octokit, { issueNumber: null }))
    expect(gh.calls.filter((c) => c.route === 'GET /repos/{owner}/{repo}/issues').map((c) => c.params.page)).toEqual([1, 2])
  })
})
