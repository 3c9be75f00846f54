// Offline use end to end: `portfolio-check scan <path> --save` (the CLI's own entry function) writes to a temporary
// DATABASE_URL, and the report service opened on that store shows the scan under the account `local`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { createStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'
import { createWebApp } from '../../src/web/app.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/repos/app-express-tasks', import.meta.url))

/** Run the CLI as `portfolio-check <args>` with DATABASE_URL set; returns the exit code and both streams. */
async function cli(args: string[], databaseUrl: string) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { DATABASE_URL: databaseUrl }, isTTY: false })
  return { code, stdout, stderr }
}

describe('scan --save, then the pages', { timeout: 60_000 }, () => {
  let dir: string
  let url: string
  let report: { score: number; level: string; checks: { id: string; status: string; evidence: { path: string; line?: number }[] }[] }
  let store: Store
  let app: ReturnType<typeof createWebApp>

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pc-save-'))
    url = `file:${join(dir, 'portfolio-check.db')}`
    const first = await cli(['scan', FIXTURE, '--format', 'json', '--save'], url)
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(/^portfolio-check: saved scan 1 of app-express-tasks to file:/)
    report = JSON.parse(first.stdout)
    expect((await cli(['scan', FIXTURE, '--format', 'json', '--save'], url)).code).toBe(0)
    // What `npm start` does with the same DATABASE_URL: open the store, serve the pages.
    store = await createStore(url)
    app = createWebApp({ store, baseUrl: 'http://localhost:3000' })
  })

  afterAll(async () => {
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('lists the saved repo on the account page of `local` with the score and level the CLI printed', async () => {
    const res = await app.request('/local')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain("<h1>local&#39;s backend portfolio</h1>")
    expect(html).toContain('<a href="/local/app-express-tasks">app-express-tasks</a>')
    expect(html).toContain(`<td class="num">${report.score}</td>`)
    expect(html).toContain(`<span class="level level-${report.level}">${report.level}</span>`)
    expect(html).toContain('Score over the last 2 scans')
  })

  it('shows the repo page with every check of that scan, its evidence, the history and the (empty) changes', async () => {
    const res = await app.request('/local/app-express-tasks')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.match(/<article class="check"/g)).toHaveLength(report.checks.length)
    const passing = report.checks.find((c) => c.status === 'pass' && c.evidence.some((e) => e.line))!
    const evidence = passing.evidence.find((e) => e.line)!
    // A local scan has no forge: evidence is shown as path:line text, not as a link.
    expect(html).toContain(`<code>${evidence.path}:${evidence.line}</code>`)
    expect(html).toContain('Score history over 2 scans')
    expect(html).toContain('No check changed.')
    const api = (await (await app.request('/api/v1/repos/local/app-express-tasks')).json()) as { latest: { score: number; source: string } }
    expect(api.latest).toMatchObject({ score: report.score, source: 'cli' })
  })
})
