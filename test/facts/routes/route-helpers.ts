/** @module Test helper for the route extractor: routes of a fixture repo or of in-memory files, as readable lines. */
import type { Note, Route, Snapshot } from '../../../src/types.js'
import { contextFor, contextOf } from '../../helpers/context.js'

/** `METHOD /path file:line` for each route, the way the `routes` command prints them. */
export function lines(routes: readonly Route[]): string[] {
  return routes.map((r) => `${r.method} ${r.path} ${r.file}:${r.line}`)
}

/** Routes (and notes) of a fixture under test/fixtures/repos. */
export async function fixtureRoutes(fixture: string): Promise<{ routes: Route[]; notes: Note[] }> {
  const ctx = await contextFor(fixture)
  const routes = await ctx.routes()
  return { routes, notes: ctx.notes }
}

/** A snapshot of in-memory files, for small cases that need no fixture folder. */
export function memorySnapshot(files: Record<string, string>): Snapshot {
  return {
    repo: { name: 'memory', commit: 'none' },
    files: Object.entries(files).map(([path, text]) => ({ path, size: Buffer.byteLength(text) })),
    read: async (path) => files[path],
    notes: [],
    vendored: [],
    listing: 'walk',
  }
}

/** Routes of in-memory files, through the real project detection and code index. */
export async function memoryRoutes(files: Record<string, string>): Promise<{ routes: Route[]; notes: Note[] }> {
  const ctx = contextOf(memorySnapshot(files))
  const routes = await ctx.routes()
  return { routes, notes: ctx.notes }
}
