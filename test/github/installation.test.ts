import nock from 'nock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDeps } from '../../src/github/deps.js'
import { mockGitHub } from '../helpers/github-mock.js'
import { testProbot } from '../helpers/probot.js'
import { tempStore, type TempStore } from '../helpers/temp-store.js'
import { payload } from './fixtures.js'
import { appHarness, readingScan, type Harness } from './harness.js'
import { testReport } from './report.js'

let temp: TempStore
let deps: AppDeps
beforeEach(async () => {
  temp = await tempStore()
  deps = { store: temp.store, enqueue: (job) => temp.store.enqueueJob(job) }
})
afterEach(async () => {
  nock.cleanAll()
  await temp.cleanup()
})

describe('installation handlers', () => {
  it('records the account and each repo, and enqueues a head scan per repo on installation.created', async () => {
    const gh = mockGitHub()
    const probot = await testProbot(deps)
    const created = payload('installation.created')
    created.repositories.push({ id: 2, name: 'todo-api', full_name: 'Codertocat/todo-api', private: true })
    await probot.receive({ id: 'inst-1', name: 'installation', payload: created as never })
    expect(await temp.store.listJobs()).toMatchObject([
      { account: 'Codertocat', repo: 'Hello-World', commit: null, reason: 'install', deliveryId: 'inst-1:Codertocat/Hello-World', installationId: 957387 },
      { account: 'Codertocat', repo: 'todo-api', commit: null, reason: 'install', deliveryId: 'inst-1:Codertocat/todo-api', installationId: 957387 },
    ])
    expect(await temp.store.getRepo('Codertocat', 'todo-api')).toMatchObject({ private: true, installationId: 957387, active: true })
    expect(await temp.store.getAccount('Codertocat')).toMatchObject({ type: 'User' })
    expect(await temp.store.getInstallation(957387)).toMatchObject({ account: 'Codertocat', accountType: 'User', removedAt: null })
    expect(gh.calls).toEqual([])
  })

  it('acts only on repositories of the installation account named in the payload', async () => {
    const probot = await testProbot(deps)
    const created = payload('installation.created')
    created.repositories.push({ id: 3, name: 'secret', full_name: 'someone-else/secret', private: true })
    await probot.receive({ id: 'inst-2', name: 'installation', payload: created as never })
    expect((await temp.store.listJobs()).map((j) => `${j.account}/${j.repo}`)).toEqual(['Codertocat/Hello-World'])
    expect(await temp.store.getRepo('someone-else', 'secret')).toBeUndefined()
  })

  it('enqueues the added repositories on installation_repositories.added, once per delivery', async () => {
    const probot = await testProbot(deps)
    const added = payload('installation_repositories.added')
    await probot.receive({ id: 'add-1', name: 'installation_repositories', payload: added as never })
    await probot.receive({ id: 'add-1', name: 'installation_repositories', payload: added as never })
    expect(await temp.store.listJobs()).toMatchObject([{ account: 'Codertocat', repo: 'Space', reason: 'install', installationId: added.installation.id }])
  })

  it('marks removed repositories and uninstalled accounts inactive', async () => {
    const probot = await testProbot(deps)
    const removed = payload('installation_repositories.removed')
    const owner = removed.installation.account.login
    for (const r of removed.repositories_removed) await temp.store.upsertRepo({ account: owner, name: r.name, installationId: removed.installation.id })
    await temp.store.upsertRepo({ account: owner, name: 'kept', installationId: removed.installation.id })
    await probot.receive({ id: 'rm-1', name: 'installation_repositories', payload: removed as never })
    expect(await temp.store.getRepo(owner, removed.repositories_removed[0].name)).toMatchObject({ active: false, installationId: null })
    expect(await temp.store.getRepo(owner, 'kept')).toMatchObject({ active: true })

    const deleted = payload('installation.deleted')
    const login = deleted.installation.account.login
    await temp.store.upsertRepo({ account: login, name: 'portfolio', installationId: deleted.installation.id })
    await temp.store.upsertInstallation({ id: deleted.installation.id, account: login })
    await probot.receive({ id: 'del-1', name: 'installation', payload: deleted as never })
    expect(await temp.store.getRepo(login, 'portfolio')).toMatchObject({ active: false, installationId: null })
    expect((await temp.store.getInstallation(deleted.installation.id))?.removedAt).not.toBeNull()
  })
})

describe('installation, end to end', () => {
  let h: Harness | undefined
  afterEach(async () => {
    await h?.close()
    h = undefined
  })

  it('scans each installed repo in three reads (default branch, tree, one blob query) and opens its checklist issue, no check run', async () => {
    h = await appHarness({ scan: readingScan((commit) => testReport(commit, { failing: ['docker.file'] })) })
    const HEAD = 'e'.repeat(40)
    const gh = mockGitHub()
      .canGetToken(957387)
      .hasHead(HEAD)
      .hasRepo('Codertocat', 'Hello-World', HEAD, { 'README.md': '# Hello\n', 'package.json': '{"name":"hello"}', 'src/index.js': 'console.log(1)\n' })
      .hasApp()
      .listsIssues('Codertocat', 'Hello-World', [])
      .lacksLabel('Codertocat', 'Hello-World')
      .expectsIssueCreate('Codertocat', 'Hello-World', 1)
    await h.probot.receive({ id: 'inst-e2e', name: 'installation', payload: payload('installation.created') as never })
    await h.settle()
    expect(gh.pending()).toEqual([])
    expect(gh.calls).toEqual([
      'POST /app/installations/957387/access_tokens',
      'POST /graphql',
      `GET /repos/Codertocat/Hello-World/git/trees/${HEAD}`,
      'POST /graphql',
      'GET /app',
      'GET /repos/Codertocat/Hello-World/issues',
      'GET /repos/Codertocat/Hello-World/labels/portfolio-check',
      'POST /repos/Codertocat/Hello-World/labels',
      'POST /repos/Codertocat/Hello-World/issues',
    ])
    expect(gh.written('POST /repos/Codertocat/Hello-World/issues')[0]!.body).toContain(HEAD)
    const repo = await h.store.getRepo('Codertocat', 'Hello-World')
    expect(await h.store.latestScan(repo!.id)).toMatchObject({ commit: HEAD, source: 'app' })
  })
})
