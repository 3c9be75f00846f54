/** @module Pages-only mode's app registration (GitHub's manifest flow): GET /setup posts app.yml to GitHub, GET /setup/callback turns the code into APP_ID, WEBHOOK_SECRET and PRIVATE_KEY for the operator to set. */
import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { html } from 'hono/html'
import { appManifest } from './manifest.js'

export type SetupOptions = {
  /** Public address of this server (BASE_URL); GitHub sends webhooks and the browser back here. */
  baseUrl: string
  /** https://github.com or the GitHub Enterprise web address. */
  githubUrl: string
  /** REST API base, for the code conversion. */
  githubApiUrl: string
  /** Webhook address when not BASE_URL's own route (a smee.io channel forwarding to it). */
  webhookUrl?: string
  fetch?: typeof fetch
}

const page = (title: string, body: unknown) =>
  html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:system-ui;max-width:46rem;margin:2rem auto;line-height:1.5"><h1>${title}</h1>${body}</body></html>`

/** The registration routes; mount at /setup. States are single-use and expire after an hour. */
export function setupRoute(options: SetupOptions): Hono {
  const app = new Hono()
  const states = new Map<string, number>()
  const doFetch = options.fetch ?? fetch

  app.get('/', (c) => {
    const state = randomBytes(16).toString('hex')
    states.set(state, Date.now() + 3_600_000)
    const org = c.req.query('org')
    const target = org && /^[A-Za-z0-9-]+$/.test(org) ? `${options.githubUrl}/organizations/${org}/settings/apps/new` : `${options.githubUrl}/settings/apps/new`
    const manifest = appManifest(options.baseUrl, options.webhookUrl)
    c.header('Cache-Control', 'no-store')
    return c.html(
      page(
        'Register the portfolio-check GitHub App',
        html`<p>GitHub will create the app from <code>app.yml</code> (read code, write one issue and one check run; events push, issues, installation_repositories) with webhooks to <code>${manifest.hook_attributes.url}</code>.</p>
          <form method="post" action="${target}?state=${state}"><input type="hidden" name="manifest" value="${JSON.stringify(manifest)}"><button type="submit">Register on GitHub</button></form>
          <p>For an organization, open <code>/setup?org=&lt;name&gt;</code>.</p>`,
      ),
    )
  })

  app.get('/callback', async (c) => {
    const code = c.req.query('code') ?? ''
    const state = c.req.query('state') ?? ''
    const expires = states.get(state)
    states.delete(state)
    if (!expires || expires < Date.now() || !/^[A-Za-z0-9_-]{1,100}$/.test(code)) return c.text('unknown or expired setup request; start again at /setup', 400)
    const response = await doFetch(`${options.githubApiUrl}/app-manifests/${code}/conversions`, { method: 'POST', headers: { accept: 'application/vnd.github+json', 'user-agent': 'portfolio-check' } })
    if (!response.ok) return c.text(`GitHub refused the code (${response.status}); start again at /setup`, 502)
    const app = (await response.json()) as { id: number; slug: string; pem: string; webhook_secret: string; html_url: string }
    c.header('Cache-Control', 'no-store')
    const env = `APP_ID=${app.id}\nAPP_SLUG=${app.slug}\nWEBHOOK_SECRET=${app.webhook_secret}\nPRIVATE_KEY="${app.pem.trim().replace(/\n/g, '\\n')}"\nBASE_URL=${options.baseUrl}\n`
    return c.html(
      page(
        'App registered',
        html`<p>Add these lines to the server's environment (for example <code>.env</code>), restart it, then <a href="${app.html_url}/installations/new">install the app</a> on your portfolio repositories. They are shown once; this page is not stored.</p><pre style="white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:1rem">${env}</pre>`,
      ),
    )
  })
  return app
}
