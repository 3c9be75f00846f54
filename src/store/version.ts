/** @module The account version: bumped by every write that changes what an account's pages show (the web cache key). */
import { type Kysely, type Transaction, sql } from 'kysely'
import type { DB } from './schema.js'

export type Db = Kysely<DB> | Transaction<DB>

export async function bumpVersion(db: Db, accountKey: string): Promise<void> {
  await db.updateTable('accounts').set({ version: sql`version + 1` }).where('login_key', '=', accountKey).execute()
}
