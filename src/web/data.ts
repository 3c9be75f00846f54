/** @module Reads for the pages, API and badges, cached per account version (one cheap query tells if they are still right). */
// The store bumps the version on every write an account's pages show, also from another process (`scan --save`).
import type { AccountRecord, RepoRecord, ScanRecord, Store } from '../store/types.js'
import type { Report } from '../types.js'
import { Lru } from './lru.js'
import type { Point } from './portfolio.js'

/** Scans per repo in sparklines, and in the repo page's history chart. */
export const TREND_POINTS = 20
export const HISTORY_POINTS = 60

export type HistoryPoint = { id: number; commit: string; score: number; level: Report['level']; createdAt: string }

/** One account's reads at one version. Scans are loaded on first use. */
export type AccountSnapshot = {
  version: number
  account: AccountRecord
  repos: RepoRecord[]
  latest(): Promise<Map<number, ScanRecord>>
  trends(): Promise<Map<number, Point[]>>
}

export type RepoDetail = { latest: ScanRecord | null; previous: ScanRecord | null; history: HistoryPoint[] }

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () => {
    promise ??= load()
    // A failed read is not cached: the next request tries again.
    promise.catch(() => (promise = undefined))
    return promise
  }
}

/** Cached store reads keyed by account version. */
export class PageData {
  private readonly accounts = new Lru<string, AccountSnapshot>(32)
  private readonly details = new Lru<string, { version: number; detail: Promise<RepoDetail> }>(256)

  constructor(readonly store: Store) {}

  /** The account's current snapshot, or undefined when the account is unknown. */
  async account(login: string): Promise<AccountSnapshot | undefined> {
    const key = login.toLowerCase()
    const version = await this.store.accountVersion(login)
    if (version === undefined) return undefined
    const cached = this.accounts.get(key)
    if (cached && cached.version === version) return cached
    const [account, repos] = await Promise.all([this.store.getAccount(login), this.store.listRepos(login)])
    if (!account) return undefined
    const snapshot: AccountSnapshot = {
      version,
      account,
      repos,
      latest: once(() => this.store.latestScans(login)),
      trends: once(() => this.store.scoreHistory(login, TREND_POINTS)),
    }
    this.accounts.set(key, snapshot)
    return snapshot
  }

  /** Latest and previous scan and the score history of one repo, cached with the account version. */
  detail(snapshot: AccountSnapshot, repo: RepoRecord): Promise<RepoDetail> {
    const key = `${repo.id}`
    const cached = this.details.get(key)
    if (cached && cached.version === snapshot.version) return cached.detail
    const detail = (async () => {
      const [scans, history] = await Promise.all([this.store.listScans(repo.id, { limit: 2 }), this.store.repoScoreHistory(repo.id, HISTORY_POINTS)])
      return { latest: scans[0] ?? null, previous: scans[1] ?? null, history }
    })()
    detail.catch(() => this.details.delete(key))
    this.details.set(key, { version: snapshot.version, detail })
    return detail
  }
}

/** The repo named in a URL, among the account's repos (case-insensitive). */
export function findRepo(snapshot: AccountSnapshot, name: string): RepoRecord | undefined {
  const key = name.toLowerCase()
  return snapshot.repos.find((r) => r.name.toLowerCase() === key)
}
