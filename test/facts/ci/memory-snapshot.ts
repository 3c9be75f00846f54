/** @module Test helper: a Snapshot held in memory, for resolver cases too small to deserve a fixture folder. */
import type { Snapshot } from '../../../src/types.js'

/** A snapshot whose files are the given path -> text entries. */
export function memorySnapshot(files: Record<string, string>): Snapshot {
  return {
    repo: { name: 'memory', commit: 'test' },
    files: Object.entries(files).map(([path, text]) => ({ path, size: text.length })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    read: async (path) => files[path],
    notes: [],
    vendored: [],
    listing: 'walk',
  }
}
