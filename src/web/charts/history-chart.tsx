/** @module The repo page's history: score over scans as an inline SVG line chart, each point linked to its commit. */
import type { HistoryPoint } from '../data.js'
import { shortSha } from '../links.js'
import { fmt, xScale, yScale } from './scale.js'

const W = 640
const H = 220
const PAD = { left: 34, right: 104, top: 12, bottom: 30 }
/** Level bands, labelled in the right margin at their middle: the chart reads without colour. */
const BANDS = [
  { name: 'portfolio-ready', middle: 90 },
  { name: 'building', middle: 65 },
  { name: 'foundations', middle: 25 },
]

/** Line chart of `points` (oldest first). `commitUrl` turns a point into a link when the forge is known. */
export function HistoryChart({ points, commitUrl }: { points: HistoryPoint[]; commitUrl: (commit: string) => string | undefined }) {
  if (points.length === 0) return <p class="muted">No scans yet.</p>
  const x = xScale(points.length, PAD.left + 8, W - PAD.right - 8)
  const y = yScale(PAD.top, H - PAD.bottom)
  const first = points[0]!
  const last = points[points.length - 1]!
  const label = `Score history over ${points.length} scan${points.length === 1 ? '' : 's'}, from ${first.score} on ${first.createdAt.slice(0, 10)} to ${last.score} on ${last.createdAt.slice(0, 10)}`
  const line = points.map((p, i) => `${fmt(x(i))},${fmt(y(p.score))}`).join(' ')
  return (
    <svg class="history" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      {[0, 50, 80, 100].map((tick) => (
        <g class="grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={fmt(y(tick))} y2={fmt(y(tick))} />
          <text x={PAD.left - 6} y={fmt(y(tick) + 4)} text-anchor="end">
            {tick}
          </text>
        </g>
      ))}
      {BANDS.map((band) => (
        <text class="band" x={W - PAD.right + 8} y={fmt(y(band.middle) + 4)}>
          {band.name}
        </text>
      ))}
      <polyline class="line" points={line} fill="none" stroke-width="2" stroke-linejoin="round" />
      {points.map((p, i) => {
        const dot = (
          <circle cx={fmt(x(i))} cy={fmt(y(p.score))} r="4" class={`dot dot-${p.level}`}>
            <title>{`${p.score} (${p.level}) at ${shortSha(p.commit)} on ${p.createdAt.slice(0, 10)}`}</title>
          </circle>
        )
        const href = commitUrl(p.commit)
        return href ? <a href={href}>{dot}</a> : dot
      })}
      <text class="axis" x={PAD.left} y={H - 8}>{first.createdAt.slice(0, 10)}</text>
      <text class="axis" x={W - PAD.right} y={H - 8} text-anchor="end">{last.createdAt.slice(0, 10)}</text>
    </svg>
  )
}
