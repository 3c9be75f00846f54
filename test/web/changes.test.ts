import { describe, expect, it } from 'vitest'
import type { ScanRecord } from '../../src/store/types.js'
import { compareScans } from '../../src/web/changes.js'
import { makeReport } from '../store/make-report.js'

const scan = (id: number, passing: string[], skipped: string[] = []): ScanRecord => {
  const report = makeReport({ commit: `c${id}`, passing, skipped })
  return { id, repoId: 1, commit: `c${id}`, createdAt: `2025-01-0${id}T00:00:00.000Z`, score: report.score, level: report.level, track: 'general', durationMs: 1, source: 'app', report }
}

describe('compareScans', () => {
  it('lists newly passing checks, regressions and other status changes with the score delta', () => {
    const before = scan(1, ['readme.present', 'tests.present'], ['db.migrations'])
    const after = scan(2, ['readme.present', 'ci.present', 'ci.tests'])
    const changes = compareScans(before, after)!
    expect(changes.delta).toBe(after.score - before.score)
    expect(changes.fixed.map((c) => c.id)).toEqual(['ci.present', 'ci.tests'])
    expect(changes.regressed).toEqual([{ id: 'tests.present', title: 'Tests of the project', from: 'pass', to: 'fail' }])
    expect(changes.other).toEqual([{ id: 'db.migrations', title: 'Schema migrations in the repo', from: 'skip', to: 'fail' }])
  })

  it('reports checks added or removed by a rules update', () => {
    const before = scan(1, [])
    const after = scan(2, [])
    after.report.checks = after.report.checks.filter((c) => c.id !== 'license.present')
    before.report.checks = before.report.checks.filter((c) => c.id !== 'ops.health')
    const changes = compareScans(before, after)!
    expect(changes.other.map((c) => [c.id, c.from, c.to])).toEqual([['ops.health', 'absent', 'fail'], ['license.present', 'fail', 'absent']])
  })

  it('has nothing to compare for a first scan', () => {
    expect(compareScans(null, scan(1, []))).toBeUndefined()
  })
})
