import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'
import { createWebApp } from '../../src/web/app.js'
import { appFor, seededStore } from './helpers.js'

const PAGES = ['/', '/octo', '/octo/api', '/octo/empty', '/nobody']

describe('accessible markup on every page', () => {
  let store: Store
  let app: ReturnType<typeof appFor>
  beforeEach(async () => {
    store = await seededStore()
    app = appFor(store)
  })
  afterEach(() => store.close())
  const html = async (path: string) => (await app.request(path)).text()

  it('has a language, one header, main and footer landmark, and a skip link to the main content', async () => {
    for (const path of PAGES) {
      const page = await html(path)
      expect(page, path).toMatch(/^<!doctype html><html lang="en">/)
      for (const landmark of ['<header class="site">', '<main id="content">', '<footer class="site">']) {
        expect(page.split(landmark), `${path} ${landmark}`).toHaveLength(2)
      }
      expect(page, path).toContain('<a class="skip-link" href="#content">')
      expect(page.match(/<h1>/g), path).toHaveLength(1)
    }
  })

  it('gives every table header a scope, and the layer rows of the matrix the row group they head', async () => {
    for (const path of ['/octo', '/octo/api']) {
      const headers = (await html(path)).match(/<th\b[^>]*>/g) ?? []
      for (const th of headers) expect(th, path).toMatch(/ scope="(col|row|rowgroup)"/)
    }
    const matrix = await html('/octo')
    expect(matrix.match(/<th scope="rowgroup"[^>]*class="layer-row">/g)).toHaveLength(6)
  })

  it('says in words what colours and shapes mean: matrix cells, layer bars, history dots', async () => {
    const account = await html('/octo')
    // Every matrix cell has its status as text for screen readers, not only a coloured symbol.
    const cells = account.match(/<td class="cell">.*?<\/td>/g) ?? []
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) expect(cell).toMatch(/<span class="sr">(pass|missing|not applicable|not scanned)<\/span>/)
    expect(account).toContain('Layer bars, left to right: docs, testing, API, data, security, delivery.')
    const repo = await html('/octo/api')
    expect(repo).toContain('Levels: portfolio-ready 80–100, building 50–79, foundations 0–49. Each point links to the commit it scanned.')
    // Every chart is an image with a text alternative.
    for (const svg of [...account.matchAll(/<svg[^>]*>(<title>[^<]+<\/title>)?/g), ...repo.matchAll(/<svg[^>]*>(<title>[^<]+<\/title>)?/g)]) {
      expect(svg[0]).toMatch(/role="img"/)
      expect(svg[0]).toMatch(/<title>|aria-label="/)
    }
  })

  it('has no empty navigation landmark when sign-in is off', async () => {
    const bare = createWebApp({ store: await createStore(':memory:') })
    expect(await (await bare.request('/')).text()).not.toContain('<nav')
    expect(await html('/')).toContain('<nav aria-label="Account"><a href="/auth/login?next=%2F">Sign in with GitHub</a></nav>')
  })
})
