import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = new URL('../src/', import.meta.url).pathname

/** The core: runs in any process, so it must not depend on a server framework, a database or the environment. */
const CORE = [/^source\//, /^facts\//, /^engine\//, /^render\//, /^scan\.ts$/, /^types\.ts$/, /^errors\.ts$/]

/** Imports the core must never make. */
const FORBIDDEN = [/^probot(\/|$)/, /^hono(\/|$)/, /^@hono\//, /^kysely(\/|$)/, /^libsql(\/|$)/, /^pg(\/|$)/, /^@octokit\//, /(^|\/)env(\.js)?$/, /(^|\/)store(\/|$)/, /(^|\/)(github|web|queue|cli)\//]

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []))
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function importsOf(text: string): string[] {
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g), ...text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)]
  return specs.map((m) => m[1]!)
}

/** A relative import resolved against the importing file, so `../env.js` from src/engine reads as `env.js`. */
function resolveSpec(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec
  return relative(SRC, join(file, '..', spec)).replaceAll('\\', '/')
}

const core = files(SRC).filter((f) => CORE.some((re) => re.test(relative(SRC, f).replaceAll('\\', '/'))))

describe('architecture', () => {
  it('finds the core modules to check', () => {
    expect(core.length).toBeGreaterThan(10)
  })

  it('keeps the core free of probot, hono, databases, Octokit, env and the outer layers', () => {
    const offences = core.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .map((spec) => ({ spec, resolved: resolveSpec(file, spec) }))
        .filter(({ resolved }) => FORBIDDEN.some((re) => re.test(resolved)))
        .map(({ spec }) => `src/${relative(SRC, file)} imports ${spec}`),
    )
    expect(offences).toEqual([])
  })

  it('keeps the core from reading process.env', () => {
    const offences = core.filter((file) => /\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/.test(readFileSync(file, 'utf8'))).map((f) => `src/${relative(SRC, f)}`)
    expect(offences).toEqual([])
  })

  it('keeps renderers free of I/O (templates come in as strings)', () => {
    const offences = files(join(SRC, 'render')).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => /^node:(fs|child_process|net|http|https)/.test(spec) || /^(fs|child_process)$/.test(spec))
        .map((spec) => `src/${relative(SRC, file)} imports ${spec}`),
    )
    expect(offences).toEqual([])
  })

  it('detects a forbidden import, so a pass means something', () => {
    const sample = "import { Probot } from 'probot'\nconst x = await import('../store/index.js')\nexport { a } from 'hono/jsx'"
    const found = importsOf(sample).map((s) => resolveSpec(join(SRC, 'engine/x.ts'), s))
    expect(found.filter((r) => FORBIDDEN.some((re) => re.test(r))).sort()).toEqual(['hono/jsx', 'probot', 'store/index.js'])
  })
})
