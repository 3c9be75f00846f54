// Every read the pages make is answered through an index, on both engines: the queries the store really sends are
// captured and EXPLAINed. (PostgreSQL runs with enable_seqscan off: tiny test tables would otherwise always be scanned.)
import { randomBytes } from 'node:crypto'
import Database from 'libsql'
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { KyselyStore } from '../../src/store/kysely-store.js'
import type { DB } from '../../src/store/schema.js'
import { makeReport } from './make-report.js'

type Probe = { db: Kysely<DB>; dialect: 'sqlite' | 'postgres'; explain(query: CompiledQuery): Promise<string>; close(): Promise<void> }

function sqliteProbe(seen: CompiledQuery[]): Probe {
  const database = new Database(':memory:')
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }), log: (e) => void (e.level === 'query' && seen.push(e.query)) })
  const explain = async (q: CompiledQuery) => (database.prepare(`explain query plan ${q.sql}`).all(q.parameters as unknown[]) as { detail: string }[]).map((r) => r.detail).join('\n')
  return { db, dialect: 'sqlite', explain, close: () => db.destroy() }
}

async function postgresProbe(url: string, seen: CompiledQuery[]): Promise<Probe> {
  const schema = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  const scoped = new URL(url)
  scoped.searchParams.set('options', `-c search_path=${schema} -c enable_seqscan=off`)
  const pool = new pg.Pool({ connectionString: scoped.toString(), max: 1 })
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: (e) => void (e.level === 'query' && seen.push(e.query)) })
  const explain = async (q: CompiledQuery) => (await pool.query(`explain ${q.sql}`, q.parameters as unknown[])).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')
  const close = async () => {
    await db.destroy()
    await admin.query(`drop schema ${schema} cascade`)
    await admin.end()
  }
  return { db, dialect: 'postgres', explain, close }
}

const engines = [{ name: 'sqlite' }, ...(process.env.DATABASE_URL_TEST ? [{ name: 'postgres' }] : [])]

describe.each(engines)('store on $name: page reads use indexes', ({ name }) => {
  it('reads accounts, repos, latest scans, score history, scan pages and share tokens without a full table scan', async () => {
    const seen: CompiledQuery[] = []
    const probe = name === 'sqlite' ? sqliteProbe(seen) : await postgresProbe(process.env.DATABASE_URL_TEST!, seen)
    try {
      const store = new KyselyStore(probe.db, probe.dialect, 0)
      await store.migrate()
      for (const repoName of ['a', 'b']) {
        const repo = await store.upsertRepo({ account: 'octo', name: repoName })
        for (let i = 0; i < 3; i++) await store.saveScan(repo.id, makeReport({ commit: `${repoName}${i}` }), 'app')
      }
      const { token } = await store.createShareLink('octo')
      const repo = (await store.getRepo('octo', 'a'))!
      seen.length = 0
      await store.accountVersion('octo')
      await store.getAccount('octo')
      await store.listRepos('octo')
      await store.getRepo('octo', 'b')
      await store.latestScans('octo')
      await store.scoreHistory('octo', 20)
      await store.repoScoreHistory(repo.id, 60)
      await store.listScans(repo.id, { limit: 2, before: 3 })
      await store.latestScan(repo.id)
      await store.resolveShareToken(token)
      expect(seen.length).toBeGreaterThanOrEqual(10)
      for (const query of seen) {
        const plan = await probe.explain(query)
        // SQLite says "SCAN <table>" for a full scan (scans of subquery results are fine); PostgreSQL "Seq Scan".
        expect(plan, query.sql).not.toMatch(/^SCAN (accounts|repositories|scans|share_links|r|s|s2)\b|Seq Scan/m)
        if (/from "scans"/.test(query.sql)) expect(plan, query.sql).toMatch(/scans_repo_history|PRIMARY KEY|scans_pkey/)
      }
    } finally {
      await probe.close()
    }
  })
})
