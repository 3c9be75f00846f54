/** @module The job runner of the GitHub App: read the commit through the API, scan it, save the scan, then update the checklist issue and (for pushes) the check run. Errors go to the queue's retry policy. */
import { SourceError } from '../errors.js'
import type { JobRunner } from '../queue/queue.js'
import { GitHubSource } from '../source/github.js'
import { isRateLimited } from '../source/github-errors.js'
import type { JobRecord, RepoRecord, ScanRecord, Store } from '../store/types.js'
import type { RepoSource, Report } from '../types.js'
import { changesSince } from './changes.js'
import type { CheckRunAnnotation, CheckRunOutput } from '../render/check-run.js'
import { checkRunSink } from './check-run-sink.js'
import { issueSink, type SinkLog } from './issue-sink.js'
import { githubClient, type OctokitLike } from './octokit-client.js'

export type ScanJobDeps = {
  store: Store
  /** An installation-authenticated Octokit (Probot's `app.auth(installationId)`). */
  octokitFor(installationId: number): Promise<OctokitLike>
  /** The app's bot login, `<slug>[bot]`. */
  botLogin(): Promise<string>
  scan(source: RepoSource): Promise<Report>
  issueBody(report: Report, changes: string | undefined): string
  checkRunOutput(report: Report): CheckRunOutput
  checkRunAnnotations(report: Report): CheckRunAnnotation[]
  /** https://github.com or the GitHub Enterprise web address (evidence links). */
  githubUrl: string
  /** Public address of the report pages, for the check run's details link; none when not configured. */
  pagesUrl?: string
  dryRun?: boolean
  log: SinkLog
}

/** Statuses that mean "this sink is switched off for the repo" (issues disabled, permission not granted): log, do not retry. */
const SINK_REFUSED = new Set([403, 404, 410])

/** Build the queue's job runner. */
export function scanJob(deps: ScanJobDeps): JobRunner {
  return async (job: JobRecord, signal?: AbortSignal) => {
    const { store } = deps
    const known = await store.getRepo(job.account, job.repo)
    const installationId = job.installationId ?? known?.installationId
    if (!installationId) throw new SourceError(`${job.account}/${job.repo} is not in an installation of the app any more; nothing to scan`)
    const octokit = await deps.octokitFor(installationId)
    const source = new GitHubSource(githubClient(octokit), {
      owner: job.account,
      repo: job.repo,
      // Deliveries can arrive out of order, so a push job scans the branch head as it is now (the newest
      // commit wins even when an older push was enqueued last). The sweep already read the head.
      commit: job.reason === 'sweep' ? job.commit : null,
      branch: known?.defaultBranch,
      url: `${deps.githubUrl}/${job.account}/${job.repo}`,
    })
    const report = await deps.scan(source)
    // a blob query that failed mid-scan would make checks fail for want of files: retry instead of posting that
    if (source.failure) throw source.failure
    // timed out meanwhile: the retry writes, this run must not (two runs could open two issues)
    signal?.throwIfAborted()
    const repo = known ?? (await store.upsertRepo({ account: job.account, name: job.repo, installationId, active: true }))
    const { previous } = await saveOnce(store, repo, job, report)
    const log = { repo: `${job.account}/${job.repo}`, commit: report.repo.commit, score: report.score, requests: source.requests }
    deps.log.info(log, 'scanned')

    const body = deps.issueBody(report, changesSince(previous?.report, report))
    const allPass = report.checks.every((c) => c.status !== 'fail')
    await refusable(deps.log, log, 'checklist issue', async () => {
      signal?.throwIfAborted()
      const outcome = await issueSink({ octokit, store, repoId: repo.id, owner: job.account, repo: job.repo, issueNumber: repo.issueNumber, body, allPass, botLogin: await deps.botLogin(), dryRun: deps.dryRun, log: deps.log })
      deps.log.info({ ...log, issue: outcome }, 'checklist issue')
    })
    // a sweep job is a push whose webhook was missed: it gets the check run the push would have had
    if (job.reason === 'push' || job.reason === 'sweep') {
      signal?.throwIfAborted()
      await refusable(deps.log, log, 'check run', () =>
        checkRunSink({
          octokit,
          owner: job.account,
          repo: job.repo,
          headSha: report.repo.commit,
          report,
          output: deps.checkRunOutput(report),
          annotations: deps.checkRunAnnotations(report),
          detailsUrl: deps.pagesUrl && `${deps.pagesUrl}/${encodeURIComponent(job.account)}/${encodeURIComponent(job.repo)}`,
          dryRun: deps.dryRun,
          log: deps.log,
        }),
      )
    }
  }
}

/**
 * Save the scan unless a previous attempt of this job already did (a retry after a sink failed),
 * and find the previous scan of another commit for the "changes since" line.
 */
async function saveOnce(store: Store, repo: RepoRecord, job: JobRecord, report: Report): Promise<{ previous?: ScanRecord }> {
  const recent = await store.listScans(repo.id, { limit: 20 })
  const latest = recent[0]
  const savedByEarlierAttempt = job.attempts > 1 && latest && latest.commit === report.repo.commit && latest.createdAt >= job.createdAt
  if (!savedByEarlierAttempt) await store.saveScan(repo.id, report, job.reason === 'sweep' ? 'sweep' : 'app')
  return { previous: recent.find((s) => s.commit !== report.repo.commit) }
}

/** Run a sink; a refusal that retrying cannot fix (issues disabled, permission missing) is logged, not thrown. */
async function refusable(log: SinkLog, where: object, what: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write()
  } catch (error) {
    const { status, message, response } = error as { status?: number; message?: string; response?: { headers?: Record<string, unknown> } }
    if (status === undefined || !SINK_REFUSED.has(status) || isRateLimited(status, response?.headers ?? {}, message ?? '')) throw error
    log.warn({ ...where, status, error: (error as Error).message }, `${what} not written: GitHub refused (${status})`)
  }
}
