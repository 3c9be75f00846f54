/** @module The `readme` analyzer: is there a README, and does it explain setup (with commands), configuration, architecture and the API. Pure apart from snapshot reads. */
import type { Evidence, Fact } from '../types.js'
import type { Analyzer, AnalyzerContext } from './context.js'
import { apiDocsEvidence } from './readme/api-docs-links.js'
import { architectureEvidence } from './readme/architecture.js'
import { configEvidence } from './readme/config-docs.js'
import { allBlocks, sectionsOf, type Block, type Line, type ReadmeDoc, type Section } from './readme/doc.js'
import { listedEndpoints, type ListedEndpoint } from './readme/endpoints.js'
import { readmeIn } from './readme/find-readme.js'
import { loadReadme } from './readme/load-readme.js'
import { endpointsMatchingRoutes } from './readme/routes-match.js'
import { setupSections } from './readme/setup.js'

/** Evidence kept per fact (the first places are the useful ones). */
const MAX_EVIDENCE = 5

type Read = { doc: ReadmeDoc; sections: Section[]; blocks: Block[] }

export const readme: Analyzer = {
  name: 'readme',
  facts: [
    'readme.isPresent',
    'readme.hasSetupSection',
    'readme.setupHasCommand',
    'readme.documentsConfig',
    'readme.explainsArchitecture',
    'readme.listsEndpoints',
    'readme.linksApiDocs',
    'readme.endpointsMatchRoutes',
  ],
  async run(ctx) {
    const root = readmeIn(ctx.snapshot.files, '')
    const reads: Read[] = []
    for (const path of await readmePaths(ctx, root)) {
      const doc = await loadReadme(ctx.snapshot, path, ctx.note)
      if (doc) reads.push({ doc, sections: sectionsOf(doc), blocks: allBlocks(doc) })
    }
    // an empty README file tells a reviewer nothing; unreadable ones (too large, binary) still count as present
    const emptyRoot = reads.some((r) => r.doc.path === root && r.blocks.length === 0)
    if (emptyRoot) ctx.note({ level: 'info', message: `${root} is empty, so it does not count as a README`, path: root })
    const files = new Set(ctx.snapshot.files.map((f) => f.path))
    const setup = reads.flatMap((r) => setupSections(r.sections).map((s) => ({ path: r.doc.path, ...s })))
    const endpoints = reads.flatMap((r) => listedEndpoints(r.blocks, r.sections).map((e) => ({ ...e, readme: r.doc.path })))
    const fact = (id: string, evidence: Evidence[]): Fact => ({ id, found: evidence.length > 0, evidence: unique(evidence).slice(0, MAX_EVIDENCE) })
    const each = (find: (r: Read) => Line[]): Evidence[] => reads.flatMap((r) => find(r).map((l) => ({ path: r.doc.path, line: l.line })))
    return [
      fact('readme.isPresent', root && !emptyRoot ? [{ path: root }] : []),
      fact('readme.hasSetupSection', setup.map((s) => ({ path: s.path, line: s.by === 'heading' || s.section.depth > 0 ? s.section.line : s.commands[0]!.line }))),
      fact('readme.setupHasCommand', setup.flatMap((s) => s.commands.slice(0, 1).map((c) => ({ path: s.path, line: c.line })))),
      fact('readme.documentsConfig', each((r) => configEvidence(r.blocks, r.sections))),
      fact('readme.explainsArchitecture', each((r) => architectureEvidence(r.blocks, r.sections))),
      fact('readme.listsEndpoints', endpoints.map((e) => ({ path: e.readme, line: e.line, note: `${e.method} ${e.path}` }))),
      fact('readme.linksApiDocs', each((r) => apiDocsEvidence(r.blocks, existsFrom(files, r.doc.path)))),
      await routesFact(ctx, endpoints),
    ]
  },
}

/** Evidence without repeats of the same place. */
function unique(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>()
  return evidence.filter((e) => {
    const key = `${e.path}:${e.line ?? ''}`
    return !seen.has(key) && (seen.add(key), true)
  })
}

/** The root README first, then the README of each backend folder of a monorepo (they complement it). */
async function readmePaths(ctx: AnalyzerContext, root: string | undefined): Promise<string[]> {
  const folders = await ctx
    .project()
    .then((p) => p.roots.map((r) => r.path).filter(Boolean))
    .catch(() => [] as string[])
  const paths = [root, ...folders.map((f) => readmeIn(ctx.snapshot.files, f))].filter((p): p is string => p !== undefined)
  return [...new Set(paths)]
}

/** Resolve a link from the README's folder (or the repo root) and ask whether the snapshot has that file. */
function existsFrom(files: Set<string>, readmePath: string): (path: string, fromRoot?: boolean) => boolean {
  const folder = readmePath.includes('/') ? readmePath.slice(0, readmePath.lastIndexOf('/')) : ''
  return (path, fromRoot = false) => {
    const parts: string[] = fromRoot || !folder ? [] : folder.split('/')
    let decoded = path
    try {
      decoded = decodeURI(path)
    } catch {
      // a malformed %-escape: compare the link as written
    }
    for (const part of decoded.split('/')) {
      if (part === '..') parts.pop()
      else if (part && part !== '.') parts.push(part)
    }
    return files.has(parts.join('/'))
  }
}

/** readme.endpointsMatchRoutes: most listed endpoints exist as routes (only judged when routes were found). */
async function routesFact(ctx: AnalyzerContext, endpoints: (ListedEndpoint & { readme: string })[]): Promise<Fact> {
  const id = 'readme.endpointsMatchRoutes'
  if (endpoints.length === 0) return { id, found: false, evidence: [] }
  const routes = await ctx.routes().catch(() => [])
  if (routes.length === 0) return { id, found: false, evidence: [] }
  const matched = endpointsMatchingRoutes(endpoints, routes) as typeof endpoints
  return {
    id,
    found: matched.length * 2 > endpoints.length,
    evidence: matched.slice(0, MAX_EVIDENCE).map((e) => ({ path: e.readme, line: e.line, note: `${e.method} ${e.path}` })),
  }
}
