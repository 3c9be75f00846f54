import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Dockerfile instructions (continuations joined, comments dropped) grouped by stage. No Docker engine needed. */
function parseDockerfile(text: string): { from: string; alias?: string; steps: { op: string; args: string }[] }[] {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  const stages: ReturnType<typeof parseDockerfile> = []
  for (const line of lines) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? []
    if (op.toUpperCase() === 'FROM') {
      const [, image = '', alias] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args) ?? []
      stages.push({ from: image, alias, steps: [] })
    } else stages.at(-1)?.steps.push({ op: op.toUpperCase(), args })
  }
  return stages
}

const stages = parseDockerfile(readFileSync('Dockerfile', 'utf8'))
const runtime = stages.at(-1)!
const all = (op: string) => runtime.steps.filter((s) => s.op === op).map((s) => s.args)

describe('Dockerfile', () => {
  it('builds in a separate stage and copies only the compiled output from it', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    const build = stages.find((s) => s.alias === 'build')!
    expect(build.steps.some((s) => s.op === 'RUN' && /tsc -p tsconfig\.build\.json/.test(s.args))).toBe(true)
    const fromBuild = all('COPY').filter((a) => a.startsWith('--from='))
    expect(fromBuild).toEqual(['--from=build /app/dist ./dist'])
  })

  it('installs production dependencies only in the runtime stage', () => {
    const installs = all('RUN').filter((a) => /npm (ci|install)/.test(a))
    expect(installs).toHaveLength(1)
    expect(installs[0]).toMatch(/npm ci --omit=dev/)
    expect(all('COPY').some((a) => /\bsrc\b|node_modules/.test(a))).toBe(false)
  })

  it('runs as a non-root user', () => {
    const users = all('USER')
    expect(users.length).toBeGreaterThan(0)
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/)
  })

  it('checks /healthz, keeps data on a declared volume the store points at, and starts with npm start', () => {
    expect(all('HEALTHCHECK').join(' ')).toMatch(/CMD .*\/healthz/)
    expect(all('VOLUME').join(' ')).toContain('/data')
    expect(all('ENV').join(' ')).toMatch(/DATABASE_URL=file:\/data\//)
    expect(all('CMD')).toEqual(['["npm", "start"]'])
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.start).toBe('node dist/server.js')
  })

  it('copies files that exist, and the build context leaves secrets and local data out', () => {
    for (const args of all('COPY').filter((a) => !a.startsWith('--from='))) {
      for (const source of args.split(/\s+/).slice(0, -1)) expect(existsSync(source), source).toBe(true)
    }
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim())
    for (const entry of ['node_modules', '.env', 'data', '*.pem', '*.db', '.git']) expect(ignored).toContain(entry)
  })

  it('finds every package the compiled code imports among the production dependencies it installs', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }
    const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    const used = new Set<string>()
    for (const file of files) {
      const text = readFileSync(join('src', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
      // value imports and re-exports (type-only ones vanish when compiled), and dynamic imports
      for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^'.][^']*)'|import\('([^'.][^']*)'\)/gm)) {
        if (m[1]) continue
        const spec = (m[2] ?? m[3])!
        if (spec.startsWith('node:') || builtinModules.includes(spec)) continue
        used.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!)
      }
    }
    expect(used.size).toBeGreaterThan(5)
    expect([...used].filter((name) => !(name in pkg.dependencies))).toEqual([])
  })
})
