/** @module The demo portfolio: the fixture repos (test/fixtures/repos/app-*) scanned under the account `demo`. */
// A synthetic history before each real scan (source `demo`) gives the trend charts a shape; one repo's description
// carries an XSS payload, to show (and test) that repo strings are printed as text.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { score } from '../engine/score.js'
import { scan } from '../scan.js'
import { LocalSource } from '../source/local.js'
import type { Store } from '../store/types.js'
import type { Finding, Report } from '../types.js'

export const DEMO_ACCOUNT = 'demo'
export const XSS_DESCRIPTION = 'A to-do API <script>alert("xss")</script><img src=x onerror="alert(1)">'

export type DemoOptions = {
  fixturesDir: string
  account?: string
  historyScans?: number
  /** Scan only the first `limit` fixtures (alphabetically), plus the one carrying the XSS payload (tests). */
  limit?: number
  now?: Date
  log?: (line: string) => void
}

/** The fixture whose description carries the XSS payload. */
const XSS_REPO = 'app-node-http-todo'

const hash = (text: string) => createHash('sha1').update(text).digest('hex')

/**
 * Earlier scans of `report`: the oldest lacks most of what passes today, each later one a little less, with one
 * dip on the way (a regression fixed again), as real histories look. Deterministic for a given repo name.
 */
export function syntheticHistory(report: Report, name: string, count: number): Report[] {
  const passing = report.checks.filter((c) => c.status === 'pass').sort((a, b) => hash(name + a.id).localeCompare(hash(name + b.id)))
  const history: Report[] = []
  for (let k = 0; k < count; k++) {
    // A late regression (one check more missing than the scan before it), fixed again by the next scans.
    const step = k === count - 2 && count > 3 ? k - 1 : k
    const missing = Math.ceil((passing.length * (count - step)) / (count + 1)) + (step === k ? 0 : 1)
    const failing = new Set(passing.slice(0, Math.min(missing, passing.length)).map((c) => c.id))
    const checks: Finding[] = report.checks.map((c) => (failing.has(c.id) ? { ...c, status: 'fail', evidence: [] } : { ...c }))
    const scored = score(checks, report.track)
    for (const c of checks) c.gain = scored.gains.get(c.id) ?? 0
    history.push({ ...report, repo: { ...report.repo, commit: hash(`${name}:${k}`) }, score: scored.score, level: scored.level, layers: scored.layers, checks })
  }
  return history
}

/** Scan every `app-*` fixture into `store` under the demo account. Returns the repo names. */
export async function seedDemo(store: Store, options: DemoOptions): Promise<string[]> {
  const account = options.account ?? DEMO_ACCOUNT
  const now = options.now ?? new Date()
  const count = options.historyScans ?? 7
  if (!existsSync(options.fixturesDir)) throw new Error(`demo fixtures not found at ${options.fixturesDir}; run the demo from a clone of the repository`)
  const all = readdirSync(options.fixturesDir)
    .filter((d) => d.startsWith('app-') && statSync(join(options.fixturesDir, d)).isDirectory())
    .sort()
  const dirs = options.limit === undefined ? all : all.filter((d, i) => i < options.limit! || d === XSS_REPO)
  // Local type: no GitHub behind these repos, so no forge links and no owner sign-in.
  await store.upsertAccount({ login: account, type: 'Local', publicPage: true })
  const names: string[] = []
  for (const [index, dir] of dirs.entries()) {
    const name = dir.replace(/^app-/, '')
    const report = await scan(new LocalSource(join(options.fixturesDir, dir)))
    const xss = dir === XSS_REPO || (index === 0 && !dirs.includes(XSS_REPO))
    const description = xss ? XSS_DESCRIPTION : `Demo project: ${name.replace(/-/g, ' ')}`
    const repo = await store.upsertRepo({ account, name, description, private: false, defaultBranch: 'main', active: true })
    const day = 86_400_000
    for (const [k, earlier] of syntheticHistory(report, name, count).entries()) {
      const createdAt = new Date(now.getTime() - (count - k) * 5 * day - (parseInt(hash(name + k).slice(0, 4), 16) % 24) * 3_600_000)
      await store.saveScan(repo.id, earlier, 'demo', { createdAt })
    }
    await store.saveScan(repo.id, report, 'cli', { createdAt: now })
    options.log?.(`scanned ${dir}: ${report.score} ${report.level}`)
    names.push(name)
  }
  return names
}
