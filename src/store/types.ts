/** @module The Store contract shared by the GitHub App, the queue, the CLI (--save) and the web service. Implementations: SQLite (libsql) and PostgreSQL, both over kysely. */
import type { Report } from '../types.js'

export type AccountRecord = {
  login: string
  /** GitHub account type: User or Organization ('Local' for CLI scans saved under `local`). */
  type: string
  /** When false, the account's public page and public repos are hidden from anonymous visitors. */
  publicPage: boolean
}

export type RepoRecord = {
  id: number
  account: string
  name: string
  private: boolean
  defaultBranch: string | null
  description: string | null
  installationId: number | null
  /** Number of the checklist issue, cached by the issue sink. */
  issueNumber: number | null
  /** ETag of the last default-branch head seen by the reconciliation sweep. */
  headEtag: string | null
  /** False once the app was uninstalled from the repo. */
  active: boolean
}

export type RepoInput = Pick<RepoRecord, 'account' | 'name'> &
  Partial<Pick<RepoRecord, 'private' | 'defaultBranch' | 'description' | 'installationId' | 'active'>>

export type ScanSource = 'app' | 'cli' | 'sweep' | 'demo'

export type ScanRecord = {
  id: number
  repoId: number
  commit: string
  createdAt: string // ISO 8601
  score: number
  level: Report['level']
  track: Report['track']
  durationMs: number
  source: ScanSource
  report: Report
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'superseded'

export type JobRecord = {
  id: number
  /** X-GitHub-Delivery of the webhook that created the job (dedupe key), if any. */
  deliveryId: string | null
  installationId: number | null
  account: string
  repo: string
  /** Commit to scan; null means "the default branch head at run time". */
  commit: string | null
  reason: string // install | push | rescan | sweep
  status: JobStatus
  attempts: number
  runAfter: string // ISO 8601: not picked before this time (backoff)
  lastError: string | null
  createdAt: string
  updatedAt: string
}

export type JobInput = Pick<JobRecord, 'account' | 'repo' | 'reason'> &
  Partial<Pick<JobRecord, 'deliveryId' | 'installationId' | 'commit'>>

/** A GitHub App installation on an account (user or organisation). */
export type InstallationRecord = {
  id: number
  account: string
  accountType: string
  repositorySelection: 'all' | 'selected' | null
  suspended: boolean
  /** When the app was uninstalled; null while installed. */
  removedAt: string | null
}

export type InstallationInput = Pick<InstallationRecord, 'id' | 'account'> &
  Partial<Pick<InstallationRecord, 'accountType' | 'repositorySelection' | 'suspended'>>

export type ShareLinkRecord = { id: number; account: string; createdAt: string; revokedAt: string | null; label: string | null }

/** Persistence for accounts, repos, scans (history kept), jobs and share links. */
export interface Store {
  /** Create or update tables; run at start-up. Idempotent. */
  migrate(): Promise<void>
  close(): Promise<void>

  upsertAccount(account: Partial<AccountRecord> & { login: string }): Promise<AccountRecord>
  getAccount(login: string): Promise<AccountRecord | undefined>

  /** Record an installation (installation.created, or seen on a webhook); a reinstall clears its removal. */
  upsertInstallation(installation: InstallationInput): Promise<InstallationRecord>
  getInstallation(id: number): Promise<InstallationRecord | undefined>
  /** Mark an installation removed (installation.deleted); false when unknown or already removed. */
  removeInstallation(id: number): Promise<boolean>
  listInstallations(account: string): Promise<InstallationRecord[]>

  upsertRepo(repo: RepoInput): Promise<RepoRecord>
  getRepo(account: string, name: string): Promise<RepoRecord | undefined>
  listRepos(account: string): Promise<RepoRecord[]>
  /** Repos with an installation, for the reconciliation sweep. */
  listInstalledRepos(): Promise<RepoRecord[]>
  updateRepo(id: number, patch: Partial<Omit<RepoRecord, 'id' | 'account' | 'name'>>): Promise<void>

  /** `createdAt` defaults to now; the demo back-dates its synthetic history. */
  saveScan(repoId: number, report: Report, source: ScanSource, options?: { createdAt?: Date }): Promise<ScanRecord>
  latestScan(repoId: number): Promise<ScanRecord | undefined>
  /** Newest first; `before` is a scan id for keyset pagination. */
  listScans(repoId: number, options?: { limit?: number; before?: number }): Promise<ScanRecord[]>
  /** Latest scan of each repo of an account, in one query (account page). */
  latestScans(account: string): Promise<Map<number, ScanRecord>>
  /** Scores of the last `limit` scans per repo of an account, oldest first (sparklines), in one query. */
  scoreHistory(account: string, limit: number): Promise<Map<number, { commit: string; score: number; createdAt: string }[]>>
  /** Scores of the last `limit` scans of one repo, oldest first (history chart). */
  repoScoreHistory(repoId: number, limit: number): Promise<{ id: number; commit: string; score: number; level: Report['level']; createdAt: string }[]>
  /**
   * A number that changes whenever anything an account's pages show changes (account settings, repos, scans);
   * undefined for an unknown account. The web service keys its page cache on it. Writes through this store
   * show at once; writes by another process (a CLI `scan --save`) within a second, as the answer is reused that long.
   */
  accountVersion(login: string): Promise<number | undefined>

  /**
   * Insert a job unless one with the same delivery id exists, or a queued/running job for the same
   * repo and commit exists. Queued jobs of the same repo with another commit are marked superseded
   * (the newest commit wins). Returns the job and whether it was created.
   */
  enqueueJob(job: JobInput): Promise<{ job: JobRecord; created: boolean }>
  /** Atomically mark up to `limit` runnable queued jobs running, at most one per repo and none for a repo with a running job. */
  claimJobs(limit: number, now: Date): Promise<JobRecord[]>
  finishJob(id: number, outcome: { status: 'done' | 'failed'; error?: string }): Promise<void>
  /** Put a job back in the queue after a retryable failure. */
  retryJob(id: number, runAfter: Date, error: string): Promise<void>
  /** Running jobs left by a crashed process go back to queued (called at start-up). */
  requeueRunning(): Promise<number>
  getJob(id: number): Promise<JobRecord | undefined>
  listJobs(filter?: { status?: JobStatus; account?: string; repo?: string }): Promise<JobRecord[]>

  /** Create a share link; the token is returned once and stored only as a hash. */
  createShareLink(account: string, label?: string): Promise<{ link: ShareLinkRecord; token: string }>
  revokeShareLink(account: string, id: number): Promise<boolean>
  listShareLinks(account: string): Promise<ShareLinkRecord[]>
  /** The account a (non-revoked) share token opens, or undefined. */
  resolveShareToken(token: string): Promise<string | undefined>
}
