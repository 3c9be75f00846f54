import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backends } from './backends.js'
import { makeReport } from './make-report.js'
import type { Store } from '../../src/store/types.js'

describe.each(backends)('store on $name: accounts, repos and scans', (backend) => {
  let store: Store & { dispose(): Promise<void> }
  beforeEach(async () => {
    store = await backend.open()
  })
  afterEach(async () => {
    await store.dispose()
  })

  it('runs the migrations again without error (idempotent start-up)', async () => {
    await store.migrate()
    await store.migrate()
    expect(await store.getAccount('nobody')).toBeUndefined()
  })

  it('creates an account with defaults and updates only the fields given', async () => {
    const created = await store.upsertAccount({ login: 'Octo' })
    expect(created).toEqual({ login: 'Octo', type: 'User', publicPage: true })
    await store.upsertAccount({ login: 'octo', publicPage: false })
    expect(await store.getAccount('OCTO')).toEqual({ login: 'octo', type: 'User', publicPage: false })
    await store.upsertAccount({ login: 'octo', type: 'Organization' })
    expect(await store.getAccount('octo')).toMatchObject({ type: 'Organization', publicPage: false })
  })

  it('finds repos whatever the case of the URL, and keeps the flags given', async () => {
    const repo = await store.upsertRepo({ account: 'Octo', name: 'Shop-API', private: true, defaultBranch: 'main', description: 'A shop', installationId: 3_000_000_123 })
    expect(repo).toMatchObject({ account: 'Octo', name: 'Shop-API', private: true, defaultBranch: 'main', installationId: 3_000_000_123, active: true, issueNumber: null })
    expect((await store.getRepo('octo', 'shop-api'))?.id).toBe(repo.id)
    expect(await store.getAccount('octo')).toMatchObject({ login: 'Octo', type: 'User' })
    const again = await store.upsertRepo({ account: 'octo', name: 'shop-api', description: 'Renamed' })
    expect(again).toMatchObject({ id: repo.id, private: true, description: 'Renamed', installationId: 3_000_000_123 })
  })

  it('updates repo fields in place and lists installed, active repos', async () => {
    const a = await store.upsertRepo({ account: 'octo', name: 'a', installationId: 7 })
    const b = await store.upsertRepo({ account: 'octo', name: 'b', installationId: 7 })
    await store.upsertRepo({ account: 'octo', name: 'c' })
    await store.updateRepo(a.id, { issueNumber: 12, headEtag: 'W/"abc"', defaultBranch: 'trunk' })
    await store.updateRepo(b.id, { active: false })
    expect(await store.getRepo('octo', 'a')).toMatchObject({ issueNumber: 12, headEtag: 'W/"abc"', defaultBranch: 'trunk' })
    expect((await store.listInstalledRepos()).map((r) => r.name)).toEqual(['a'])
    expect((await store.listRepos('OCTO')).map((r) => r.name)).toEqual(['a', 'b', 'c'])
  })

  it('keeps every scan and returns the newest first with keyset pages', async () => {
    const repo = await store.upsertRepo({ account: 'octo', name: 'api' })
    const saved = []
    for (let i = 0; i < 5; i++) {
      saved.push(await store.saveScan(repo.id, makeReport({ commit: `c${i}`, passing: i % 2 ? ['readme.present'] : ['readme.present', 'tests.present'] }), 'app'))
    }
    expect((await store.latestScan(repo.id))?.commit).toBe('c4')
    const first = await store.listScans(repo.id, { limit: 2 })
    expect(first.map((s) => s.commit)).toEqual(['c4', 'c3'])
    const second = await store.listScans(repo.id, { limit: 2, before: first[1]!.id })
    expect(second.map((s) => s.commit)).toEqual(['c2', 'c1'])
    const last = await store.listScans(repo.id, { limit: 2, before: second[1]!.id })
    expect(last.map((s) => s.commit)).toEqual(['c0'])
    expect(last[0]!.report.checks.find((c) => c.id === 'tests.present')?.status).toBe('pass')
    expect(last[0]).toMatchObject({ source: 'app', level: 'foundations', track: 'general', durationMs: 120, score: saved[0]!.score })
  })

  it('reads the latest scan of every repo of an account in one call, and score history oldest first', async () => {
    const a = await store.upsertRepo({ account: 'octo', name: 'a' })
    const b = await store.upsertRepo({ account: 'octo', name: 'b' })
    const other = await store.upsertRepo({ account: 'someone', name: 'a' })
    await store.upsertRepo({ account: 'octo', name: 'never-scanned' })
    const day = (n: number) => new Date(Date.UTC(2025, 0, n))
    for (let i = 1; i <= 4; i++) await store.saveScan(a.id, makeReport({ commit: `a${i}` }), 'demo', { createdAt: day(i) })
    await store.saveScan(b.id, makeReport({ commit: 'b1' }), 'cli')
    await store.saveScan(other.id, makeReport({ commit: 'x1' }), 'cli')
    const latest = await store.latestScans('octo')
    expect([...latest.entries()].map(([id, s]) => [id, s.commit]).sort()).toEqual([[a.id, 'a4'], [b.id, 'b1']].sort())
    const history = await store.scoreHistory('octo', 3)
    expect(history.get(a.id)?.map((h) => h.commit)).toEqual(['a2', 'a3', 'a4'])
    expect(history.get(a.id)?.[0]?.createdAt).toBe('2025-01-02T00:00:00.000Z')
    expect(history.get(b.id)?.map((h) => h.commit)).toEqual(['b1'])
    expect(history.has(other.id)).toBe(false)
    const repoHistory = await store.repoScoreHistory(a.id, 2)
    expect(repoHistory.map((h) => h.commit)).toEqual(['a3', 'a4'])
    expect(repoHistory[1]).toMatchObject({ level: 'building', createdAt: '2025-01-04T00:00:00.000Z' })
  })

  it('changes the account version on every write the pages show, and not on reads', async () => {
    expect(await store.accountVersion('octo')).toBeUndefined()
    const repo = await store.upsertRepo({ account: 'octo', name: 'a' })
    const v1 = await store.accountVersion('octo')
    await store.listRepos('octo')
    expect(await store.accountVersion('OCTO')).toBe(v1)
    await store.saveScan(repo.id, makeReport(), 'app')
    const v2 = await store.accountVersion('octo')
    expect(v2).toBeGreaterThan(v1!)
    await store.updateRepo(repo.id, { private: true })
    const v3 = await store.accountVersion('octo')
    expect(v3).toBeGreaterThan(v2!)
    await store.upsertAccount({ login: 'octo', publicPage: false })
    expect(await store.accountVersion('octo')).toBeGreaterThan(v3!)
  })
})
