/** @module Small shared helpers for renderers: level labels, the order of next steps, evidence links and Markdown escaping. Pure. */
import type { Evidence, Finding, LayerId, Level, Report } from '../types.js'

/** What each layer stands for, in a learner's words. */
export const LAYER_NAMES: Record<LayerId, string> = {
  docs: 'Communication & documentation',
  testing: 'Fundamentals & testing',
  api: 'HTTP & APIs',
  data: 'Data & persistence',
  security: 'Security & reliability',
  delivery: 'Delivery & operations',
}

/** Human labels of the levels. */
export const LEVEL_LABELS: Record<Level, string> = {
  foundations: 'Foundations',
  building: 'Building',
  'portfolio-ready': 'Portfolio-ready',
}

/** Failing checks, biggest score gain first (then heavier weight, then catalog order). */
export function nextSteps(report: Report): Finding[] {
  const order = new Map(report.checks.map((c, i) => [c.id, i]))
  return report.checks
    .filter((c) => c.status === 'fail')
    .sort((a, b) => b.gain - a.gain || b.weight - a.weight || order.get(a.id)! - order.get(b.id)!)
}

/** A short commit id for display ('abc1234'), or the label of a working tree. */
export function shortCommit(commit: string): string {
  return /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 7) : commit
}

/** `path:line` (or just `path`). */
export function location(e: Evidence): string {
  return e.line ? `${e.path}:${e.line}` : e.path
}

/**
 * A link to the evidence at the scanned commit, when the repository's web URL is known:
 * `<url>/blob/<commit>/<path>#L<line>`.
 */
export function evidenceUrl(repo: Report['repo'], e: Evidence): string | undefined {
  if (!repo.url || !/^[0-9a-f]{7,40}$/i.test(repo.commit)) return undefined
  // parentheses too: an unbalanced one would end a Markdown link early
  const path = e.path.split('/').map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')
  return `${repo.url.replace(/\/+$/, '')}/blob/${repo.commit}/${path}${e.line ? `#L${e.line}` : ''}`
}

/** Remove control characters (a file name may hold a newline) so a value stays on its line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ')
}

/** Text from the repository as Markdown that renders literally (no links, HTML, emphasis or tables). */
export function mdText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|#~!&]/g, (c) => `\\${c}`)
}

/** A code span that survives backticks inside the value. */
export function mdCode(text: string): string {
  const value = oneLine(text)
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = longest ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`
}

/** Evidence as Markdown: a code span, linked to the file and line when the repo URL is known. */
export function mdEvidence(repo: Report['repo'], e: Evidence): string {
  const url = evidenceUrl(repo, e)
  const label = mdCode(location(e))
  return url ? `[${label}](${url})` : label
}
