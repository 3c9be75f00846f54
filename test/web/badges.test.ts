import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/types.js'
import { LEVEL_COLOURS } from '../../src/web/badge.js'
import { makeReport, ALL_CHECKS } from '../store/make-report.js'
import { appFor, seededStore, sha } from './helpers.js'

describe('readiness badges', () => {
  let store: Store
  let app: ReturnType<typeof appFor>
  beforeEach(async () => {
    store = await seededStore()
    app = appFor(store)
  })
  afterEach(() => store.close())

  it('shows the score and level, coloured by level, cacheable for a few minutes', async () => {
    const res = await app.request('/badge/octo/api.svg')
    const svg = await res.text()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(res.headers.get('cache-control')).toContain('max-age=300')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(svg).toContain('aria-label="readiness: 36 foundations"')
    expect(svg).toContain(LEVEL_COLOURS.foundations)
  })

  it('turns green with the words portfolio-ready at 80 and above', async () => {
    const repo = await store.upsertRepo({ account: 'octo', name: 'great' })
    await store.saveScan(repo.id, makeReport({ commit: sha(7), passing: ALL_CHECKS }), 'app')
    const svg = await (await app.request('/badge/octo/great.svg')).text()
    expect(svg).toContain('readiness: 100 portfolio-ready')
    expect(svg).toContain(LEVEL_COLOURS['portfolio-ready'])
  })

  it('is a grey "unknown" badge for a repo with no scan yet', async () => {
    const res = await app.request('/badge/octo/empty.svg')
    expect(res.status).toBe(200)
    const svg = await res.text()
    expect(svg).toContain('readiness: unknown')
    expect(svg).toContain(LEVEL_COLOURS.unknown)
  })

  it('is a 404 "not found" badge for an unknown repo or a path without .svg', async () => {
    for (const path of ['/badge/octo/nothing.svg', '/badge/octo/api', '/badge/nobody/api.svg']) {
      const res = await app.request(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(await res.text()).toContain('readiness: not found')
    }
  })
})
