/** @module The values the Markdown templates (issue, check run) may use, built from a Report. Pure. */
import type { Report } from '../types.js'
import { LAYER_NAMES, LEVEL_LABELS, mdCode, mdEvidence, mdText, nextSteps, shortCommit } from './format.js'

/** Values common to every Markdown template. */
export function commonData(report: Report) {
  const count = (status: string) => report.checks.filter((c) => c.status === status).length
  const commitUrl = report.repo.url && /^[0-9a-f]{7,40}$/i.test(report.repo.commit) ? `${report.repo.url.replace(/\/+$/, '')}/commit/${report.repo.commit}` : undefined
  const commitLabel = mdCode(shortCommit(report.repo.commit))
  return {
    repo: mdCode(report.repo.name),
    commit: commitUrl ? `[${commitLabel}](${commitUrl})` : commitLabel,
    score: report.score,
    level: report.level,
    levelLabel: LEVEL_LABELS[report.level],
    track: report.track,
    counts: { pass: count('pass'), fail: count('fail'), skip: count('skip') },
    layers: report.layers.map((l) => ({
      id: l.id,
      name: LAYER_NAMES[l.id],
      score: l.score === null ? 'n/a' : String(l.score),
      passed: l.passed,
      applicable: l.applicable,
    })),
  }
}

/** Indent every non-empty line, so Markdown stays inside a list item. */
export function indent(text: string, by = '  '): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n')
}

/** Failing checks as template rows, biggest gain first. */
export function failingRows(report: Report, maxEvidence: number) {
  return nextSteps(report).map((c) => ({
    id: c.id,
    title: c.title,
    gain: c.gain,
    weight: c.weight,
    effort: c.effort,
    layer: c.layer,
    why: c.why.trim().replace(/\s*\n\s*/g, ' '),
    fix: indent(c.fix),
    // what is wrong at each place ("password digested with md5 ...") tells the learner where to start
    evidence: evidenceList(report, c.evidence, maxEvidence, true),
  }))
}

/** Evidence links, at most `max`, with "N more" when cut; `withNotes` adds each place's note in brackets. */
export function evidenceList(report: Report, evidence: Report['checks'][number]['evidence'], max: number, withNotes = false): string[] {
  const shown = evidence.slice(0, max).map((e) => `${mdEvidence(report.repo, e)}${withNotes && e.note ? ` (${mdText(e.note.slice(0, 200))})` : ''}`)
  if (evidence.length > max) shown.push(`${evidence.length - max} more`)
  return shown
}
