/** @module Share links: unguessable tokens that open one account's portfolio read-only. Only a sha256 of each token is stored. */
import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from './schema.js'
import { key, toShareLink } from './rows.js'
import type { ShareLinkRecord } from './types.js'

/** sha256 hex: tokens carry 256 random bits, so a fast hash is enough (no password stretching needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createShareLink(db: Kysely<DB>, account: string, label?: string): Promise<{ link: ShareLinkRecord; token: string }> {
  const token = randomBytes(32).toString('base64url')
  const row = await db
    .insertInto('share_links')
    .values({
      account_key: key(account),
      account,
      token_hash: hashToken(token),
      label: label?.slice(0, 100) || null,
      created_at: new Date().toISOString(),
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return { link: toShareLink(row), token }
}

export async function revokeShareLink(db: Kysely<DB>, account: string, id: number): Promise<boolean> {
  const result = await db
    .updateTable('share_links')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('account_key', '=', key(account))
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

export async function listShareLinks(db: Kysely<DB>, account: string): Promise<ShareLinkRecord[]> {
  const rows = await db.selectFrom('share_links').selectAll().where('account_key', '=', key(account)).orderBy('id', 'desc').execute()
  return rows.map(toShareLink)
}

export async function resolveShareToken(db: Kysely<DB>, token: string): Promise<string | undefined> {
  if (!token || token.length > 200) return undefined
  const row = await db
    .selectFrom('share_links')
    .select('account')
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row?.account
}
