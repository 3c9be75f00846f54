/** @module The snapshot's read() for GitHubSource: prefetch in one or two queries, then misses batched per tick and topped up with the next likely files. */
import type { Snapshot } from '../types.js'
import { BATCH_BYTES, BATCH_FILES, type BlobReader } from './github-blobs.js'
import { selectPrefetch } from './github-prefetch.js'
import type { Listing } from './github-tree.js'

/**
 * Build read(). `prefetched` holds texts already fetched with the listing (then the first read costs
 * nothing). A failed query calls `onFailure` and reads give undefined, so analyzers never crash on the
 * network and the job runner can retry the whole scan.
 */
export function createReader(blobs: BlobReader, listing: Listing, onFailure: (error: unknown) => void, prefetched?: Map<string, string | undefined>): Snapshot['read'] {
  const { files, shas } = listing
  const known = new Map(files.map((f) => [f.path, f]))
  const cache = new Map<string, Promise<string | undefined>>()
  for (const [path, text] of prefetched ?? []) cache.set(path, Promise.resolve(text))
  let pending: Map<string, (text: Promise<string | undefined>) => void> | undefined
  let upNext: string[] | undefined
  const fetch = (paths: string[]) => {
    const result = blobs.read(paths.map((p) => shas.get(p)!)).catch((error: unknown) => {
      onFailure(error)
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
    // a loop of sequential reads would otherwise cost a query per file: fill the batch with the next likely files
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
  let prefetch: Promise<unknown> | undefined = prefetched ? Promise.resolve() : undefined
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

