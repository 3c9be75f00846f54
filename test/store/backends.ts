// Test helper: the store backends every store test runs against. SQLite always; PostgreSQL when DATABASE_URL_TEST
// is set (.ci/run starts a throwaway server). Each PostgreSQL store gets its own schema, so test files may run in parallel.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { createStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'

export type Backend = { name: string; open(): Promise<Store & { dispose(): Promise<void> }> }

function sqlite(): Backend {
  return {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'pc-store-'))
      const store = await createStore(`file:${join(dir, 'test.db')}`)
      return Object.assign(store, {
        async dispose() {
          await store.close()
          rmSync(dir, { recursive: true, force: true })
        },
      })
    },
  }
}

function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const schema = `t_${randomBytes(6).toString('hex')}`
      const admin = new pg.Client({ connectionString: url })
      await admin.connect()
      await admin.query(`create schema ${schema}`)
      const scoped = new URL(url)
      scoped.searchParams.set('options', `-c search_path=${schema}`)
      const store = await createStore(scoped.toString())
      return Object.assign(store, {
        async dispose() {
          await store.close()
          await admin.query(`drop schema ${schema} cascade`)
          await admin.end()
        },
      })
    },
  }
}

/** SQLite, plus PostgreSQL when DATABASE_URL_TEST is set. */
export const backends: Backend[] = [sqlite(), ...(process.env.DATABASE_URL_TEST ? [postgres(process.env.DATABASE_URL_TEST)] : [])]
