import { createHmac } from 'node:crypto'
import { Writable } from 'node:stream'
import nock from 'nock'
import { afterEach, describe, expect, it } from 'vitest'
import { parseEnv } from '../src/env.js'
import { buildServer, type Server } from '../src/server.js'
import { payload } from './github/fixtures.js'
import { testReport } from './github/report.js'
import { mockGitHub } from './helpers/github-mock.js'
import { APP_ID, privateKey, silentLog, TestOctokit, WEBHOOK_SECRET } from './helpers/probot.js'
import { tempStore, waitFor, type TempStore } from './helpers/temp-store.js'

let temp: TempStore | undefined
let server: Server | undefined
afterEach(async () => {
  nock.cleanAll()
  await server?.queue?.stop(0)
  await temp?.cleanup()
  server = undefined
  temp = undefined
})

/** Log lines written by the server's own logger, when a test asks for them. */
let logged: string[] = []
const logSink = () =>
  new Writable({
    write(chunk, _encoding, done) {
      logged.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })

const start = async (appMode: boolean, options: { captureLog?: boolean; env?: Record<string, string> } = {}) => {
  temp = await tempStore()
  logged = []
  const app = appMode ? { APP_ID: String(APP_ID), PRIVATE_KEY: privateKey, WEBHOOK_SECRET } : {}
  const env = parseEnv({ DATABASE_URL: temp.url, BASE_URL: 'https://pc.example.com', ...app, ...options.env })
  const log = options.captureLog ? { logDestination: logSink() } : { log: silentLog }
  server = await buildServer(env, { ...log, store: temp.store, Octokit: TestOctokit })
  return server
}

const HEAD = 'a'.repeat(40)
const sign = (body: string, secret = WEBHOOK_SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
const pushBody = JSON.stringify(payload('push'))
const deliver = (body: string, headers: Record<string, string>) =>
  server!.app.request('/api/github/webhooks', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-github-delivery': 'd-1', ...headers } })

describe('server', () => {
  it('serves /healthz and the report pages without app credentials, with no webhook route', async () => {
    await start(false)
    const health = await server!.app.request('/healthz')
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok', mode: 'pages' })
    expect((await server!.app.request('/')).status).toBe(200)
    expect((await deliver(pushBody, { 'x-hub-signature-256': sign(pushBody) })).status).toBe(404)
    expect(server!.probot).toBeUndefined()
  })

  it('tells how to register the app from app.yml when started without credentials', async () => {
    await start(false, { captureLog: true })
    const hint = logged.map((l) => JSON.parse(l) as { msg: string }).find((l) => l.msg.includes('GitHub App not configured'))
    expect(hint?.msg).toContain('APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET')
    expect(hint?.msg).toContain('To register the app from app.yml, open https://pc.example.com/setup')
    const setup = await (await server!.app.request('/setup')).text()
    expect(setup).toContain('action="https://github.com/settings/apps/new?state=')
    expect(setup).toContain('https://pc.example.com/api/github/webhooks')
  })

  it('stores the job before answering a correctly signed push (202)', async () => {
    await start(true)
    const response = await deliver(pushBody, { 'x-hub-signature-256': sign(pushBody) })
    expect(response.status).toBe(202)
    expect(await temp!.store.listJobs()).toMatchObject([{ deliveryId: 'd-1', reason: 'push', status: 'queued' }])
    expect(await (await server!.app.request('/healthz')).json()).toEqual({ status: 'ok', mode: 'app' })
  })

  it.each([
    ['a forged signature', { 'x-hub-signature-256': sign(pushBody, 'not-the-secret') }, 401],
    ['a tampered body', { 'x-hub-signature-256': sign(pushBody.replace('Hello-World', 'Hello-Worle')) }, 401],
    ['no signature', {}, 401],
    ['only a sha1 signature', { 'x-hub-signature': `sha1=${createHmac('sha1', WEBHOOK_SECRET).update(pushBody).digest('hex')}` }, 401],
  ])('refuses %s with a 4xx and creates no job', async (_name, headers, status) => {
    await start(true)
    const response = await deliver(pushBody, headers as Record<string, string>)
    expect(response.status).toBe(status)
    expect(await temp!.store.listJobs()).toEqual([])
  })

  it('says why a sha1-only delivery is refused', async () => {
    await start(true)
    const response = await deliver(pushBody, { 'x-hub-signature': 'sha1=abc' })
    expect(await response.json()).toEqual({ error: 'X-Hub-Signature (sha1) is not accepted; X-Hub-Signature-256 is required' })
  })

  it('refuses a body announced over 25 MB with 413 before reading it', async () => {
    await start(true)
    let pulled = 0
    const body = new ReadableStream(
      {
        pull(controller) {
          pulled++
          controller.enqueue(new TextEncoder().encode('{}'))
          controller.close()
        },
      },
      { highWaterMark: 0 }, // pulled only when someone reads
    )
    const response = await server!.app.request('/api/github/webhooks', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-length': String(26 * 1024 * 1024), 'x-github-event': 'push', 'x-github-delivery': 'd-big', 'x-hub-signature-256': 'sha256=00' },
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(pulled).toBe(0)
    expect(await temp!.store.listJobs()).toEqual([])
  })

  it('refuses a streamed body that grows past 25 MB', async () => {
    await start(true)
    const chunk = new Uint8Array(1024 * 1024).fill(32)
    let sent = 0
    const body = new ReadableStream({
      pull(controller) {
        if (sent++ >= 27) controller.close()
        else controller.enqueue(chunk)
      },
    })
    const response = await server!.app.request('/api/github/webhooks', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'transfer-encoding': 'chunked', 'x-github-event': 'push', 'x-github-delivery': 'd-stream', 'x-hub-signature-256': 'sha256=00' },
    } as RequestInit)
    expect(response.status).toBe(413)
  })

  it('answers 400 for a signed body that is not JSON, and for missing event headers', async () => {
    await start(true)
    expect((await deliver('not json', { 'x-hub-signature-256': sign('not json') })).status).toBe(400)
    const response = await server!.app.request('/api/github/webhooks', { method: 'POST', body: pushBody, headers: { 'x-hub-signature-256': sign(pushBody) } })
    expect(response.status).toBe(400)
    expect(await temp!.store.listJobs()).toEqual([])
  })

  it('answers 500 when the job cannot be stored, so GitHub marks the delivery failed, and logs why without the payload', async () => {
    await start(true, { captureLog: true })
    await temp!.store.close()
    const response = await deliver(pushBody, { 'x-hub-signature-256': sign(pushBody) })
    expect(response.status).toBe(500)
    const line = logged.find((l) => l.includes('webhook handler failed'))!
    expect(JSON.parse(line)).toMatchObject({ id: 'd-1', event: 'push', errors: [expect.any(String)] })
    expect(line).not.toContain('Codertocat/Hello-World')
  })

  it('runs the reconciliation sweep on SWEEP_INTERVAL once started', async () => {
    await start(true, { captureLog: true, env: { SWEEP_INTERVAL: '1s' } })
    const repo = await temp!.store.upsertRepo({ account: 'ana', name: 'shop-api', installationId: 5, defaultBranch: 'main' })
    await temp!.store.saveScan(repo.id, testReport(HEAD), 'app')
    const gh = mockGitHub().canGetToken(5)
    gh.scope.get('/repos/ana/shop-api/commits/main').reply(200, HEAD, { etag: '"e1"' })
    await server!.start()
    await waitFor(() => logged.some((l) => l.includes('reconciliation sweep done')), 5_000)
    expect(JSON.parse(logged.find((l) => l.includes('reconciliation sweep done'))!)).toMatchObject({ checked: 1, unchanged: 1, enqueued: 0, failed: 0 })
    expect(gh.pending()).toEqual([])
    await server!.close()
  })

  it('hands every other path to the report service (its 404 JSON for unknown API paths)', async () => {
    await start(true)
    const response = await server!.app.request('/api/v1/nothing-here')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/json')
  })
})
