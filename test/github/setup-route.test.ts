import { describe, expect, it } from 'vitest'
import { appManifest, readAppYml } from '../../src/github/manifest.js'
import { setupRoute } from '../../src/github/setup-route.js'

const options = { baseUrl: 'https://pc.example.com', githubUrl: 'https://github.com', githubApiUrl: 'https://api.github.com' }
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')

describe('app.yml', () => {
  it('asks for least privilege and only the events the handlers use', () => {
    const yml = readAppYml()
    expect(yml.default_permissions).toEqual({ metadata: 'read', contents: 'read', issues: 'write', checks: 'write' })
    expect([...yml.default_events].sort()).toEqual(['installation_repositories', 'issues', 'push'])
    expect(yml.public).toBe(false)
  })

  it('points the webhook at BASE_URL, or at a smee.io channel when one is set', () => {
    expect(appManifest('https://pc.example.com')).toMatchObject({
      url: 'https://pc.example.com',
      hook_attributes: { url: 'https://pc.example.com/api/github/webhooks', active: true },
      redirect_url: 'https://pc.example.com/setup/callback',
    })
    expect(appManifest('http://localhost:3000', 'https://smee.io/abc').hook_attributes.url).toBe('https://smee.io/abc')
  })
})

describe('setup route (manifest flow)', () => {
  it('posts the manifest to GitHub with a single-use state, then turns the code into the env values', async () => {
    const calls: string[] = []
    const fakeFetch = (async (url: string) => {
      calls.push(url)
      return new Response(JSON.stringify({ id: 321, slug: 'portfolio-check-ana', pem: '-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----\n', webhook_secret: 'whsec', html_url: 'https://github.com/apps/portfolio-check-ana' }), { status: 201 })
    }) as typeof fetch
    const app = setupRoute({ ...options, fetch: fakeFetch })
    const form = await (await app.request('/')).text()
    const action = /action="([^"]+)"/.exec(form)![1]!
    expect(action).toMatch(/^https:\/\/github\.com\/settings\/apps\/new\?state=[0-9a-f]{32}$/)
    const manifest = JSON.parse(decode(/name="manifest" value="([^"]+)"/.exec(form)![1]!))
    expect(manifest.default_permissions).toEqual({ metadata: 'read', contents: 'read', issues: 'write', checks: 'write' })
    const state = action.split('state=')[1]
    const done = await app.request(`/callback?code=abc123&state=${state}`)
    expect(done.status).toBe(200)
    expect(done.headers.get('cache-control')).toBe('no-store')
    const text = await done.text()
    expect(text).toContain('APP_ID=321')
    expect(text).toContain('WEBHOOK_SECRET=whsec')
    expect(calls).toEqual(['https://api.github.com/app-manifests/abc123/conversions'])
    // the state is spent
    expect((await app.request(`/callback?code=abc123&state=${state}`)).status).toBe(400)
  })

  it('refuses a callback without a state it issued', async () => {
    const app = setupRoute({ ...options, fetch: (async () => new Response('{}')) as unknown as typeof fetch })
    expect((await app.request('/callback?code=abc&state=forged')).status).toBe(400)
  })

  it('registers for an organization when asked', async () => {
    const form = await (await setupRoute(options).request('/?org=acme-bootcamp')).text()
    expect(form).toContain('action="https://github.com/organizations/acme-bootcamp/settings/apps/new?state=')
  })
})
