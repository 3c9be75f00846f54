/** @module The durable scan queue: jobs live in the store (written before a webhook is answered), are claimed one per repo, run with bounded concurrency, retried with backoff, and resumed after a restart. */
import type { JobInput, JobRecord, Store } from '../store/types.js'
import { classify, DEFAULT_BACKOFF, type BackoffOptions } from './retry.js'

/**
 * Runs one job (scan + sinks). Throwing hands the error to the retry policy. `signal` aborts when the job
 * timed out and is about to be retried: the runner must then stop before writing anything.
 */
export type JobRunner = (job: JobRecord, signal: AbortSignal) => Promise<void>

/** The logger surface used here (pino's, as Probot's `app.log`). */
export type QueueLog = {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

export type QueueOptions = {
  store: Store
  run: JobRunner
  /** Jobs running at once across repos; 0 stores jobs without running them. */
  concurrency?: number
  /** A job failing this many times is marked failed with its reason. */
  maxAttempts?: number
  backoff?: BackoffOptions
  /** How often the store is polled for delayed retries and jobs written by other processes. */
  pollMs?: number
  /** A job running longer than this is abandoned and retried. */
  jobTimeoutMs?: number
  log?: QueueLog
}

const silent: QueueLog = { info() {}, warn() {}, error() {} }

/** A queue over the store's jobs table. Call start() once; enqueue() from webhook handlers. */
export class ScanQueue {
  private readonly running = new Map<number, Promise<void>>()
  private readonly concurrency: number
  private readonly maxAttempts: number
  private readonly backoffOptions: BackoffOptions
  private readonly log: QueueLog
  private started = false
  private stopped = false
  private pumping: Promise<void> | undefined
  private again = false
  private timer: NodeJS.Timeout | undefined
  private idleWaiters: (() => void)[] = []

  constructor(private readonly options: QueueOptions) {
    this.concurrency = options.concurrency ?? 2
    this.maxAttempts = options.maxAttempts ?? 5
    this.backoffOptions = options.backoff ?? DEFAULT_BACKOFF
    this.log = options.log ?? silent
  }

  /**
   * Persist a job (deduplicated by delivery id and by repo+commit; an older queued commit of the
   * repo is superseded), then wake the workers. Resolves once the job is in the store.
   */
  async enqueue(input: JobInput): Promise<{ job: JobRecord; created: boolean }> {
    const result = await this.options.store.enqueueJob(input)
    if (result.created) this.kick()
    return result
  }

  /** Resume jobs a crashed process left running, then start working. */
  async start(): Promise<void> {
    if (this.started) return
    this.started = true
    const resumed = await this.options.store.requeueRunning()
    if (resumed) this.log.info({ resumed }, 'resumed scan jobs left running by a previous process')
    this.schedule(0)
  }

  /** Stop claiming jobs and wait (up to `timeoutMs`) for running ones; unfinished jobs resume on the next start. */
  async stop(timeoutMs = 30_000): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    const all = Promise.allSettled([...this.running.values()])
    let timeout: NodeJS.Timeout | undefined
    await Promise.race([all, new Promise((resolve) => (timeout = setTimeout(resolve, timeoutMs)))])
    clearTimeout(timeout)
  }

  /** Resolves when no job is running and none could be claimed just now (tests, benchmarks). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve)
      if (!this.started || this.stopped) return this.notifyIdle()
      this.kick()
    })
  }

  /** Claim and start as many jobs as there are free workers; coalesces concurrent wake-ups. */
  private kick(): void {
    if (!this.started || this.stopped) return
    if (this.pumping) {
      this.again = true
      return
    }
    let claimed = 0
    this.pumping = this.pump()
      .then((n) => void (claimed = n))
      .catch((error: unknown) => this.log.error({ err: error }, 'claiming scan jobs failed; retrying on the next poll'))
      .finally(() => {
        this.pumping = undefined
        if (this.again) {
          this.again = false
          this.kick()
        } else if (this.running.size === 0 && claimed === 0) this.notifyIdle()
      })
  }

  /** @returns how many jobs were claimed */
  private async pump(): Promise<number> {
    const free = this.concurrency - this.running.size
    if (free <= 0 || this.stopped) return 0
    const jobs = await this.options.store.claimJobs(free, new Date())
    for (const job of jobs) {
      const work = this.runOne(job).finally(() => {
        this.running.delete(job.id)
        this.kick()
      })
      this.running.set(job.id, work)
    }
    if (jobs.length === free) this.again = true
    return jobs.length
  }

  private async runOne(job: JobRecord): Promise<void> {
    const { store } = this.options
    const where = { job: job.id, repo: `${job.account}/${job.repo}`, commit: job.commit, reason: job.reason, attempt: job.attempts }
    try {
      await this.withTimeout((signal) => this.options.run(job, signal))
      await store.finishJob(job.id, { status: 'done' })
      this.log.info(where, 'scan job done')
    } catch (error) {
      const decision = classify(error, job.attempts, this.backoffOptions, Date.now())
      if (decision.action === 'retry' && job.attempts < this.maxAttempts) {
        await store.retryJob(job.id, new Date(Date.now() + decision.delayMs), decision.reason)
        this.log.warn({ ...where, retryInMs: decision.delayMs, error: decision.reason }, 'scan job will be retried')
        this.schedule(decision.delayMs)
      } else if (decision.action === 'skip') {
        await store.finishJob(job.id, { status: 'done', error: decision.reason })
        this.log.info({ ...where, error: decision.reason }, 'scan job ended: nothing to scan')
      } else {
        const reason = decision.action === 'retry' ? `gave up after ${job.attempts} attempts: ${decision.reason}` : decision.reason
        await store.finishJob(job.id, { status: 'failed', error: reason })
        this.log.error({ ...where, error: reason }, 'scan job failed')
      }
    }
  }

  /** Give up on a run after jobTimeoutMs; its signal tells the abandoned run not to write next to its retry. */
  private withTimeout(start: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const ms = this.options.jobTimeoutMs ?? 10 * 60_000
    const controller = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = Object.assign(new Error(`scan job timed out after ${ms} ms`), { code: 'ETIMEDOUT' })
        controller.abort(error)
        reject(error)
      }, ms)
    })
    return Promise.race([start(controller.signal), timeout]).finally(() => clearTimeout(timer))
  }

  /** Wake up after `delayMs` (the next retry) or the poll interval, whichever comes first. */
  private schedule(delayMs: number): void {
    if (this.stopped) return
    const poll = this.options.pollMs ?? 5_000
    const wait = Math.max(0, Math.min(delayMs, poll))
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.kick()
      this.schedule(poll)
    }, wait)
    this.timer.unref()
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
  }
}
