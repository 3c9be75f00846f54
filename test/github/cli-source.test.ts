import nock from 'nock'
import { afterEach, describe, expect, it } from 'vitest'
import { UsageError } from '../../src/errors.js'
import { githubSourceFromEnv, isRepoSlug } from '../../src/github/cli-source.js'
import { graphqlBaseUrl } from '../../src/github/octokit-client.js'
import { treeOf } from '../helpers/github-mock.js'

afterEach(() => nock.cleanAll())
const SHA = 'c'.repeat(40)

describe('githubSourceFromEnv', () => {
  it('reads owner/repo@sha with GITHUB_TOKEN against api.github.com', async () => {
    const files = { 'README.md': '# api' }
    const api = nock('https://api.github.com', { reqheaders: { authorization: 'token ghp_test' } })
      .get(`/repos/ana/shop-api/git/trees/${SHA}`)
      .query({ recursive: '1' })
      .reply(200, { sha: SHA, truncated: false, tree: treeOf(files) })
      .post('/graphql')
      .reply(200, { data: { repository: { b0: { text: '# api', isBinary: false, isTruncated: false } } } })
    const source = githubSourceFromEnv(`ana/shop-api@${SHA}`, { GITHUB_TOKEN: 'ghp_test' })
    const snapshot = await source.snapshot()
    expect(snapshot.repo).toEqual({ name: 'ana/shop-api', commit: SHA, url: 'https://github.com/ana/shop-api' })
    expect(await snapshot.read('README.md')).toBe('# api')
    expect(api.isDone()).toBe(true)
  })

  it('talks to GitHub Enterprise Server REST under /api/v3 and GraphQL under /api/graphql, with GH_TOKEN', async () => {
    const ghe = nock('https://ghe.example.com', { reqheaders: { authorization: 'token gho_x' } })
      .post('/api/graphql')
      .reply(200, { data: { repository: { isEmpty: false, defaultBranchRef: { name: 'main', target: { oid: SHA } } } } })
      .get(`/api/v3/repos/ana/shop-api/git/trees/${SHA}`)
      .query(true)
      .reply(200, { sha: SHA, truncated: false, tree: [] })
    const source = githubSourceFromEnv('ana/shop-api', { GH_TOKEN: 'gho_x', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })
    const snapshot = await source.snapshot()
    expect(snapshot.repo.url).toBe('https://ghe.example.com/ana/shop-api')
    expect(ghe.isDone()).toBe(true)
  })

  it('refuses what is not owner/repo, and a GITHUB_API_URL that is not a URL', () => {
    expect(() => githubSourceFromEnv('ana/shop api', {})).toThrow(UsageError)
    expect(() => githubSourceFromEnv('ana/shop-api', { GITHUB_API_URL: 'ghe.example.com' })).toThrow(/GITHUB_API_URL "ghe.example.com" is not a URL/)
    expect(isRepoSlug('ana/shop-api@abc1234')).toBe(true)
    expect(isRepoSlug('./ana/shop-api')).toBe(false)
  })

  it('maps the REST base to the GraphQL base', () => {
    expect(graphqlBaseUrl('https://api.github.com')).toBe('https://api.github.com')
    expect(graphqlBaseUrl('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com/api')
  })
})
