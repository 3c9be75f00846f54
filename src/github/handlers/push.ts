/** @module push: enqueue a scan of the head commit, for the default branch only. Nothing else. */
import type { Context } from 'probot'
import type { AppDeps } from '../deps.js'
import { syncRepo } from './sync-repo.js'

/** Tag pushes, other branches and branch deletions are ignored without touching the store. */
export function onPush(deps: AppDeps) {
  return async (context: Context<'push'>): Promise<void> => {
    const { payload } = context
    const repository = payload.repository
    if (!payload.installation || payload.deleted || /^0+$/.test(payload.after)) return
    if (payload.ref !== `refs/heads/${repository.default_branch}`) return
    const account = repository.owner?.login ?? repository.owner?.name ?? ''
    if (!account) return
    await syncRepo(deps.store, {
      account,
      name: repository.name,
      private: repository.private,
      defaultBranch: repository.default_branch,
      description: repository.description ?? null,
      installationId: payload.installation.id,
    })
    await deps.enqueue({ account, repo: repository.name, commit: payload.after, reason: 'push', deliveryId: context.id, installationId: payload.installation.id })
  }
}
