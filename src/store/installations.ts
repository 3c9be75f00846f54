/** @module GitHub App installations in the store: who installed the app, on which account, and whether it is still installed. */
import type { Kysely, Selectable } from 'kysely'
import { bool, key, num } from './rows.js'
import type { DB, InstallationsTable } from './schema.js'
import type { InstallationInput, InstallationRecord } from './types.js'

function toInstallation(row: Selectable<InstallationsTable>): InstallationRecord {
  return {
    id: num(row.id)!,
    account: row.account,
    accountType: row.account_type,
    repositorySelection: (row.repository_selection as InstallationRecord['repositorySelection']) ?? null,
    suspended: Boolean(Number(row.suspended)),
    removedAt: row.removed_at,
  }
}

/** See Store.upsertInstallation. A reinstall (same id, after removal) clears `removedAt`. */
export async function upsertInstallation(db: Kysely<DB>, input: InstallationInput): Promise<InstallationRecord> {
  const now = new Date().toISOString()
  const patch: Partial<InstallationsTable> = { account_key: key(input.account), account: input.account, removed_at: null, updated_at: now }
  if (input.accountType !== undefined) patch.account_type = input.accountType
  if (input.repositorySelection !== undefined) patch.repository_selection = input.repositorySelection
  if (input.suspended !== undefined) patch.suspended = bool(input.suspended)
  const row = await db
    .insertInto('installations')
    .values({
      id: input.id,
      account_key: key(input.account),
      account: input.account,
      account_type: input.accountType ?? 'User',
      repository_selection: input.repositorySelection ?? null,
      suspended: bool(input.suspended ?? false),
      created_at: now,
      updated_at: now,
      removed_at: null,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet(patch))
    .returningAll()
    .executeTakeFirstOrThrow()
  return toInstallation(row)
}

export async function getInstallation(db: Kysely<DB>, id: number): Promise<InstallationRecord | undefined> {
  const row = await db.selectFrom('installations').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toInstallation(row)
}

/** See Store.removeInstallation: the row stays (the account's scans and history outlive the app). */
export async function removeInstallation(db: Kysely<DB>, id: number): Promise<boolean> {
  const now = new Date().toISOString()
  const result = await db.updateTable('installations').set({ removed_at: now, updated_at: now }).where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

export async function listInstallations(db: Kysely<DB>, account: string): Promise<InstallationRecord[]> {
  const rows = await db.selectFrom('installations').selectAll().where('account_key', '=', key(account)).orderBy('id').execute()
  return rows.map(toInstallation)
}
