/** @module The Store over kysely, one implementation for SQLite (libsql) and PostgreSQL (pg): accounts and repos here; installations, scans, jobs and share links in their modules. */
import { type Kysely, sql } from 'kysely'
import type { Report } from '../types.js'
import * as installations from './installations.js'
import * as jobs from './jobs.js'
import { migrateToLatest } from './migrations.js'
import { bool, key, toAccount, toRepo } from './rows.js'
import * as scans from './scans.js'
import type { DB, Dialect, RepositoriesTable } from './schema.js'
import * as shares from './share-links.js'
import type { AccountRecord, InstallationInput, JobInput, JobStatus, RepoInput, RepoRecord, ScanRecord, ScanSource, Store } from './types.js'
import { bumpVersion } from './version.js'

/** Store implementation shared by both engines; only the migrations know which one is behind `db`. */
export class KyselyStore implements Store {
  /** accountVersion answers, reused briefly: it is asked on every page view, badge and API call. */
  private readonly versions = new Map<string, { version: number | undefined; at: number }>()

  constructor(
    readonly db: Kysely<DB>,
    readonly dialect: Dialect,
    private readonly versionReuseMs = 1000,
  ) {}

  /** Any write through this instance may change versions: forget them once it is committed (writes are rare). */
  private async written<T>(write: Promise<T>): Promise<T> {
    try {
      return await write
    } finally {
      this.versions.clear()
    }
  }

  migrate(): Promise<void> {
    return migrateToLatest(this.db, this.dialect)
  }

  close(): Promise<void> {
    return this.db.destroy()
  }

  async upsertAccount(account: Partial<AccountRecord> & { login: string }): Promise<AccountRecord> {
    const now = new Date().toISOString()
    const patch: Partial<{ login: string; type: string; public_page: number }> = { login: account.login }
    if (account.type !== undefined) patch.type = account.type
    if (account.publicPage !== undefined) patch.public_page = bool(account.publicPage)
    const row = await this.written(this.db
      .insertInto('accounts')
      .values({
        login_key: key(account.login),
        login: account.login,
        type: account.type ?? defaultType(account.login),
        public_page: bool(account.publicPage ?? true),
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('login_key').doUpdateSet({ ...patch, updated_at: now, version: sql`accounts.version + 1` }))
      .returningAll()
      .executeTakeFirstOrThrow())
    return toAccount(row)
  }

  async getAccount(login: string): Promise<AccountRecord | undefined> {
    const row = await this.db.selectFrom('accounts').selectAll().where('login_key', '=', key(login)).executeTakeFirst()
    return row && toAccount(row)
  }

  async accountVersion(login: string): Promise<number | undefined> {
    const k = key(login)
    const hit = this.versions.get(k)
    if (hit && Date.now() - hit.at < this.versionReuseMs) return hit.version
    const row = await this.db.selectFrom('accounts').select('version').where('login_key', '=', k).executeTakeFirst()
    const version = row ? Number(row.version) : undefined
    if (this.versions.size > 10_000) this.versions.clear()
    this.versions.set(k, { version, at: Date.now() })
    return version
  }

  upsertInstallation(installation: InstallationInput) {
    return installations.upsertInstallation(this.db, installation)
  }
  getInstallation(id: number) {
    return installations.getInstallation(this.db, id)
  }
  removeInstallation(id: number) {
    return installations.removeInstallation(this.db, id)
  }
  listInstallations(account: string) {
    return installations.listInstallations(this.db, account)
  }

  upsertRepo(repo: RepoInput): Promise<RepoRecord> {
    return this.written(this.db.transaction().execute(async (trx) => {
      const now = new Date().toISOString()
      await trx
        .insertInto('accounts')
        .values({ login_key: key(repo.account), login: repo.account, type: defaultType(repo.account), public_page: 1, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column('login_key').doNothing())
        .execute()
      const fields = repoFields(repo)
      const row = await trx
        .insertInto('repositories')
        .values({
          account_key: key(repo.account),
          name_key: key(repo.name),
          account: repo.account,
          name: repo.name,
          private: 0,
          active: 1,
          ...fields,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(['account_key', 'name_key']).doUpdateSet({ ...fields, account: repo.account, name: repo.name, updated_at: now }))
        .returningAll()
        .executeTakeFirstOrThrow()
      await bumpVersion(trx, key(repo.account))
      return toRepo(row)
    }))
  }

  async getRepo(account: string, name: string): Promise<RepoRecord | undefined> {
    const row = await this.db
      .selectFrom('repositories')
      .selectAll()
      .where('account_key', '=', key(account))
      .where('name_key', '=', key(name))
      .executeTakeFirst()
    return row && toRepo(row)
  }

  async listRepos(account: string): Promise<RepoRecord[]> {
    const rows = await this.db.selectFrom('repositories').selectAll().where('account_key', '=', key(account)).orderBy('name_key').execute()
    return rows.map(toRepo)
  }

  async listInstalledRepos(): Promise<RepoRecord[]> {
    const rows = await this.db
      .selectFrom('repositories')
      .selectAll()
      .where('installation_id', 'is not', null)
      .where('active', '=', 1)
      .orderBy('id')
      .execute()
    return rows.map(toRepo)
  }

  async updateRepo(id: number, patch: Partial<Omit<RepoRecord, 'id' | 'account' | 'name'>>): Promise<void> {
    const fields = repoFields(patch)
    if (patch.issueNumber !== undefined) fields.issue_number = patch.issueNumber
    if (patch.headEtag !== undefined) fields.head_etag = patch.headEtag
    const row = await this.db
      .updateTable('repositories')
      .set({ ...fields, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .returning('account_key')
      .executeTakeFirst()
    if (row) await this.written(bumpVersion(this.db, row.account_key))
  }

  saveScan(repoId: number, report: Report, source: ScanSource, options: { createdAt?: Date } = {}): Promise<ScanRecord> {
    return this.written(scans.saveScan(this.db, repoId, report, source, options.createdAt ?? new Date()))
  }
  latestScan(repoId: number) {
    return scans.latestScan(this.db, repoId)
  }
  listScans(repoId: number, options?: { limit?: number; before?: number }) {
    return scans.listScans(this.db, repoId, options)
  }
  latestScans(account: string) {
    return scans.latestScans(this.db, account)
  }
  scoreHistory(account: string, limit: number) {
    return scans.scoreHistory(this.db, account, limit)
  }
  repoScoreHistory(repoId: number, limit: number) {
    return scans.repoScoreHistory(this.db, repoId, limit)
  }

  enqueueJob(job: JobInput) {
    return jobs.enqueueJob(this.db, job)
  }
  claimJobs(limit: number, now: Date) {
    return jobs.claimJobs(this.db, limit, now)
  }
  finishJob(id: number, outcome: { status: 'done' | 'failed'; error?: string }) {
    return jobs.finishJob(this.db, id, outcome)
  }
  retryJob(id: number, runAfter: Date, error: string) {
    return jobs.retryJob(this.db, id, runAfter, error)
  }
  requeueRunning() {
    return jobs.requeueRunning(this.db)
  }
  getJob(id: number) {
    return jobs.getJob(this.db, id)
  }
  listJobs(filter?: { status?: JobStatus; account?: string; repo?: string }) {
    return jobs.listJobs(this.db, filter)
  }

  createShareLink(account: string, label?: string) {
    return shares.createShareLink(this.db, account, label)
  }
  async revokeShareLink(account: string, id: number) {
    const revoked = await shares.revokeShareLink(this.db, account, id)
    if (revoked) await this.written(bumpVersion(this.db, key(account)))
    return revoked
  }
  listShareLinks(account: string) {
    return shares.listShareLinks(this.db, account)
  }
  resolveShareToken(token: string) {
    return shares.resolveShareToken(this.db, token)
  }
}

/** CLI scans live under the pseudo-account `local`. */
function defaultType(login: string): string {
  return key(login) === 'local' ? 'Local' : 'User'
}

/** The optional repo fields that were given, as columns (undefined means "leave as is"). */
function repoFields(repo: Partial<RepoRecord>): Partial<Pick<RepositoriesTable, 'private' | 'default_branch' | 'description' | 'installation_id' | 'active' | 'issue_number' | 'head_etag'>> {
  const fields: ReturnType<typeof repoFields> = {}
  if (repo.private !== undefined) fields.private = bool(repo.private)
  if (repo.defaultBranch !== undefined) fields.default_branch = repo.defaultBranch
  if (repo.description !== undefined) fields.description = repo.description
  if (repo.installationId !== undefined) fields.installation_id = repo.installationId
  if (repo.active !== undefined) fields.active = bool(repo.active)
  return fields
}
