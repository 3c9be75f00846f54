import { describe, expect, it } from 'vitest'
import { syntheticHistory } from '../../src/web/demo-data.js'
import { ALL_CHECKS, makeReport } from '../store/make-report.js'

describe('the demo history', () => {
  const today = makeReport({ commit: 'f'.repeat(40), passing: ALL_CHECKS.slice(0, 18) })
  const history = syntheticHistory(today, 'express-tasks', 7)

  it('builds earlier scans that pass fewer checks, with one late dip, scored like real ones', () => {
    expect(history).toHaveLength(7)
    const passing = history.map((r) => r.checks.filter((c) => c.status === 'pass').length)
    expect(passing[0]).toBeLessThan(passing[4]!)
    expect(passing[5]).toBeLessThan(passing[4]!)
    expect(passing[6]).toBeLessThanOrEqual(18)
    for (const report of history) {
      expect(report.score).toBeLessThanOrEqual(today.score)
      expect(report.level).toBe(report.score >= 80 ? 'portfolio-ready' : report.score >= 50 ? 'building' : 'foundations')
      expect(report.checks.filter((c) => c.status === 'fail').every((c) => c.gain > 0 && c.evidence.length === 0)).toBe(true)
    }
  })

  it('gives each earlier scan its own commit id and is the same on every run', () => {
    expect(new Set(history.map((r) => r.repo.commit)).size).toBe(7)
    expect(history.every((r) => /^[0-9a-f]{40}$/.test(r.repo.commit))).toBe(true)
    expect(syntheticHistory(today, 'express-tasks', 7)).toEqual(history)
    expect(today.checks.filter((c) => c.status === 'pass')).toHaveLength(18)
  })
})
