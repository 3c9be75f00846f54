/** @module One recursive git tree call, turned into the snapshot's file list (vendored folders out, large files flagged). */
import { SourceError } from '../errors.js'
import type { FileEntry } from '../types.js'
import type { BlobRef } from './github-blobs.js'
import { toSourceError } from './github-errors.js'
import type { GitHubClient } from './github.js'
import { isVendored, VENDORED_DIRS } from './vendored.js'

type TreeEntry = { path: string; mode: string; type: string; sha: string; size?: number }

/** A listed tree: the files analyzers see, their blob ids, and the vendored folders left out. */
export type Listing = { treeSha: string; files: FileEntry[]; shas: Map<string, BlobRef>; vendored: string[] }

/**
 * List `treeish` (a commit sha or a branch name) recursively. A truncated tree would judge a partial
 * repository, so it ends the scan with a SourceError instead.
 */
export async function listTree(client: GitHubClient, owner: string, repo: string, treeish: string, maxBytes: number): Promise<Listing> {
  const slug = `${owner}/${repo}`
  let data: { sha?: string; truncated?: boolean; tree?: TreeEntry[] }
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: treeish, recursive: '1' })
    data = response.data as typeof data
  } catch (error) {
    throw toSourceError(error, slug, 'listing files')
  }
  if (data.truncated) {
    throw new SourceError(`${slug} has more files than GitHub lists in one tree (100,000 entries or 7 MB); scan a local checkout instead: portfolio-check scan <folder>`)
  }
  const files: FileEntry[] = []
  const shas = new Map<string, BlobRef>()
  const vendored = new Set<string>()
  for (const entry of data.tree ?? []) {
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
  return { treeSha: data.sha ?? treeish, files, shas, vendored: [...vendored].sort() }
}

/** The top-most vendored folder of a path ('api/node_modules' for 'api/node_modules/x/index.js'). */
function vendoredTop(path: string): string {
  const parts = path.split('/')
  const i = parts.findIndex((p, idx) => idx < parts.length - 1 && VENDORED_DIRS.has(p))
  return parts.slice(0, i + 1).join('/')
}
