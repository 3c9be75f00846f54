// Test helper: a fluent nock builder for the GitHub API (tree + GraphQL blobs, app, tokens, issues, labels, check runs).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import nock from 'nock'

export const API = 'https://api.github.com'

/** The git blob id of a text, as GitHub computes it. */
export function blobSha(text: string): string {
  const data = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex')
}

/** Every file under a folder as path -> text (for serving a fixture repo through the mock API). */
export function filesOf(folder: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(join(folder, dir))) {
      const rel = dir ? `${dir}/${name}` : name
      if (statSync(join(folder, rel)).isDirectory()) walk(rel)
      else out[rel] = readFileSync(join(folder, rel), 'utf8')
    }
  }
  walk('')
  return out
}

export type Tree = { path: string; mode: string; type: string; sha: string; size: number }[]

/** A recursive tree response for a file map. */
export function treeOf(files: Record<string, string>): Tree {
  return Object.entries(files).map(([path, text]) => ({ path, mode: '100644', type: 'blob', sha: blobSha(text), size: Buffer.byteLength(text) }))
}

/** The root tree id the mock gives the listing of `treeish` (a stand-in, but stable). */
export function treeShaOf(treeish: string): string {
  return createHash('sha1').update(`tree ${treeish}`).digest('hex')
}

/**
 * Answer a blob GraphQL query from a file map (by oid), as GitHub would; a `head:` field (the branch head
 * asked for with the prefetch) is answered with `head`.
 */
export function answerBlobQuery(query: string, files: Record<string, string>, head?: { oid: string; treeOid: string } | null): unknown {
  const byOid = new Map(Object.values(files).map((text) => [blobSha(text), text]))
  const repository: Record<string, unknown> = {}
  if (query.includes('head: ref(qualifiedName:')) repository.head = head ? { target: { oid: head.oid, tree: { oid: head.treeOid } } } : null
  for (const match of query.matchAll(/(b\d+): object\(oid: "([0-9a-f]+)"\)/g)) {
    const text = byOid.get(match[2]!)
    repository[match[1]!] = text === undefined ? null : { text, isBinary: false, isTruncated: false }
  }
  return { data: { repository } }
}

/** Fluent nock builder; every expectation must be met (`done()`), and nothing else may be called. */
export class GitHubMock {
  readonly scope: nock.Scope
  /** Requests seen, as 'METHOD /path' (query string dropped). */
  readonly calls: string[] = []

  constructor(base = API) {
    this.scope = nock(base)
    this.scope.on('request', (req: { method: string; path: string }) => this.calls.push(`${req.method} ${req.path.split('?')[0]}`))
  }

  /** POST /app/installations/:id/access_tokens. */
  canGetToken(installationId = 1): this {
    this.scope
      .post(`/app/installations/${installationId}/access_tokens`)
      .reply(201, { token: 'ghs_test', expires_at: '2099-01-01T00:00:00Z', permissions: { issues: 'write', contents: 'read', checks: 'write', metadata: 'read' } })
    return this
  }

  /** GET /app: the app's slug (its bot login is `<slug>[bot]`). */
  hasApp(slug = 'portfolio-check'): this {
    this.scope.get('/app').reply(200, { id: 1, slug, name: 'Portfolio Check' })
    return this
  }

  /** The tree of `commit` and the GraphQL blob reads a scan makes (`graphql` queries, default 1). */
  hasRepo(owner: string, repo: string, commit: string, files: Record<string, string>, options: { graphql?: number; truncated?: boolean } = {}): this {
    return this.hasTree(owner, repo, commit, files, options)
  }

  /**
   * A branch whose head is `commit`: the tree listed by branch name, then the prefetch query that also
   * reports the head (moved: the head's tree differs from the listed one).
   */
  hasBranch(owner: string, repo: string, branch: string, commit: string, files: Record<string, string>, options: { graphql?: number; moved?: boolean } = {}): this {
    const head = { oid: commit, treeOid: options.moved ? treeShaOf(commit) : treeShaOf(branch) }
    return this.hasTree(owner, repo, branch, files, { graphql: options.graphql, head })
  }

  private hasTree(owner: string, repo: string, treeish: string, files: Record<string, string>, options: { graphql?: number; truncated?: boolean; head?: { oid: string; treeOid: string } }): this {
    this.scope
      .get(`/repos/${owner}/${repo}/git/trees/${treeish}`)
      .query({ recursive: '1' })
      .reply(200, { sha: treeShaOf(treeish), truncated: options.truncated ?? false, tree: treeOf(files) })
    if (options.truncated || options.graphql === 0) return this
    this.scope
      .post('/graphql', (body: { query: string }) => body.query.includes('object(oid:') || body.query.includes('head: ref('))
      .times(options.graphql ?? 1)
      .reply(200, (_uri, body) => answerBlobQuery((body as { query: string }).query, files, options.head))
    return this
  }

  /** The default-branch head lookup (GraphQL) a scan without a commit makes first. */
  hasHead(commit: string, options: { isEmpty?: boolean; branch?: string | null } = {}): this {
    const ref = options.branch === null ? null : { name: options.branch ?? 'main', target: { oid: commit } }
    this.scope
      .post('/graphql', (body: { query: string }) => body.query.includes('defaultBranchRef'))
      .reply(200, { data: { repository: { isEmpty: options.isEmpty ?? false, defaultBranchRef: options.isEmpty ? null : ref } } })
    return this
  }

  /** Bodies of the writes made, in order, as 'METHOD /path' -> parsed JSON. */
  readonly writes: { call: string; body: Record<string, any> }[] = []

  private record(method: string, path: string) {
    return (_uri: string, body: unknown) => {
      this.writes.push({ call: `${method} ${path}`, body: (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, any> })
    }
  }

  /** The app's issues list (filtered by creator, any state) answers with these issues. */
  listsIssues(owner: string, repo: string, issues: object[], creator = 'portfolio-check[bot]'): this {
    this.scope
      .get(`/repos/${owner}/${repo}/issues`)
      .query({ creator, state: 'all', sort: 'created', direction: 'asc', per_page: '100', page: '1' })
      .reply(200, issues)
    return this
  }

  /** GET one issue (the uncached re-read before writing). */
  getsIssue(owner: string, repo: string, issue: { number: number } & Record<string, unknown>): this {
    this.scope.get(`/repos/${owner}/${repo}/issues/${issue.number}`).reply(200, issue)
    return this
  }

  /** The label is missing and gets created. */
  lacksLabel(owner: string, repo: string): this {
    this.scope.get(`/repos/${owner}/${repo}/labels/portfolio-check`).reply(404, { message: 'Not Found' })
    const path = `/repos/${owner}/${repo}/labels`
    this.scope.post(path).reply(201, (uri, body) => (this.record('POST', path)(uri, body), { name: 'portfolio-check' }))
    return this
  }

  hasLabel(owner: string, repo: string): this {
    this.scope.get(`/repos/${owner}/${repo}/labels/portfolio-check`).reply(200, { name: 'portfolio-check' })
    return this
  }

  /** POST a new issue; answers with `number`. */
  expectsIssueCreate(owner: string, repo: string, number = 7): this {
    const path = `/repos/${owner}/${repo}/issues`
    this.scope.post(path).reply(201, (uri, body) => (this.record('POST', path)(uri, body), { number, state: 'open' }))
    return this
  }

  /** PATCH the issue. */
  expectsIssueUpdate(owner: string, repo: string, number: number): this {
    const path = `/repos/${owner}/${repo}/issues/${number}`
    this.scope.patch(path).reply(200, (uri, body) => (this.record('PATCH', path)(uri, body), { number }))
    return this
  }

  /** POST a check run; answers with `id`. */
  expectsCheckRun(owner: string, repo: string, id = 99): this {
    const path = `/repos/${owner}/${repo}/check-runs`
    this.scope.post(path).reply(201, (uri, body) => (this.record('POST', path)(uri, body), { id }))
    return this
  }

  /** Bodies written to a call, e.g. written('PATCH /repos/o/r/issues/7'). */
  written(call: string): Record<string, any>[] {
    return this.writes.filter((w) => w.call === call).map((w) => w.body)
  }

  /** True when every expected request was made. */
  done(): boolean {
    return this.scope.isDone()
  }

  pending(): string[] {
    return this.scope.pendingMocks()
  }
}

/** Start a mock of api.github.com. */
export function mockGitHub(base = API): GitHubMock {
  return new GitHubMock(base)
}
