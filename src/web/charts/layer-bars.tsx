/** @module Six small bars, one per roadmap layer, for the repos table; the values are in the title (the accessible name and tooltip). */
import type { Report } from '../../types.js'
import { fmt } from './scale.js'

const BAR = 8
const GAP = 3
const H = 22

const band = (score: number) => (score >= 80 ? 'hi' : score >= 50 ? 'mid' : 'lo')

/**
 * Bars for docs, testing, api, data, security, delivery; a dashed outline marks a layer with nothing to judge.
 * Drawn as one path per colour: the repos table may have hundreds of rows, so the markup stays small.
 */
export function LayerBars({ layers }: { layers: Report['layers'] }) {
  const label = layers.map((l) => `${l.id} ${l.score ?? 'n/a'}`).join(', ')
  const width = layers.length * (BAR + GAP) - GAP
  const paths: Record<'bg' | 'na' | 'hi' | 'mid' | 'lo', string> = { bg: '', na: '', hi: '', mid: '', lo: '' }
  layers.forEach((layer, i) => {
    const x = i * (BAR + GAP)
    if (layer.score === null) {
      paths.na += `M${x + 0.5} 0.5h${BAR - 1}v${H - 1}h-${BAR - 1}z`
      return
    }
    const h = Math.max(1, (H * layer.score) / 100)
    paths.bg += `M${x} 0h${BAR}v${H}h-${BAR}z`
    paths[band(layer.score)] += `M${x} ${fmt(H - h)}h${BAR}v${fmt(h)}h-${BAR}z`
  })
  return (
    <svg class="bars" viewBox={`0 0 ${width} ${H}`} width={width} height={H} role="img">
      <title>{`Layer scores: ${label}`}</title>
      {(Object.keys(paths) as (keyof typeof paths)[]).map((kind) => paths[kind] && <path class={`bar-${kind}`} d={paths[kind]} />)}
    </svg>
  )
}
