import { describe, expect, it } from 'vitest'
import type { AccountRecord, RepoRecord, ScanRecord } from '../../src/store/types.js'
import { buildPortfolio } from '../../src/web/portfolio.js'
import { makeReport } from '../store/make-report.js'

const account: AccountRecord = { login: 'octo', type: 'User', publicPage: true }
const repo = (id: number, name: string): RepoRecord => ({
  id, account: 'octo', name, private: false, defaultBranch: 'main', description: null, installationId: null, issueNumber: null, headEtag: null, active: true,
})
const scan = (repoId: number, passing: string[], skipped: string[] = []): ScanRecord => {
  const report = makeReport({ passing, skipped })
  return { id: repoId * 10, repoId, commit: 'c', createdAt: '2025-01-01T00:00:00.000Z', score: report.score, level: report.level, track: 'general', durationMs: 1, source: 'app', report }
}

describe('buildPortfolio', () => {
  const repos = [repo(1, 'todo'), repo(2, 'shop'), repo(3, 'blog')]
  const latest = new Map([
    [1, scan(1, ['readme.present', 'tests.present'])],
    [2, scan(2, ['readme.present', 'tests.present', 'tests.http', 'docker.file', 'ci.present'])],
  ])
  const portfolio = buildPortfolio(account, repos, latest, new Map([[1, [{ commit: 'a', score: 3, createdAt: 'x' }]]]))

  it('orders repos by score, unscanned last', () => {
    expect(portfolio.repos.map((r) => [r.name, r.scan?.score ?? null])).toEqual([['shop', latest.get(2)!.score], ['todo', latest.get(1)!.score], ['blog', null]])
    expect(portfolio.repos[1]!.trend).toEqual([{ commit: 'a', score: 3, createdAt: 'x' }])
  })

  it('names the best-scoring repo that proves each check, and none where no repo does', () => {
    const byId = new Map(portfolio.checks.map((c) => [c.id, c]))
    expect(byId.get('readme.present')).toMatchObject({ proven: true, best: { repo: 'shop' }, statuses: { shop: 'pass', todo: 'pass', blog: 'none' } })
    expect(byId.get('tests.http')).toMatchObject({ proven: true, best: { repo: 'shop' }, statuses: { todo: 'fail' } })
    expect(byId.get('auth.hashing')).toMatchObject({ proven: false, best: null })
    expect(portfolio.checks.map((c) => c.layer).indexOf('testing')).toBeGreaterThan(portfolio.checks.map((c) => c.layer).lastIndexOf('docs'))
  })

  it('counts portfolio readiness as the share of judged checks proven somewhere', () => {
    expect(portfolio.readiness).toMatchObject({ proven: 5, applicable: 24, percent: 21 })
    expect(portfolio.readiness.layers.find((l) => l.id === 'testing')).toEqual({ id: 'testing', proven: 2, applicable: 2 })
  })

  it('leaves a check skipped everywhere out of readiness', () => {
    const skipped = buildPortfolio(account, [repo(1, 'todo')], new Map([[1, scan(1, ['readme.present'], ['db.migrations'])]]), new Map())
    expect(skipped.readiness.applicable).toBe(23)
    expect(skipped.checks.find((c) => c.id === 'db.migrations')).toMatchObject({ applicable: false, proven: false })
  })

  it('ranks next steps by the points they add across all repos, flagging checks no repo proves yet', () => {
    const steps = portfolio.nextSteps
    const gains = steps.map((s) => s.gain)
    expect(gains).toEqual([...gains].sort((a, b) => b - a))
    const auth = steps.find((s) => s.id === 'auth.hashing')!
    expect(auth.repos.map((r) => r.name).sort()).toEqual(['shop', 'todo'])
    expect(auth.gap).toBe(true)
    expect(auth.gain).toBe(auth.repos[0]!.gain + auth.repos[1]!.gain)
    const http = steps.find((s) => s.id === 'tests.http')!
    expect(http).toMatchObject({ gap: false, repos: [{ name: 'todo' }] })
  })
})
