/** @module Scoring policy: findings + track -> score, level, per-layer scores and the gain of each failing check. Pure. */
import type { Finding, LayerId, Level, Report, Track } from '../types.js'
import { LAYERS } from './catalog.js'
import { TRACK_MULTIPLIERS } from './tracks.js'

export type ScoreResult = {
  score: number
  level: Level
  layers: Report['layers']
  /** Score points each failing check would add if it alone passed (0 for pass and skip). */
  gains: Map<string, number>
}

/** The level for a score: 0-49 foundations, 50-79 building, 80-100 portfolio-ready. */
export function levelOf(score: number): Level {
  return score >= 80 ? 'portfolio-ready' : score >= 50 ? 'building' : 'foundations'
}

/** Round to a whole percentage; 0 when nothing was applicable. */
function percent(passed: number, applicable: number): number {
  return applicable > 0 ? Math.round((100 * passed) / applicable) : 0
}

/**
 * Score = round(100 x passed weight / applicable weight), each weight scaled by the track's layer
 * multiplier. Skipped checks (not applicable, could not tell, exempted) leave the denominator.
 * Layer entries count checks (`passed` of `applicable`); a layer with nothing applicable scores null.
 */
export function score(findings: readonly Finding[], track: Track): ScoreResult {
  const multiplier = TRACK_MULTIPLIERS[track]
  const weightOf = (f: Finding) => f.weight * multiplier[f.layer]
  let passed = 0
  let applicable = 0
  for (const f of findings) {
    if (f.status === 'skip') continue
    applicable += weightOf(f)
    if (f.status === 'pass') passed += weightOf(f)
  }
  const total = percent(passed, applicable)
  const gains = new Map<string, number>()
  for (const f of findings) {
    gains.set(f.id, f.status === 'fail' ? percent(passed + weightOf(f), applicable) - total : 0)
  }
  const layers = LAYERS.map((id: LayerId) => {
    const inLayer = findings.filter((f) => f.layer === id && f.status !== 'skip')
    const won = inLayer.filter((f) => f.status === 'pass')
    const w = inLayer.reduce((sum, f) => sum + f.weight, 0)
    const p = won.reduce((sum, f) => sum + f.weight, 0)
    return { id, score: inLayer.length ? percent(p, w) : null, passed: won.length, applicable: inLayer.length }
  })
  return { score: total, level: levelOf(total), layers, gains }
}
