/** @module The shared "never counts" path filter: vendored, generated and dependency folders. Pure. */

/** Folder names whose contents never count as the project's own work. */
export const VENDORED_DIRS: ReadonlySet<string> = new Set([
  'node_modules',
  'vendor',
  'venv',
  '.venv',
  'dist',
  'build',
  'target',
  '.git',
  'coverage',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.next',
  '.nuxt',
  'bower_components',
  'site-packages',
  'obj',
])

/**
 * True when a path lies inside a vendored folder. `obj` is .NET build output; `bin` is left out on
 * purpose because express-generator projects keep their server entry in `bin/www`.
 */
export function isVendored(path: string): boolean {
  const parts = path.split('/')
  // the last part is the file name: only folders are filtered
  for (let i = 0; i < parts.length - 1; i++) if (VENDORED_DIRS.has(parts[i]!)) return true
  return false
}

/** Dependency folders whose presence in the repository is itself a finding (git.ignore). */
export const DEPENDENCY_DIRS: ReadonlySet<string> = new Set(['node_modules', 'venv', '.venv', 'vendor'])
