/** @module Row -> record mappers. pg returns bigint columns as strings and SQLite has no booleans, so every value is normalised here. */
import type { Selectable } from 'kysely'
import type { Report } from '../types.js'
import type { AccountsTable, JobsTable, RepositoriesTable, ScansTable, ShareLinksTable } from './schema.js'
import type { AccountRecord, JobRecord, RepoRecord, ScanRecord, ScanSource, ShareLinkRecord } from './types.js'

/** A nullable numeric column as a number (pg gives bigint as text). */
export function num(value: number | string | bigint | null): number | null {
  return value === null ? null : Number(value)
}

export function toAccount(row: Selectable<AccountsTable>): AccountRecord {
  return { login: row.login, type: row.type, publicPage: Boolean(Number(row.public_page)) }
}

export function toRepo(row: Selectable<RepositoriesTable>): RepoRecord {
  return {
    id: Number(row.id),
    account: row.account,
    name: row.name,
    private: Boolean(Number(row.private)),
    defaultBranch: row.default_branch,
    description: row.description,
    installationId: num(row.installation_id),
    issueNumber: num(row.issue_number),
    headEtag: row.head_etag,
    active: Boolean(Number(row.active)),
  }
}

export function toScan(row: Selectable<ScansTable>): ScanRecord {
  return {
    id: Number(row.id),
    repoId: Number(row.repo_id),
    commit: row.commit_sha,
    createdAt: row.created_at,
    score: Number(row.score),
    level: row.level as Report['level'],
    track: row.track as Report['track'],
    durationMs: Number(row.duration_ms),
    source: row.source as ScanSource,
    report: JSON.parse(row.report_json) as Report,
  }
}

export function toJob(row: Selectable<JobsTable>): JobRecord {
  return {
    id: Number(row.id),
    deliveryId: row.delivery_id,
    installationId: num(row.installation_id),
    account: row.account,
    repo: row.repo,
    commit: row.commit_sha,
    reason: row.reason,
    status: row.status as JobRecord['status'],
    attempts: Number(row.attempts),
    runAfter: row.run_after,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function toShareLink(row: Selectable<ShareLinksTable>): ShareLinkRecord {
  return { id: Number(row.id), account: row.account, createdAt: row.created_at, revokedAt: row.revoked_at, label: row.label }
}

/** True for a unique-constraint violation on either engine (SQLite message, PostgreSQL SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string }
  return e?.code === '23505' || (typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT_UNIQUE')) ||
    /UNIQUE constraint failed/i.test(e?.message ?? '')
}

export const bool = (value: boolean): number => (value ? 1 : 0)
export const key = (value: string): string => value.toLowerCase()
