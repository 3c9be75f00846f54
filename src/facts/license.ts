/** @module Analyzer "license": a real LICENSE/COPYING file, or a named license in the root's or a backend root's manifest. Pure apart from snapshot reads. */
import type { Evidence, FileEntry, Snapshot } from '../types.js'
import type { Analyzer } from './context.js'
import { manifestParser, readManifest } from './manifests/index.js'
import { baseName, dirOf } from './util/paths.js'

/** LICENSE, LICENCE.md, COPYING.txt, LICENSE-MIT, UNLICENSE (the Unlicense is a license; npm's "UNLICENSED" is not). */
const LICENSE_FILE = /^(licen[cs]e|copying|unlicense)([.\-_][\w.-]*)?$/i
/** Fewer meaningful characters than this is a stub ("MIT", "# License", "TODO"). */
const MIN_LICENSE_CHARS = 80

/**
 * `license.isPresent`: a non-stub license file at the repository root (or at a backend root of a monorepo),
 * else a named license in a manifest of the root or of a backend root. A README sentence does not count.
 */
export const license: Analyzer = {
  name: 'license',
  facts: ['license.isPresent'],
  async run(ctx) {
    const project = await ctx.project()
    const folders = new Set(['', ...project.roots.map((r) => r.path)])
    const candidates = ctx.snapshot.files.filter((f) => folders.has(dirOf(f.path)) && LICENSE_FILE.test(baseName(f.path)))
    const files: Evidence[] = []
    for (const file of candidates) if (await isRealLicense(ctx.snapshot, file)) files.push({ path: file.path })
    if (files.length) return [{ id: 'license.isPresent', found: true, evidence: files }]
    const declared = project.roots.filter((r) => r.license && r.licenseEvidence).map((r) => r.licenseEvidence!)
    const rootManifests = ctx.snapshot.files.filter((f) => !f.path.includes('/') && manifestParser(f.path))
    for (const file of rootManifests) {
      if (declared.some((e) => e.path === file.path)) continue
      const manifest = await readManifest(ctx.snapshot, file.path, () => {}) // parse problems are noted by detectProject
      if (manifest?.license) declared.push({ path: file.path, ...(manifest.licenseLine ? { line: manifest.licenseLine } : {}) })
    }
    declared.sort((a, b) => (a.path.includes('/') ? 1 : 0) - (b.path.includes('/') ? 1 : 0))
    return [{ id: 'license.isPresent', found: declared.length > 0, evidence: declared }]
  },
}

/** A license file with real text: not empty, not a title, not a few bytes. Unreadably large files count. */
async function isRealLicense(snapshot: Snapshot, file: FileEntry): Promise<boolean> {
  if (file.tooLarge) return true
  const text = await snapshot.read(file.path)
  if (text === undefined) return false
  if (/SPDX-License-Identifier:\s*\S+/.test(text)) return true
  const meaningful = text.replace(/^[ \t]*#+.*$/gm, '').replace(/\s+/g, '')
  return meaningful.length >= MIN_LICENSE_CHARS
}
