/** @module issues.edited: a learner ticked "Re-run the check" in our checklist issue -> enqueue a scan of the head. Everything else is ignored cheaply. */
import type { Context } from 'probot'
import { ISSUE_MARKER, RESCAN_TICKED, type AppDeps } from '../deps.js'

export function onIssueEdited(deps: AppDeps) {
  return async (context: Context<'issues.edited'>): Promise<void> => {
    const { issue, repository, installation, sender, changes } = context.payload
    if (!installation || sender.type === 'Bot') return // our own edits (unticking the box) must not loop
    if (issue.user?.type !== 'Bot' || !issue.body?.includes(ISSUE_MARKER)) return
    if (!RESCAN_TICKED.test(issue.body)) return
    // ticked before this edit too: the learner changed something else while a rescan is pending
    if (changes?.body?.from !== undefined && RESCAN_TICKED.test(changes.body.from)) return
    const account = repository.owner.login
    // a job already waiting rewrites the issue too (unticking the box); a rescan would supersede it, and a
    // waiting push would lose its check run
    if ((await deps.store.listJobs({ status: 'queued', account, repo: repository.name })).length) return
    await deps.enqueue({ account, repo: repository.name, commit: null, reason: 'rescan', deliveryId: context.id, installationId: installation.id })
  }
}
