/** @module The Probot app: one `app.on` line per event, each to a tiny handler that records and enqueues. No scanning here. */
import type { Probot } from 'probot'
import type { AppDeps } from './deps.js'
import { onInstallationCreated, onInstallationDeleted, onRepositoriesAdded, onRepositoriesRemoved } from './handlers/installation.js'
import { onPush } from './handlers/push.js'
import { onIssueEdited } from './handlers/rescan.js'

/**
 * Build the app function Probot loads.
 * @example await probot.load(portfolioCheckApp({ store, enqueue: (job) => queue.enqueue(job) }))
 */
export function portfolioCheckApp(deps: AppDeps) {
  return (app: Probot): void => {
    app.on('installation.created', onInstallationCreated(deps))
    app.on('installation.deleted', onInstallationDeleted(deps))
    app.on('installation_repositories.added', onRepositoriesAdded(deps))
    app.on('installation_repositories.removed', onRepositoriesRemoved(deps))
    app.on('push', onPush(deps))
    app.on('issues.edited', onIssueEdited(deps))
  }
}
