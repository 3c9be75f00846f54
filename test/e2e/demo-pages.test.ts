// Real-browser test on a desktop screen: the demo portfolio's account and repo pages render their matrix and charts,
// an XSS payload stays text, and all text is readable (contrast). Screenshots go to test-results/.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { XSS_DESCRIPTION } from '../../src/web/demo-data.js'
import { type DemoBrowser, LOW_CONTRAST_SCRIPT, RESULTS, startDemoBrowser } from './browser.js'

describe('the demo portfolio in a real browser', { timeout: 60_000 }, () => {
  let demo: DemoBrowser
  beforeAll(async () => {
    demo = await startDemoBrowser()
  }, 180_000)
  afterAll(() => demo?.close())

  it('renders the account page: coverage matrix, readiness, repos table with sparklines', async () => {
    const { repos } = demo
    expect(repos.length).toBeGreaterThanOrEqual(5)
    const { page, problems } = await demo.open('/demo')
    await expect(page.locator('h1').textContent()).resolves.toBe("demo's backend portfolio")
    const matrix = page.locator('#coverage-matrix')
    expect(await matrix.isVisible()).toBe(true)
    expect(await matrix.locator('tbody th[scope="row"]').count()).toBe(24)
    expect(await matrix.locator('thead th.repo-col').count()).toBe(Math.min(12, repos.length))
    expect(await matrix.locator('td.cell .st').count()).toBe(24 * Math.min(12, repos.length))
    // Repo names in the matrix header read bottom-up and fit their column: taller than wide.
    const header = (await matrix.locator('thead th.repo-col a').first().boundingBox())!
    expect(header.height).toBeGreaterThan(header.width)
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
    const { page, problems } = await demo.open('/demo')
    const description = page.locator('#repos .desc', { hasText: '<script>alert("xss")</script>' })
    expect(await description.count()).toBe(1)
    expect(await description.textContent()).toBe(XSS_DESCRIPTION)
    expect(await page.locator('main script, main img[src="x"]').count()).toBe(0)
    expect(await page.evaluate('document.scripts.length')).toBe(0)
    expect(problems).toEqual([])
  })

  it('renders a repo page: history chart with a point per scan, changes, every check with its fix', async () => {
    const name = demo.repos.includes('express-tasks') ? 'express-tasks' : demo.repos[0]!
    const { page, problems } = await demo.open(`/demo/${name}`)
    const chart = page.locator('svg.history')
    expect(await chart.isVisible()).toBe(true)
    expect(await chart.locator('circle.dot').count()).toBe(8)
    expect((await chart.boundingBox())!.width).toBeGreaterThan(300)
    expect(await chart.getAttribute('aria-label')).toMatch(/^Score history over 8 scans, from \d+ on .* to \d+ on /)
    expect(await chart.locator('text.band').count()).toBe(3)
    expect(await page.locator('#changes').isVisible()).toBe(true)
    expect(await page.locator('article.check').count()).toBe(24)
    expect(await page.locator('img[alt^="readiness:"]').evaluate((img) => (img as any).naturalWidth)).toBeGreaterThan(50)
    await page.screenshot({ path: join(RESULTS, 'repo.png'), fullPage: true })
    expect(problems).toEqual([])
  })

  it('keeps every text readable against its background (WCAG AA contrast) on the home, account and repo pages', async () => {
    for (const path of ['/', '/demo', `/demo/${demo.repos[0]}`]) {
      const { page } = await demo.open(path)
      expect(await page.evaluate(LOW_CONTRAST_SCRIPT), path).toEqual([])
      await page.close()
    }
  })
})
