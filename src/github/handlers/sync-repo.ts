/** @module Keep the store's record of a repository in step with a webhook payload, writing only when something changed. */
import type { RepoInput, RepoRecord, Store } from '../../store/types.js'

type Synced = Required<Pick<RepoInput, 'account' | 'name' | 'installationId'>> & Partial<Pick<RepoRecord, 'private' | 'defaultBranch' | 'description'>>

/**
 * What each store last got from this process, per repo: a push with the same metadata skips even the read
 * (the webhook ack path runs 200 times a second in the benchmark). Bounded; cleared when full.
 */
const seen = new WeakMap<Store, Map<string, string>>()
const MAX_SEEN = 10_000

/** Upsert the repo (active, with its installation) unless the stored record already says the same. */
export async function syncRepo(store: Store, repo: Synced): Promise<void> {
  const key = `${repo.account}/${repo.name}`.toLowerCase()
  const signature = JSON.stringify([repo.installationId, repo.private, repo.defaultBranch, repo.description])
  let memo = seen.get(store)
  if (!memo) seen.set(store, (memo = new Map()))
  if (memo.get(key) === signature) return
  const known = await store.getRepo(repo.account, repo.name)
  const same =
    known &&
    known.active &&
    known.installationId === repo.installationId &&
    (repo.private === undefined || known.private === repo.private) &&
    (repo.defaultBranch === undefined || known.defaultBranch === repo.defaultBranch) &&
    (repo.description === undefined || known.description === repo.description)
  if (!same) await store.upsertRepo({ ...repo, active: true })
  if (memo.size >= MAX_SEEN) memo.clear()
  memo.set(key, signature)
}
