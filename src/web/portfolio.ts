/** @module The portfolio model behind the account page and its JSON: coverage per check, readiness, repo rows, next steps. Pure: no I/O. */
import type { AccountRecord, RepoRecord, ScanRecord } from '../store/types.js'
import type { Effort, LayerId, Report, Status } from '../types.js'

export const LAYERS: { id: LayerId; name: string }[] = [
  { id: 'docs', name: 'Communication & documentation' },
  { id: 'testing', name: 'Fundamentals & testing' },
  { id: 'api', name: 'HTTP & APIs' },
  { id: 'data', name: 'Data & persistence' },
  { id: 'security', name: 'Security & reliability' },
  { id: 'delivery', name: 'Delivery & operations' },
]

export type Point = { commit: string; score: number; createdAt: string }

export type RepoSummary = {
  name: string
  private: boolean
  description: string | null
  scan: { id: number; commit: string; createdAt: string; score: number; level: Report['level']; track: Report['track']; source: string; layers: Report['layers'] } | null
  trend: Point[]
}

/** One check across the portfolio. `statuses` is keyed by repo name; 'none' = repo not scanned. */
export type CheckCoverage = {
  id: string
  title: string
  layer: LayerId
  /** Passes in at least one repo. */
  proven: boolean
  /** Judged (not skipped) in at least one repo. */
  applicable: boolean
  /** The highest-scoring repo where the check passes. */
  best: { repo: string; score: number } | null
  statuses: Record<string, Status | 'none'>
}

export type NextStep = {
  id: string
  title: string
  layer: LayerId
  effort: Effort
  /** Score points gained over all repos where the check fails. */
  gain: number
  /** No repo proves this check yet: fixing it anywhere closes a gap in the portfolio. */
  gap: boolean
  repos: { name: string; gain: number }[]
}

export type Portfolio = {
  account: { login: string; type: string; publicPage: boolean }
  repos: RepoSummary[]
  checks: CheckCoverage[]
  readiness: { proven: number; applicable: number; percent: number; layers: { id: LayerId; proven: number; applicable: number }[] }
  nextSteps: NextStep[]
}

const layerRank = new Map(LAYERS.map((l, i) => [l.id, i]))

/** Build the portfolio of the repos a viewer may see. `history` holds each repo's recent scores, oldest first. */
export function buildPortfolio(account: AccountRecord, repos: RepoRecord[], latest: Map<number, ScanRecord>, history: Map<number, Point[]>): Portfolio {
  const rows = repos.map((repo) => ({ repo, scan: latest.get(repo.id) }))
  rows.sort((a, b) => (b.scan?.score ?? -1) - (a.scan?.score ?? -1) || a.repo.name.localeCompare(b.repo.name))
  const summaries: RepoSummary[] = rows.map(({ repo, scan }) => ({
    name: repo.name,
    private: repo.private,
    description: repo.description,
    scan: scan
      ? { id: scan.id, commit: scan.commit, createdAt: scan.createdAt, score: scan.score, level: scan.level, track: scan.track, source: scan.source, layers: scan.report.layers }
      : null,
    trend: history.get(repo.id) ?? [],
  }))

  const checks = new Map<string, CheckCoverage>()
  const steps = new Map<string, NextStep>()
  for (const { repo, scan } of rows) {
    for (const finding of scan?.report.checks ?? []) {
      let check = checks.get(finding.id)
      if (!check) {
        check = { id: finding.id, title: finding.title, layer: finding.layer, proven: false, applicable: false, best: null, statuses: {} }
        checks.set(finding.id, check)
      }
      check.statuses[repo.name] = finding.status
      if (finding.status !== 'skip') check.applicable = true
      // Rows are sorted by score, so the first passing repo is the best example.
      if (finding.status === 'pass' && !check.proven) {
        check.proven = true
        check.best = { repo: repo.name, score: scan!.score }
      }
      if (finding.status === 'fail' && finding.gain > 0) {
        const step = steps.get(finding.id) ?? { id: finding.id, title: finding.title, layer: finding.layer, effort: finding.effort, gain: 0, gap: false, repos: [] }
        step.gain += finding.gain
        step.repos.push({ name: repo.name, gain: finding.gain })
        steps.set(finding.id, step)
      }
    }
  }
  const checkList = [...checks.values()].sort((a, b) => layerRank.get(a.layer)! - layerRank.get(b.layer)!)
  for (const check of checkList) for (const { repo } of rows) check.statuses[repo.name] ??= 'none'

  const applicable = checkList.filter((c) => c.applicable)
  const proven = applicable.filter((c) => c.proven)
  const nextSteps = [...steps.values()]
    .map((step) => ({ ...step, gap: !checks.get(step.id)!.proven, repos: step.repos.sort((a, b) => b.gain - a.gain) }))
    .sort((a, b) => b.gain - a.gain || Number(b.gap) - Number(a.gap) || a.id.localeCompare(b.id))

  return {
    account: { login: account.login, type: account.type, publicPage: account.publicPage },
    repos: summaries,
    checks: checkList,
    readiness: {
      proven: proven.length,
      applicable: applicable.length,
      percent: applicable.length ? Math.round((100 * proven.length) / applicable.length) : 0,
      layers: LAYERS.map(({ id }) => ({
        id,
        proven: proven.filter((c) => c.layer === id).length,
        applicable: applicable.filter((c) => c.layer === id).length,
      })),
    },
    nextSteps,
  }
}
