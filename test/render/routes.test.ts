import { describe, expect, it } from 'vitest'
import { formatRoutesJson, formatRoutesTable } from '../../src/render/routes.js'
import type { Route } from '../../src/types.js'

const routes: Route[] = [
  { method: 'POST', path: '/api/auth/register', file: 'src/routes/auth.ts', line: 7, framework: 'express' },
  { method: 'GET', path: '/health', file: 'src/app.ts', line: 12, framework: 'express' },
]

describe('routes renderer', () => {
  it('prints an aligned table with METHOD, PATH, FILE:LINE and FRAMEWORK columns and a count', () => {
    expect(formatRoutesTable(routes)).toBe(
      [
        'METHOD  PATH                FILE:LINE             FRAMEWORK',
        'POST    /api/auth/register  src/routes/auth.ts:7  express',
        'GET     /health             src/app.ts:12         express',
        '',
        '2 routes',
        '',
      ].join('\n'),
    )
  })

  it('says so when there are no routes', () => {
    expect(formatRoutesTable([])).toBe('No HTTP routes found.\n')
  })

  it('replaces control characters from repository content', () => {
    const table = formatRoutesTable([{ ...routes[1]!, path: '/a\u001b[31mb' }])
    expect(table).not.toContain('\u001b')
    expect(table).toContain('/a?[31mb')
  })

  it('prints JSON that is exactly the array of routes', () => {
    expect(JSON.parse(formatRoutesJson(routes))).toEqual(routes)
  })
})
