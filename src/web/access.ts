/** @module Who may see what: owners, share-link holders, anyone (public repos of a public page), GitHub-approved readers. */
// Everything else is "not found", whatever the reason. GitHub's answers are cached briefly.
import type { AccountRecord, RepoRecord } from '../store/types.js'
import type { Access, AccessChecker, Viewer } from './context.js'

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase()

/** The signed-in user is the account itself (the portfolio's learner). The CLI's `local` account has no owner. */
export function isOwner(viewer: Viewer, account: AccountRecord): boolean {
  return account.type !== 'Local' && same(viewer.login, account.login)
}

/** How the viewer reaches the account: decides caching and what the page offers (read-only or settings). */
export function viewerMode(viewer: Viewer, account: AccountRecord): 'owner' | 'share' | 'user' | 'anonymous' {
  if (isOwner(viewer, account)) return 'owner'
  if (same(viewer.shareAccount, account.login)) return 'share'
  return viewer.login ? 'user' : 'anonymous'
}

/** The default checker: GET /repos/{owner}/{repo} with the user's token (read = can see it, write = collaborator). */
export function githubAccessChecker(apiUrl: string): AccessChecker {
  return async ({ token, account, repo }) => {
    const response = await fetch(`${apiUrl}/repos/${encodeURIComponent(account)}/${encodeURIComponent(repo)}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'user-agent': 'portfolio-check' },
      signal: AbortSignal.timeout(5000),
    })
    if (response.status !== 200) return 'none'
    const data = (await response.json()) as { permissions?: Record<string, boolean> }
    const p = data.permissions ?? {}
    return p.admin || p.maintain || p.push ? 'write' : 'read'
  }
}

/** Decides visibility per repo, caching GitHub's answers for a short time. */
export class AccessPolicy {
  private readonly cache = new Map<string, { access: Access; until: number }>()
  constructor(
    private readonly checker: AccessChecker,
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 5000,
  ) {}

  /**
   * Private repos need read access; when the account turned its public page off, public repos need a
   * collaborator (write), since on GitHub everyone can read a public repo.
   */
  async canSee(viewer: Viewer, account: AccountRecord, repo: RepoRecord): Promise<boolean> {
    const mode = viewerMode(viewer, account)
    if (mode === 'owner' || mode === 'share') return true
    if (!repo.private && account.publicPage) return true
    if (!viewer.login || !viewer.token) return false
    const access = await this.access(viewer.login, viewer.token, repo)
    return repo.private ? access !== 'none' : access === 'write'
  }

  /** The repos of `repos` the viewer may see, asking GitHub a few at a time. */
  async visible(viewer: Viewer, account: AccountRecord, repos: RepoRecord[]): Promise<RepoRecord[]> {
    const allowed: boolean[] = new Array(repos.length).fill(false)
    let next = 0
    const worker = async () => {
      while (next < repos.length) {
        const index = next++
        allowed[index] = await this.canSee(viewer, account, repos[index]!)
      }
    }
    await Promise.all(Array.from({ length: Math.min(6, repos.length) }, worker))
    return repos.filter((_, i) => allowed[i])
  }

  private async access(login: string, token: string, repo: RepoRecord): Promise<Access> {
    const key = `${login.toLowerCase()}\0${repo.account.toLowerCase()}/${repo.name.toLowerCase()}`
    const hit = this.cache.get(key)
    if (hit && hit.until > Date.now()) return hit.access
    let access: Access
    let ttl = this.ttlMs
    try {
      access = await this.checker({ token, login, account: repo.account, repo: repo.name })
    } catch {
      // GitHub unreachable: deny, and ask again soon rather than locking the user out for a minute.
      access = 'none'
      ttl = Math.min(ttl, 5000)
    }
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value!)
    this.cache.set(key, { access, until: Date.now() + ttl })
    return access
  }
}
