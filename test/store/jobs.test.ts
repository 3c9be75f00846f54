import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backends } from './backends.js'
import type { Store } from '../../src/store/types.js'

describe.each(backends)('store on $name: scan jobs', (backend) => {
  let store: Store & { dispose(): Promise<void> }
  beforeEach(async () => {
    store = await backend.open()
  })
  afterEach(async () => {
    await store.dispose()
  })
  const push = (commit: string, deliveryId?: string) => store.enqueueJob({ account: 'octo', repo: 'api', reason: 'push', commit, deliveryId, installationId: 5 })

  it('takes a webhook delivery once, even when GitHub redelivers it', async () => {
    const first = await push('c1', 'delivery-1')
    const again = await push('c1', 'delivery-1')
    expect(first.created).toBe(true)
    expect(again).toEqual({ job: first.job, created: false })
    expect(first.job).toMatchObject({ account: 'octo', repo: 'api', commit: 'c1', status: 'queued', attempts: 0, installationId: 5, deliveryId: 'delivery-1' })
  })

  it('does not queue the same commit twice while it is queued or running', async () => {
    const first = await push('c1', 'd1')
    expect((await push('c1', 'd2')).created).toBe(false)
    await store.claimJobs(5, new Date())
    const whileRunning = await push('c1', 'd3')
    expect(whileRunning).toMatchObject({ created: false, job: { id: first.job.id, status: 'running' } })
    await store.finishJob(first.job.id, { status: 'done' })
    expect((await push('c1', 'd4')).created).toBe(true)
  })

  it('supersedes an older queued commit of the same repo, but never a running one', async () => {
    const c1 = await push('c1')
    const [running] = await store.claimJobs(5, new Date())
    expect(running?.id).toBe(c1.job.id)
    const c2 = await push('c2')
    const c3 = await push('c3')
    expect((await store.getJob(c2.job.id))?.status).toBe('superseded')
    expect((await store.getJob(c1.job.id))?.status).toBe('running')
    expect((await store.listJobs({ status: 'queued' })).map((j) => j.commit)).toEqual(['c3'])
    expect(c3.created).toBe(true)
  })

  it('keeps at most one queued and one running job for 20 concurrent pushes of one repo', async () => {
    const first = await push('c0')
    await store.claimJobs(1, new Date())
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => push(`c${i + 1}`, `d${i + 1}`)))
    expect(results.filter((r) => r.created)).toHaveLength(20)
    const live = (await store.listJobs({ account: 'octo', repo: 'api' })).filter((j) => j.status === 'queued' || j.status === 'running')
    expect(live.map((j) => j.status).sort()).toEqual(['queued', 'running'])
    expect(live.find((j) => j.status === 'running')?.id).toBe(first.job.id)
    expect((await store.listJobs({ status: 'superseded' })).length).toBe(19)
  })

  it('claims at most one job per repo and none for a repo with a running job', async () => {
    await store.enqueueJob({ account: 'octo', repo: 'a', reason: 'install', commit: null })
    await store.enqueueJob({ account: 'octo', repo: 'b', reason: 'install', commit: null })
    const claimed = await store.claimJobs(10, new Date())
    expect(claimed.map((j) => j.repo).sort()).toEqual(['a', 'b'])
    expect(claimed.every((j) => j.status === 'running' && j.attempts === 1)).toBe(true)
    await store.enqueueJob({ account: 'octo', repo: 'a', reason: 'push', commit: 'c9' })
    expect(await store.claimJobs(10, new Date())).toEqual([])
    await store.finishJob(claimed.find((j) => j.repo === 'a')!.id, { status: 'failed', error: 'boom' })
    expect((await store.claimJobs(10, new Date())).map((j) => j.commit)).toEqual(['c9'])
    expect(await store.listJobs({ status: 'failed' })).toMatchObject([{ repo: 'a', lastError: 'boom' }])
  })

  it('lets concurrent claimers share the work without starting a repo twice', async () => {
    for (const repo of ['a', 'b', 'c', 'd']) await store.enqueueJob({ account: 'octo', repo, reason: 'install' })
    const batches = await Promise.all([store.claimJobs(4, new Date()), store.claimJobs(4, new Date()), store.claimJobs(4, new Date())])
    const repos = batches.flat().map((j) => j.repo).sort()
    expect(repos).toEqual(['a', 'b', 'c', 'd'])
  })

  it('waits for the backoff time before a retried job runs again', async () => {
    const { job } = await push('c1')
    await store.claimJobs(1, new Date())
    const later = new Date(Date.now() + 60_000)
    await store.retryJob(job.id, later, 'rate limited')
    expect(await store.getJob(job.id)).toMatchObject({ status: 'queued', lastError: 'rate limited', runAfter: later.toISOString() })
    expect(await store.claimJobs(1, new Date())).toEqual([])
    expect((await store.claimJobs(1, new Date(later.getTime() + 1)))[0]).toMatchObject({ id: job.id, attempts: 2 })
  })

  it('supersedes a retried job when a newer push is already waiting', async () => {
    const { job } = await push('c1')
    await store.claimJobs(1, new Date())
    await push('c2')
    await store.retryJob(job.id, new Date(), 'timeout')
    expect((await store.getJob(job.id))?.status).toBe('superseded')
    expect((await store.listJobs({ status: 'queued' })).map((j) => j.commit)).toEqual(['c2'])
  })

  it('puts jobs left running by a crashed process back in the queue at start-up', async () => {
    await store.enqueueJob({ account: 'octo', repo: 'a', reason: 'push', commit: 'x' })
    await store.enqueueJob({ account: 'octo', repo: 'b', reason: 'push', commit: 'y' })
    await store.claimJobs(5, new Date())
    await store.enqueueJob({ account: 'octo', repo: 'b', reason: 'push', commit: 'z' })
    expect(await store.requeueRunning()).toBe(1)
    const jobs = await store.listJobs({ account: 'OCTO' })
    expect(jobs.map((j) => [j.repo, j.commit, j.status])).toEqual([
      ['a', 'x', 'queued'],
      ['b', 'y', 'superseded'],
      ['b', 'z', 'queued'],
    ])
  })
})
