import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backends } from './backends.js'
import type { Store } from '../../src/store/types.js'

describe.each(backends)('store on $name: installations', (backend) => {
  let store: Store & { dispose(): Promise<void> }
  beforeEach(async () => {
    store = await backend.open()
  })
  afterEach(async () => {
    await store.dispose()
  })

  it('records an installation with ids beyond 32 bits and finds it by id and by account, whatever the case', async () => {
    const saved = await store.upsertInstallation({ id: 5_000_000_001, account: 'Octo-Org', accountType: 'Organization', repositorySelection: 'selected' })
    expect(saved).toEqual({ id: 5_000_000_001, account: 'Octo-Org', accountType: 'Organization', repositorySelection: 'selected', suspended: false, removedAt: null })
    expect(await store.getInstallation(5_000_000_001)).toEqual(saved)
    expect(await store.listInstallations('octo-org')).toEqual([saved])
    expect(await store.getInstallation(42)).toBeUndefined()
  })

  it('marks an uninstall without losing the row, and a reinstall with the same id brings it back', async () => {
    await store.upsertInstallation({ id: 7, account: 'octo' })
    expect(await store.removeInstallation(7)).toBe(true)
    expect(await store.removeInstallation(7)).toBe(false)
    expect(await store.removeInstallation(8)).toBe(false)
    expect((await store.getInstallation(7))?.removedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    const back = await store.upsertInstallation({ id: 7, account: 'octo', suspended: true })
    expect(back).toMatchObject({ id: 7, accountType: 'User', suspended: true, removedAt: null })
    expect(await store.upsertInstallation({ id: 7, account: 'octo' })).toMatchObject({ suspended: true })
  })
})
