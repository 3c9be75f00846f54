/** @module The terminal report: checks grouped by layer with ✓ ✗ – and words, next steps by gain, notes. Colour only when asked (the CLI decides from the TTY and NO_COLOR). Pure. */
import type { Finding, Note, Report, Status } from '../types.js'
import { LAYER_NAMES, LEVEL_LABELS, location, nextSteps, oneLine, shortCommit } from './format.js'

export type TextOptions = { color: boolean }

const MAX_EVIDENCE = 3

/** Render a report for a terminal. */
export function renderText(report: Report, options: TextOptions): string {
  const c = painter(options.color)
  const out: string[] = []
  out.push(`${c.bold('portfolio-check')}  ${oneLine(report.repo.name)} @ ${shortCommit(report.repo.commit)}  (track: ${report.track})`)
  const roots = report.roots.map((r) => `${r.path || '.'}: ${r.language}${r.frameworks.length ? ` (${r.frameworks.join(', ')})` : ''}`)
  if (roots.length) out.push(c.dim(`projects: ${roots.join('; ')}`))
  out.push('', `${c.bold(`Score ${report.score}/100`)}  ${LEVEL_LABELS[report.level]}`)
  for (const layer of report.layers) {
    const checks = report.checks.filter((f) => f.layer === layer.id)
    if (!checks.length) continue
    const score = layer.score === null ? 'n/a' : `${layer.score}`
    out.push('', c.bold(`${LAYER_NAMES[layer.id]} (${layer.id})  ${score}  ${layer.passed}/${layer.applicable} passed`))
    for (const f of checks) out.push(line(f, c))
  }
  const steps = nextSteps(report)
  if (steps.length) {
    out.push('', c.bold('Next steps, biggest gain first'))
    steps.forEach((f, i) => {
      out.push('', `${i + 1}. ${f.title} (${f.id})  +${f.gain} points, effort ${f.effort}`)
      for (const l of f.fix.trimEnd().split('\n')) out.push(l ? `   ${l}` : '')
    })
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

function line(f: Finding, c: Painter): string {
  const mark: Record<Status, string> = { pass: c.green('✓ pass'), fail: c.red('✗ fail'), skip: c.dim('– skip') }
  let detail = ''
  if (f.status === 'skip') detail = f.reason ?? ''
  else if (f.evidence.length) {
    const shown = f.evidence.slice(0, MAX_EVIDENCE).map(location).join(', ')
    detail = f.evidence.length > MAX_EVIDENCE ? `${shown} +${f.evidence.length - MAX_EVIDENCE} more` : shown
  }
  return `  ${mark[f.status]}  ${f.title}${detail ? c.dim(`  ${oneLine(detail)}`) : ''}`
}

type Painter = Record<'bold' | 'dim' | 'green' | 'red' | 'yellow', (s: string) => string>

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s)
  return { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39) }
}
