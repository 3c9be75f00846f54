/** @module Small POSIX path helpers for repo-relative paths ('' is the root). Pure. */

/** True when `path` lies inside `folder` ('' contains everything). */
export function isUnder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`)
}

/** The folder of a path ('' for files at the root). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

/** The file name of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** How many folders deep a path is (0 for a root file). */
export function depthOf(path: string): number {
  let depth = 0
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) depth++
  return depth
}

/** `child` relative to `folder`, e.g. relativeTo('api/src/app.ts', 'api') === 'src/app.ts'. */
export function relativeTo(child: string, folder: string): string {
  return folder === '' ? child : child.slice(folder.length + 1)
}
