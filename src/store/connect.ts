/** @module Open a Kysely instance from a DATABASE_URL: PostgreSQL for postgres:// URLs, otherwise an SQLite file through libsql. */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import Database from 'libsql'
import pg from 'pg'
import type { DB, Dialect } from './schema.js'

export const DEFAULT_DATABASE_URL = 'file:./data/portfolio-check.db'

/** Whether a DATABASE_URL names a PostgreSQL server. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url)
}

/** `file:./x.db`, `file:///abs/x.db`, `./x.db` or `:memory:` -> a path libsql opens. */
export function sqlitePath(url: string): string {
  if (url === ':memory:' || url === 'file::memory:') return ':memory:'
  if (url.startsWith('file://')) return decodeURIComponent(new URL(url).pathname)
  if (url.startsWith('file:')) return url.slice('file:'.length)
  return url
}

/** A Kysely instance and which engine it talks to. */
export function connect(databaseUrl: string): { db: Kysely<DB>; dialect: Dialect } {
  if (isPostgresUrl(databaseUrl)) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 })
    // An idle connection dropped by the server (restart, failover) must not crash the process: the pool
    // replaces it, and the next query reports the problem if it persists.
    pool.on('error', (error) => console.error(JSON.stringify({ level: 'warn', msg: 'idle PostgreSQL connection lost', err: error.message })))
    return { db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' }
  }
  const path = sqlitePath(databaseUrl)
  // A local file's folder is created on first use; `libsql://` URLs (a remote libSQL server) are passed through.
  if (path !== ':memory:' && !/^[a-z]+:\/\//i.test(path)) mkdirSync(dirname(path), { recursive: true })
  const database = new Database(path)
  // WAL lets the server read while a CLI `scan --save` writes; the busy timeout makes a writer wait
  // for the other process instead of failing at once.
  database.pragma('journal_mode = WAL')
  database.pragma('busy_timeout = 5000')
  database.pragma('foreign_keys = ON')
  database.pragma('synchronous = NORMAL')
  return { db: new Kysely<DB>({ dialect: new SqliteDialect({ database }) }), dialect: 'sqlite' }
}
