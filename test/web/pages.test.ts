import { gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/types.js'
import { appFor, seededStore, sha } from './helpers.js'
import { makeReport } from '../store/make-report.js'

describe('HTML pages', () => {
  let store: Store
  let app: ReturnType<typeof appFor>
  beforeEach(async () => {
    store = await seededStore()
    app = appFor(store)
  })
  afterEach(() => store.close())

  it('explains the tool, the app and the CLI on the home page', async () => {
    const res = await app.request('/')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('Install the GitHub App')
    expect(html).toContain('portfolio-check scan ./my-api --save')
    expect(html).toMatch(/<main id="content">/)
  })

  it('sends a strict Content-Security-Policy and no script on any page', async () => {
    for (const path of ['/', '/octo', '/octo/api', '/nobody']) {
      const res = await app.request(path)
      const csp = res.headers.get('content-security-policy')!
      expect(csp).toContain("default-src 'none'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      const html = await res.text()
      expect(html).not.toMatch(/<script|style="|\son[a-z]+=/i)
    }
  })

  it('serves the stylesheet the pages link to, cacheable for a year', async () => {
    const html = await (await app.request('/')).text()
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!
    const css = await app.request(href)
    expect(css.headers.get('content-type')).toContain('text/css')
    expect(css.headers.get('cache-control')).toContain('immutable')
    expect(await css.text()).toContain('@media')
  })

  it('shows the portfolio: readiness, coverage matrix with the best repo per check, repos table and next steps', async () => {
    const res = await app.request('/octo')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=60')
    expect(html).toContain('Portfolio readiness <b>29%</b>')
    expect(html).toContain('7 of 24 checks proven somewhere')
    // Matrix: a proven check links its best repo at the check's anchor; table headers carry scope.
    expect(html).toMatch(/<th scope="row">Tests that exercise HTTP endpoints.*?<a href="\/octo\/api#check-tests-http">api<\/a>/)
    expect(html).toContain('<th scope="rowgroup" colspan="4" class="layer-row"><span>Fundamentals &amp; testing: 2 of 2 proven</span></th>')
    expect(html).toMatch(/<span class="sr">missing<\/span>/)
    // Repos table: score, level in words, layer bars and sparkline with text alternatives.
    expect(html).toContain('<td class="num">36</td>')
    expect(html).toContain('<span class="level level-foundations">foundations</span>')
    expect(html).toContain('<svg class="bars" viewBox="0 0 63 22" width="63" height="22" role="img"><title>Layer scores: docs 42, testing 100, api 0, data 0, security 0, delivery 64</title>')
    expect(html).toContain('role="img"><title>Score over the last 2 scans: from 17 to 36</title>')
    expect(html).toContain('<a href="/octo/empty">empty</a>')
    // Next steps ranked by gain, flagged when no repo proves the check yet.
    expect(html).toMatch(/<ol class="steps"><li><strong>A machine-readable API description<\/strong>.*?\+6 points.*?no repository proves this yet/)
  })

  it('prints a repo description with markup in it as text', async () => {
    const html = await (await app.request('/octo')).text()
    expect(html).toContain('Shop API &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>alert(1)')
  })

  it('shows the repo page: every check, evidence linked to file and line at the scanned commit, fixes, history and changes', async () => {
    const res = await app.request('/OCTO/API')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html.match(/<article class="check"/g)).toHaveLength(24)
    expect(html).toContain(`<a href="https://github.com/octo/api/blob/${sha(2)}/src/tests.ts#L3">src/tests.ts:3</a>`)
    expect(html).toContain('<summary>How to fix it</summary><p>Add a licence: see the <code>license.present</code> guide.</p>')
    expect(html).toContain('aria-label="Score history over 2 scans, from 17 on 2025-03-01 to 36 on 2025-03-02"')
    expect(html).toContain(`<a href="https://github.com/octo/api/commit/${sha(1)}"><circle`)
    expect(html).toContain(`<a href="https://github.com/octo/api/compare/${sha(1)}...${sha(2)}">compare the commits</a>`)
    expect(html).toMatch(/href="#check-ci-tests">CI runs the tests<\/a>: <span class="st st-fail">✗ missing<\/span> → <span class="st st-pass">✓ pass<\/span>/)
    expect(html).toContain('<strong>(+19)</strong>')
    expect(html).toContain('[![readiness](http://localhost:3000/badge/octo/api.svg)](http://localhost:3000/octo/api)')
  })

  it('says so when a repo has no scan yet, and when a scan is the first one', async () => {
    expect(await (await app.request('/octo/empty')).text()).toContain('No scan yet.')
    const repo = await store.upsertRepo({ account: 'octo', name: 'fresh' })
    await store.saveScan(repo.id, makeReport({ commit: sha(9) }), 'app')
    expect(await (await app.request('/octo/fresh')).text()).toContain('This is the first scan.')
  })

  it('shows a new scan at once, also one written by another process (the page cache follows the store)', async () => {
    expect(await (await app.request('/octo')).text()).toContain('<td class="num">36</td>')
    const repo = await store.getRepo('octo', 'api')
    await store.saveScan(repo!.id, makeReport({ commit: sha(5), passing: ['readme.present'] }), 'cli')
    const html = await (await app.request('/octo')).text()
    expect(html).toContain('<td class="num">4</td>')
    expect(await (await app.request('/octo/api')).text()).toContain('Score history over 3 scans')
  })

  it('answers a repeat visit with 304 and gzips for browsers that accept it', async () => {
    const first = await app.request('/octo')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]{22}"$/)
    expect(first.headers.get('vary')).toBe('Cookie, Accept-Encoding')
    const again = await app.request('/octo', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const zipped = await app.request('/octo', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    const body = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')
    expect(body).toBe(await first.text())
  })

  it('redirects a path with a trailing slash to the page', async () => {
    const res = await app.request('/octo/')
    expect(res.status).toBe(301)
    expect(new URL(res.headers.get('location')!).pathname).toBe('/octo')
  })

  it('leaves routes it does not own to the app mounted after it (health, webhooks)', async () => {
    app.get('/healthz', (c) => c.json({ ok: true }))
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true })
  })

  it('answers an unknown page with the one 404 page and never leaks an error', async () => {
    const res = await app.request('/nobody/nothing')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('<h1>Not found</h1>')
    const broken = appFor({ ...store, accountVersion: () => Promise.reject(new Error('disk on fire at /var/secret')) } as Store)
    const failed = await broken.request('/octo')
    expect(failed.status).toBe(500)
    const body = await failed.text()
    expect(body).toContain('Something went wrong')
    expect(body).not.toContain('disk on fire')
    expect(body).not.toContain('at ')
  })
})
