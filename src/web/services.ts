/** @module The web service's shared parts, built once per app: cached reads, access policy, cookies, page cache and the authorisation helpers every route uses. */
import { randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import type { AccountRecord, RepoRecord } from '../store/types.js'
import { AccessPolicy, githubAccessChecker, viewerMode } from './access.js'
import type { Viewer, WebDeps, WebEnv } from './context.js'
import { type AccountSnapshot, findRepo, PageData } from './data.js'
import { ForgeLinks } from './links.js'
import { Lru } from './lru.js'
import { type CachedBody, cachedBody, sendBody } from './respond.js'
import { Cookies } from './session.js'

export type Mode = ReturnType<typeof viewerMode>

/** An account as one viewer may see it. */
export type VisibleAccount = { snapshot: AccountSnapshot; account: AccountRecord; repos: RepoRecord[]; mode: Mode }

export class Services {
  readonly data: PageData
  readonly policy: AccessPolicy
  readonly cookies: Cookies
  readonly baseUrl: string
  readonly githubUrl: string
  readonly githubApiUrl: string
  /** Rendered pages and JSON for non-owner viewers, keyed by account version + who sees what. */
  readonly rendered = new Lru<string, CachedBody>(200)
  /** What anonymous visitors see of an account snapshot: decided by data alone, so computed once per version. */
  private readonly publicRepos = new WeakMap<AccountSnapshot, RepoRecord[]>()

  constructor(readonly deps: WebDeps) {
    this.baseUrl = (deps.baseUrl ?? 'http://localhost:3000').replace(/\/$/, '')
    this.githubUrl = (deps.githubUrl ?? 'https://github.com').replace(/\/$/, '')
    this.githubApiUrl = (deps.githubApiUrl ?? 'https://api.github.com').replace(/\/$/, '')
    this.data = new PageData(deps.store)
    this.policy = new AccessPolicy(deps.accessChecker ?? githubAccessChecker(this.githubApiUrl), (deps.accessCacheSeconds ?? 60) * 1000)
    this.cookies = new Cookies(deps.sessionSecret ?? randomBytes(32).toString('hex'), this.baseUrl.startsWith('https:'))
  }

  get signInEnabled(): boolean {
    return Boolean(this.deps.oauth)
  }

  forge(account: AccountRecord): ForgeLinks {
    return new ForgeLinks(this.githubUrl, account)
  }

  /**
   * The account and the repos the viewer may see, or undefined: unknown account, or nothing visible to a
   * viewer who is neither the owner nor holding a share link (indistinguishable on purpose).
   */
  async visibleAccount(viewer: Viewer, login: string): Promise<VisibleAccount | undefined> {
    const snapshot = await this.data.account(login)
    if (!snapshot) return undefined
    const { account } = snapshot
    const mode = viewerMode(viewer, account)
    // Repos the app was uninstalled from stay in the store (history) but only their owner sees them.
    let repos: RepoRecord[]
    if (mode === 'owner') repos = snapshot.repos
    else if (mode === 'share') repos = snapshot.repos.filter((r) => r.active)
    else if (mode === 'anonymous') {
      repos = this.publicRepos.get(snapshot) ?? (account.publicPage ? snapshot.repos.filter((r) => r.active && !r.private) : [])
      this.publicRepos.set(snapshot, repos)
    } else repos = await this.policy.visible(viewer, account, snapshot.repos.filter((r) => r.active))
    if (repos.length === 0 && mode !== 'owner' && mode !== 'share') return undefined
    return { snapshot, account, repos, mode }
  }

  /** One repo if the viewer may see it, else undefined (same answer as for a repo that does not exist). */
  async visibleRepo(viewer: Viewer, login: string, name: string): Promise<{ snapshot: AccountSnapshot; repo: RepoRecord; mode: Mode } | undefined> {
    const snapshot = await this.data.account(login)
    if (!snapshot) return undefined
    const repo = findRepo(snapshot, name)
    if (!repo) return undefined
    const mode = viewerMode(viewer, snapshot.account)
    if (!repo.active && mode !== 'owner') return undefined
    if (!(await this.policy.canSee(viewer, snapshot.account, repo))) return undefined
    return { snapshot, repo, mode }
  }

  /**
   * Cache key for a rendering that depends on the account version and the viewer. A page names a signed-in viewer
   * in its header (also one who came through a share link), so the login is part of the key; only a signed-in
   * user's view also depends on GitHub's (cached, expiring) answers, so only then are the visible repos too.
   */
  cacheKey(kind: string, c: Context<WebEnv>, version: number, mode: Mode, repoIds: number[]): string {
    const who = `${c.var.viewer.login ?? ''}\0${mode === 'user' ? repoIds.join(',') : ''}`
    return `${kind}\0${c.req.path}\0${version}\0${mode}\0${who}`
  }

  /** Answer with the cached rendering under `key`, rendering it first if needed (`key` undefined: never cached). */
  async respond(c: Context<WebEnv>, key: string | undefined, type: string, render: () => Promise<string>, status: 200 | 201 = 200): Promise<Response> {
    let entry = key ? this.rendered.get(key) : undefined
    if (!entry) {
      entry = cachedBody(await render(), type)
      if (key) this.rendered.set(key, entry)
    }
    return sendBody(c, entry, status)
  }
}

/**
 * Cache headers for something a viewer was allowed to see. Anonymous views of public data may be cached
 * briefly by anyone; anything reached through a session or share link must not be stored.
 */
export function privacyHeaders(c: Context<WebEnv>, mode: Mode, anyPrivate: boolean): void {
  const shared = mode === 'anonymous' && !anyPrivate
  c.header('Cache-Control', shared ? 'public, max-age=60' : 'private, no-store')
  c.header('Vary', 'Cookie')
}
