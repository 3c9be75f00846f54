import { existsSync, readFileSync } from 'node:fs'
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
})
