/** @module The sticky checklist issue: one per repo, found by its hidden marker, edited in place only when its content changed; closed by the app when all pass, never reopened after a human closed it. */
import type { Store } from '../store/types.js'
import { ISSUE_MARKER } from './deps.js'

export const ISSUE_TITLE = 'Portfolio readiness checklist'
export const LABEL = { name: 'portfolio-check', color: '0e8a16', description: 'Portfolio readiness checklist kept up to date by portfolio-check' }
/** GitHub refuses issue bodies longer than this. */
export const MAX_BODY = 65_536

/** The Octokit surface the sinks use. */
export type Requester = { request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown; headers: object }> }

export type SinkLog = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void }

type Issue = { number: number; state: 'open' | 'closed'; body?: string | null; user?: { login: string } | null; closed_by?: { login: string } | null; pull_request?: unknown }

export type IssueSinkInput = {
  octokit: Requester
  store: Store
  repoId: number
  owner: string
  repo: string
  /** Cached issue number from the store, if any. */
  issueNumber: number | null
  body: string
  /** Every applicable check passes: close the issue (with a last edit). */
  allPass: boolean
  /** The app's bot login, `<slug>[bot]`: only its issues are candidates, and only its closes are undone. */
  botLogin: string
  dryRun?: boolean
  log: SinkLog
}

export type IssueOutcome = { action: 'created' | 'updated' | 'closed' | 'reopened' | 'unchanged' | 'not-created'; number?: number }

/** Bring the checklist issue in line with the latest scan, with as few writes as possible. */
export async function issueSink(input: IssueSinkInput): Promise<IssueOutcome> {
  const { octokit, owner, repo } = input
  const body = capBody(input.body)
  let issue = input.issueNumber ? await readIssue(octokit, owner, repo, input.issueNumber) : undefined
  if (issue && issue.user?.login !== input.botLogin) issue = undefined // the cached number now points elsewhere
  if (!issue) {
    issue = await findIssue(octokit, owner, repo, input.botLogin)
    if (issue) {
      await input.store.updateRepo(input.repoId, { issueNumber: issue.number })
      // list items lack closed_by: re-read a closed one to know who closed it
      if (issue.state === 'closed') issue = await readIssue(octokit, owner, repo, issue.number)
    }
  }
  if (!issue) {
    if (input.allPass) return { action: 'not-created' } // nothing to ask of the learner: no nagging
    if (input.dryRun) return dry(input, { action: 'created' }, { title: ISSUE_TITLE, bodyLength: body.length })
    await ensureLabel(octokit, owner, repo)
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title: ISSUE_TITLE, body, labels: [LABEL.name] })
    const number = (created.data as Issue).number
    await input.store.updateRepo(input.repoId, { issueNumber: number })
    return { action: 'created', number }
  }
  const closedByApp = issue.state === 'closed' && (await closedBy(octokit, owner, repo, issue)) === input.botLogin
  // a human close is respected: keep the body current, never reopen
  const wanted: Issue['state'] = input.allPass ? 'closed' : issue.state === 'closed' && !closedByApp ? 'closed' : 'open'
  const patch: Record<string, unknown> = {}
  if ((issue.body ?? '') !== body) patch.body = body
  if (wanted !== issue.state) {
    patch.state = wanted
    patch.state_reason = wanted === 'closed' ? 'completed' : 'reopened'
  }
  if (!Object.keys(patch).length) return { action: 'unchanged', number: issue.number }
  const action: IssueOutcome['action'] = patch.state === 'closed' ? 'closed' : patch.state === 'open' ? 'reopened' : 'updated'
  if (input.dryRun) return dry(input, { action, number: issue.number }, { fields: Object.keys(patch) })
  await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue.number, ...patch })
  return { action, number: issue.number }
}

/** GET one issue bypassing any HTTP cache (a stale body would make us skip or repeat an edit); undefined when gone. */
async function readIssue(octokit: Requester, owner: string, repo: string, number: number): Promise<Issue | undefined> {
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      owner,
      repo,
      issue_number: number,
      headers: { 'cache-control': 'no-cache', 'if-none-match': '' },
    })
    return response.data as Issue
  } catch (error) {
    if ([404, 410, 301].includes((error as { status?: number }).status ?? 0)) return undefined
    throw error
  }
}

/** Our issue among those the app created (any state: a closed one must not be recreated). */
async function findIssue(octokit: Requester, owner: string, repo: string, botLogin: string): Promise<Issue | undefined> {
  for (let page = 1; page <= 5; page++) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/issues', {
      owner,
      repo,
      creator: botLogin,
      state: 'all',
      sort: 'created',
      direction: 'asc',
      per_page: 100,
      page,
      headers: { 'cache-control': 'no-cache' },
    })
    const issues = response.data as Issue[]
    const ours = issues.find((i) => !i.pull_request && i.body?.includes(ISSUE_MARKER))
    if (ours) return ours
    if (issues.length < 100) return undefined
  }
  return undefined
}

/** Who closed the issue: `closed_by` when GitHub sends it, else the last "closed" event. */
async function closedBy(octokit: Requester, owner: string, repo: string, issue: Issue): Promise<string | undefined> {
  if (issue.closed_by !== undefined) return issue.closed_by?.login
  const response = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { owner, repo, issue_number: issue.number, per_page: 100 })
  const closes = (response.data as { event: string; actor?: { login: string } | null }[]).filter((e) => e.event === 'closed')
  return closes.at(-1)?.actor?.login
}

/** Create the label only when the repository does not have it. */
async function ensureLabel(octokit: Requester, owner: string, repo: string): Promise<void> {
  try {
    await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { owner, repo, name: LABEL.name })
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error
    try {
      await octokit.request('POST /repos/{owner}/{repo}/labels', { owner, repo, ...LABEL })
    } catch (created) {
      // 422 already_exists: someone added it meanwhile, which is all we wanted
      if ((created as { status?: number }).status !== 422) throw created
    }
  }
}

/** Last-resort guard: the renderer already trims sections to fit, this only makes sure GitHub never refuses the body. */
function capBody(body: string): string {
  if (body.length <= MAX_BODY) return body
  const note = '\n\n_(cut to fit GitHub\'s 65,536-character limit)_\n'
  let head = body.slice(0, MAX_BODY - note.length)
  // never leave half of a surrogate pair (an emoji) at the cut
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1)
  return head + note
}

function dry(input: IssueSinkInput, outcome: IssueOutcome, details: object): IssueOutcome {
  input.log.info({ repo: `${input.owner}/${input.repo}`, ...outcome, ...details }, 'dry run: would write the checklist issue')
  return outcome
}
