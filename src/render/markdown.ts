/** @module The checklist issue body: the Report rendered through templates/issue.md (eta), kept under GitHub's body limit by cutting the least important parts first. Pure: the template comes in as a string. */
import { Eta } from 'eta'
import type { Report } from '../types.js'
import { mdCode, mdText } from './format.js'
import { commonData, evidenceList, failingRows } from './template-data.js'

/** The hidden marker the GitHub App finds its issue by. */
export const ISSUE_MARKER = '<!-- portfolio-check -->'
/** The marker of the "Re-run the check" task box (ticked: `- [x] <!-- rescan -->`). */
export const RESCAN_MARKER = '<!-- rescan -->'
/** GitHub's maximum issue body length. */
export const MAX_ISSUE_LENGTH = 65_536

const MAX_EVIDENCE = 10
const MAX_NOTES = 20

export type MarkdownOptions = {
  /** templates/issue.md as text (see engine/load-templates.ts). */
  template: string
  /** Markdown line about changes since the last scan, e.g. "+12 since abc1234: Docker, CI now runs tests". */
  changes?: string
  /** Config problems for the header; default: the report's notes about its config file. */
  configErrors?: string[]
  /** Body limit; default GitHub's 65,536 characters. */
  maxLength?: number
}

/** Every value issue.md may use (`it.<name>`); the tests keep the template within this list. */
export const ISSUE_TOKENS = [
  'marker', 'repo', 'commit', 'score', 'level', 'levelLabel', 'track', 'counts', 'layers', 'configErrors', 'changes',
  'failing', 'passing', 'skipped', 'notes', 'noteCount', 'notesMore', 'showEvidence', 'showFixes', 'cut',
] as const

const eta = new Eta({ autoTrim: false, autoEscape: false, useWith: false, cache: false })

/**
 * Render the checklist issue body. When the body is too long, evidence lists go first, then the
 * fix details, and the body says so; a last-resort cut keeps the marker and the re-run box.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const max = options.maxLength ?? MAX_ISSUE_LENGTH
  const data = issueData(report, options)
  const attempts = [
    { showEvidence: true, showFixes: true, cut: '' },
    { showEvidence: false, showFixes: true, cut: 'Evidence lists were left out to keep this issue under GitHub’s size limit; run `portfolio-check scan` locally for the full report.' },
    { showEvidence: false, showFixes: false, cut: 'Evidence lists and fix details were left out to keep this issue under GitHub’s size limit; run `portfolio-check scan` locally for the full report.' },
  ]
  let body = ''
  for (const attempt of attempts) {
    body = eta.renderString(options.template, { ...data, ...attempt })
    if (body.length <= max) return body
  }
  return hardCut(body, max)
}

function issueData(report: Report, options: MarkdownOptions) {
  const configErrors = options.configErrors ?? report.notes.filter((n) => report.config.source && n.path === report.config.source).map((n) => n.message)
  const otherNotes = report.notes.filter((n) => !(report.config.source && n.path === report.config.source))
  return {
    ...commonData(report),
    marker: ISSUE_MARKER,
    configErrors: configErrors.map(mdText),
    changes: options.changes ?? '',
    failing: failingRows(report, MAX_EVIDENCE),
    passing: report.checks
      .filter((c) => c.status === 'pass')
      .map((c) => ({ id: c.id, title: c.title, evidence: evidenceList(report, c.evidence, MAX_EVIDENCE) })),
    skipped: report.checks.filter((c) => c.status === 'skip').map((c) => ({ id: c.id, title: c.title, reason: mdText(c.reason ?? '') })),
    notes: otherNotes.slice(0, MAX_NOTES).map((n) => (n.path ? `${mdCode(n.path)}: ${mdText(n.message)}` : mdText(n.message))),
    noteCount: otherNotes.length,
    notesMore: Math.max(0, otherNotes.length - MAX_NOTES),
  }
}

/** Last resort: cut the middle, keep the marker at the top and the re-run box at the end. */
function hardCut(body: string, max: number): string {
  const tailStart = body.lastIndexOf('\n---\n')
  const tail = tailStart >= 0 ? body.slice(tailStart) : ''
  const notice = '\n\n> [!NOTE]\n> The rest of this report was cut to stay under GitHub’s size limit; run `portfolio-check scan` locally for all of it.\n'
  const room = Math.max(0, max - tail.length - notice.length)
  let head = body.slice(0, room)
  head = head.slice(0, Math.max(head.lastIndexOf('\n'), 0))
  return `${head}${notice}${tail}`.slice(0, max)
}
