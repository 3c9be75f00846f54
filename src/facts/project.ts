/** @module detectProject: the backend project roots of a repository (by manifests, else by code) and the languages it holds. Pure apart from bounded snapshot reads. */
import type { Language, Note, Snapshot } from '../types.js'
import type { ProjectInfo, ProjectManifest } from './context.js'
import { manifestFolder, manifestParser, readManifest, type ParsedManifest } from './manifests/index.js'
import { isBackendDependency } from './util/backend-signals.js'
import { fallbackRoot } from './util/fallback-root.js'
import { isTestPath } from './util/is-test-path.js'
import { depthOf, isUnder } from './util/paths.js'
import { serverFramework } from './util/server-code.js'
import { toRoot } from './util/to-root.js'
import { isGeneratedSource, sourceLanguage } from './util/source-language.js'

/** At most this many manifests are read (the shallowest), so a repo of many packages stays fast. */
const MAX_MANIFESTS = 300
/** Folders whose code is read to look for a server at most (each read is bounded too), shallowest first. */
const MAX_SERVER_PROBES = 12

/**
 * Find the backend project roots: folders whose manifests name a backend framework or a server/database
 * library, or whose code starts a server. Frontend-only folders are left out. The repository root comes
 * first when it is a backend, then the others by path. A repo with code but no backend manifest still
 * gets one root for its main language, so checks can run on it.
 */
export async function detectProject(snapshot: Snapshot, note: (n: Note) => void): Promise<ProjectInfo> {
  const languages = sourceLanguages(snapshot)
  const paths = snapshot.files.filter((f) => !f.tooLarge && manifestParser(f.path)).map((f) => f.path)
  paths.sort((a, b) => depthOf(a) - depthOf(b) || (a < b ? -1 : 1))
  if (paths.length > MAX_MANIFESTS) {
    note({ level: 'info', message: `${paths.length} manifests found; only the ${MAX_MANIFESTS} shallowest were read` })
  }
  const parsed = (await Promise.all(paths.slice(0, MAX_MANIFESTS).map((p) => readManifest(snapshot, p, note)))).filter(
    (m): m is ParsedManifest => m !== undefined,
  )
  const byFolder = new Map<string, ParsedManifest[]>()
  for (const manifest of parsed) {
    const folder = manifestFolder(manifest.path)
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), manifest])
  }
  const roots: ProjectManifest[] = []
  const probes = { left: MAX_SERVER_PROBES }
  for (const [folder, manifests] of byFolder) {
    // a test project (tests/Api.Tests/*.csproj, e2e/package.json) references the framework but serves nothing
    if (folder && isTestPath(`${folder}/x`)) continue
    const nested = [...byFolder.keys()].filter((other) => other !== folder && isUnder(other, folder))
    const root = await backendRoot(snapshot, folder, manifests, nested, probes)
    if (root) roots.push(root)
  }
  roots.sort((a, b) => (a.path === '' ? -1 : b.path === '' ? 1 : a.path < b.path ? -1 : 1))
  if (roots.length === 0 && languages.size > 0) roots.push(await fallbackRoot(snapshot, byFolder))
  return { roots, languages }
}

/** The languages that have source files outside vendored and generated folders. */
function sourceLanguages(snapshot: Snapshot): Set<Language> {
  const found = new Set<Language>()
  for (const file of snapshot.files) {
    const language = sourceLanguage(file.path)
    if (language && !found.has(language) && !isGeneratedSource(file.path)) found.add(language)
  }
  return found
}

/** The folder as a backend root for the language whose manifests look most like a backend, or undefined. */
async function backendRoot(
  snapshot: Snapshot,
  folder: string,
  manifests: ParsedManifest[],
  nested: string[],
  probes: { left: number },
): Promise<ProjectManifest | undefined> {
  const byLanguage = new Map<Language, ParsedManifest[]>()
  for (const m of manifests) byLanguage.set(m.language, [...(byLanguage.get(m.language) ?? []), m])
  const candidates: { root: ProjectManifest; strength: number }[] = []
  for (const [language, group] of byLanguage) {
    const root = toRoot(folder, language, group)
    const deps = [...root.dependencies]
    let strength = root.frameworks.length ? 3 : deps.some(isBackendDependency) ? 2 : 0
    if (language === 'javascript' && root.dependencies.has('next') && hasNextApiRoutes(snapshot, folder)) {
      root.frameworks.push('next')
      strength = Math.max(strength, 2)
    }
    if (root.frameworks.length === 0 && probes.left-- > 0) {
      const framework = await serverFramework(snapshot, folder, language, nested)
      if (framework) {
        root.frameworks.push(framework)
        strength = Math.max(strength, 1)
      }
    }
    if (strength > 0) candidates.push({ root, strength })
  }
  candidates.sort((a, b) => b.strength - a.strength)
  return candidates[0]?.root
}

/** Next.js serves an API when it has pages/api/* or app/**\/route.* files. */
function hasNextApiRoutes(snapshot: Snapshot, folder: string): boolean {
  return snapshot.files.some((f) => {
    if (!isUnder(f.path, folder)) return false
    const rel = folder ? f.path.slice(folder.length + 1) : f.path
    return /^(src\/)?pages\/api\//.test(rel) || /^(src\/)?app\/(.+\/)?route\.[cm]?[jt]s$/.test(rel)
  })
}
