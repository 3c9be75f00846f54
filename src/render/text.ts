/** @module The terminal report: checks grouped by layer with ✓ ✗ – and words, what is wrong under each failure, next steps by gain, notes. Colour only when asked (the CLI decides from the TTY and NO_COLOR). Pure. */
import type { Finding, Level, Note, Report, Status } from '../types.js'
import { LAYER_NAMES, LEVEL_LABELS, location, nextSteps, oneLine, shortCommit } from './format.js'

export type TextOptions = { color: boolean }

const MAX_EVIDENCE = 3

/** Render a report for a terminal. */
export function renderText(report: Report, options: TextOptions): string {
  const c = painter(options.color)
  const out: string[] = []
  out.push(`${c.bold('portfolio-check')}  ${oneLine(report.repo.name)} @ ${shortCommit(report.repo.commit)}  (track: ${report.track})`)
  const roots = report.roots.map((r) => `${r.frameworks.length ? `${r.frameworks.join(' + ')} (${r.language})` : r.language}${r.path ? ` in ${r.path}/` : ''}`)
  if (roots.length) out.push(c.dim(`detected: ${roots.join('; ')}`))
  out.push('', `${c.bold(`Score ${report.score}/100`)}  ${LEVEL_LABELS[report.level]}${toNextLevel(report.score, report.level)}`)
  for (const layer of report.layers) {
    const checks = report.checks.filter((f) => f.layer === layer.id)
    if (!checks.length) continue
    const score = layer.score === null ? 'no check applies' : `${layer.score}/100, ${layer.passed} of ${layer.applicable} ${layer.applicable === 1 ? 'check' : 'checks'} passed`
    out.push('', c.bold(`${LAYER_NAMES[layer.id]} (${layer.id})  ${score}`))
    for (const f of checks) out.push(...lines(f, c))
  }
  const steps = nextSteps(report)
  if (steps.length) {
    out.push('', c.bold('Next steps, biggest gain first'))
    steps.forEach((f, i) => {
      out.push('', `${i + 1}. ${f.title} (${f.id})  +${f.gain} points, effort ${f.effort}`)
      for (const l of f.fix.trimEnd().split('\n')) out.push(l ? `   ${l}` : '')
    })
    out.push('', c.dim('A check that does not fit your project? Exempt it, with a reason, in .github/portfolio-check.yml.'))
  } else {
    out.push('', c.green('Every applicable check passes.'))
  }
  if (report.notes.length) {
    out.push('', c.bold('Notes'))
    for (const n of report.notes) out.push(`  ${n.level === 'warning' ? c.yellow('!') : c.dim('i')} ${oneLine(noteText(n))}`)
  }
  return `${out.join('\n')}\n`
}

/** A note with its path in front, unless the message already starts with it. */
export function noteText(n: Note): string {
  return n.path && !n.message.startsWith(n.path) ? `${n.path}: ${n.message}` : n.message
}

/** Points to the next level, e.g. " · 22 points to Building". */
function toNextLevel(score: number, level: Level): string {
  if (level === 'foundations') return ` · ${50 - score} points to ${LEVEL_LABELS.building}`
  if (level === 'building') return ` · ${80 - score} points to ${LEVEL_LABELS['portfolio-ready']}`
  return ''
}

/**
 * A check on one line (passes and skips, with their evidence or reason); a failure with evidence
 * also gets what was found wrong, one place per line, or the files that were looked at.
 */
function lines(f: Finding, c: Painter): string[] {
  const mark: Record<Status, string> = { pass: c.green('✓ pass'), fail: c.red('✗ fail'), skip: c.dim('– skip') }
  const head = `  ${mark[f.status]}  ${f.title}`
  const more = f.evidence.length > MAX_EVIDENCE ? ` +${f.evidence.length - MAX_EVIDENCE} more` : ''
  const shown = f.evidence.slice(0, MAX_EVIDENCE)
  if (f.status === 'skip') return [`${head}${f.reason ? c.dim(`  ${oneLine(f.reason)}`) : ''}`]
  if (f.status === 'pass' || !shown.length) return [`${head}${shown.length ? c.dim(`  ${oneLine(shown.map(location).join(', '))}${more}`) : ''}`]
  if (!shown.some((e) => e.note)) return [head, c.dim(`          looked at: ${oneLine(shown.map(location).join(', '))}${more}`)]
  const found = shown.map((e) => c.dim(`          ${oneLine(location(e))}${e.note ? `  ${oneLine(e.note)}` : ''}`))
  return [head, ...found, ...(more ? [c.dim(`         ${more}`)] : [])]
}

type Painter = Record<'bold' | 'dim' | 'green' | 'red' | 'yellow', (s: string) => string>

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s)
  return { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39) }
}
