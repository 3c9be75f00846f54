#!/usr/bin/env node
// Second half of `npm run build`, after tsc has written dist/:
// 1. dist/rules.json: rules/*.yml parsed and validated once, so a CLI run skips the YAML parse while
//    the rule files are unchanged (load-rules.ts compares a digest of the files).
// 2. dist/cli.js: the CLI bundled with its pure-JS dependencies (rolldown, which vitest's vite already
//    brings), because loading hundreds of small ESM files costs more than a whole small scan. Native
//    and server-side packages stay external and load from node_modules only when a command needs them.
import { rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist')

const { compileRules } = await import(join(DIST, 'engine/load-rules.js'))
const { knownFactIds } = await import(join(DIST, 'facts/index.js'))
writeFileSync(join(DIST, 'rules.json'), JSON.stringify(compileRules({ dir: join(ROOT, 'rules'), knownFactIds })))

/** Packages that must not be bundled: native code, __dirname lookups, or server-only weight. */
const EXTERNAL = /^(@ast-grep|@octokit|@hono)\/|^(libsql|pg|pg-[\w-]+|kysely|probot|hono|pino|badge-maker|playwright-core|nock)(\/|$)/

let rolldown
try {
  rolldown = await import('rolldown')
} catch {
  console.warn('build-cli: rolldown is not installed; dist/cli.js stays unbundled (correct, but slower to start)')
  process.exit(0)
}
rmSync(join(DIST, 'cli-chunks'), { recursive: true, force: true })
await rolldown.build({
  input: join(ROOT, 'src/cli.ts'),
  cwd: ROOT,
  platform: 'node',
  tsconfig: join(ROOT, 'tsconfig.build.json'),
  external: (id) => id.startsWith('node:') || EXTERNAL.test(id.replace(/^.*\/node_modules\//, '')),
  logLevel: 'warn',
  output: {
    dir: DIST,
    format: 'esm',
    entryFileNames: 'cli.js',
    chunkFileNames: 'cli-chunks/[name]-[hash].js',
    sourcemap: true,
    minify: true,
  },
})
