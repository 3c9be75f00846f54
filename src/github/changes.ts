/** @module The "changes since last scan" line of the checklist issue, e.g. "+12 since abc1234: Dockerfile, CI runs the tests now pass". Pure. */
import type { Report } from '../types.js'

const MAX_LISTED = 4

function list(titles: string[]): string {
  const shown = titles.slice(0, MAX_LISTED).join(', ')
  return titles.length > MAX_LISTED ? `${shown} and ${titles.length - MAX_LISTED} more` : shown
}

/**
 * Compare a scan with the previous one of another commit; undefined when there is none.
 * @example changesSince(prev, now) // '**+12** since `abc1234`: Dockerfile, CI runs the tests now pass'
 */
export function changesSince(previous: Report | undefined, current: Report): string | undefined {
  if (!previous) return undefined
  const before = new Map(previous.checks.map((c) => [c.id, c.status]))
  const fixed = current.checks.filter((c) => c.status === 'pass' && before.get(c.id) !== 'pass').map((c) => c.title)
  const broke = current.checks.filter((c) => c.status === 'fail' && before.get(c.id) === 'pass').map((c) => c.title)
  const delta = current.score - previous.score
  const sign = delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0'
  const parts: string[] = []
  if (fixed.length) parts.push(`${list(fixed)} now ${fixed.length === 1 ? 'passes' : 'pass'}`)
  if (broke.length) parts.push(`${list(broke)} no longer ${broke.length === 1 ? 'passes' : 'pass'}`)
  const since = `**${sign}** since \`${previous.repo.commit.slice(0, 7)}\``
  return parts.length ? `${since}: ${parts.join('; ')}` : `${since}: no check changed`
}
