/** @module Six small bars, one per roadmap layer, for the repos table; values are in the label and a visible caption. */
import type { Report } from '../../types.js'
import { fmt } from './scale.js'

const BAR = 8
const GAP = 3
const H = 22

/** Bars (named in the title, which is also the accessible name) for docs, testing, api, data, security, delivery (a dashed outline marks a layer with nothing to judge). */
export function LayerBars({ layers }: { layers: Report['layers'] }) {
  const label = layers.map((l) => `${l.id} ${l.score ?? 'n/a'}`).join(', ')
  const width = layers.length * (BAR + GAP) - GAP
  // One path for the grey tracks keeps the markup small: the repos table may have hundreds of rows.
  const tracks = layers.map((l, i) => (l.score === null ? '' : `M${i * (BAR + GAP)} 0h${BAR}v${H}h-${BAR}z`)).join('')
  return (
    <svg class="bars" viewBox={`0 0 ${width} ${H}`} width={width} height={H} role="img">
      <title>{`Layer scores: ${label}`}</title>
      <path class="bar-bg" d={tracks} />
      {layers.map((layer, i) => {
        const x = i * (BAR + GAP)
        if (layer.score === null) return <rect x={x + 0.5} y="0.5" width={BAR - 1} height={H - 1} class="bar-na" />
        const h = Math.max(1, (H * layer.score) / 100)
        return <rect x={x} y={fmt(H - h)} width={BAR} height={fmt(h)} class={`bar-${layer.score >= 80 ? 'hi' : layer.score >= 50 ? 'mid' : 'lo'}`} />
      })}
    </svg>
  )
}
