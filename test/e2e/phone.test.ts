// Real-browser test on a phone-sized screen (390 px): no sideways scrolling of the page, wide tables scroll in place
// with their row headers in view, chart text large enough to read. Screenshots go to test-results/.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DemoBrowser, PHONE, RESULTS, startDemoBrowser } from './browser.js'

const OVERFLOW = 'document.documentElement.scrollWidth - document.documentElement.clientWidth'

describe('the demo portfolio on a phone', { timeout: 60_000 }, () => {
  let demo: DemoBrowser
  beforeAll(async () => {
    demo = await startDemoBrowser()
  }, 180_000)
  afterAll(() => demo?.close())

  it('fits the account page to the screen: the matrix scrolls in place and keeps the check names in view', async () => {
    const { page, problems } = await demo.open('/demo', PHONE)
    expect(await page.evaluate(OVERFLOW)).toBeLessThanOrEqual(1)
    await page.screenshot({ path: join(RESULTS, 'account-phone.png'), fullPage: true })
    const wrap = page.locator('.table-wrap', { has: page.locator('#coverage-matrix') })
    await wrap.evaluate((el: any) => (el.scrollLeft = 10_000))
    const check = (await page.locator('#coverage-matrix tbody th[scope="row"]').first().boundingBox())!
    const wrapBox = (await wrap.boundingBox())!
    expect(Math.abs(check.x - wrapBox.x)).toBeLessThanOrEqual(1)
    await page.locator('#coverage-matrix tbody').nth(1).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(RESULTS, 'matrix-phone-scrolled.png') })
    expect(problems).toEqual([])
  })

  it('keeps repo names, scan dates and commits on one line each in the repos table', async () => {
    const { page } = await demo.open('/demo', PHONE)
    const row = page.locator('#repos tbody tr').first()
    const lineHeight = (await row.locator('time').evaluate((el: any) => parseFloat((globalThis as any).getComputedStyle(el).lineHeight))) as number
    for (const selector of ['th a', 'time', 'td code']) {
      const box = (await row.locator(selector).first().boundingBox())!
      expect(box.height, selector).toBeLessThan(lineHeight * 1.5)
    }
  })

  it('fits every repo page to the screen (long evidence paths wrap, code blocks scroll in place)', async () => {
    for (const name of demo.repos) {
      const { page } = await demo.open(`/demo/${name}`, PHONE)
      expect(await page.evaluate(OVERFLOW), name).toBeLessThanOrEqual(1)
      await page.close()
    }
  })

  it('shows the repo page with a history chart whose text is large enough to read', async () => {
    const { page, problems } = await demo.open(`/demo/${demo.repos[0]}`, PHONE)
    const tick = (await page.locator('svg.history .grid text').first().boundingBox())!
    expect(tick.height).toBeGreaterThanOrEqual(9)
    // The level names leave the narrow chart for the legend below it.
    expect(await page.locator('svg.history text.band').first().isVisible()).toBe(false)
    expect(await page.getByText('Levels: portfolio-ready 80–100').isVisible()).toBe(true)
    await page.screenshot({ path: join(RESULTS, 'repo-phone.png'), fullPage: true })
    expect(problems).toEqual([])
  })
})
