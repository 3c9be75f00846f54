/** @module Share links (open, create, revoke) and the public-page switch; owners only, others get the unknown-account 404. */
// Opening /share/:token stores the token in a signed cookie that is checked against the store on every request,
// so revoking works at once. Changes are CSRF-checked form POSTs.
import { Hono, type MiddlewareHandler } from 'hono'
import type { WebEnv } from '../context.js'
import { isOwner } from '../access.js'
import { accountPath } from '../links.js'
import { ShareCreated } from '../pages/sharing.js'
import { notFoundPage, renderPage } from '../render.js'
import type { Services } from '../services.js'

export function ownerRoutes(services: Services, csrf: MiddlewareHandler): Hono<WebEnv> {
  const app = new Hono<WebEnv>()
  const store = services.deps.store

  app.get('/share/:token', async (c) => {
    const token = c.req.param('token')
    const account = await store.resolveShareToken(token)
    if (!account) return notFoundPage(c, services)
    await services.cookies.writeShare(c, token)
    c.header('Cache-Control', 'no-store')
    c.header('Referrer-Policy', 'no-referrer')
    return c.redirect(accountPath(account), 303)
  })

  /** The account, when the signed-in viewer owns it. */
  const owned = async (login: string, viewer: WebEnv['Variables']['viewer']) => {
    const account = await store.getAccount(login)
    return account && isOwner(viewer, account) ? account : undefined
  }

  app.post('/:account/settings', csrf, async (c) => {
    const account = await owned(c.req.param('account'), c.var.viewer)
    if (!account) return notFoundPage(c, services)
    const form = await c.req.parseBody()
    await store.upsertAccount({ login: account.login, publicPage: form.publicPage === 'on' })
    return c.redirect(`${accountPath(account.login)}#sharing`, 303)
  })

  app.post('/:account/share-links', csrf, async (c) => {
    const account = await owned(c.req.param('account'), c.var.viewer)
    if (!account) return notFoundPage(c, services)
    const form = await c.req.parseBody()
    const label = typeof form.label === 'string' ? form.label.trim().slice(0, 100) : ''
    const { token } = await store.createShareLink(account.login, label || undefined)
    c.header('Cache-Control', 'no-store')
    const url = `${services.baseUrl}/share/${token}`
    return c.html(await renderPage(c, services, 'Share link created', <ShareCreated login={account.login} url={url} />), 201)
  })

  app.post('/:account/share-links/:id/revoke', csrf, async (c) => {
    const account = await owned(c.req.param('account'), c.var.viewer)
    const id = Number(c.req.param('id'))
    if (!account || !Number.isInteger(id)) return notFoundPage(c, services)
    await store.revokeShareLink(account.login, id)
    return c.redirect(`${accountPath(account.login)}#sharing`, 303)
  })

  return app
}
