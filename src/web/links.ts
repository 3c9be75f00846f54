/** @module URLs the pages and API print: our own paths, and GitHub links to commits and evidence at the scanned commit. */
import type { AccountRecord } from '../store/types.js'

const seg = encodeURIComponent
/** Only real commit ids become links (a local scan of a plain folder has none). */
const isSha = (commit: string) => /^[0-9a-f]{7,64}$/i.test(commit)

export const accountPath = (account: string) => `/${seg(account)}`
export const repoPath = (account: string, repo: string) => `/${seg(account)}/${seg(repo)}`
export const badgePath = (account: string, repo: string) => `/badge/${seg(account)}/${seg(repo)}.svg`
export const checkAnchor = (id: string) => `check-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`

/** Builds links into the forge; none for accounts with no forge behind them (CLI `local`, the demo). */
export class ForgeLinks {
  constructor(
    private readonly githubUrl: string,
    private readonly account: AccountRecord,
  ) {}

  get enabled(): boolean {
    return this.account.type !== 'Local'
  }

  private base(repo: string): string {
    return `${this.githubUrl}/${seg(this.account.login)}/${seg(repo)}`
  }

  repo(repo: string): string | undefined {
    return this.enabled ? this.base(repo) : undefined
  }

  commit(repo: string, commit: string): string | undefined {
    return this.enabled && isSha(commit) ? `${this.base(repo)}/commit/${commit}` : undefined
  }

  compare(repo: string, from: string, to: string): string | undefined {
    return this.enabled && isSha(from) && isSha(to) ? `${this.base(repo)}/compare/${from}...${to}` : undefined
  }

  /** A file (and line) at the scanned commit: evidence stays valid after later pushes. */
  file(repo: string, commit: string, path: string, line?: number): string | undefined {
    if (!this.enabled || !isSha(commit)) return undefined
    const encoded = path.split('/').map(seg).join('/')
    return `${this.base(repo)}/blob/${commit}/${encoded}${line ? `#L${line}` : ''}`
  }
}

export const shortSha = (commit: string) => (/^[0-9a-f]{12,}$/i.test(commit) ? commit.slice(0, 7) : commit.slice(0, 12))
