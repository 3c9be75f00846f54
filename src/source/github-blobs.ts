/** @module Batched blob reads over GitHub GraphQL: up to 100 files per query, never one request per file. */
import { SourceError } from '../errors.js'
import type { Note } from '../types.js'
import { toSourceError } from './github-errors.js'
import type { GitHubClient } from './github.js'

/** Files per GraphQL query, and the bytes (from the tree's sizes) one query may ask for. */
export const BATCH_FILES = 100
export const BATCH_BYTES = 4 * 1024 * 1024
/** GraphQL cuts long blob texts; at most this many are re-read over REST per scan. */
const MAX_REST_FALLBACKS = 10

export type BlobRef = { path: string; sha: string; size: number }
/** A branch head as GraphQL reports it: the commit and its root tree. */
export type Head = { oid: string; treeOid: string }
type BlobNode = { text?: string | null; isBinary?: boolean | null; isTruncated?: boolean | null } | null

const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/** Reads blob texts of one repository in batches; counts its requests for the per-scan budget. */
export class BlobReader {
  requests = 0
  private fallbacks = 0
  constructor(
    private readonly client: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly notes: Note[],
  ) {}

  /** Fetch the given blobs; binary, unreadable or missing ones map to undefined. */
  async read(refs: readonly BlobRef[]): Promise<Map<string, string | undefined>> {
    return (await this.readWithHead(refs)).texts
  }

  /**
   * Fetch blobs and, in the same first query, the head of `qualifiedRef` (e.g. refs/heads/main): a scan of
   * "the branch as it is now" learns its commit without a request of its own. `head` is null when the ref is gone.
   */
  async readWithHead(refs: readonly BlobRef[], qualifiedRef?: string): Promise<{ texts: Map<string, string | undefined>; head?: Head | null }> {
    const out = new Map<string, string | undefined>()
    const chunks = chunk(refs.filter((r) => OID.test(r.sha)))
    if (!chunks.length && qualifiedRef) chunks.push([])
    const results = await Promise.all(chunks.map((c, i) => this.query(c, i === 0 ? qualifiedRef : undefined)))
    for (const part of results) for (const [path, text] of part.texts) out.set(path, text)
    for (const r of refs) if (!out.has(r.path)) out.set(r.path, undefined)
    return { texts: out, head: qualifiedRef ? (results[0]?.head ?? null) : undefined }
  }

  private async query(refs: BlobRef[], qualifiedRef?: string): Promise<{ texts: Map<string, string | undefined>; head?: Head | null }> {
    const oids = [...new Set(refs.map((r) => r.sha))]
    const fields = oids.map((oid, i) => `b${i}: object(oid: "${oid}") { ... on Blob { text isBinary isTruncated } }`)
    if (qualifiedRef) fields.unshift('head: ref(qualifiedName: $ref) { target { oid ... on Commit { tree { oid } } } }')
    const query = `query($owner: String!, $name: String!${qualifiedRef ? ', $ref: String!' : ''}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`
    const variables = { owner: this.owner, name: this.repo, ...(qualifiedRef ? { ref: qualifiedRef } : {}) }
    const slug = `${this.owner}/${this.repo}`
    let body: { data?: { repository?: Record<string, BlobNode> | null } | null; errors?: { type?: string; message?: string }[] }
    try {
      this.requests++
      const response = await this.client.request('POST /graphql', { query, variables })
      body = (response.data ?? {}) as typeof body
    } catch (error) {
      throw toSourceError(error, slug, 'reading files')
    }
    const errors = body.errors ?? []
    if (errors.some((e) => e.type === 'RATE_LIMITED')) throw new SourceError(`reading files for ${slug} hit the GraphQL rate limit; will retry later`, true)
    const repository = body.data?.repository
    if (!repository) {
      if (errors.some((e) => e.type === 'NOT_FOUND')) throw new SourceError(`${slug} not found: the repository was deleted, renamed or the app uninstalled`)
      throw new SourceError(`reading files for ${slug} failed: ${errors[0]?.message ?? 'GitHub returned no data'}; will retry`, true)
    }
    if (errors.length) this.notes.push({ level: 'info', message: `GitHub could not return some files (${errors[0]?.message ?? 'error'}); they were not judged` })
    const texts = new Map<string, string | undefined>()
    await Promise.all(
      oids.map(async (oid, i) => {
        const node = repository[`b${i}`] as BlobNode | undefined
        if (!node || node.isBinary || typeof node.text !== 'string') texts.set(oid, undefined)
        else if (node.isTruncated) texts.set(oid, await this.restBlob(oid, slug))
        else texts.set(oid, node.text.includes('\0') ? undefined : node.text)
      }),
    )
    const headNode = (repository as { head?: { target?: { oid?: string; tree?: { oid?: string } } } | null }).head
    const head = headNode?.target?.oid && headNode.target.tree?.oid ? { oid: headNode.target.oid, treeOid: headNode.target.tree.oid } : null
    return { texts: new Map(refs.map((r) => [r.path, texts.get(r.sha)])), head }
  }

  /** GraphQL truncates long texts; re-read a few of them whole over REST (base64). */
  private async restBlob(sha: string, slug: string): Promise<string | undefined> {
    if (this.fallbacks >= MAX_REST_FALLBACKS) return undefined
    this.fallbacks++
    try {
      this.requests++
      const response = await this.client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner: this.owner, repo: this.repo, file_sha: sha })
      const data = response.data as { content?: string; encoding?: string }
      if (typeof data.content !== 'string') return undefined
      const text = data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content
      return text.includes('\0') ? undefined : text
    } catch (error) {
      const mapped = toSourceError(error, slug, 'reading a large file')
      if (mapped.retryable) throw mapped
      return undefined
    }
  }
}

/** Split refs into batches bounded by file count and summed size. */
function chunk(refs: readonly BlobRef[]): BlobRef[][] {
  const out: BlobRef[][] = []
  let current: BlobRef[] = []
  let bytes = 0
  for (const ref of refs) {
    if (current.length && (current.length >= BATCH_FILES || bytes + ref.size > BATCH_BYTES)) {
      out.push(current)
      current = []
      bytes = 0
    }
    current.push(ref)
    bytes += ref.size
  }
  if (current.length) out.push(current)
  return out
}
