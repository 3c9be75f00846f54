import nock from 'nock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sweep } from '../../src/github/sweep.js'
import { mockGitHub } from '../helpers/github-mock.js'
import { silentLog, testProbot } from '../helpers/probot.js'
import { tempStore, type TempStore } from '../helpers/temp-store.js'
import { testReport } from './report.js'

const OLD = 'a'.repeat(40)
const NEW = 'b'.repeat(40)
let temp: TempStore
beforeEach(async () => {
  temp = await tempStore()
})
afterEach(async () => {
  nock.cleanAll()
  await temp.cleanup()
})

const run = async () => {
  const probot = await testProbot()
  return sweep({ store: temp.store, octokitFor: (id) => probot.auth(id), enqueue: (job) => temp.store.enqueueJob(job), log: silentLog })
}

describe('reconciliation sweep', () => {
  it('asks for each head with the stored ETag: a 304 costs nothing and enqueues nothing', async () => {
    const repo = await temp.store.upsertRepo({ account: 'ana', name: 'shop-api', installationId: 5, defaultBranch: 'main' })
    await temp.store.updateRepo(repo.id, { headEtag: '"etag-1"' })
    const gh = mockGitHub().canGetToken(5)
    gh.scope.get('/repos/ana/shop-api/commits/main').matchHeader('if-none-match', '"etag-1"').matchHeader('accept', 'application/vnd.github.sha').reply(304)
    expect(await run()).toEqual({ checked: 1, unchanged: 1, enqueued: 0, failed: 0 })
    expect(gh.pending()).toEqual([])
    expect(await temp.store.listJobs()).toEqual([])
  })

  it('enqueues a scan of a head that moved while a webhook was missed, and keeps its ETag only once it is scanned', async () => {
    const repo = await temp.store.upsertRepo({ account: 'ana', name: 'shop-api', installationId: 5, defaultBranch: 'main' })
    await temp.store.saveScan(repo.id, testReport(OLD), 'app')
    await temp.store.updateRepo(repo.id, { headEtag: '"etag-1"' })
    const gh = mockGitHub().canGetToken(5)
    const head = () => gh.scope.get('/repos/ana/shop-api/commits/main').matchHeader('if-none-match', '"etag-1"').reply(200, NEW, { etag: '"etag-2"' })
    head()
    expect(await run()).toMatchObject({ checked: 1, enqueued: 1 })
    const [job] = await temp.store.listJobs()
    expect(job).toMatchObject({ account: 'ana', repo: 'shop-api', commit: NEW, reason: 'sweep', installationId: 5 })
    expect((await temp.store.getRepo('ana', 'shop-api'))?.headEtag).toBe('"etag-1"')

    // the scan job failed for good: the next sweep still sees a changed head and tries again
    await temp.store.finishJob(job!.id, { status: 'failed', error: 'gave up' })
    mockGitHub().canGetToken(5)
    head()
    expect(await run()).toMatchObject({ enqueued: 1 })

    // once the head is scanned, its ETag is kept and the sweep after that costs a 304
    await temp.store.saveScan(repo.id, testReport(NEW), 'sweep')
    mockGitHub().canGetToken(5)
    head()
    expect(await run()).toMatchObject({ unchanged: 1, enqueued: 0 })
    expect((await temp.store.getRepo('ana', 'shop-api'))?.headEtag).toBe('"etag-2"')
    expect(nock.pendingMocks()).toEqual([])
  })

  it('leaves a repo whose head was already scanned alone, and marks a vanished one inactive', async () => {
    const kept = await temp.store.upsertRepo({ account: 'ana', name: 'shop-api', installationId: 5, defaultBranch: 'main' })
    await temp.store.saveScan(kept.id, testReport(OLD), 'app')
    await temp.store.upsertRepo({ account: 'ana', name: 'gone', installationId: 5 })
    const gh = mockGitHub().canGetToken(5)
    gh.scope.get('/repos/ana/shop-api/commits/main').reply(200, OLD, { etag: '"e"' })
    gh.scope.get('/repos/ana/gone/commits/HEAD').reply(404, { message: 'Not Found' })
    expect(await run()).toEqual({ checked: 2, unchanged: 1, enqueued: 0, failed: 0 })
    expect((await temp.store.getRepo('ana', 'gone'))?.active).toBe(false)
    expect(nock.pendingMocks()).toEqual([])
  })

  it('counts a failed head check and carries on with the next repo', async () => {
    await temp.store.upsertRepo({ account: 'ana', name: 'one', installationId: 5, defaultBranch: 'main' })
    await temp.store.upsertRepo({ account: 'ana', name: 'two', installationId: 5, defaultBranch: 'main' })
    const gh = mockGitHub().canGetToken(5)
    gh.scope.get('/repos/ana/one/commits/main').reply(502, 'bad gateway')
    gh.scope.get('/repos/ana/two/commits/main').reply(200, NEW, { etag: '"e2"' })
    expect(await run()).toEqual({ checked: 2, unchanged: 0, enqueued: 1, failed: 1 })
  })
})
