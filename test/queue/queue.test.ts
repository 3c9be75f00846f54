import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourceError } from '../../src/errors.js'
import { ScanQueue, type JobRunner } from '../../src/queue/index.js'
import type { JobRecord } from '../../src/store/types.js'
import { tempStore, waitFor, type TempStore } from '../helpers/temp-store.js'

/** An Octokit-like RequestError. */
const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { status, headers, data: { message } } })

let temp: TempStore
const queues: ScanQueue[] = []
const queue = (run: JobRunner, options: Partial<ConstructorParameters<typeof ScanQueue>[0]> = {}) => {
  const q = new ScanQueue({ store: temp.store, run, pollMs: 20, backoff: { baseMs: 10, maxMs: 2_000 }, ...options })
  queues.push(q)
  return q
}
const status = async (id: number) => (await temp.store.getJob(id))?.status

beforeEach(async () => {
  temp = await tempStore()
})
afterEach(async () => {
  await Promise.all(queues.splice(0).map((q) => q.stop(1_000)))
  await temp.cleanup()
})

describe('ScanQueue', () => {
  it('stores the job before enqueue resolves and runs it once', async () => {
    const ran: string[] = []
    const q = queue(async (job) => void ran.push(`${job.repo}@${job.commit}`))
    const { job, created } = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push', deliveryId: 'd-1' })
    expect(created).toBe(true)
    expect(await status(job.id)).toBe('queued')
    await q.start()
    await waitFor(async () => (await status(job.id)) === 'done')
    expect(ran).toEqual(['shop-api@c1'])
  })

  it('takes a redelivered webhook (same delivery id) once', async () => {
    const q = queue(async () => undefined)
    const first = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push', deliveryId: 'd-1' })
    const again = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push', deliveryId: 'd-1' })
    expect(again).toEqual({ job: first.job, created: false })
    expect(await temp.store.listJobs()).toHaveLength(1)
  })

  it('scans only the newest of several queued commits of a repo, one job per repo at a time', async () => {
    const ran: string[] = []
    let active = 0
    let maxActivePerRepo = 0
    const q = queue(async (job) => {
      active++
      maxActivePerRepo = Math.max(maxActivePerRepo, active)
      await new Promise((resolve) => setTimeout(resolve, 30))
      ran.push(job.commit!)
      active--
    })
    for (let i = 1; i <= 5; i++) await q.enqueue({ account: 'ana', repo: 'shop-api', commit: `c${i}`, reason: 'push', deliveryId: `d-${i}` })
    await q.start()
    await waitFor(async () => (await temp.store.listJobs({ status: 'queued' })).length === 0 && (await temp.store.listJobs({ status: 'running' })).length === 0)
    expect(ran).toEqual(['c5'])
    expect(maxActivePerRepo).toBe(1)
    expect((await temp.store.listJobs({ status: 'superseded' })).map((j) => j.commit)).toEqual(['c1', 'c2', 'c3', 'c4'])
  })

  it('runs different repos side by side up to the concurrency bound', async () => {
    let active = 0
    let peak = 0
    const q = queue(
      async () => {
        active++
        peak = Math.max(peak, active)
        await new Promise((resolve) => setTimeout(resolve, 40))
        active--
      },
      { concurrency: 3 },
    )
    for (let i = 0; i < 8; i++) await q.enqueue({ account: 'ana', repo: `repo-${i}`, commit: 'c1', reason: 'install' })
    await q.start()
    await waitFor(async () => (await temp.store.listJobs({ status: 'done' })).length === 8)
    expect(peak).toBe(3)
  })

  it('retries a 500 with backoff and then succeeds', async () => {
    let calls = 0
    const q = queue(async () => {
      if (++calls === 1) throw httpError(500, 'Internal Server Error')
    })
    const { job } = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push' })
    await q.start()
    await waitFor(async () => (await status(job.id)) === 'done')
    const done = (await temp.store.getJob(job.id))!
    expect(done.attempts).toBe(2)
    expect(calls).toBe(2)
  })

  it('waits as long as a secondary rate limit asks (Retry-After) before retrying', async () => {
    const attempts: number[] = []
    const q = queue(async () => {
      attempts.push(Date.now())
      if (attempts.length === 1) throw httpError(403, 'You have exceeded a secondary rate limit', { 'retry-after': '1' })
    })
    const { job } = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push' })
    await q.start()
    await waitFor(async () => (await temp.store.getJob(job.id))?.lastError !== null)
    const waiting = (await temp.store.getJob(job.id))!
    expect(waiting.status).toBe('queued')
    expect(waiting.lastError).toMatch(/^403 secondary rate limit/)
    await waitFor(async () => (await status(job.id)) === 'done')
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(950)
  })

  it('marks a job failed with its reason after the last attempt, in the store and in the log', async () => {
    const errors: { obj: Record<string, unknown>; msg: string }[] = []
    const log = { info() {}, warn() {}, error: (obj: object, msg: string) => void errors.push({ obj: obj as Record<string, unknown>, msg }) }
    const q = queue(async () => Promise.reject(httpError(502, 'Bad Gateway')), { maxAttempts: 3, log })
    const { job } = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push' })
    await q.start()
    await waitFor(async () => (await status(job.id)) === 'failed')
    const failed = (await temp.store.getJob(job.id))!
    expect(failed.attempts).toBe(3)
    expect(failed.lastError).toBe('gave up after 3 attempts: 502 server error: Bad Gateway')
    expect(errors).toEqual([{ msg: 'scan job failed', obj: expect.objectContaining({ job: job.id, repo: 'ana/shop-api', error: failed.lastError }) }])
  })

  it('ends a job with nothing to scan (empty repository) cleanly with a log line, without retries', async () => {
    let calls = 0
    const lines: { obj: Record<string, unknown>; msg: string }[] = []
    const log = { info: (obj: object, msg: string) => void lines.push({ obj: obj as Record<string, unknown>, msg }), warn() {}, error() {} }
    const q = queue(async () => {
      calls++
      throw new SourceError('ana/shop-api is empty (409): push a first commit and it will be scanned')
    }, { log })
    const { job } = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: null, reason: 'install' })
    await q.start()
    await waitFor(async () => (await status(job.id)) === 'done')
    expect(calls).toBe(1)
    expect((await temp.store.getJob(job.id))!.lastError).toMatch(/is empty/)
    expect(lines).toContainEqual({ msg: 'scan job ended: nothing to scan', obj: expect.objectContaining({ repo: 'ana/shop-api', error: expect.stringMatching(/is empty/) }) })
  })

  it('finishes the pending jobs after a kill: a new queue over the same store file resumes them', async () => {
    const started: number[] = []
    // the first process claims a job and dies mid-scan (the job stays "running" in the file)
    const crashed = queue(async (job) => {
      started.push(job.id)
      await new Promise(() => undefined)
    })
    const a = await crashed.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push', deliveryId: 'd-a' })
    const b = await crashed.enqueue({ account: 'ana', repo: 'todo-api', commit: 'c9', reason: 'push', deliveryId: 'd-b' })
    await crashed.start()
    await waitFor(() => started.length === 2)
    await crashed.stop(0)
    const c = await temp.store.enqueueJob({ account: 'ana', repo: 'blog-api', commit: 'c3', reason: 'push', deliveryId: 'd-c' })
    expect((await temp.store.listJobs({ status: 'running' })).map((j) => j.id)).toEqual([a.job.id, b.job.id])

    const restarted = await temp.reopen()
    const done: JobRecord[] = []
    const next = new ScanQueue({ store: restarted, run: async (job) => void done.push(job), pollMs: 20 })
    queues.push(next)
    await next.start()
    await waitFor(async () => (await restarted.listJobs({ status: 'done' })).length === 3)
    expect(done.map((j) => j.id).sort()).toEqual([a.job.id, b.job.id, c.job.id].sort())
    expect((await restarted.getJob(a.job.id))!.attempts).toBe(2)
  })

  it('retries a run that outlives jobTimeoutMs and tells the abandoned run to stop (its signal aborts)', async () => {
    const signals: AbortSignal[] = []
    const q = queue(
      async (_job, signal) => {
        signals.push(signal)
        if (signals.length === 1) await new Promise((resolve) => signal.addEventListener('abort', resolve))
      },
      { jobTimeoutMs: 50 },
    )
    const { job } = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push' })
    await q.start()
    await waitFor(async () => (await status(job.id)) === 'done')
    expect(signals.map((s) => s.aborted)).toEqual([true, false])
    expect(String((signals[0]!.reason as Error).message)).toBe('scan job timed out after 50 ms')
    expect((await temp.store.getJob(job.id))!.attempts).toBe(2)
  })

  it('stores jobs without running them when concurrency is 0', async () => {
    let calls = 0
    const q = queue(async () => void calls++, { concurrency: 0 })
    await q.start()
    const { job } = await q.enqueue({ account: 'ana', repo: 'shop-api', commit: 'c1', reason: 'push' })
    await q.idle()
    expect(calls).toBe(0)
    expect(await status(job.id)).toBe('queued')
  })
})
