/** @module Finds the package root (the folder holding rules/ and templates/) from this module's own location, so it works from src/ under vitest, from dist/ after a build and from a bundled dist/cli.js. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

/** The folder of portfolio-check's own package.json, found by walking up from this file. */
export function packageRoot(): string {
  if (cached) return cached
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && readName(manifest) === 'portfolio-check') return (cached = dir)
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new Error(`cannot find the portfolio-check package root above ${fileURLToPath(import.meta.url)}; expected a package.json named "portfolio-check"`)
}

function readName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name
  } catch {
    return undefined
  }
}
