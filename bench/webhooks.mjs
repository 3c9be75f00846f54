// Webhook ack benchmark (`npm run bench:webhooks`): starts the built server (dist/server.js) in app mode with a
// throwaway key and a temporary SQLite store, queue workers off (QUEUE_CONCURRENCY=0) so only the ack path is
// measured, then sends signed push deliveries at 200 requests/s for 10 s with autocannon (a few duplicate
// delivery ids mixed in). Prints ack latency p50/p99 and errors, and checks that every delivery is a job in the
// store (or was deduplicated). Exits 1 when the target (p99 < 25 ms, 0 errors, all persisted) is missed.
// Connections: autocannon gives each connection its own rate timer, all started together, so N connections send
// N simultaneous requests every N/RATE s. Two connections give a steady stream (one delivery every ~5 ms), as
// GitHub's independent deliveries arrive; BENCH_CONNECTIONS=20 measures bursts of 20 simultaneous deliveries.
import { spawn } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const RATE = Number(process.env.BENCH_RATE ?? 200)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 2)
const REPOS = 20
const DUPLICATE_EVERY = 50
if (!existsSync(join(root, 'dist/server.js'))) {
  console.error('dist/server.js is missing: run `npm run build` first (npm ci does it through `prepare`).')
  process.exit(2)
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })

const dir = mkdtempSync(join(tmpdir(), 'pc-bench-webhooks-'))
const databaseUrl = `file:${join(dir, 'bench.db')}`
const secret = 'bench-webhook-secret'
const port = await freePort()
const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
const server = spawn(process.execPath, [join(root, 'dist/server.js')], {
  env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', APP_ID: '1', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret, DATABASE_URL: databaseUrl, QUEUE_CONCURRENCY: '0', SWEEP_INTERVAL: '0', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
})
const stop = () => server.exitCode === null && server.kill('SIGTERM')
process.on('exit', stop)

const base = `http://127.0.0.1:${port}`
for (let i = 0; ; i++) {
  const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false)
  if (ok) break
  if (i > 100 || server.exitCode !== null) {
    console.error('the server did not become healthy')
    process.exit(1)
  }
  await new Promise((resolve) => setTimeout(resolve, 100))
}

const template = JSON.parse(readFileSync(join(root, 'test/fixtures/webhooks/push.json'), 'utf8'))
let sent = 0
let lastDelivery = ''
const deliveries = new Set()
/** Delivery ids GitHub would see acknowledged (2xx); each must already be a job in the store. */
const acked = new Set()
const result = await autocannon({
  url: base,
  connections: CONNECTIONS,
  overallRate: RATE,
  duration: DURATION,
  requests: [
    {
      method: 'POST',
      path: '/api/github/webhooks',
      setupRequest(request, context) {
        sent++
        const duplicate = sent % DUPLICATE_EVERY === 0 && lastDelivery
        const id = duplicate ? lastDelivery : randomUUID()
        lastDelivery = id
        context.delivery = id
        const payload = { ...template, after: createHmac('sha1', 'c').update(id).digest('hex') }
        payload.repository = { ...template.repository, name: `portfolio-${sent % REPOS}`, full_name: `Codertocat/portfolio-${sent % REPOS}` }
        const body = JSON.stringify(payload)
        return {
          ...request,
          body,
          headers: {
            'content-type': 'application/json',
            'x-github-event': 'push',
            'x-github-delivery': id,
            'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
          },
        }
      },
      onResponse(status, _body, context) {
        deliveries.add(context.delivery)
        if (status >= 200 && status < 300) acked.add(context.delivery)
      },
    },
  ],
})
stop()
await new Promise((resolve) => server.once('exit', resolve))

const { createStore } = await import(join(root, 'dist/store/index.js'))
const store = await createStore(databaseUrl)
const jobs = await store.listJobs()
await store.close()
rmSync(dir, { recursive: true, force: true })

const persisted = new Set(jobs.map((j) => j.deliveryId))
const missing = [...acked].filter((id) => !persisted.has(id)).length
const errors = result.errors + result.timeouts + result.non2xx
console.log(`webhook acks: ${result.requests.total} requests at ${RATE}/s for ${DURATION} s over ${CONNECTIONS} connections (${result.requests.total - deliveries.size} duplicate deliveries)`)
console.log(`latency p50 ${result.latency.p50} ms · p90 ${result.latency.p90} ms · p99 ${result.latency.p99} ms · max ${result.latency.max} ms`)
console.log(`errors ${errors} (network ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`)
console.log(`persisted: ${jobs.length} jobs for ${acked.size} distinct acknowledged deliveries, ${missing} acknowledged but missing`)
const passed = result.latency.p99 < 25 && errors === 0 && missing === 0 && acked.size === deliveries.size
console.log(passed ? 'target met: p99 < 25 ms, 0 errors, every delivery persisted' : 'TARGET MISSED')
process.exit(passed ? 0 : 1)
