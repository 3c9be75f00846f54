import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import nock from 'nock'
import { afterEach, describe, expect, it } from 'vitest'
import { SourceError } from '../../src/errors.js'
import { githubClient } from '../../src/github/octokit-client.js'
import { scan } from '../../src/scan.js'
import { GitHubSource } from '../../src/source/github.js'
import { LocalSource } from '../../src/source/local.js'
import type { Report } from '../../src/types.js'
import { API, blobSha, filesOf, mockGitHub, treeOf } from '../helpers/github-mock.js'

const COMMIT = 'a'.repeat(40)
const client = () => githubClient(new Octokit({ auth: 'test-token', log: { debug() {}, info() {}, warn() {}, error() {} } }))
const source = (commit: string | null = COMMIT) => new GitHubSource(client(), { owner: 'ana', repo: 'shop-api', commit })

const smallRepo: Record<string, string> = {
  'README.md': '# Shop API\n\n## Getting started\n\n```sh\nnpm install\n```\n',
  'package.json': '{"name":"shop-api","dependencies":{"express":"^4.19.0"}}',
  'src/app.js': "const express = require('express')\nmodule.exports = express()\n",
  'node_modules/express/index.js': 'module.exports = {}',
  'api/venv/lib/site.py': 'x = 1',
  'assets/logo.png': 'PNG',
}

afterEach(() => nock.cleanAll())

describe('GitHubSource', () => {
  it('lists the commit with one tree call, leaves vendored folders out and names them', async () => {
    const gh = mockGitHub().hasRepo('ana', 'shop-api', COMMIT, smallRepo, { graphql: 0 })
    const snapshot = await source().snapshot()
    expect(snapshot.files.map((f) => f.path)).toEqual(['README.md', 'assets/logo.png', 'package.json', 'src/app.js'])
    expect(snapshot.vendored).toEqual(['api/venv', 'node_modules'])
    expect(snapshot.listing).toBe('github')
    expect(snapshot.repo).toEqual({ name: 'ana/shop-api', commit: COMMIT, url: 'https://github.com/ana/shop-api' })
    expect(gh.calls).toEqual([`GET /repos/ana/shop-api/git/trees/${COMMIT}`])
  })

  it('reads every likely file in one GraphQL query, however many reads the analyzers make', async () => {
    const gh = mockGitHub().hasRepo('ana', 'shop-api', COMMIT, smallRepo)
    const snap = await source().snapshot()
    const [readme, pkg, app] = await Promise.all([snap.read('README.md'), snap.read('package.json'), snap.read('src/app.js')])
    expect(readme).toContain('## Getting started')
    expect(pkg).toContain('express')
    expect(app).toContain("require('express')")
    expect(await snap.read('node_modules/express/index.js')).toBeUndefined()
    expect(await snap.read('missing.txt')).toBeUndefined()
    expect(gh.calls).toEqual([`GET /repos/ana/shop-api/git/trees/${COMMIT}`, 'POST /graphql'])
    expect(gh.done()).toBe(true)
  })

  it('keeps a 150-file repository at three requests, even when files are read one after another', async () => {
    const files: Record<string, string> = { 'README.md': '# big' }
    for (let i = 0; i < 150; i++) files[`src/module-${String(i).padStart(3, '0')}.ts`] = `export const value${i} = ${i}\n`
    const gh = mockGitHub().hasRepo('ana', 'shop-api', COMMIT, files, { graphql: 2 })
    const snap = await source().snapshot()
    for (const file of snap.files) expect(await snap.read(file.path)).toBe(files[file.path])
    expect(gh.calls.length).toBe(3)
    expect(gh.done()).toBe(true)
  })

  it('batches reads outside the prefetch with the next likely files instead of one query per file', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 260; i++) files[`lib/part-${String(i).padStart(3, '0')}.py`] = `def f${i}():\n    return ${i}\n`
    const gh = mockGitHub().hasRepo('ana', 'shop-api', COMMIT, files, { graphql: 3 })
    const snap = await source().snapshot()
    for (const file of snap.files) expect(await snap.read(file.path)).toBe(files[file.path])
    // 200 prefetched in two queries, the 60 others in one topped-up batch
    expect(gh.calls.filter((c) => c === 'POST /graphql').length).toBe(3)
  })

  it('marks files over 1 MB too large and never fetches them', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1)
    const gh = mockGitHub().hasRepo('ana', 'shop-api', COMMIT, { 'data/seed.sql': big, 'README.md': '# hi' })
    const snap = await source().snapshot()
    expect(snap.files.find((f) => f.path === 'data/seed.sql')).toEqual({ path: 'data/seed.sql', size: big.length, tooLarge: true })
    expect(await snap.read('data/seed.sql')).toBeUndefined()
    expect(await snap.read('README.md')).toBe('# hi')
    expect(gh.done()).toBe(true)
  })

  it('resolves the default branch head first when no commit is given (three requests in all)', async () => {
    const gh = mockGitHub().hasHead(COMMIT).hasRepo('ana', 'shop-api', COMMIT, smallRepo)
    const snap = await source(null).snapshot()
    expect(snap.repo.commit).toBe(COMMIT)
    await snap.read('README.md')
    expect(gh.calls.length).toBe(3)
    expect(gh.done()).toBe(true)
  })

  it('reads the branch head in two requests when the branch is known: the prefetch query reports the commit', async () => {
    const gh = mockGitHub().hasBranch('ana', 'shop-api', 'main', COMMIT, smallRepo)
    const snap = await new GitHubSource(client(), { owner: 'ana', repo: 'shop-api', branch: 'main' }).snapshot()
    expect(snap.repo.commit).toBe(COMMIT)
    expect(await snap.read('README.md')).toContain('# Shop API')
    expect(gh.calls).toEqual(['GET /repos/ana/shop-api/git/trees/main', 'POST /graphql'])
    expect(gh.done()).toBe(true)
  })

  it('re-lists the commit GraphQL saw when the branch moved between the two requests', async () => {
    const gh = mockGitHub().hasBranch('ana', 'shop-api', 'main', COMMIT, smallRepo, { moved: true }).hasRepo('ana', 'shop-api', COMMIT, smallRepo)
    const source = new GitHubSource(client(), { owner: 'ana', repo: 'shop-api', branch: 'main' })
    const snap = await source.snapshot()
    expect(snap.repo.commit).toBe(COMMIT)
    expect(await snap.read('package.json')).toContain('express')
    expect(gh.calls).toEqual(['GET /repos/ana/shop-api/git/trees/main', 'POST /graphql', `GET /repos/ana/shop-api/git/trees/${COMMIT}`, 'POST /graphql'])
    expect(source.requests).toBe(4)
  })

  it('ends cleanly when the branch is gone', async () => {
    const gh = mockGitHub()
    gh.scope.get('/repos/ana/shop-api/git/trees/main').query(true).reply(200, { sha: 't', truncated: false, tree: treeOf(smallRepo) })
    gh.scope.post('/graphql').reply(200, { data: { repository: { head: null } } })
    const error = (await new GitHubSource(client(), { owner: 'ana', repo: 'shop-api', branch: 'main' }).snapshot().catch((e: unknown) => e)) as SourceError
    expect(error.message).toBe('ana/shop-api has no branch "main" any more: nothing to scan')
    expect(error.retryable).toBe(false)
  })

  it('ends cleanly on a truncated tree, saying why, without retrying', async () => {
    mockGitHub().hasRepo('ana', 'shop-api', COMMIT, smallRepo, { truncated: true })
    const error = await source().snapshot().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SourceError)
    expect((error as SourceError).message).toMatch(/more files than GitHub lists in one tree/)
    expect((error as SourceError).retryable).toBe(false)
  })

  it.each([
    [404, /not found \(404\)/, false],
    [409, /is empty \(409\)/, false],
    [403, /forbidden \(403\)/, false],
    [502, /GitHub's side \(502\); will retry/, true],
  ])('turns a %i on the tree call into a SourceError', async (status, message, retryable) => {
    nock(API).get(`/repos/ana/shop-api/git/trees/${COMMIT}`).query(true).reply(status, { message: 'x' })
    const error = (await source().snapshot().catch((e: unknown) => e)) as SourceError
    expect(error).toBeInstanceOf(SourceError)
    expect(error.message).toMatch(message)
    expect(error.retryable).toBe(retryable)
  })

  it('treats a network failure and a secondary rate limit as retryable', async () => {
    nock(API).get(`/repos/ana/shop-api/git/trees/${COMMIT}`).query(true).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
    expect(((await source().snapshot().catch((e: unknown) => e)) as SourceError).retryable).toBe(true)
    nock(API)
      .get(`/repos/ana/shop-api/git/trees/${COMMIT}`)
      .query(true)
      .reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '30' })
    const limited = (await source().snapshot().catch((e: unknown) => e)) as SourceError
    expect(limited.retryable).toBe(true)
    expect((limited.cause as { response: { headers: Record<string, string> } }).response.headers['retry-after']).toBe('30')
  })

  it('tells an empty repository and one without a default branch apart when resolving the head', async () => {
    mockGitHub().hasHead(COMMIT, { isEmpty: true })
    await expect(source(null).snapshot()).rejects.toThrow(/is empty: push a first commit/)
    mockGitHub().hasHead(COMMIT, { branch: null })
    await expect(source(null).snapshot()).rejects.toThrow(/has no default branch/)
  })

  it('gives undefined for binary blobs and re-reads a text GraphQL cut short over REST', async () => {
    const files = { 'README.md': '# long', 'bin/tool': 'ELF' }
    nock(API).get(`/repos/ana/shop-api/git/trees/${COMMIT}`).query(true).reply(200, { sha: COMMIT, truncated: false, tree: treeOf(files) })
    nock(API)
      .post('/graphql')
      .reply(200, { data: { repository: { b0: { text: '# lo', isBinary: false, isTruncated: true } } } })
    nock(API)
      .get(`/repos/ana/shop-api/git/blobs/${blobSha('# long')}`)
      .reply(200, { content: Buffer.from('# long').toString('base64'), encoding: 'base64' })
    nock(API)
      .post('/graphql')
      .reply(200, { data: { repository: { b0: { text: null, isBinary: true, isTruncated: false } } } })
    const snap = await source().snapshot()
    expect(await snap.read('README.md')).toBe('# long')
    expect(await snap.read('bin/tool')).toBeUndefined()
    expect(nock.pendingMocks()).toEqual([])
  })

  it('records a failed blob query instead of crashing the analyzers, so the job can retry the scan', async () => {
    const src = source()
    nock(API).get(`/repos/ana/shop-api/git/trees/${COMMIT}`).query(true).reply(200, { sha: COMMIT, truncated: false, tree: treeOf(smallRepo) })
    nock(API).post('/graphql').reply(502, 'bad gateway')
    const snap = await src.snapshot()
    expect(await snap.read('README.md')).toBeUndefined()
    expect(src.failure?.retryable).toBe(true)
    expect(src.failure?.message).toMatch(/reading files for ana\/shop-api failed on GitHub's side \(502\)/)
    expect(snap.notes).toEqual([{ level: 'warning', message: expect.stringMatching(/some files could not be read, so some checks may be wrong$/) }])
  })
})

describe('GitHubSource under the real scan', () => {
  it.each(['app-express-tasks', 'app-fastapi-inventory', 'app-django-blog'])(
    'judges %s exactly like a local checkout, in at most three requests',
    async (fixture) => {
      const folder = join('test/fixtures/repos', fixture)
      const files = filesOf(folder)
      const gh = mockGitHub().hasHead(COMMIT).hasRepo('ana', fixture, COMMIT, files, { graphql: 2 })
      const src = new GitHubSource(client(), { owner: 'ana', repo: fixture, commit: null })
      const remote = await scan(src)
      const local = await scan(new LocalSource(folder))
      expect(src.failure).toBeUndefined()
      expect(src.requests).toBeLessThanOrEqual(3)
      expect(gh.calls.length).toBe(src.requests)
      const verdicts = (r: Report) => r.checks.map((c) => ({ id: c.id, status: c.status, evidence: c.evidence }))
      expect(verdicts(remote)).toEqual(verdicts(local))
      expect(remote.score).toBe(local.score)
    },
    30_000,
  )
})
