import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { Cookies, safeNext } from '../../src/web/session.js'

function app(secret: string) {
  const cookies = new Cookies(secret, true)
  const hono = new Hono()
  hono.get('/in', async (c) => {
    await cookies.writeSession(c, 'octo', 'ghu_token_value')
    return c.text('ok')
  })
  hono.get('/who', async (c) => c.json((await cookies.readSession(c)) ?? null))
  return hono
}

describe('session cookies', () => {
  it('are signed, sealed, httpOnly, Secure on https and SameSite=Lax, and read back', async () => {
    const a = app('secret-one-0123456789abcdef0123456789')
    const res = await a.request('/in')
    const cookie = res.headers.getSetCookie()[0]!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/Secure/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).not.toContain('ghu_token_value')
    expect(cookie).not.toContain('octo')
    const who = await (await a.request('/who', { headers: { cookie: cookie.split(';')[0]! } })).json()
    expect(who).toMatchObject({ login: 'octo', token: 'ghu_token_value' })
  })

  it('are refused when signed with another secret or tampered with', async () => {
    const cookie = (await app('secret-one-0123456789abcdef0123456789').request('/in')).headers.getSetCookie()[0]!.split(';')[0]!
    expect(await (await app('secret-two-0123456789abcdef0123456789').request('/who', { headers: { cookie } })).json()).toBeNull()
    const tampered = cookie.replace(/=(.)/, (_, ch) => `=${ch === 'A' ? 'B' : 'A'}`)
    expect(await (await app('secret-one-0123456789abcdef0123456789').request('/who', { headers: { cookie: tampered } })).json()).toBeNull()
  })
})

describe('safeNext', () => {
  it('keeps same-site paths and drops everything else', () => {
    expect(safeNext('/octo/api?x=1')).toBe('/octo/api?x=1')
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', undefined]) expect(safeNext(bad)).toBe('/')
  })
})
