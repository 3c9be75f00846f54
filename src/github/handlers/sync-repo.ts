/** @module Keep the store's record of a repository in step with a webhook payload, writing only when something changed. */
import type { RepoInput, RepoRecord, Store } from '../../store/types.js'

type Synced = Required<Pick<RepoInput, 'account' | 'name' | 'installationId'>> & Partial<Pick<RepoRecord, 'private' | 'defaultBranch' | 'description'>>

/** Upsert the repo (active, with its installation) unless the stored record already says the same. */
export async function syncRepo(store: Store, repo: Synced): Promise<void> {
  const known = await store.getRepo(repo.account, repo.name)
  const same =
    known &&
    known.active &&
    known.installationId === repo.installationId &&
    (repo.private === undefined || known.private === repo.private) &&
    (repo.defaultBranch === undefined || known.defaultBranch === repo.defaultBranch) &&
    (repo.description === undefined || known.description === repo.description)
  if (!same) await store.upsertRepo({ ...repo, active: true })
}
