/** @module Scan jobs in the store: dedupe by delivery and by repo+commit, one queued and one running job per repo. */
// The guarantees are partial unique indexes, so they hold for concurrent enqueues on several connections or
// processes; a transaction that loses a race is retried and then sees the winner's row.
import { type Kysely, sql } from 'kysely'
import type { DB } from './schema.js'
import { isUniqueViolation, key, toJob } from './rows.js'
import type { JobInput, JobRecord, JobStatus } from './types.js'

const MAX_ATTEMPTS = 12

/** PostgreSQL deadlock / serialization failures are as retryable as a lost unique race. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string })?.code
  return isUniqueViolation(error) || code === '40P01' || code === '40001'
}

async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt))
    }
  }
}

export function repoKey(account: string, repo: string): string {
  return key(`${account}/${repo}`)
}

/** See Store.enqueueJob. */
export function enqueueJob(db: Kysely<DB>, input: JobInput): Promise<{ job: JobRecord; created: boolean }> {
  const repo_key = repoKey(input.account, input.repo)
  const commit_key = input.commit ?? ''
  return withRetry(() =>
    db.transaction().execute(async (trx) => {
      if (input.deliveryId) {
        const same = await trx.selectFrom('jobs').selectAll().where('delivery_id', '=', input.deliveryId).executeTakeFirst()
        if (same) return { job: toJob(same), created: false }
      }
      const live = await trx
        .selectFrom('jobs')
        .selectAll()
        .where('repo_key', '=', repo_key)
        .where('commit_key', '=', commit_key)
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirst()
      if (live) return { job: toJob(live), created: false }
      const now = new Date().toISOString()
      // The newest push wins: an older commit still waiting is not worth scanning any more.
      await trx
        .updateTable('jobs')
        .set({ status: 'superseded', updated_at: now })
        .where('repo_key', '=', repo_key)
        .where('status', '=', 'queued')
        .execute()
      const row = await trx
        .insertInto('jobs')
        .values({
          delivery_id: input.deliveryId ?? null,
          installation_id: input.installationId ?? null,
          account: input.account,
          repo: input.repo,
          repo_key,
          commit_sha: input.commit ?? null,
          commit_key,
          reason: input.reason,
          status: 'queued',
          attempts: 0,
          run_after: now,
          last_error: null,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return { job: toJob(row), created: true }
    }),
  )
}

/** See Store.claimJobs. Each claim is one conditional UPDATE; the one-running-per-repo index settles races. */
export async function claimJobs(db: Kysely<DB>, limit: number, now: Date): Promise<JobRecord[]> {
  if (limit <= 0) return []
  const candidates = await db
    .selectFrom('jobs')
    .select(['id'])
    .where('status', '=', 'queued')
    .where('run_after', '<=', now.toISOString())
    .where('repo_key', 'not in', db.selectFrom('jobs as running').select('running.repo_key').where('running.status', '=', 'running'))
    .orderBy('run_after')
    .orderBy('id')
    .limit(limit)
    .execute()
  const claimed: JobRecord[] = []
  for (const { id } of candidates) {
    try {
      const row = await db
        .updateTable('jobs')
        .set({ status: 'running', attempts: sql`attempts + 1`, updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'queued')
        .returningAll()
        .executeTakeFirst()
      if (row) claimed.push(toJob(row))
    } catch (error) {
      // Another worker started a job for this repo in the meantime: leave this one queued.
      if (!isUniqueViolation(error)) throw error
    }
  }
  return claimed
}

export async function finishJob(db: Kysely<DB>, id: number, outcome: { status: 'done' | 'failed'; error?: string }): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: outcome.status, last_error: outcome.error ?? null, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute()
}

/**
 * Put a running job back in the queue. When a newer job for the repo is already queued, this one is
 * superseded instead: the queue never holds two jobs for one repo.
 */
async function requeue(db: Kysely<DB>, id: number, runAfter: Date, error: string | null): Promise<boolean> {
  return withRetry(() =>
    db.transaction().execute(async (trx) => {
      const job = await trx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst()
      if (!job) return false
      const waiting = await trx
        .selectFrom('jobs')
        .select('id')
        .where('repo_key', '=', job.repo_key)
        .where('status', '=', 'queued')
        .where('id', '<>', id)
        .executeTakeFirst()
      await trx
        .updateTable('jobs')
        .set({
          status: waiting ? 'superseded' : 'queued',
          run_after: runAfter.toISOString(),
          last_error: error ?? job.last_error,
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', id)
        .execute()
      return !waiting
    }),
  )
}

export async function retryJob(db: Kysely<DB>, id: number, runAfter: Date, error: string): Promise<void> {
  await requeue(db, id, runAfter, error)
}

export async function requeueRunning(db: Kysely<DB>): Promise<number> {
  const running = await db.selectFrom('jobs').select('id').where('status', '=', 'running').orderBy('id').execute()
  let count = 0
  for (const { id } of running) if (await requeue(db, Number(id), new Date(), null)) count++
  return count
}

export async function getJob(db: Kysely<DB>, id: number): Promise<JobRecord | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toJob(row)
}

export async function listJobs(db: Kysely<DB>, filter: { status?: JobStatus; account?: string; repo?: string } = {}): Promise<JobRecord[]> {
  let query = db.selectFrom('jobs').selectAll().orderBy('id')
  if (filter.status) query = query.where('status', '=', filter.status)
  if (filter.account) query = query.where(sql<string>`lower(account)`, '=', key(filter.account))
  if (filter.repo) query = query.where(sql<string>`lower(repo)`, '=', key(filter.repo))
  return (await query.execute()).map(toJob)
}
