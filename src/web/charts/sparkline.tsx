/** @module Trend sparkline: a repo's recent scores as a tiny inline SVG, with its meaning in text for screen readers. */
import type { Point } from '../portfolio.js'
import { fmt, xScale, yScale } from './scale.js'

const W = 100
const H = 24

/** Inline SVG polyline of scores (oldest first); the title (its accessible name) says from what to what. */
export function Sparkline({ points }: { points: Point[] }) {
  if (points.length === 0) return <span class="muted">no scans yet</span>
  const first = points[0]!.score
  const last = points[points.length - 1]!.score
  const label =
    points.length === 1 ? `One scan: score ${last}` : `Score over the last ${points.length} scans: from ${first} to ${last}`
  const x = xScale(points.length, 2, W - 2)
  const y = yScale(2, H - 2)
  const coords = points.map((p, i) => `${fmt(x(i))},${fmt(y(p.score))}`).join(' ')
  return (
    <svg class="spark" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img">
      <title>{label}</title>
      <line x1="0" x2={W} y1={fmt(y(80))} y2={fmt(y(80))} class="spark-ready" />
      <polyline points={coords} />
      <circle cx={fmt(x(points.length - 1))} cy={fmt(y(last))} r="2.5" />
    </svg>
  )
}
