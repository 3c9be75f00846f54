/** @module Applies the repo config's `ignore` globs to a snapshot: ignored paths drop out before any analyzer sees them. Pure. */
import picomatch from 'picomatch'
import type { Note, Snapshot } from '../types.js'

/**
 * A view of `snapshot` without the files matching `globs` (picomatch, dot files included). A glob
 * without wildcards also ignores everything under it (`legacy` = `legacy/**`).
 */
export function ignorePaths(snapshot: Snapshot, globs: readonly string[], notes: Note[] = []): Snapshot {
  if (!globs.length) return snapshot
  const patterns = globs.flatMap((g) => {
    const glob = g.replace(/^\.\//, '').replace(/\/+$/, '')
    return [glob, `${glob}/**`]
  })
  let isIgnored: (path: string) => boolean
  try {
    isIgnored = picomatch(patterns, { dot: true })
  } catch (error) {
    notes.push({ level: 'warning', message: `ignore globs could not be used (${(error as Error).message}); nothing was ignored` })
    return snapshot
  }
  const files = snapshot.files.filter((f) => !isIgnored(f.path))
  const kept = new Set(files.map((f) => f.path))
  // built field by field: a Snapshot may be a class instance whose methods a spread would lose
  return {
    repo: snapshot.repo,
    notes: snapshot.notes,
    vendored: snapshot.vendored,
    listing: snapshot.listing,
    files,
    read: (path: string) => (kept.has(path) ? snapshot.read(path) : Promise.resolve(undefined)),
  }
}
