import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backends } from './backends.js'
import { hashToken } from '../../src/store/share-links.js'
import type { Store } from '../../src/store/types.js'
import { KyselyStore } from '../../src/store/kysely-store.js'

describe.each(backends)('store on $name: share links', (backend) => {
  let store: Store & { dispose(): Promise<void> }
  beforeEach(async () => {
    store = await backend.open()
  })
  afterEach(async () => {
    await store.dispose()
  })

  it('returns an unguessable token once and stores only its hash', async () => {
    const { link, token } = await store.createShareLink('Octo', 'for my mentor')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(link).toMatchObject({ account: 'Octo', label: 'for my mentor', revokedAt: null })
    const rows = await (store as unknown as KyselyStore).db.selectFrom('share_links').selectAll().execute()
    expect(rows[0]?.token_hash).toBe(hashToken(token))
    expect(JSON.stringify(rows)).not.toContain(token)
    expect(await store.resolveShareToken(token)).toBe('Octo')
    expect(await store.resolveShareToken(token.slice(1))).toBeUndefined()
  })

  it('stops a revoked link from opening the portfolio, and only the owner account can revoke it', async () => {
    const { link, token } = await store.createShareLink('octo')
    expect(await store.revokeShareLink('someone-else', link.id)).toBe(false)
    expect(await store.resolveShareToken(token)).toBe('octo')
    expect(await store.revokeShareLink('OCTO', link.id)).toBe(true)
    expect(await store.revokeShareLink('octo', link.id)).toBe(false)
    expect(await store.resolveShareToken(token)).toBeUndefined()
    const [listed] = await store.listShareLinks('octo')
    expect(listed?.revokedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  })
})
