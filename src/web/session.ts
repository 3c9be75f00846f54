/** @module Session, share and OAuth-state cookies: hono/cookie signed cookies, httpOnly and SameSite=Lax. */
// The session's GitHub token is also sealed with AES-256-GCM, so it is never readable outside the server.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'
import type { CookieOptions } from 'hono/utils/cookie'

export const SESSION_COOKIE = 'pc_session'
export const SHARE_COOKIE = 'pc_share'
export const STATE_COOKIE = 'pc_oauth'

/** Session length: GitHub App user tokens expire after 8 hours, so sessions do not outlive them. */
export const SESSION_SECONDS = 8 * 3600

export type Session = { login: string; token: string; expires: number }

/** Cookie signing and sealing keyed by one secret. */
export class Cookies {
  private readonly sealKey: Buffer
  constructor(
    private readonly secret: string,
    private readonly secure: boolean,
  ) {
    this.sealKey = createHash('sha256').update(`portfolio-check session seal\0${secret}`).digest()
  }

  private options(maxAge: number): CookieOptions {
    return { path: '/', httpOnly: true, sameSite: 'Lax', secure: this.secure, maxAge }
  }

  async readSession(c: Context): Promise<Session | undefined> {
    const value = await getSignedCookie(c, this.secret, SESSION_COOKIE)
    if (!value) return undefined
    const session = this.unseal(value)
    return session && session.expires > Date.now() ? session : undefined
  }

  async writeSession(c: Context, login: string, token: string): Promise<void> {
    const session: Session = { login, token, expires: Date.now() + SESSION_SECONDS * 1000 }
    await setSignedCookie(c, SESSION_COOKIE, this.seal(session), this.secret, this.options(SESSION_SECONDS))
  }

  clearSession(c: Context): void {
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: this.secure })
  }

  async readShare(c: Context): Promise<string | undefined> {
    return (await getSignedCookie(c, this.secret, SHARE_COOKIE)) || undefined
  }

  async writeShare(c: Context, token: string): Promise<void> {
    await setSignedCookie(c, SHARE_COOKIE, token, this.secret, this.options(30 * 86400))
  }

  async readState(c: Context): Promise<{ state: string; next: string } | undefined> {
    const value = await getSignedCookie(c, this.secret, STATE_COOKIE)
    if (!value) return undefined
    const [state, next] = value.split('|')
    return state ? { state, next: next ? decodeURIComponent(next) : '/' } : undefined
  }

  async writeState(c: Context, state: string, next: string): Promise<void> {
    await setSignedCookie(c, STATE_COOKIE, `${state}|${encodeURIComponent(next)}`, this.secret, this.options(600))
  }

  clearState(c: Context): void {
    deleteCookie(c, STATE_COOKIE, { path: '/', secure: this.secure })
  }

  private seal(session: Session): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv)
    const body = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
  }

  private unseal(value: string): Session | undefined {
    try {
      const raw = Buffer.from(value, 'base64url')
      const decipher = createDecipheriv('aes-256-gcm', this.sealKey, raw.subarray(0, 12))
      decipher.setAuthTag(raw.subarray(12, 28))
      const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
      const session = JSON.parse(text) as Session
      return typeof session.login === 'string' && typeof session.token === 'string' ? session : undefined
    } catch {
      return undefined
    }
  }
}

/** Only same-site paths may be redirected to after sign-in (no `//evil.example`, no `https:`). */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/'
}
