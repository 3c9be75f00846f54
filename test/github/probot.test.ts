import nock from 'nock'
import { afterEach, describe, expect, it } from 'vitest'
import { botLoginOf, createAppProbot } from '../../src/github/probot.js'
import { API } from '../helpers/github-mock.js'
import { privateKey, silentLog } from '../helpers/probot.js'

const app = { appId: 42, privateKey, webhookSecret: 'secret' }
afterEach(() => nock.cleanAll())

describe('createAppProbot', () => {
  it('does not retry or wait in-process: a secondary rate limit and a 500 reach the queue at once', async () => {
    const probot = createAppProbot(app, API, silentLog)
    nock(API).post('/app/installations/9/access_tokens').reply(201, { token: 'ghs_x', expires_at: '2099-01-01T00:00:00Z' })
    const limited = nock(API).get('/repos/ana/shop/issues/1').reply(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '60' })
    const octokit = await probot.auth(9)
    const started = Date.now()
    await expect(octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'ana', repo: 'shop', issue_number: 1 })).rejects.toMatchObject({ status: 403 })
    expect(limited.isDone()).toBe(true)
    nock(API).get('/repos/ana/shop/issues/2').reply(500, { message: 'boom' })
    await expect(octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'ana', repo: 'shop', issue_number: 2 })).rejects.toMatchObject({ status: 500 })
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(nock.pendingMocks()).toEqual([])
  })

  it('talks to GitHub Enterprise Server at its /api/v3 address', async () => {
    const ghe = 'https://github.example.com/api/v3'
    const probot = createAppProbot(app, ghe, silentLog)
    const scope = nock('https://github.example.com').get('/api/v3/app').reply(200, { slug: 'portfolio-check-ghe' })
    expect(await botLoginOf(probot)()).toBe('portfolio-check-ghe[bot]')
    expect(scope.isDone()).toBe(true)
  })
})

describe('botLoginOf', () => {
  it('uses APP_SLUG without a request, and otherwise asks GET /app once', async () => {
    const probot = createAppProbot(app, API, silentLog)
    expect(await botLoginOf(probot, 'my-app')()).toBe('my-app[bot]')
    const scope = nock(API).get('/app').once().reply(200, { slug: 'portfolio-check' })
    const login = botLoginOf(probot)
    expect(await login()).toBe('portfolio-check[bot]')
    expect(await login()).toBe('portfolio-check[bot]')
    expect(scope.isDone()).toBe(true)
  })
})
