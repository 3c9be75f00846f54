import { createHmac } from 'node:crypto'
import { Writable } from 'node:stream'
import nock from 'nock'
import { afterEach, describe, expect, it } from 'vitest'
import { parseEnv } from '../src/env.js'
import { createLog } from '../src/log.js'
import { buildServer, type Server } from '../src/server.js'
import { payload } from './github/fixtures.js'
import { mockGitHub } from './helpers/github-mock.js'
import { APP_ID, privateKey, TestOctokit, WEBHOOK_SECRET } from './helpers/probot.js'
import { tempStore, waitFor, type TempStore } from './helpers/temp-store.js'

const TOKEN = 'ghs_InstallationTokenThatMustNeverBeLogged0'
const OWNER = 'Codertocat'
const REPO = 'Hello-World'
const HEAD = '6113728f27ae82c7b1a177c8d03f9e96e0adf246'

/** A log destination that keeps every line. */
function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  return { stream, lines, text: () => lines.join('\n') }
}

let temp: TempStore | undefined
let server: Server | undefined
afterEach(async () => {
  nock.cleanAll()
  await server?.queue?.stop(0)
  await temp?.cleanup()
  server = temp = undefined
})

describe('server log', () => {
  it('never contains the installation token, the private key, the webhook secret or the app JWT over a delivery, a retried scan and its writes', async () => {
    temp = await tempStore()
    const logs = capture()
    const env = parseEnv({ DATABASE_URL: temp.url, APP_ID: String(APP_ID), PRIVATE_KEY: privateKey, WEBHOOK_SECRET, LOG_LEVEL: 'trace', SWEEP_INTERVAL: '0' })
    server = await buildServer(env, { store: temp.store, Octokit: TestOctokit, logDestination: logs.stream })
    const files = { 'README.md': '# Hello\n', 'src/index.js': 'console.log(1)\n' }
    const gh = mockGitHub()
    gh.scope.post('/app/installations/1/access_tokens').reply(201, { token: TOKEN, expires_at: '2099-01-01T00:00:00Z' })
    // a secondary rate limit first (retried at once: Retry-After 0), so failures are logged too
    gh.scope.get(`/repos/${OWNER}/${REPO}/git/trees/master`).query(true).reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '0' })
    gh.hasBranch(OWNER, REPO, 'master', HEAD, files).hasApp().listsIssues(OWNER, REPO, []).lacksLabel(OWNER, REPO).expectsIssueCreate(OWNER, REPO, 7)
    // and a sink refused for want of a permission: logged with GitHub's answer
    gh.scope.post(`/repos/${OWNER}/${REPO}/check-runs`).reply(403, { message: 'Resource not accessible by integration' })

    const body = JSON.stringify(payload('push'))
    const deliver = (signature: string, id: string) =>
      server!.app.request('/api/github/webhooks', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-github-delivery': id, 'x-hub-signature-256': signature },
      })
    expect((await deliver('sha256=' + '0'.repeat(64), 'forged')).status).toBe(401)
    expect((await deliver(`sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`, 'd-1')).status).toBe(202)
    await server.start()
    await waitFor(async () => (await temp!.store.listJobs())[0]?.status === 'done')
    expect(gh.pending()).toEqual([])

    // the log did capture the run, failures included ...
    const text = logs.text()
    expect(text).toContain('scanned')
    expect(text).toContain('scan job will be retried')
    expect(text).toContain('signature does not match')
    expect(text).toContain('check run not written')
    // ... and no credential
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain(WEBHOOK_SECRET)
    const keyBody = privateKey.split('\n').filter((l) => l && !l.startsWith('-----'))
    for (const line of keyBody) expect(text).not.toContain(line)
    expect(text).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\./)
    expect(text).not.toMatch(/(token|bearer) [\w.-]{20,}/i)
  })
})

describe('createLog', () => {
  it('blanks credentials a caller passes by mistake', () => {
    const logs = capture()
    const log = createLog('info', logs.stream)
    log.info({ app: { privateKey, webhookSecret: WEBHOOK_SECRET }, token: TOKEN, request: { headers: { authorization: `token ${TOKEN}` } } }, 'oops')
    expect(logs.text()).toContain('[redacted]')
    expect(logs.text()).not.toContain(TOKEN)
    expect(logs.text()).not.toContain(WEBHOOK_SECRET)
    expect(logs.text()).not.toContain('PRIVATE KEY')
  })
})
