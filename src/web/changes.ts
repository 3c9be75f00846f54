/** @module What changed between a repo's last two scans: score delta and the checks that flipped. Pure. */
import type { ScanRecord } from '../store/types.js'
import type { Status } from '../types.js'

export type CheckChange = { id: string; title: string; from: Status | 'absent'; to: Status | 'absent' }

export type Changes = {
  from: { id: number; commit: string; createdAt: string; score: number }
  to: { id: number; commit: string; createdAt: string; score: number }
  delta: number
  /** Newly passing checks. */
  fixed: CheckChange[]
  /** Checks that passed before and do not now. */
  regressed: CheckChange[]
  /** Any other status change (skip <-> fail, checks added or removed by a rules update). */
  other: CheckChange[]
}

/** Compare two scans of one repo; undefined when there is no previous scan. */
export function compareScans(previous: ScanRecord | null, latest: ScanRecord | null): Changes | undefined {
  if (!previous || !latest) return undefined
  const before = new Map(previous.report.checks.map((c) => [c.id, c]))
  const after = new Map(latest.report.checks.map((c) => [c.id, c]))
  const changes: CheckChange[] = []
  for (const [id, check] of after) {
    const from = before.get(id)?.status ?? 'absent'
    if (from !== check.status) changes.push({ id, title: check.title, from, to: check.status })
  }
  for (const [id, check] of before) if (!after.has(id)) changes.push({ id, title: check.title, from: check.status, to: 'absent' })
  const point = (s: ScanRecord) => ({ id: s.id, commit: s.commit, createdAt: s.createdAt, score: s.score })
  return {
    from: point(previous),
    to: point(latest),
    delta: latest.score - previous.score,
    fixed: changes.filter((c) => c.to === 'pass'),
    regressed: changes.filter((c) => c.from === 'pass' && c.to !== 'pass'),
    other: changes.filter((c) => c.to !== 'pass' && c.from !== 'pass'),
  }
}
