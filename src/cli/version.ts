/** @module portfolio-check's own version, from its package.json. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../engine/package-root.js'

/** The package version, e.g. "0.1.0". */
export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version
}
