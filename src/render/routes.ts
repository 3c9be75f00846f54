/** @module The `portfolio-check routes <path>` output: the extracted routes as an aligned table or a JSON array. Pure. */
import type { Route } from '../types.js'

const HEADERS = ['METHOD', 'PATH', 'FILE:LINE', 'FRAMEWORK'] as const
/** Columns stop growing here so one long regex path does not push the rest off screen. */
const MAX_COLUMN = 60

/**
 * The routes as a plain-text table (`METHOD PATH FILE:LINE FRAMEWORK`), one route per line, with a count
 * at the end; a friendly line when there are none.
 * @example formatRoutesTable([{ method: 'POST', path: '/auth/login', file: 'src/app.js', line: 12, framework: 'express' }])
 */
export function formatRoutesTable(routes: readonly Route[]): string {
  if (routes.length === 0) return 'No HTTP routes found.\n'
  const rows = routes.map((r) => [r.method, r.path, `${r.file}:${r.line}`, r.framework].map(clean))
  const widths = HEADERS.map((h, i) => Math.min(MAX_COLUMN, Math.max(h.length, ...rows.map((row) => row[i]!.length))))
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')
  const count = `${routes.length} route${routes.length === 1 ? '' : 's'}`
  return [line(HEADERS), ...rows.map(line), '', count].join('\n') + '\n'
}

/** The routes as a JSON array (the `Route` objects, nothing else), newline-terminated. */
export function formatRoutesJson(routes: readonly Route[]): string {
  return JSON.stringify(routes.map(({ method, path, file, line, framework }) => ({ method, path, file, line, framework })), null, 2) + '\n'
}

/** Control characters from repository content must never reach the terminal. */
function clean(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}
