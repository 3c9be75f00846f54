import nock from 'nock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDeps } from '../../src/github/deps.js'
import { mockGitHub } from '../helpers/github-mock.js'
import { testProbot } from '../helpers/probot.js'
import { tempStore, type TempStore } from '../helpers/temp-store.js'
import { payload } from './fixtures.js'

let temp: TempStore
let deps: AppDeps
beforeEach(async () => {
  temp = await tempStore()
  deps = { store: temp.store, enqueue: (job) => temp.store.enqueueJob(job) }
})
afterEach(async () => {
  nock.cleanAll()
  await temp.cleanup()
})

describe('push handler', () => {
  it('records the repo and enqueues the head commit of the default branch, making no GitHub request', async () => {
    const gh = mockGitHub()
    const probot = await testProbot(deps)
    await probot.receive({ id: 'delivery-1', name: 'push', payload: payload('push') as never })
    const jobs = await temp.store.listJobs()
    expect(jobs).toMatchObject([
      { account: 'Codertocat', repo: 'Hello-World', commit: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', reason: 'push', deliveryId: 'delivery-1', installationId: 1, status: 'queued' },
    ])
    expect(await temp.store.getRepo('Codertocat', 'Hello-World')).toMatchObject({ defaultBranch: 'master', installationId: 1, active: true, private: false })
    expect(gh.calls).toEqual([])
  })

  it('ignores tag pushes, other branches and branch deletions', async () => {
    const probot = await testProbot(deps)
    const other = payload('push')
    other.ref = 'refs/heads/feature/login'
    const deleted = payload('push')
    deleted.deleted = true
    deleted.after = '0000000000000000000000000000000000000000'
    await probot.receive({ id: 'd-tag', name: 'push', payload: payload('push.tag') as never })
    await probot.receive({ id: 'd-branch', name: 'push', payload: other as never })
    await probot.receive({ id: 'd-deleted', name: 'push', payload: deleted as never })
    expect(await temp.store.listJobs()).toEqual([])
  })

  it('takes a redelivered push (same delivery id) once', async () => {
    const probot = await testProbot(deps)
    await probot.receive({ id: 'delivery-1', name: 'push', payload: payload('push') as never })
    await probot.receive({ id: 'delivery-1', name: 'push', payload: payload('push') as never })
    expect(await temp.store.listJobs()).toHaveLength(1)
  })

  it('keeps only the newest of 20 concurrent pushes of one repo queued', async () => {
    const probot = await testProbot(deps)
    const pushes = Array.from({ length: 20 }, (_, i) => {
      const p = payload('push')
      p.after = i.toString(16).padStart(40, 'c')
      return p
    })
    for (const [i, p] of pushes.entries()) await probot.receive({ id: `d-${i}`, name: 'push', payload: p as never })
    const queued = await temp.store.listJobs({ status: 'queued' })
    expect(queued.map((j) => j.commit)).toEqual([pushes[19]!.after])
    expect(await temp.store.listJobs({ status: 'superseded' })).toHaveLength(19)
  })
})
