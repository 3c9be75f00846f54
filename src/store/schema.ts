/** @module Table shapes of the store as kysely sees them. Booleans are 0/1 integers and times ISO-8601 text, so SQLite and PostgreSQL run the same queries. */
import type { Generated } from 'kysely'

export type AccountsTable = {
  /** Lower-cased login: GitHub logins are case-insensitive, URLs are typed by people. */
  login_key: string
  login: string
  type: string
  public_page: number
  /** Bumped by every write that changes what the account's pages show (page cache key). */
  version: Generated<number>
  created_at: string
  updated_at: string
}

export type RepositoriesTable = {
  id: Generated<number>
  account_key: string
  name_key: string
  account: string
  name: string
  private: number
  default_branch: string | null
  description: string | null
  installation_id: number | string | null
  issue_number: number | null
  head_etag: string | null
  active: number
  created_at: string
  updated_at: string
}

export type ScansTable = {
  id: Generated<number>
  repo_id: number
  commit_sha: string
  created_at: string
  score: number
  level: string
  track: string
  duration_ms: number
  source: string
  /** JSON of Report['layers'], readable without parsing the whole report. */
  layers_json: string
  /** JSON of the whole Report (checks, evidence, fixes, notes): history keeps the wording of its day. */
  report_json: string
}

export type JobsTable = {
  id: Generated<number>
  delivery_id: string | null
  installation_id: number | string | null
  account: string
  repo: string
  /** lower(account/repo): at most one queued and one running job per key (partial unique indexes). */
  repo_key: string
  commit_sha: string | null
  /** commit_sha or '' so the (repo, commit) dedupe index also covers "the head at run time". */
  commit_key: string
  reason: string
  status: string
  attempts: number
  run_after: string
  last_error: string | null
  created_at: string
  updated_at: string
}

export type ShareLinksTable = {
  id: Generated<number>
  account_key: string
  account: string
  /** sha256 hex of the token; the token itself is shown once and never stored. */
  token_hash: string
  label: string | null
  created_at: string
  revoked_at: string | null
}

export type InstallationsTable = {
  /** GitHub's installation id. */
  id: number | string
  account_key: string
  account: string
  /** User or Organization. */
  account_type: string
  /** 'all' or 'selected' repositories, as GitHub reports it. */
  repository_selection: string | null
  suspended: number
  created_at: string
  updated_at: string
  /** Set when the app is uninstalled; the row stays, like the account's scans. */
  removed_at: string | null
}

export type DB = {
  accounts: AccountsTable
  installations: InstallationsTable
  repositories: RepositoriesTable
  scans: ScansTable
  jobs: JobsTable
  share_links: ShareLinksTable
}

/** Which SQL engine is behind the Kysely instance (only the migrations' id column type differs). */
export type Dialect = 'sqlite' | 'postgres'
