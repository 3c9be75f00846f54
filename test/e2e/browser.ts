// Test helper for the real-browser tests: the demo portfolio (a dozen fixture repos plus the XSS one) in a temporary
// SQLite store, served on a random port, and Debian's Chromium (installed by .ci/run) driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { createStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'
import { createWebApp } from '../../src/web/app.js'
import { seedDemo } from '../../src/web/demo-data.js'

const CHROMIUM = '/usr/bin/chromium'
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Screenshots land here (git-ignored), for people to look at after a run. */
export const RESULTS = join(ROOT, 'test-results')
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
export const PHONE = 390

export type DemoBrowser = {
  repos: string[]
  /** Open `path` at `width` px; `problems` collects script dialogs, console errors (CSP violations among them) and failed loads. */
  open(path: string, width?: number): Promise<{ page: Page; problems: string[] }>
  close(): Promise<void>
}

export async function startDemoBrowser(): Promise<DemoBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`)
  mkdirSync(RESULTS, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'pc-e2e-'))
  let store: Store | undefined
  let server: ServerType | undefined
  let browser: BrowserContext | undefined
  const close = async () => {
    await browser?.close()
    server?.close()
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    store = await createStore(`file:${join(dir, 'demo.db')}`)
    // A dozen fixture repos keep the run short; `npm run demo` scans them all.
    const repos = await seedDemo(store, { fixturesDir: join(ROOT, 'test/fixtures/repos'), historyScans: 7, limit: 12 })
    const app = createWebApp({ store, baseUrl: 'http://127.0.0.1' })
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    server = listening
    await new Promise((resolve) => listening.once('listening', resolve))
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`
    // A fresh profile folder, so nothing from an earlier run (cache, cookies) is reused.
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } })
    browser = context
    const open = async (path: string, width = 1280) => {
      const problems: string[] = []
      const page = await context.newPage()
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
    return { repos, open, close }
  } catch (error) {
    await close()
    throw error
  }
}

/**
 * Text whose contrast against what is painted behind it is below WCAG AA (4.5:1, 3:1 for large text), for every
 * visible text node and SVG text of the page. Passed to the browser as text: this project's TypeScript has no DOM types.
 */
export const LOW_CONTRAST_SCRIPT = `(() => {
  const parse = (c) => { const m = c.match(/[\\d.]+/g) || ['0','0','0','0']; return [+m[0], +m[1], +m[2], m[3] === undefined ? 1 : +m[3]] }
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b) }
  const over = (top, under) => { const a = top[3]; return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1) }
  const background = (el) => {
    const layers = []
    for (let e = el; e; e = e.parentElement) { const bg = parse(getComputedStyle(e).backgroundColor); if (bg[3] > 0) layers.push(bg); if (bg[3] === 1) break }
    return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1])
  }
  const bad = []
  const seen = new Set()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!el || seen.has(el) || !node.textContent.trim() || el.closest('.sr, title, .skip-link')) continue
    seen.add(el)
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue
    const svg = el instanceof SVGElement
    const bg = background(svg ? el.closest('svg').parentElement : el)
    const fg = over(parse(svg ? style.fill : style.color), bg)
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a)
    const ratio = (hi + 0.05) / (lo + 0.05)
    // Chart text is scaled with its SVG: judged as normal text whatever its font size says.
    const size = parseFloat(style.fontSize)
    const large = !svg && (size >= 24 || (size >= 18.66 && +style.fontWeight >= 700))
    if (ratio < (large ? 3 : 4.5)) bad.push(node.textContent.trim().slice(0, 40) + ' ' + ratio.toFixed(2))
  }
  return bad
})()`
