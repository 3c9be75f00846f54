/** @module The JSON contract of DESIGN.md (schema/report.schema.json): exactly the documented fields, so other tools can rely on them. Pure. */
import type { Report } from '../types.js'

/** The shape `portfolio-check scan --format json` prints (one document). */
export type JsonReport = {
  schemaVersion: 1
  repo: { name: string; commit: string }
  score: number
  level: Report['level']
  track: Report['track']
  layers: { id: Report['layers'][number]['id']; score: number | null }[]
  checks: {
    id: string
    status: Report['checks'][number]['status']
    title: string
    layer: Report['checks'][number]['layer']
    weight: number
    evidence: { path: string; line?: number }[]
    fix: string
  }[]
  notes: { level: 'info' | 'warning'; message: string; path?: string }[]
}

/** The report reduced to the documented contract. */
export function toJsonReport(report: Report): JsonReport {
  return {
    schemaVersion: report.schemaVersion,
    repo: { name: report.repo.name, commit: report.repo.commit },
    score: report.score,
    level: report.level,
    track: report.track,
    layers: report.layers.map((l) => ({ id: l.id, score: l.score })),
    checks: report.checks.map((c) => ({
      id: c.id,
      status: c.status,
      title: c.title,
      layer: c.layer,
      weight: c.weight,
      evidence: c.evidence.map((e) => (e.line ? { path: e.path, line: e.line } : { path: e.path })),
      fix: c.fix,
    })),
    notes: report.notes.map((n) => (n.path ? { level: n.level, message: n.message, path: n.path } : { level: n.level, message: n.message })),
  }
}

/** One JSON document, pretty-printed, ending with a newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`
}
