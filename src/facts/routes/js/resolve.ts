/** @module Resolves a relative JavaScript/TypeScript import specifier to a file of the repository. Pure. */
import { posix } from 'node:path'

const EXTENSIONS = ['.ts', '.js', '.mjs', '.cjs', '.tsx', '.jsx', '.mts', '.cts']

/**
 * The repository path a relative specifier points to, or undefined for packages and missing files.
 * Handles extension-less imports, folder index files, and TypeScript's `./x.js` written for `./x.ts`.
 * @example resolveImport('src/app.ts', './routes/auth.js', has) // 'src/routes/auth.ts'
 */
export function resolveImport(fromFile: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const base = posix.normalize(posix.join(posix.dirname(fromFile), specifier))
  if (base.startsWith('..')) return undefined
  const stem = base.replace(/\.(?:[cm]?js|jsx)$/, '')
  const tries = [base, ...EXTENSIONS.map((ext) => stem + ext), ...EXTENSIONS.map((ext) => `${base}/index${ext}`)]
  return tries.find(exists)
}
