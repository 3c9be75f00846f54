/** @module Readiness badges ("readiness | 82 portfolio-ready") with badge-maker, coloured by level, cached by message. */
import { makeBadge } from 'badge-maker'
import type { Level } from '../types.js'
import { Lru } from './lru.js'

/** Dark enough for badge-maker's white text (contrast >= 4.5:1); the level is also in the words. */
export const LEVEL_COLOURS: Record<Level | 'unknown', string> = {
  foundations: '#b42318',
  building: '#8a5a00',
  'portfolio-ready': '#1a7f37',
  unknown: '#636363',
}

const cache = new Lru<string, string>(512)

/** The badge SVG for a score and level, or the grey "unknown" badge when the repo has no scan yet. */
export function readinessBadge(scan: { score: number; level: Level } | null): string {
  const message = scan ? `${scan.score} ${scan.level}` : 'unknown'
  const hit = cache.get(message)
  if (hit) return hit
  const svg = makeBadge({ label: 'readiness', message, color: LEVEL_COLOURS[scan?.level ?? 'unknown'] })
  cache.set(message, svg)
  return svg
}

/** The badge answered for a repo that does not exist or that the viewer may not see: the same bytes for both. */
export const NOT_FOUND_BADGE = makeBadge({ label: 'readiness', message: 'not found', color: LEVEL_COLOURS.unknown })
