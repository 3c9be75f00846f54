/** @module Tracks ("pick a direction" on the roadmaps) and how much each one scales each layer's weights. Pure data. */
import type { LayerId, Track } from '../types.js'

export const TRACKS: readonly Track[] = ['general', 'saas', 'data', 'platform']

/**
 * Layer multipliers per track. `general` weighs every layer as written in rules/. The others lean
 * towards what that direction's job ads ask for:
 *
 * | track    | docs | testing | api  | data | security | delivery |
 * |----------|------|---------|------|------|----------|----------|
 * | general  | 1    | 1       | 1    | 1    | 1        | 1        |
 * | saas     | 1    | 1       | 1.5  | 1    | 1.5      | 1        |
 * | data     | 1    | 1.25    | 0.75 | 2    | 1        | 1        |
 * | platform | 1    | 1       | 0.75 | 1    | 1.25     | 1.5      |
 *
 * (README "Scoring" shows the same table; test/engine/score.test.ts keeps them in sync.)
 */
export const TRACK_MULTIPLIERS: Record<Track, Record<LayerId, number>> = {
  general: { docs: 1, testing: 1, api: 1, data: 1, security: 1, delivery: 1 },
  saas: { docs: 1, testing: 1, api: 1.5, data: 1, security: 1.5, delivery: 1 },
  data: { docs: 1, testing: 1.25, api: 0.75, data: 2, security: 1, delivery: 1 },
  platform: { docs: 1, testing: 1, api: 0.75, data: 1, security: 1.25, delivery: 1.5 },
}

/** True for a known track name. */
export function isTrack(value: unknown): value is Track {
  return typeof value === 'string' && (TRACKS as readonly string[]).includes(value)
}
