/** @module The GitHub check-run output: title, summary (templates/check-run.md: score, layers, top fixes) and annotations for failing checks that have a location. Pure. */
import { Eta } from 'eta'
import type { Report } from '../types.js'
import { LEVEL_LABELS, nextSteps } from './format.js'
import { commonData, failingRows } from './template-data.js'

/** GitHub's limit for a check-run summary. */
export const MAX_SUMMARY_LENGTH = 65_535
const TOP_FIXES = 3

/** Every value check-run.md may use (`it.<name>`). */
export const CHECK_RUN_TOKENS = ['repo', 'commit', 'score', 'level', 'levelLabel', 'track', 'counts', 'layers', 'top', 'more'] as const

export type CheckRunOutput = { title: string; summary: string }

export type CheckRunAnnotation = {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'warning'
  title: string
  message: string
}

const eta = new Eta({ autoTrim: false, autoEscape: false, useWith: false, cache: false })

/** Title and summary of the "Portfolio readiness" check run. */
export function renderCheckRun(report: Report, options: { template: string }): CheckRunOutput {
  const failing = failingRows(report, 0)
  const summary = eta.renderString(options.template, {
    ...commonData(report),
    top: failing.slice(0, TOP_FIXES).map((c) => ({ ...c, fix: c.fix.replace(/^ {2}/gm, '') })),
    more: Math.max(0, failing.length - TOP_FIXES),
  })
  return {
    title: `${report.score}/100 · ${LEVEL_LABELS[report.level]}`,
    summary: summary.length > MAX_SUMMARY_LENGTH ? `${summary.slice(0, MAX_SUMMARY_LENGTH - 2)}\n…` : summary,
  }
}

/** One annotation per failing check with a file location (the sink sends them in batches of 50). */
export function checkRunAnnotations(report: Report): CheckRunAnnotation[] {
  return nextSteps(report).flatMap((c) => {
    const where = c.evidence.find((e) => e.line)
    if (!where?.line) return []
    return [{ path: where.path, start_line: where.line, end_line: where.line, annotation_level: 'warning' as const, title: c.title, message: `+${c.gain} points if fixed. ${c.why.trim()}` }]
  })
}
