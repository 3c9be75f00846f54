import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/types.js'
import { makeReport } from '../store/make-report.js'
import { appFor, seededStore, sha } from './helpers.js'

type Json = Record<string, any>

describe('JSON API /api/v1', () => {
  let store: Store
  let app: ReturnType<typeof appFor>
  beforeEach(async () => {
    store = await seededStore()
    app = appFor(store)
  })
  afterEach(() => store.close())
  const get = async (path: string) => {
    const res = await app.request(path)
    return { res, body: (await res.json()) as Json }
  }

  it('gives the account page data: readiness, per-check coverage with the best repo, repos with links, next steps', async () => {
    const { res, body } = await get('/api/v1/accounts/octo')
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(body.account).toEqual({ login: 'octo', type: 'User', publicPage: true, url: 'http://localhost:3000/octo' })
    expect(body.readiness).toMatchObject({ proven: 7, applicable: 24, percent: 29 })
    expect(body.checks.find((c: Json) => c.id === 'tests.http')).toMatchObject({ proven: true, best: { repo: 'api', score: 36 }, statuses: { api: 'pass', empty: 'none' } })
    expect(body.repos.map((r: Json) => r.name)).toEqual(['api', 'empty'])
    expect(body.repos[0]).toMatchObject({
      scan: { score: 36, level: 'foundations', commit: sha(2) },
      badge: 'http://localhost:3000/badge/octo/api.svg',
      api: 'http://localhost:3000/api/v1/repos/octo/api',
    })
    expect(body.repos[0].trend.map((p: Json) => p.score)).toEqual([17, 36])
    expect(body.nextSteps[0]).toMatchObject({ id: 'api.spec', gain: 6, gap: true, repos: [{ name: 'api', gain: 6 }] })
  })

  it('pages the account\'s repos with a next link, while coverage and next steps cover every repo', async () => {
    for (let i = 0; i < 3; i++) await store.upsertRepo({ account: 'octo', name: `extra-${i}` })
    const first = await get('/api/v1/accounts/octo?limit=2')
    expect(first.body.reposTotal).toBe(5)
    expect(first.body.repos.map((r: Json) => r.name)).toEqual(['api', 'empty'])
    expect(Object.keys(first.body.checks[0].statuses).sort()).toEqual(['api', 'empty', 'extra-0', 'extra-1', 'extra-2'])
    expect(first.body.next).toBe('http://localhost:3000/api/v1/accounts/octo?limit=2&offset=2')
    const second = await get('/api/v1/accounts/octo?limit=2&offset=2')
    expect(second.body.repos.map((r: Json) => r.name)).toEqual(['extra-0', 'extra-1'])
    const last = await get(new URL(second.body.next).pathname + new URL(second.body.next).search)
    expect(last.body.repos.map((r: Json) => r.name)).toEqual(['extra-2'])
    expect(last.body.next).toBeNull()
    expect((await get('/api/v1/accounts/octo')).body.next).toBeNull()
    expect((await get('/api/v1/accounts/octo?offset=-1')).res.status).toBe(400)
  })

  it('gives a repo: the latest report with evidence, the changes since the previous scan and the score history', async () => {
    const { body } = await get('/api/v1/repos/octo/api')
    expect(body.repo).toMatchObject({ account: 'octo', name: 'api', private: false, defaultBranch: 'main' })
    expect(body.latest).toMatchObject({ commit: sha(2), score: 36, level: 'foundations', source: 'app' })
    expect(body.latest.report.checks.find((c: Json) => c.id === 'tests.present').evidence).toEqual([{ path: 'src/tests.ts', line: 3 }])
    expect(body.changes).toMatchObject({ delta: 19, from: { commit: sha(1) }, to: { commit: sha(2) } })
    expect(body.changes.fixed.map((c: Json) => c.id)).toEqual(['tests.http', 'ci.present', 'ci.tests', 'docker.file'])
    expect(body.history.map((h: Json) => h.score)).toEqual([17, 36])
  })

  it('pages through a repo\'s scans newest first with a keyset cursor', async () => {
    const repo = await store.getRepo('octo', 'api')
    for (let i = 10; i < 14; i++) await store.saveScan(repo!.id, makeReport({ commit: sha(i) }), 'app')
    const first = await get('/api/v1/repos/octo/api/scans?limit=4')
    expect(first.body.scans.map((s: Json) => s.commit)).toEqual([sha(13), sha(12), sha(11), sha(10)])
    expect(first.body.scans[0]).toMatchObject({ score: makeReport().score, level: makeReport().level, source: 'app', layers: expect.any(Array) })
    expect(first.body.scans[0].checks[0]).toEqual({ id: 'readme.present', status: 'pass' })
    const next = new URL(first.body.next)
    const second = await get(next.pathname + next.search)
    expect(second.body.scans.map((s: Json) => s.commit)).toEqual([sha(2), sha(1)])
    expect(second.body.next).toBeNull()
  })

  it('refuses a bad page size or cursor with a 400 that says what was expected', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'before=-3']) {
      const { res, body } = await get(`/api/v1/repos/octo/api/scans?${query}`)
      expect(res.status, query).toBe(400)
      expect(body.error).toMatch(/expected a whole number from/)
    }
  })

  it('answers unknown accounts, repos and paths with a JSON 404', async () => {
    for (const path of ['/api/v1/accounts/nobody', '/api/v1/repos/octo/nothing', '/api/v1/repos/octo/nothing/scans', '/api/v1/nothing']) {
      const { res, body } = await get(path)
      expect(res.status, path).toBe(404)
      expect(body).toEqual({ error: 'not found' })
    }
  })
})
