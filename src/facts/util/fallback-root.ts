/** @module The root to judge when no manifest names a backend: the main language's shallowest project folder (or the repo root), frameworks read from imports. Pure apart from bounded snapshot reads. */
import type { Language, Snapshot } from '../../types.js'
import type { ProjectManifest } from '../context.js'
import type { ParsedManifest } from '../manifests/index.js'
import { frameworksOfImports } from './backend-signals.js'
import { extractImports } from './extract-imports.js'
import { isTestPath } from './is-test-path.js'
import { depthOf, isUnder } from './paths.js'
import { serverFramework } from './server-code.js'
import { isGeneratedSource, sourceLanguage } from './source-language.js'
import { stripComments } from './strip-comments.js'
import { toRoot } from './to-root.js'

/** Files read at most to guess frameworks from imports. */
const MAX_IMPORT_FILES = 60
const FRONTEND_DEPS = ['react', 'vue', '@angular/core', 'svelte', 'vite', 'next', 'nuxt', 'preact', 'solid-js', 'react-native', 'expo', '@sveltejs/kit']
const PREFERENCE: Language[] = ['javascript', 'python', 'go', 'java', 'php', 'ruby', 'csharp']

/**
 * One root for the repository's main language (by source file count, frontend folders aside), at its
 * shallowest manifest folder or at ''. Frameworks come from server-looking code and imports.
 */
export async function fallbackRoot(snapshot: Snapshot, byFolder: Map<string, ParsedManifest[]>): Promise<ProjectManifest> {
  const frontend = [...byFolder].filter(([, ms]) => ms.some((m) => m.dependencies.some((d) => FRONTEND_DEPS.includes(d)))).map(([f]) => f)
  const sources = snapshot.files.filter((f) => sourceLanguage(f.path) && !isGeneratedSource(f.path))
  // a frontend folder's JavaScript is the frontend; other languages in it (a Python api/ beside a React root) are not
  const backendSide = sources.filter((f) => sourceLanguage(f.path) !== 'javascript' || !frontend.some((folder) => isUnder(f.path, folder)))
  const counted = backendSide.length ? backendSide : sources
  const counts = new Map<Language, number>()
  for (const f of counted) counts.set(sourceLanguage(f.path)!, (counts.get(sourceLanguage(f.path)!) ?? 0) + 1)
  const language = PREFERENCE.reduce((best, l) => ((counts.get(l) ?? 0) > (counts.get(best) ?? 0) ? l : best))
  const folders = [...byFolder].filter(([folder, ms]) => !frontend.includes(folder) && ms.some((m) => m.language === language))
  folders.sort(([a], [b]) => depthOf(a) - depthOf(b) || (a < b ? -1 : 1))
  const chosen = folders[0]
  const root: ProjectManifest = chosen
    ? toRoot(chosen[0], language, chosen[1].filter((m) => m.language === language))
    : { path: '', language, frameworks: [], manifest: '', dependencies: new Set(), scripts: {} }
  const files = counted
    .filter((f) => sourceLanguage(f.path) === language && isUnder(f.path, root.path) && !f.tooLarge && !isTestPath(f.path))
    .sort((a, b) => depthOf(a.path) - depthOf(b.path))
    .slice(0, MAX_IMPORT_FILES)
  const texts = await Promise.all(files.map((f) => snapshot.read(f.path)))
  const imports = texts.flatMap((text) => (text === undefined ? [] : extractImports(stripComments(text, language), language)))
  const frameworks = new Set([...root.frameworks, ...frameworksOfImports(imports)])
  const server = frameworks.size ? undefined : await serverFramework(snapshot, root.path, language)
  if (server) frameworks.add(server)
  root.frameworks = [...frameworks].sort()
  return root
}
