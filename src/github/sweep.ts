/** @module The reconciliation sweep: GitHub does not redeliver failed webhooks, so every installed repo's default-branch head is re-checked with a conditional request (304 costs no rate limit) and what changed is scanned. */
import type { JobInput, Store } from '../store/types.js'
import type { Enqueue } from './deps.js'
import type { Requester, SinkLog } from './issue-sink.js'

export type SweepDeps = {
  store: Store
  octokitFor(installationId: number): Promise<Requester>
  enqueue: Enqueue
  log: SinkLog
}

export type SweepResult = { checked: number; unchanged: number; enqueued: number; failed: number }

/** Check every installed repo once; returns counts for the log line. */
export async function sweep(deps: SweepDeps): Promise<SweepResult> {
  const result: SweepResult = { checked: 0, unchanged: 0, enqueued: 0, failed: 0 }
  for (const repo of await deps.store.listInstalledRepos()) {
    result.checked++
    const where = { repo: `${repo.account}/${repo.name}` }
    try {
      const octokit = await deps.octokitFor(repo.installationId!)
      const response = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
        owner: repo.account,
        repo: repo.name,
        ref: repo.defaultBranch ?? 'HEAD',
        headers: { accept: 'application/vnd.github.sha', ...(repo.headEtag ? { 'if-none-match': repo.headEtag } : {}) },
      })
      const sha = String(response.data).trim()
      const etag = (response.headers as Record<string, string | undefined>).etag ?? null
      const latest = await deps.store.latestScan(repo.id)
      if (latest?.commit === sha) {
        // only the ETag of a head already scanned is kept, so a 304 always means "scanned": a head whose scan
        // job fails for good (or was never stored) is asked for again, and enqueued again, by the next sweep
        if (etag !== repo.headEtag) await deps.store.updateRepo(repo.id, { headEtag: etag })
        result.unchanged++
        continue
      }
      const job: JobInput = { account: repo.account, repo: repo.name, commit: sha, reason: 'sweep', installationId: repo.installationId }
      if ((await deps.enqueue(job)).created) result.enqueued++
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 304) result.unchanged++
      else if (status === 404) {
        // deleted, renamed or removed from the installation while we missed the webhook
        await deps.store.updateRepo(repo.id, { active: false })
        deps.log.info(where, 'sweep: repository gone; marked inactive')
      } else if (status === 409) result.unchanged++ // empty repository: nothing to scan yet
      else {
        result.failed++
        deps.log.warn({ ...where, status, error: (error as Error).message }, 'sweep: head check failed; next sweep tries again')
      }
    }
  }
  return result
}
