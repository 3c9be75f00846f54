/** @module Merge the manifests of one folder and language into a ProjectManifest. Pure. */
import type { Language } from '../../types.js'
import type { ProjectManifest } from '../context.js'
import type { ParsedManifest } from '../manifests/index.js'
import { frameworksOf, isBackendDependency } from './backend-signals.js'

/** Merge one folder's manifests of one language into a root (the manifest naming a framework wins the `manifest` slot). */
export function toRoot(folder: string, language: Language, group: ParsedManifest[]): ProjectManifest {
  const dependencies = new Set(group.flatMap((m) => m.dependencies))
  const main = group.find((m) => frameworksOf(m.dependencies).length) ?? group.find((m) => m.dependencies.some(isBackendDependency)) ?? group[0]!
  const licensed = group.find((m) => m.license)
  const root: ProjectManifest = {
    path: folder,
    language,
    frameworks: frameworksOf(dependencies),
    manifest: main.path,
    dependencies,
    scripts: Object.assign({}, ...group.map((m) => m.scripts)) as Record<string, string>,
  }
  if (licensed?.license) {
    root.license = licensed.license
    root.licenseEvidence = { path: licensed.path, ...(licensed.licenseLine ? { line: licensed.licenseLine } : {}) }
  }
  return root
}

