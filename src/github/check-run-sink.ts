/** @module The "Portfolio readiness" check run on a scanned push commit: neutral, or success/failure against the repo's minScore; annotations for failing checks with a location, 50 per request. */
import type { CheckRunAnnotation, CheckRunOutput } from '../render/check-run.js'
import type { Report } from '../types.js'
import type { Requester, SinkLog } from './issue-sink.js'

export const CHECK_NAME = 'Portfolio readiness'
/** GitHub accepts at most 50 annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** Annotations kept per check run (the rest would only repeat the checklist). */
const MAX_ANNOTATIONS = 500

/** neutral unless the repo config sets minScore; then success at or above it, failure below. */
export function conclusionOf(report: Report): 'neutral' | 'success' | 'failure' {
  const min = report.config.minScore
  if (min === undefined) return 'neutral'
  return report.score >= min ? 'success' : 'failure'
}

export type CheckRunSinkInput = {
  octokit: Requester
  owner: string
  repo: string
  headSha: string
  report: Report
  /** Title and summary (render/check-run.ts renderCheckRun). */
  output: CheckRunOutput
  /** Failing checks with a location (render/check-run.ts checkRunAnnotations). */
  annotations: readonly CheckRunAnnotation[]
  detailsUrl?: string
  dryRun?: boolean
  log: SinkLog
}

/** Create the completed check run, then add the remaining annotations in batches of 50. */
export async function checkRunSink(input: CheckRunSinkInput): Promise<{ id?: number; requests: number }> {
  const { octokit, owner, repo, report } = input
  const annotations = input.annotations.slice(0, MAX_ANNOTATIONS)
  const batches: CheckRunAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  const output = { title: input.output.title, summary: input.output.summary.slice(0, 65_535) }
  const conclusion = conclusionOf(report)
  if (input.dryRun) {
    input.log.info({ repo: `${owner}/${repo}`, headSha: input.headSha, conclusion, annotations: annotations.length }, 'dry run: would create the check run')
    return { requests: 0 }
  }
  const created = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
    owner,
    repo,
    name: CHECK_NAME,
    head_sha: input.headSha,
    status: 'completed',
    conclusion,
    completed_at: new Date().toISOString(),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: { ...output, annotations: batches[0] ?? [] },
  })
  const id = (created.data as { id: number }).id
  let requests = 1
  for (const batch of batches.slice(1)) {
    try {
      requests++
      await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner, repo, check_run_id: id, output: { ...output, annotations: batch } })
    } catch (error) {
      // the run exists: retrying the job would post a second one, so the remaining annotations are let go
      input.log.warn({ repo: `${owner}/${repo}`, checkRun: id, status: (error as { status?: number }).status, error: (error as Error).message }, 'check run: some annotations not added')
      break
    }
  }
  return { id, requests }
}
