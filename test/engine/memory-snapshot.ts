// An in-memory Snapshot for engine tests: file path -> text.
import type { Snapshot } from '../../src/types.js'

export function memorySnapshot(files: Record<string, string>, repo = { name: 'demo', commit: 'abc1234' }): Snapshot {
  return {
    repo,
    files: Object.entries(files).map(([path, text]) => ({ path, size: text.length })),
    read: async (path) => files[path],
    notes: [],
    vendored: [],
    listing: 'walk',
  }
}
