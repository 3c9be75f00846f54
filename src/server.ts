/** @module Server entry (`npm start`): env -> store -> queue -> Probot + our app -> web app with the webhook and health routes -> serve. Wiring only; no logic of its own. */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { pathToFileURL } from 'node:url'
import type { DestinationStream, Logger } from 'pino'
import type { Probot, ProbotOctokit } from 'probot'
import { loadTemplates } from './engine/load-templates.js'
import { parseEnv, registerHint, type Env } from './env.js'
import { ConfigError, RuleFileError } from './errors.js'
import { portfolioCheckApp } from './github/app.js'
import { botLoginOf, createAppProbot } from './github/probot.js'
import { scanJob } from './github/scan-job.js'
import { setupRoute } from './github/setup-route.js'
import { sweep } from './github/sweep.js'
import { webhookRoute } from './github/webhook-route.js'
import { createLog } from './log.js'
import { ScanQueue } from './queue/index.js'
import { checkRunAnnotations, renderCheckRun } from './render/check-run.js'
import { renderMarkdown } from './render/markdown.js'
import { rules, scan } from './scan.js'
import { createStore } from './store/index.js'
import type { Store } from './store/types.js'
import { createWebApp } from './web/app.js'

export type Server = {
  /** The composed Hono app: /healthz, POST /api/github/webhooks (app mode), then the report service. */
  app: Hono
  store: Store
  probot?: Probot
  queue?: ScanQueue
  /** Start the queue workers and the reconciliation sweep. */
  start(): Promise<void>
  /** Stop the sweep and the workers (running jobs finish or resume at the next start), close the store. */
  close(): Promise<void>
}

/** `log` replaces the logger; `logDestination` keeps the production logger (and its redaction) but sends its lines elsewhere. */
export type ServerOptions = { log?: Logger; logDestination?: DestinationStream; store?: Store; Octokit?: typeof ProbotOctokit }

/** Build the server from a parsed env. App mode only when the env holds the app's credentials. */
export async function buildServer(env: Env, options: ServerOptions = {}): Promise<Server> {
  const log = options.log ?? createLog(env.logLevel, options.logDestination)
  const store = options.store ?? (await createStore(env.databaseUrl))
  const app = new Hono()
  let probot: Probot | undefined
  let queue: ScanQueue | undefined
  let sweepTimer: NodeJS.Timeout | undefined

  app.get('/healthz', async (c) => {
    try {
      await store.accountVersion('-healthz-')
      return c.json({ status: 'ok', mode: env.app ? 'app' : 'pages' })
    } catch {
      return c.json({ status: 'store unavailable' }, 503)
    }
  })

  if (env.app) {
    // bad rules/ or templates/ stop start-up here, not at the first webhook
    rules()
    const templates = loadTemplates()
    const appProbot = (probot = createAppProbot(env.app, env.githubApiUrl, log, options.Octokit))
    const run = scanJob({
      store,
      octokitFor: (id) => appProbot.auth(id),
      botLogin: botLoginOf(appProbot, env.app.slug),
      scan: (source) => scan(source),
      issueBody: (report, changes) => renderMarkdown(report, { template: templates.issue, changes }),
      checkRunOutput: (report) => renderCheckRun(report, { template: templates.checkRun }),
      checkRunAnnotations,
      githubUrl: env.githubUrl,
      pagesUrl: env.publicUrl,
      dryRun: env.dryRun,
      log,
    })
    const jobs = (queue = new ScanQueue({ store, run, concurrency: env.queueConcurrency, log }))
    await appProbot.load(portfolioCheckApp({ store, enqueue: (job) => jobs.enqueue(job) }))
    await appProbot.ready()
    app.route('/api/github/webhooks', webhookRoute(appProbot, { log }))
  } else {
    app.route('/setup', setupRoute({ baseUrl: env.baseUrl, githubUrl: env.githubUrl, githubApiUrl: env.githubApiUrl, webhookUrl: env.webhookProxyUrl }))
    log.info(registerHint(env.baseUrl))
  }

  const web = createWebApp({
    store,
    baseUrl: env.baseUrl,
    oauth: env.oauth,
    sessionSecret: env.sessionSecret,
    githubApiUrl: env.githubApiUrl,
    githubUrl: env.githubUrl,
    appInstallUrl: env.app?.slug ? `${env.githubUrl}/apps/${env.app.slug}/installations/new` : undefined,
    logError: (error, context) => log.error({ err: error, ...context }, 'request failed'),
  })
  // the report service keeps its own middleware, not-found and error pages for everything else
  app.all('*', (c) => web.fetch(c.req.raw, c.env))

  return {
    app,
    store,
    probot,
    queue,
    async start() {
      if (!queue || !probot) return
      await queue.start()
      if (env.sweepIntervalMs > 0 && env.queueConcurrency > 0) {
        const appProbot = probot
        const jobs = queue
        const tick = () =>
          sweep({ store, octokitFor: (id) => appProbot.auth(id), enqueue: (job) => jobs.enqueue(job), log })
            .then((result) => log.info(result, 'reconciliation sweep done'))
            .catch((error: unknown) => log.error({ err: error }, 'reconciliation sweep failed'))
        // soon after start (webhooks missed while down), then on the interval
        sweepTimer = setTimeout(function again() {
          void tick().finally(() => (sweepTimer = setTimeout(again, env.sweepIntervalMs).unref()))
        }, Math.min(60_000, env.sweepIntervalMs)).unref()
      }
    },
    async close() {
      clearTimeout(sweepTimer)
      // within Docker's 10 s stop timeout; a job cut short resumes at the next start
      await queue?.stop(8_000)
      await store.close()
    },
  }
}

/** `npm start`: parse the env (a clear message and exit 1 when it is wrong), serve, shut down on SIGTERM. */
async function main(): Promise<void> {
  let env: Env
  try {
    env = parseEnv()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  let server: Server
  try {
    server = await buildServer(env)
  } catch (error) {
    if (error instanceof RuleFileError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  await server.start()
  const http = serve({ fetch: server.app.fetch, port: env.port, hostname: env.host }, (info) => {
    console.log(JSON.stringify({ level: 'info', msg: `listening on http://${env.host ?? 'localhost'}:${info.port}`, mode: env.app ? 'app' : 'pages' }))
  })
  const shutdown = (signal: string) => {
    console.log(JSON.stringify({ level: 'info', msg: `${signal}: shutting down` }))
    http.close()
    void server.close().finally(() => process.exit(0))
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main()
