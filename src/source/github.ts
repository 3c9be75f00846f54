/** @module GitHubSource: a commit read through the GitHub API with one recursive tree call and batched GraphQL blob reads (a typical repository: 2-3 requests). The client is injected; this module never imports @octokit. */
import { SourceError } from '../errors.js'
import type { Note, RepoSource, Snapshot } from '../types.js'
import { BlobReader } from './github-blobs.js'
import { toSourceError } from './github-errors.js'
import { selectPrefetch } from './github-prefetch.js'
import { createReader } from './github-reader.js'
import { listTree, type Listing } from './github-tree.js'
import { MAX_READ_BYTES } from './local.js'

/** What GitHubSource needs from Octokit: `octokit.request` has this shape. */
export interface GitHubClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>
}

export type GitHubSourceOptions = {
  owner: string
  repo: string
  /** Commit to read. When absent, the head of `branch` (or of the default branch) as it is now. */
  commit?: string | null
  /** The default branch's name, when known: its head is then read in two requests instead of three. */
  branch?: string | null
  /** Web address of the repository (for evidence links); defaults to https://github.com/owner/repo. */
  url?: string
  maxReadBytes?: number
}

/** A GitHub repository at one commit as a RepoSource. */
export class GitHubSource implements RepoSource {
  private readonly blobs: BlobReader
  private readonly notes: Note[] = []
  private ownRequests = 0
  /** The first failed blob read; reads then give undefined, and the job runner should not trust the scan. */
  failure: SourceError | undefined

  constructor(
    private readonly client: GitHubClient,
    private readonly options: GitHubSourceOptions,
  ) {
    this.blobs = new BlobReader(client, options.owner, options.repo, this.notes)
  }

  get slug(): string {
    return `${this.options.owner}/${this.options.repo}`
  }

  /** API requests made by this source so far (head lookup, tree, blob batches). */
  get requests(): number {
    return this.ownRequests + this.blobs.requests
  }

  describe(): string {
    return this.slug
  }

  async snapshot(): Promise<Snapshot> {
    const { commit, branch } = this.options
    if (commit) return this.build(commit, await this.list(commit))
    if (branch) {
      // list the branch, then learn its commit inside the prefetch query
      const listing = await this.list(branch)
      const paths = selectPrefetch(listing.files)
      const { texts, head } = await this.blobs.readWithHead(paths.map((p) => listing.shas.get(p)!), `refs/heads/${branch}`).catch((error: unknown) => {
        throw toSourceError(error, this.slug, 'reading files')
      })
      if (!head) throw new SourceError(`${this.slug} has no branch "${branch}" any more: nothing to scan`)
      // the branch moved between the two requests: read the commit GraphQL saw, consistently
      if (head.treeOid !== listing.treeSha) return this.build(head.oid, await this.list(head.oid))
      return this.build(head.oid, listing, texts)
    }
    const head = await this.resolveHead()
    return this.build(head, await this.list(head))
  }

  private async list(treeish: string): Promise<Listing> {
    this.ownRequests++
    return listTree(this.client, this.options.owner, this.options.repo, treeish, this.options.maxReadBytes ?? MAX_READ_BYTES)
  }

  private build(commit: string, listing: Listing, prefetched?: Map<string, string | undefined>): Snapshot {
    return {
      repo: { name: this.slug, commit, url: this.options.url ?? `https://github.com/${this.slug}` },
      files: listing.files,
      notes: this.notes,
      vendored: listing.vendored,
      listing: 'github',
      read: createReader(this.blobs, listing, (error) => this.fail(error), prefetched),
    }
  }

  /** Remember the first read failure, and say it in the report (a CLI scan has no job runner to retry it). */
  private fail(error: unknown): void {
    if (this.failure) return
    this.failure = toSourceError(error, this.slug, 'reading files')
    this.notes.push({ level: 'warning', message: `${this.failure.message}: some files could not be read, so some checks may be wrong` })
  }

  /** The default branch head, via one GraphQL query that also tells empty repos and missing branches apart. */
  private async resolveHead(): Promise<string> {
    const query = 'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { isEmpty defaultBranchRef { name target { oid } } } }'
    let body: { data?: { repository?: { isEmpty: boolean; defaultBranchRef: { target: { oid: string } | null } | null } | null }; errors?: { type?: string; message?: string }[] }
    try {
      this.ownRequests++
      const response = await this.client.request('POST /graphql', { query, variables: { owner: this.options.owner, name: this.options.repo } })
      body = response.data as typeof body
    } catch (error) {
      throw toSourceError(error, this.slug, 'finding the default branch')
    }
    const repository = body?.data?.repository
    if (!repository) {
      if (body?.errors?.some((e) => e.type === 'RATE_LIMITED')) throw new SourceError(`finding the default branch of ${this.slug} hit the GraphQL rate limit; will retry later`, true)
      throw new SourceError(`${this.slug} not found: the repository was deleted, renamed or the app uninstalled; nothing to scan`)
    }
    if (repository.isEmpty) throw new SourceError(`${this.slug} is empty: push a first commit and it will be scanned`)
    const oid = repository.defaultBranchRef?.target?.oid
    if (!oid) throw new SourceError(`${this.slug} has no default branch: nothing to scan`)
    return oid
  }
}
