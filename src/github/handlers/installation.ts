/** @module installation.created / installation_repositories.added: record the repos and enqueue a scan of each default-branch head; .deleted / .removed: mark them inactive. */
import type { Context } from 'probot'
import type { Store } from '../../store/types.js'
import type { AppDeps } from '../deps.js'

type Listed = { name: string; full_name: string; private: boolean }

type Installed = { id: number; repository_selection?: string; suspended_at?: string | null }

/** Record the installation itself: who installed the app, on all repos or selected ones, suspended or not. */
async function recordInstallation(store: Store, installation: Installed, account: string, type: string | undefined) {
  const selection = installation.repository_selection === 'all' || installation.repository_selection === 'selected' ? installation.repository_selection : null
  await store.upsertInstallation({
    id: installation.id,
    account,
    ...(type ? { accountType: type } : {}),
    repositorySelection: selection,
    suspended: Boolean(installation.suspended_at),
  })
}

/** Record and enqueue the listed repos. The delivery id is made per repo so one delivery fans out once. */
async function enqueueAll(deps: AppDeps, deliveryId: string, installationId: number, account: string, type: string | undefined, repos: readonly Listed[]) {
  if (type) await deps.store.upsertAccount({ login: account, type })
  for (const repo of repos) {
    const [owner, name] = repo.full_name.split('/') as [string, string]
    // the installation payload lists only the account's repos; a foreign full_name would be a forged payload
    if (owner.toLowerCase() !== account.toLowerCase()) continue
    await deps.store.upsertRepo({ account: owner, name, private: repo.private, installationId, active: true })
    await deps.enqueue({ account: owner, repo: name, commit: null, reason: 'install', deliveryId: `${deliveryId}:${repo.full_name}`, installationId })
  }
}

async function deactivate(store: Store, installationId: number, account: string, names?: readonly string[]) {
  const wanted = names && new Set(names.map((n) => n.toLowerCase()))
  for (const repo of await store.listRepos(account)) {
    if (repo.installationId !== installationId || (wanted && !wanted.has(repo.name.toLowerCase()))) continue
    await store.updateRepo(repo.id, { active: false, installationId: null })
  }
}

export function onInstallationCreated(deps: AppDeps) {
  return async (context: Context<'installation.created'>): Promise<void> => {
    const { installation, repositories = [] } = context.payload
    const account = installation.account as { login?: string; slug?: string; type?: string } | null
    const login = account?.login ?? account?.slug ?? ''
    await recordInstallation(deps.store, installation, login, account?.type)
    await enqueueAll(deps, context.id, installation.id, login, account?.type, repositories)
  }
}

export function onRepositoriesAdded(deps: AppDeps) {
  return async (context: Context<'installation_repositories.added'>): Promise<void> => {
    const { installation, repositories_added } = context.payload
    const account = installation.account as { login?: string; slug?: string; type?: string } | null
    const login = account?.login ?? account?.slug ?? ''
    await recordInstallation(deps.store, installation, login, account?.type)
    await enqueueAll(deps, context.id, installation.id, login, account?.type, repositories_added as Listed[])
  }
}

export function onInstallationDeleted(deps: AppDeps) {
  return async (context: Context<'installation.deleted'>): Promise<void> => {
    const account = context.payload.installation.account as { login?: string; slug?: string } | null
    await deps.store.removeInstallation(context.payload.installation.id)
    await deactivate(deps.store, context.payload.installation.id, account?.login ?? account?.slug ?? '')
  }
}

export function onRepositoriesRemoved(deps: AppDeps) {
  return async (context: Context<'installation_repositories.removed'>): Promise<void> => {
    const { installation, repositories_removed } = context.payload
    const account = installation.account as { login?: string; slug?: string } | null
    await deactivate(deps.store, installation.id, account?.login ?? account?.slug ?? '', repositories_removed.map((r) => r.name))
  }
}
