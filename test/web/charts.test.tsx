import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HistoryChart } from '../../src/web/charts/history-chart.js'
import { LayerBars } from '../../src/web/charts/layer-bars.js'
import { Sparkline } from '../../src/web/charts/sparkline.js'
import type { HistoryPoint } from '../../src/web/data.js'
import type { Level } from '../../src/types.js'

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8').trimEnd()
const levelOf = (score: number): Level => (score >= 80 ? 'portfolio-ready' : score >= 50 ? 'building' : 'foundations')
const scores = [12, 30, 30, 45, 61, 58, 74, 82]
export const HISTORY: HistoryPoint[] = scores.map((score, i) => ({
  id: i + 1,
  commit: String(i + 1).repeat(40),
  score,
  level: levelOf(score),
  createdAt: new Date(Date.UTC(2025, 0, 1 + i * 7)).toISOString(),
}))

describe('SVG charts (golden files in test/web/golden)', () => {
  it('draws a sparkline of recent scores with a text alternative', () => {
    expect(String(<Sparkline points={HISTORY} />)).toBe(golden('sparkline.svg'))
  })

  it('draws a single scan as one dot and no scans as words', () => {
    expect(String(<Sparkline points={HISTORY.slice(0, 1)} />)).toBe(golden('sparkline-one.svg'))
    expect(String(<Sparkline points={[]} />)).toBe('<span class="muted">no scans yet</span>')
  })

  it('draws the history line chart with level bands, dates and each point linked to its commit', () => {
    const chart = <HistoryChart points={HISTORY} commitUrl={(c) => `https://github.com/octo/api/commit/${c}`} />
    expect(String(chart)).toBe(golden('history.svg'))
  })

  it('draws the history without links when the repo has no forge (local scans)', () => {
    const chart = String(<HistoryChart points={HISTORY.slice(0, 2)} commitUrl={() => undefined} />)
    expect(chart).toBe(golden('history-local.svg'))
    expect(chart).not.toContain('<a ')
  })

  it('draws one bar per layer, a dashed outline for a layer with nothing to judge', () => {
    const layers = [
      { id: 'docs', score: 100, passed: 5, applicable: 5 },
      { id: 'testing', score: 50, passed: 1, applicable: 2 },
      { id: 'api', score: 0, passed: 0, applicable: 2 },
      { id: 'data', score: null, passed: 0, applicable: 0 },
      { id: 'security', score: 80, passed: 4, applicable: 5 },
      { id: 'delivery', score: 33, passed: 2, applicable: 6 },
    ] as const
    expect(String(<LayerBars layers={[...layers]} />)).toBe(golden('layer-bars.svg'))
  })

  it('escapes text that reaches a chart', () => {
    const chart = String(<HistoryChart points={[{ ...HISTORY[0]!, commit: '<script>x</script>' }]} commitUrl={() => undefined} />)
    expect(chart).toContain('&lt;script&gt;')
    expect(chart).not.toContain('<script>')
  })
})
