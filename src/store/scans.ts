/** @module Scans in the store: every scan is kept; page reads (latest, history, keyset pages) use the (repo_id, id) index. */
import { type Kysely, sql } from 'kysely'
import type { Report } from '../types.js'
import { key, toScan } from './rows.js'
import type { DB } from './schema.js'
import type { ScanRecord, ScanSource } from './types.js'
import { bumpVersion } from './version.js'

const MAX_PAGE = 100

export type ScorePoint = { commit: string; score: number; createdAt: string }

export function saveScan(db: Kysely<DB>, repoId: number, report: Report, source: ScanSource, createdAt: Date): Promise<ScanRecord> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('scans')
      .values({
        repo_id: repoId,
        commit_sha: report.repo.commit,
        created_at: createdAt.toISOString(),
        score: report.score,
        level: report.level,
        track: report.track,
        duration_ms: Math.round(report.durationMs),
        source,
        layers_json: JSON.stringify(report.layers),
        report_json: JSON.stringify(report),
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow()
    const repo = await trx.selectFrom('repositories').select('account_key').where('id', '=', repoId).executeTakeFirstOrThrow()
    await bumpVersion(trx, repo.account_key)
    const { commit } = report.repo
    return { id: Number(row.id), repoId, commit, createdAt: row.created_at, score: report.score, level: report.level, track: report.track, durationMs: Math.round(report.durationMs), source, report }
  })
}

export async function latestScan(db: Kysely<DB>, repoId: number): Promise<ScanRecord | undefined> {
  const row = await db.selectFrom('scans').selectAll().where('repo_id', '=', repoId).orderBy('id', 'desc').limit(1).executeTakeFirst()
  return row && toScan(row)
}

export async function listScans(db: Kysely<DB>, repoId: number, options: { limit?: number; before?: number } = {}): Promise<ScanRecord[]> {
  const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(options.limit ?? 20)))
  let query = db.selectFrom('scans').selectAll().where('repo_id', '=', repoId)
  if (options.before !== undefined) query = query.where('id', '<', options.before)
  const rows = await query.orderBy('id', 'desc').limit(limit).execute()
  return rows.map(toScan)
}

export async function latestScans(db: Kysely<DB>, account: string): Promise<Map<number, ScanRecord>> {
  const rows = await db
    .selectFrom('scans as s')
    .innerJoin('repositories as r', 'r.id', 's.repo_id')
    .selectAll('s')
    .where('r.account_key', '=', key(account))
    .where('s.id', '=', (eb) => eb.selectFrom('scans as s2').select((e) => e.fn.max('s2.id').as('m')).whereRef('s2.repo_id', '=', 'r.id'))
    .execute()
  return new Map(rows.map((row) => [Number(row.repo_id), toScan(row)]))
}

/** The last `limit` scores of every repo of an account, oldest first, in one windowed query. */
export async function scoreHistory(db: Kysely<DB>, account: string, limit: number): Promise<Map<number, ScorePoint[]>> {
  const ranked = db
    .selectFrom('scans as s')
    .innerJoin('repositories as r', 'r.id', 's.repo_id')
    .select(['s.id', 's.repo_id', 's.commit_sha', 's.score', 's.created_at'])
    .select(sql<number>`row_number() over (partition by s.repo_id order by s.id desc)`.as('rn'))
    .where('r.account_key', '=', key(account))
  const rows = await db.selectFrom(ranked.as('t')).selectAll().where('t.rn', '<=', limit).orderBy('t.repo_id').orderBy('t.id').execute()
  const history = new Map<number, ScorePoint[]>()
  for (const row of rows) {
    const repoId = Number(row.repo_id)
    const list = history.get(repoId) ?? []
    list.push({ commit: row.commit_sha, score: Number(row.score), createdAt: row.created_at })
    history.set(repoId, list)
  }
  return history
}

export async function repoScoreHistory(db: Kysely<DB>, repoId: number, limit: number) {
  const rows = await db
    .selectFrom('scans')
    .select(['id', 'commit_sha', 'score', 'level', 'created_at'])
    .where('repo_id', '=', repoId)
    .orderBy('id', 'desc')
    .limit(Math.max(1, limit))
    .execute()
  return rows.reverse().map((r) => ({ id: Number(r.id), commit: r.commit_sha, score: Number(r.score), level: r.level as Report['level'], createdAt: r.created_at }))
}
