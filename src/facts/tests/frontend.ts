/** @module Frontend packages of a repository that also has a backend: a JavaScript package folder that is not a backend root and depends on a UI framework. Tests there are the frontend's, not the backend's. Pure apart from snapshot reads. */
import type { Snapshot } from '../../types.js'

/** UI frameworks whose presence marks a package as a frontend. */
const UI = ['react', 'react-dom', 'vue', '@angular/core', 'svelte', '@sveltejs/kit', 'solid-js', 'preact', 'nuxt', 'astro', 'react-native', 'expo', '@remix-run/react']

/**
 * A predicate telling whether a JavaScript file belongs to a frontend package: its nearest
 * package.json is not a backend root and depends on a UI framework. Without backend roots nothing
 * is excluded: we cannot tell which side is which.
 */
export async function frontendFilter(snapshot: Snapshot, backendRoots: readonly string[]): Promise<(path: string) => boolean> {
  if (!backendRoots.length) return () => false
  const packages = new Set(snapshot.files.map((f) => f.path).filter((p) => p === 'package.json' || p.endsWith('/package.json')).map(folderOf))
  const frontend = new Set<string>()
  for (const dir of [...packages].slice(0, 200)) {
    if (backendRoots.includes(dir)) continue
    const text = await snapshot.read(dir ? `${dir}/package.json` : 'package.json')
    if (text !== undefined && dependsOnUi(text)) frontend.add(dir)
  }
  return (path) => {
    const owner = nearestFolder(path, packages)
    return owner !== undefined && frontend.has(owner)
  }
}

function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')))
}

function dependsOnUi(text: string): boolean {
  try {
    const data = JSON.parse(text) as { dependencies?: unknown; devDependencies?: unknown }
    const names = [data.dependencies, data.devDependencies].flatMap((d) => (d && typeof d === 'object' ? Object.keys(d) : []))
    return names.some((n) => UI.includes(n))
  } catch {
    return false
  }
}

/** The nearest of `folders` containing a file ('' is the root), or undefined. */
function nearestFolder(path: string, folders: ReadonlySet<string>): string | undefined {
  for (let dir = folderOf(path); ; dir = folderOf(dir)) {
    if (folders.has(dir)) return dir
    if (!dir) return undefined
  }
}
