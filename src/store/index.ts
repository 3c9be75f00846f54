/** @module The store's entry: open SQLite or PostgreSQL from a DATABASE_URL (migrated), and save CLI scans under the account `local`. */
import type { Report } from '../types.js'
import { connect, DEFAULT_DATABASE_URL } from './connect.js'
import { KyselyStore } from './kysely-store.js'
import type { ScanRecord, Store } from './types.js'

export type * from './types.js'
export { DEFAULT_DATABASE_URL, isPostgresUrl } from './connect.js'
export { KyselyStore } from './kysely-store.js'

/** The pseudo-account CLI scans are saved under (`portfolio-check scan <path> --save`). */
export const LOCAL_ACCOUNT = 'local'

/**
 * Open the store named by `databaseUrl` (`postgres://...` or `file:path.db`) and run the migrations.
 * @example const store = await createStore(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL)
 */
export async function createStore(databaseUrl: string = DEFAULT_DATABASE_URL): Promise<Store> {
  const { db, dialect } = connect(databaseUrl)
  const store = new KyselyStore(db, dialect)
  try {
    await store.migrate()
  } catch (error) {
    await store.close().catch(() => undefined)
    throw error
  }
  return store
}

/** Save a CLI scan under the account `local`, repo named after the report (public: a local store has no GitHub to ask). */
export async function saveLocalScan(store: Store, report: Report): Promise<ScanRecord> {
  await store.upsertAccount({ login: LOCAL_ACCOUNT, type: 'Local' })
  const name = localRepoName(report.repo.name)
  const repo = await store.upsertRepo({ account: LOCAL_ACCOUNT, name, private: false, active: true })
  return store.saveScan(repo.id, report, 'cli')
}

/** A report's repo name may be a path or owner/name: keep the last segment, in a URL-safe form. */
export function localRepoName(name: string): string {
  const last = name.split(/[\\/]/).filter(Boolean).pop() ?? 'repo'
  return last.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 100) || 'repo'
}
