/** @module GitHubSource: a commit read through the GitHub API with one recursive tree call and batched GraphQL blob reads. The client is injected; this module never imports @octokit. */
import { SourceError } from '../errors.js'
import type { FileEntry, Note, RepoSource, Snapshot } from '../types.js'
import { BATCH_BYTES, BATCH_FILES, BlobReader, type BlobRef } from './github-blobs.js'
import { toSourceError } from './github-errors.js'
import { selectPrefetch } from './github-prefetch.js'
import { MAX_READ_BYTES } from './local.js'
import { isVendored, VENDORED_DIRS } from './vendored.js'

/** What GitHubSource needs from Octokit: `octokit.request` has this shape. */
export interface GitHubClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>
}

export type GitHubSourceOptions = {
  owner: string
  repo: string
  /** Commit to read; when absent the default branch head is resolved (one extra GraphQL request). */
  commit?: string | null
  /** Web address of the repository (for evidence links); defaults to https://github.com/owner/repo. */
  url?: string
  maxReadBytes?: number
}

type TreeEntry = { path: string; mode: string; type: string; sha: string; size?: number }

/** A GitHub repository at one commit as a RepoSource. `requests` counts the API calls made so far. */
export class GitHubSource implements RepoSource {
  private readonly blobs: BlobReader
  private readonly notes: Note[] = []
  private treeRequests = 0
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

  /** API requests made by this source (tree, head lookup and blob batches). */
  get requests(): number {
    return this.treeRequests + this.blobs.requests
  }

  describe(): string {
    return this.slug
  }

  async snapshot(): Promise<Snapshot> {
    const commit = this.options.commit ?? (await this.resolveHead())
    const tree = await this.listTree(commit)
    const maxBytes = this.options.maxReadBytes ?? MAX_READ_BYTES
    const files: FileEntry[] = []
    const shas = new Map<string, BlobRef>()
    const vendored = new Set<string>()
    for (const entry of tree) {
      // submodules ('commit') and symlinks (mode 120000, their blob is a path) are not the project's files
      if (entry.type !== 'blob' || entry.mode === '120000') continue
      if (isVendored(entry.path)) {
        vendored.add(vendoredTop(entry.path))
        continue
      }
      const size = entry.size ?? 0
      files.push(size > maxBytes ? { path: entry.path, size, tooLarge: true } : { path: entry.path, size })
      shas.set(entry.path, { path: entry.path, sha: entry.sha, size })
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    return {
      repo: { name: this.slug, commit, url: this.options.url ?? `https://github.com/${this.slug}` },
      files,
      notes: this.notes,
      vendored: [...vendored].sort(),
      listing: 'github',
      read: this.reader(files, shas),
    }
  }

  /** The default branch head, via one GraphQL query that also tells empty repos and missing branches apart. */
  private async resolveHead(): Promise<string> {
    const query = 'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { isEmpty defaultBranchRef { name target { oid } } } }'
    let body: { data?: { repository?: { isEmpty: boolean; defaultBranchRef: { target: { oid: string } | null } | null } | null }; errors?: { type?: string; message?: string }[] }
    try {
      this.treeRequests++
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

  /** One recursive tree call. A truncated tree would judge a partial repository, so it ends the scan instead. */
  private async listTree(commit: string): Promise<TreeEntry[]> {
    let data: { truncated?: boolean; tree?: TreeEntry[] }
    try {
      this.treeRequests++
      const response = await this.client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        owner: this.options.owner,
        repo: this.options.repo,
        tree_sha: commit,
        recursive: '1',
      })
      data = response.data as typeof data
    } catch (error) {
      throw toSourceError(error, this.slug, 'listing files')
    }
    if (data.truncated) {
      throw new SourceError(
        `${this.slug} has more files than GitHub lists in one tree (100,000 entries or 7 MB); scan a local checkout instead: portfolio-check scan <folder>`,
      )
    }
    return data.tree ?? []
  }

  /**
   * read(): the first call prefetches likely files in one or two queries; a miss is batched with the
   * other misses of the same tick and topped up with the next likely files, so even a loop of
   * sequential reads costs one query per hundred files. A failed query records `failure` and reads
   * give undefined, so analyzers never crash on the network and the job runner can retry the scan.
   */
  private reader(files: FileEntry[], shas: Map<string, BlobRef>): Snapshot['read'] {
    const known = new Map(files.map((f) => [f.path, f]))
    const cache = new Map<string, Promise<string | undefined>>()
    let pending: Map<string, (text: Promise<string | undefined>) => void> | undefined
    let upNext: string[] | undefined
    const fetch = (paths: string[]) => {
      const result = this.blobs.read(paths.map((p) => shas.get(p)!)).catch((error: unknown) => {
        this.failure ??= toSourceError(error, this.slug, 'reading files')
        return new Map<string, string | undefined>()
      })
      for (const path of paths) if (!cache.has(path)) cache.set(path, result.then((texts) => texts.get(path)))
      return result
    }
    const flush = () => {
      const batch = pending!
      pending = undefined
      const paths = [...batch.keys()]
      let bytes = paths.reduce((sum, p) => sum + (known.get(p)?.size ?? 0), 0)
      upNext ??= selectPrefetch(files, Infinity, Infinity)
      for (const path of upNext) {
        if (paths.length >= BATCH_FILES) break
        const size = known.get(path)!.size
        if (cache.has(path) || batch.has(path) || bytes + size > BATCH_BYTES) continue
        paths.push(path)
        bytes += size
      }
      const result = fetch(paths)
      for (const [path, resolve] of batch) resolve(result.then((texts) => texts.get(path)))
    }
    const lazy = (path: string) =>
      new Promise<string | undefined>((resolve) => {
        if (!pending) {
          pending = new Map()
          setImmediate(flush)
        }
        pending.set(path, resolve)
      })
    let prefetch: Promise<unknown> | undefined
    return async (path: string) => {
      const entry = known.get(path)
      if (!entry || entry.tooLarge) return undefined
      prefetch ??= fetch(selectPrefetch(files))
      let text = cache.get(path)
      if (!text) {
        // wait for the prefetch so misses made meanwhile join one batch after it, not a query each
        text = prefetch.then(() => lazy(path))
        cache.set(path, text)
      }
      return text
    }
  }
}

/** The top-most vendored folder of a path ('api/node_modules' for 'api/node_modules/x/index.js'). */
function vendoredTop(path: string): string {
  const parts = path.split('/')
  const i = parts.findIndex((p, idx) => idx < parts.length - 1 && VENDORED_DIRS.has(p))
  return parts.slice(0, i + 1).join('/')
}
