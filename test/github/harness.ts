// Test helper: the GitHub App end to end in one process — Probot (nock-backed), the durable queue over a real SQLite
// store, the scan job with the real renderers; `scan` is injectable so sink tests control the verdicts.
import { loadTemplates } from '../../src/engine/load-templates.js'
import { portfolioCheckApp } from '../../src/github/app.js'
import { botLoginOf } from '../../src/github/probot.js'
import { scanJob, type ScanJobDeps } from '../../src/github/scan-job.js'
import { ScanQueue, type QueueOptions } from '../../src/queue/index.js'
import { checkRunAnnotations, renderCheckRun } from '../../src/render/check-run.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import type { RepoSource, Report } from '../../src/types.js'
import { pino } from 'pino'
import { silentLog, testProbot } from '../helpers/probot.js'
import { tempStore, type TempStore } from '../helpers/temp-store.js'

const templates = loadTemplates()
// DEBUG_TEST=1 prints the queue's and sinks' log lines
const log = process.env.DEBUG_TEST ? pino({ level: 'debug' }) : silentLog

/** A scan that reads every file (so the source makes its real requests) and returns `result(commit)`. */
export function readingScan(result: (commit: string) => Report) {
  return async (source: RepoSource): Promise<Report> => {
    const snapshot = await source.snapshot()
    await Promise.all(snapshot.files.map((f) => snapshot.read(f.path)))
    return result(snapshot.repo.commit)
  }
}

export type Harness = Awaited<ReturnType<typeof appHarness>>

export async function appHarness(options: { scan: ScanJobDeps['scan']; dryRun?: boolean; startQueue?: boolean; temp?: TempStore; queue?: Partial<QueueOptions> }) {
  const temp = options.temp ?? (await tempStore())
  const { store } = temp
  const probot = await testProbot()
  const run = scanJob({
    store,
    octokitFor: (id) => probot.auth(id),
    botLogin: botLoginOf(probot),
    scan: options.scan,
    issueBody: (report: Report, changes?: string) => renderMarkdown(report, { template: templates.issue, changes }),
    checkRunOutput: (report: Report) => renderCheckRun(report, { template: templates.checkRun }),
    checkRunAnnotations,
    githubUrl: 'https://github.com',
    dryRun: options.dryRun,
    log,
  })
  const queue = new ScanQueue({ store, run, pollMs: 20, backoff: { baseMs: 10, maxMs: 1_500 }, log, ...options.queue })
  await probot.load(portfolioCheckApp({ store, enqueue: (job) => queue.enqueue(job) }))
  if (options.startQueue !== false) await queue.start()
  /** Wait until no job is queued or running. */
  const settle = async (timeoutMs = 10_000) => {
    const end = Date.now() + timeoutMs
    for (;;) {
      const open = [...(await store.listJobs({ status: 'queued' })), ...(await store.listJobs({ status: 'running' }))]
      if (!open.length) return
      if (Date.now() > end) throw new Error(`jobs still open: ${JSON.stringify(open)}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  return { temp, store, probot, queue, settle, async close() {
    await queue.stop(1_000)
    await temp.cleanup()
  } }
}
