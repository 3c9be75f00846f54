/** @module Test helper for README tests: run the readme analyzer over files held in memory (generated or hostile READMEs need no fixture folder). */
import { readme } from '../../src/facts/readme.js'
import type { Fact, FileEntry, Snapshot } from '../../src/types.js'
import { contextOf } from '../helpers/context.js'

/** A snapshot held in memory; a `null` file is listed as too large to read. */
export function memorySnapshot(files: Record<string, string | null>): Snapshot {
  const entries: FileEntry[] = Object.entries(files).map(([path, text]) =>
    text === null ? { path, size: 2_000_000, tooLarge: true } : { path, size: Buffer.byteLength(text) },
  )
  return {
    repo: { name: 'memory', commit: 'test' },
    files: entries,
    notes: [],
    vendored: [],
    listing: 'walk',
    read: async (path) => files[path] ?? undefined,
  }
}

/** The readme analyzer's facts by id and the note messages, for some files. */
export async function analyseReadme(files: Record<string, string | null>): Promise<{ facts: Record<string, Fact>; notes: string[] }> {
  const ctx = contextOf(memorySnapshot(files))
  const list = await readme.run(ctx)
  return { facts: Object.fromEntries(list.map((f) => [f.id, f])), notes: ctx.notes.map((n) => n.message) }
}

/** The lines of one fact's evidence for a single README.md. */
export async function linesOf(markdown: string, id: string): Promise<number[]> {
  const { facts } = await analyseReadme({ 'README.md': markdown })
  return (facts[id]?.evidence ?? []).map((e) => e.line ?? 0)
}
