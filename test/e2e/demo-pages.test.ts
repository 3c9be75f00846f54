// Real-browser test: Debian's Chromium (installed by .ci/run) driven by playwright-core opens the demo portfolio
// served on a random port. Screenshots go to test-results/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'
import { createWebApp } from '../../src/web/app.js'
import { seedDemo, XSS_DESCRIPTION } from '../../src/web/demo-data.js'

const CHROMIUM = '/usr/bin/chromium'
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const RESULTS = join(ROOT, 'test-results')
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

describe('the demo portfolio in a real browser', { timeout: 60_000 }, () => {
  let dir: string
  let store: Store
  let server: ServerType
  let base: string
  let browser: BrowserContext
  let repos: string[]

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`)
    }
    mkdirSync(RESULTS, { recursive: true })
    dir = mkdtempSync(join(tmpdir(), 'pc-e2e-'))
    store = await createStore(`file:${join(dir, 'demo.db')}`)
    // A dozen fixture repos keep the run short; `npm run demo` scans them all.
    repos = await seedDemo(store, { fixturesDir: join(ROOT, 'test/fixtures/repos'), historyScans: 7, limit: 12 })
    const app = createWebApp({ store, baseUrl: 'http://127.0.0.1' })
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    // A fresh profile folder, so nothing from an earlier run (cache, cookies) is reused.
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    server?.close()
    await store?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /** A page that records script dialogs, console errors (CSP violations among them) and failed loads in `problems`. */
  async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
    const problems: string[] = []
    const page = await browser.newPage()
    await page.setViewportSize({ width, height: 900 })
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    const response = await page.goto(`${base}${path}`)
    expect(response?.status()).toBe(200)
    return { page, problems }
  }

  it('renders the account page: coverage matrix, readiness, repos table with sparklines', async () => {
    expect(repos.length).toBeGreaterThanOrEqual(5)
    const { page, problems } = await open('/demo')
    await expect(page.locator('h1').textContent()).resolves.toBe("demo's backend portfolio")
    const matrix = page.locator('#coverage-matrix')
    expect(await matrix.isVisible()).toBe(true)
    expect(await matrix.locator('tbody th[scope="row"]').count()).toBe(24)
    expect(await matrix.locator('thead th.repo-col').count()).toBe(Math.min(12, repos.length))
    expect(await matrix.locator('td.cell .st').count()).toBe(24 * Math.min(12, repos.length))
    expect(await page.locator('.stat', { hasText: 'Portfolio readiness' }).textContent()).toMatch(/\d+%/)
    const rows = page.locator('#repos tbody tr')
    expect(await rows.count()).toBe(repos.length)
    const sparks = page.locator('#repos svg.spark')
    expect(await sparks.count()).toBe(repos.length)
    // Eight scans per repo (seven demo ones and the real scan): the line has eight points and a visible size.
    expect((await sparks.first().locator('polyline').getAttribute('points'))!.split(' ')).toHaveLength(8)
    const box = await sparks.first().boundingBox()
    expect(box!.width).toBeGreaterThan(50)
    // The stylesheet applied (CSP allows it): the header has its panel colour.
    expect(await page.locator('header.site').evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe('rgb(246, 248, 250)')
    expect(await page.locator('ol.steps li').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(RESULTS, 'account.png'), fullPage: true })
    expect(problems).toEqual([])
  })

  it('shows an XSS payload in a repo description as text, running nothing', async () => {
    const { page, problems } = await open('/demo')
    const description = page.locator('#repos .desc', { hasText: '<script>alert("xss")</script>' })
    expect(await description.count()).toBe(1)
    expect(await description.textContent()).toBe(XSS_DESCRIPTION)
    expect(await page.locator('main script, main img[src="x"]').count()).toBe(0)
    expect(await page.evaluate('document.scripts.length')).toBe(0)
    expect(problems).toEqual([])
  })

  it('renders a repo page: history chart with a point per scan, changes, every check with its fix', async () => {
    const name = repos.includes('express-tasks') ? 'express-tasks' : repos[0]!
    const { page, problems } = await open(`/demo/${name}`)
    const chart = page.locator('svg.history')
    expect(await chart.isVisible()).toBe(true)
    expect(await chart.locator('circle.dot').count()).toBe(8)
    expect((await chart.boundingBox())!.width).toBeGreaterThan(300)
    expect(await chart.getAttribute('aria-label')).toMatch(/^Score history over 8 scans, from \d+ on .* to \d+ on /)
    expect(await page.locator('#changes').isVisible()).toBe(true)
    expect(await page.locator('article.check').count()).toBe(24)
    expect(await page.locator('img[alt^="readiness:"]').evaluate((img) => (img as any).naturalWidth)).toBeGreaterThan(50)
    await page.screenshot({ path: join(RESULTS, 'repo.png'), fullPage: true })
    expect(problems).toEqual([])
  })

  it('fits a phone screen: no sideways scrolling of the page, wide tables scroll in place', async () => {
    const { page, problems } = await open('/demo', 390)
    // (Browser-side code is passed as text: this project's TypeScript has no DOM types.)
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')
    expect(overflow).toBeLessThanOrEqual(1)
    await page.screenshot({ path: join(RESULTS, 'account-phone.png'), fullPage: false })
    expect(problems).toEqual([])
  })
})
