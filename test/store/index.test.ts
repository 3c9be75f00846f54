import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isPostgresUrl, sqlitePath } from '../../src/store/connect.js'
import { createStore, localRepoName, saveLocalScan } from '../../src/store/index.js'
import { makeReport } from './make-report.js'

describe('createStore and saveLocalScan', () => {
  it('saves a CLI scan under the account local, visible to the next process that opens the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-local-'))
    try {
      const url = `file:${join(dir, 'nested', 'pc.db')}`
      const store = await createStore(url)
      const saved = await saveLocalScan(store, makeReport({ name: '/home/me/code/shop-api', commit: 'abc123' }))
      expect(saved.source).toBe('cli')
      await store.close()
      const reopened = await createStore(url)
      expect(await reopened.getAccount('local')).toEqual({ login: 'local', type: 'Local', publicPage: true })
      const repo = await reopened.getRepo('local', 'shop-api')
      expect(repo).toMatchObject({ private: false, active: true })
      expect((await reopened.latestScan(repo!.id))?.commit).toBe('abc123')
      await reopened.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('sees another process\'s writes in the account version within about a second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-version-'))
    try {
      const url = `file:${join(dir, 'pc.db')}`
      const writer = await createStore(url)
      const reader = await createStore(url)
      const repo = await writer.upsertRepo({ account: 'octo', name: 'api' })
      const before = await reader.accountVersion('octo')
      await writer.saveScan(repo.id, makeReport(), 'cli')
      expect(await writer.accountVersion('octo')).toBeGreaterThan(before!)
      expect(await reader.accountVersion('octo')).toBe(before)
      await new Promise((resolve) => setTimeout(resolve, 1100))
      expect(await reader.accountVersion('octo')).toBeGreaterThan(before!)
      await Promise.all([writer.close(), reader.close()])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('names a local repo after the last path segment, URL-safe', () => {
    expect(localRepoName('C:\\work\\My Shop')).toBe('My-Shop')
    expect(localRepoName('octo/api')).toBe('api')
    expect(localRepoName('..')).toBe('repo')
  })

  it('tells PostgreSQL URLs from SQLite files', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true)
    expect(isPostgresUrl('postgresql://u@h/db')).toBe(true)
    expect(isPostgresUrl('file:./data/x.db')).toBe(false)
    expect(sqlitePath('file:./data/x.db')).toBe('./data/x.db')
    expect(sqlitePath('file:///tmp/x%20y.db')).toBe('/tmp/x y.db')
    expect(sqlitePath(':memory:')).toBe(':memory:')
  })
})
