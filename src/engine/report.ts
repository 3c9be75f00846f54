/** @module Assembles the versioned Report from findings and scores: checks in catalog order, gains filled in, notes de-duplicated and in a stable order. Pure. */
import type { Finding, Note, ProjectRoot, Report, Track } from '../types.js'
import { byCatalogOrder } from './catalog.js'
import type { ScoreResult } from './score.js'

export type ReportInput = {
  repo: Report['repo']
  findings: readonly Finding[]
  scored: ScoreResult
  track: Track
  roots: readonly ProjectRoot[]
  /** Repo-config problems: shown first. */
  configNotes: readonly Note[]
  /** Everything else (listing, analyzers): sorted so the same repo always gives the same report. */
  notes: readonly Note[]
  config: Report['config']
  durationMs: number
}

/** Build the Report every renderer and sink takes. */
export function buildReport(input: ReportInput): Report {
  const checks = [...input.findings]
    .sort((a, b) => byCatalogOrder(a.id, b.id))
    .map((f) => ({ ...f, gain: input.scored.gains.get(f.id) ?? 0 }))
  return {
    schemaVersion: 1,
    repo: { ...input.repo },
    score: input.scored.score,
    level: input.scored.level,
    track: input.track,
    layers: input.scored.layers,
    checks,
    roots: input.roots.map((r) => ({ ...r, frameworks: [...r.frameworks] })),
    notes: [...input.configNotes, ...dedupe([...input.notes]).sort(byPathThenMessage)],
    config: input.config,
    durationMs: Math.round(input.durationMs),
  }
}

function dedupe(notes: Note[]): Note[] {
  const seen = new Set<string>()
  return notes.filter((n) => {
    const key = `${n.level}\0${n.path ?? ''}\0${n.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function byPathThenMessage(a: Note, b: Note): number {
  const pa = a.path ?? ''
  const pb = b.path ?? ''
  if (pa !== pb) return pa < pb ? -1 : 1
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0
}
