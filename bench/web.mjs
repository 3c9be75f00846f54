#!/usr/bin/env node
// npm run bench:web: the report service under load. Builds a temporary SQLite store with one account of
// 200 repos x 50 scans (reports shaped like real ones, wording from rules/*.yml), serves it from a child
// process, and drives the account page, a repo page and a badge with autocannon (50 connections, 10 s each).
// Prints p50/p95/p99 latency and requests/s, and the time of an uncached ("cold") account page render.
// Target: account page p95 under 20 ms on a 2-core machine.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const REPOS = Number(process.env.BENCH_REPOS ?? 200)
const SCANS = Number(process.env.BENCH_SCANS ?? 50)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 50
const TARGET_P95_MS = 20

function ensureBuilt() {
  if (existsSync(join(ROOT, 'dist/web/app.js')) && existsSync(join(ROOT, 'dist/store/index.js'))) return
  console.log('dist/ is missing: building first (npm run build)')
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

/** Child mode: serve the store at argv[3] and print the port. */
async function serveMode(dbFile) {
  const { serve } = await import('@hono/node-server')
  const { createStore } = await import(join(ROOT, 'dist/store/index.js'))
  const { createWebApp } = await import(join(ROOT, 'dist/web/app.js'))
  const store = await createStore(`file:${dbFile}`)
  const app = createWebApp({ store, baseUrl: 'http://localhost' })
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`PORT ${info.port}`))
  process.on('SIGTERM', () => server.close(() => store.close().then(() => process.exit(0))))
}

const LAYER_OF = { readme: 'docs', license: 'docs', api: 'api', validation: 'api', tests: 'testing', db: 'data', auth: 'security', security: 'security', ops: 'security', ci: 'delivery', docker: 'delivery', config: 'delivery', git: 'delivery' }
const CHECK_IDS = ['readme.present', 'readme.setup', 'readme.env', 'readme.architecture', 'readme.api', 'api.spec', 'tests.present', 'tests.http', 'ci.present', 'ci.tests', 'docker.file', 'docker.compose', 'auth.routes', 'auth.hashing', 'auth.tokens', 'validation.input', 'db.present', 'db.migrations', 'config.env-example', 'security.no-secrets', 'ops.logging', 'ops.health', 'git.ignore', 'license.present']

/** Check definitions with the real wording where a rule file exists (report size matters for the bench). */
async function checkDefs() {
  const { parse } = await import('yaml')
  const rules = new Map()
  for (const file of readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.yml'))) {
    const rule = parse(readFileSync(join(ROOT, 'rules', file), 'utf8'))
    rules.set(rule.id, rule)
  }
  return CHECK_IDS.map((id) => {
    const rule = rules.get(id)
    return {
      id,
      layer: rule?.layer ?? LAYER_OF[id.split('.')[0]] ?? 'docs',
      weight: rule?.weight ?? 3,
      title: rule?.title ?? `Check ${id}`,
      effort: rule?.effort ?? 'medium',
      why: rule?.why ?? 'Roadmaps ask for it. '.repeat(8),
      fix: rule?.fix?.javascript ?? rule?.fix?.default ?? 'Add it, for example with a short example in a code block. '.repeat(6),
    }
  })
}

function report(defs, repo, k) {
  // Each repo improves over its history; which checks pass depends on the repo, so coverage varies.
  const progress = Math.min(1, 0.2 + (k / SCANS) * 0.75 + ((repo * 7) % 10) / 40)
  const checks = defs.map((d, i) => {
    const pass = ((i * 13 + repo * 5) % 100) / 100 < progress
    return { id: d.id, status: pass ? 'pass' : 'fail', title: d.title, layer: d.layer, weight: d.weight, effort: d.effort, why: d.why, fix: d.fix, gain: 0,
      evidence: pass ? [{ path: `src/${d.id.split('.')[0]}/index.ts`, line: 10 + i }, { path: 'README.md', line: 3 }] : [] }
  })
  const total = checks.reduce((s, c) => s + c.weight, 0)
  const passed = checks.filter((c) => c.status === 'pass').reduce((s, c) => s + c.weight, 0)
  for (const c of checks) if (c.status === 'fail') c.gain = Math.round((100 * c.weight) / total)
  const score = Math.round((100 * passed) / total)
  const layers = ['docs', 'testing', 'api', 'data', 'security', 'delivery'].map((id) => {
    const own = checks.filter((c) => c.layer === id)
    const w = own.reduce((s, c) => s + c.weight, 0)
    const p = own.filter((c) => c.status === 'pass').reduce((s, c) => s + c.weight, 0)
    return { id, score: w ? Math.round((100 * p) / w) : null, passed: own.filter((c) => c.status === 'pass').length, applicable: own.length }
  })
  const commit = ((repo + 1) * 100_000 + k).toString(16).padStart(40, '0')
  return { schemaVersion: 1, repo: { name: `bench/repo-${repo}`, commit }, score, level: score >= 80 ? 'portfolio-ready' : score >= 50 ? 'building' : 'foundations', track: 'general', layers, checks,
    roots: [{ path: '', language: 'javascript', frameworks: ['express'], manifest: 'package.json' }], notes: [], config: {}, durationMs: 150 }
}

async function seed(dbFile) {
  const { createStore } = await import(join(ROOT, 'dist/store/index.js'))
  const store = await createStore(`file:${dbFile}`)
  const defs = await checkDefs()
  const started = performance.now()
  await store.upsertAccount({ login: 'bench', type: 'User' })
  const day = 86_400_000
  const t0 = Date.now() - SCANS * day
  for (let r = 0; r < REPOS; r++) {
    const repo = await store.upsertRepo({ account: 'bench', name: `repo-${String(r).padStart(3, '0')}`, description: `Benchmark project ${r}`, installationId: 1 })
    for (let k = 0; k < SCANS; k++) await store.saveScan(repo.id, report(defs, r, k), 'app', { createdAt: new Date(t0 + k * day + r * 1000) })
  }
  const sample = JSON.stringify(report(defs, 0, SCANS - 1)).length
  console.log(`seeded ${REPOS} repos x ${SCANS} scans (${(sample / 1024).toFixed(1)} KB per report) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return store
}

function startServer(dbFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve', dbFile], { stdio: ['ignore', 'pipe', 'inherit'] })
    child.stdout.on('data', (chunk) => {
      const match = /PORT (\d+)/.exec(String(chunk))
      if (match) resolve({ child, port: Number(match[1]) })
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function load(autocannon, url, title, headers = {}) {
  // Warm-up (not measured): JIT, caches, and the garbage of the cold renders collected.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers })
  const times = []
  const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers })
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms))
  const result = await instance
  times.sort((a, b) => a - b)
  const row = { title, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), rps: result.requests.average, non2xx: result.non2xx, errors: result.errors, kb: result.throughput.average / result.requests.average / 1024 }
  console.log(`${title.padEnd(14)} p50 ${row.p50.toFixed(2).padStart(7)} ms  p95 ${row.p95.toFixed(2).padStart(7)} ms  p99 ${row.p99.toFixed(2).padStart(7)} ms  ${row.rps.toFixed(0).padStart(6)} req/s  ${row.kb.toFixed(0)} KB/response  non-2xx ${row.non2xx}  errors ${row.errors}`)
  return row
}

async function main() {
  ensureBuilt()
  const { default: autocannon } = await import('autocannon')
  const dir = mkdtempSync(join(tmpdir(), 'pc-bench-web-'))
  const dbFile = join(dir, 'bench.db')
  let server
  try {
    const store = await seed(dbFile)
    server = await startServer(dbFile)
    const base = `http://127.0.0.1:${server.port}`
    // Cold renders: the first request after each write that bumps the account version (page cache miss).
    const repo = await store.getRepo('bench', 'repo-000')
    const cold = []
    for (let i = 0; i < 5; i++) {
      await store.updateRepo(repo.id, { description: `Benchmark project 0 (${i})` })
      // The server is another process: it notices a write within a second (account version reuse).
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const t = performance.now()
      const res = await fetch(`${base}/bench`)
      await res.text()
      cold.push(performance.now() - t)
    }
    await store.close()
    console.log(`account page, uncached render (after a write): median ${cold.sort((a, b) => a - b)[2].toFixed(1)} ms over 5`)
    console.log(`load: ${CONNECTIONS} connections, ${SECONDS} s per URL after a 2 s warm-up`)
    // Browsers send Accept-Encoding; the plain run shows the cost of the uncompressed page too.
    const gzip = { 'accept-encoding': 'gzip, deflate, br' }
    const account = await load(autocannon, `${base}/bench`, 'account page', gzip)
    await load(autocannon, `${base}/bench`, 'account (raw)')
    await load(autocannon, `${base}/bench/repo-007`, 'repo page', gzip)
    await load(autocannon, `${base}/badge/bench/repo-007.svg`, 'badge')
    const ok = account.p95 < TARGET_P95_MS && account.non2xx === 0 && account.errors === 0
    console.log(`target: account page (gzip, as browsers ask) p95 < ${TARGET_P95_MS} ms: ${ok ? 'met' : 'NOT met'} (${account.p95.toFixed(2)} ms)`)
    process.exitCode = ok ? 0 : 1
  } finally {
    server?.child.kill('SIGTERM')
    if (process.env.BENCH_KEEP) console.log("kept", dbFile); else rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--serve') await serveMode(process.argv[3])
else await main()
