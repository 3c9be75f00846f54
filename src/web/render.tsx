/** @module Turning page components into responses: the layout around them, the one "not found", the one error page. */
import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { WebEnv } from './context.js'
import { ErrorPage, NotFoundPage } from './pages/home.js'
import { Layout } from './pages/layout.js'
import type { Services } from './services.js'

/** A full HTML document for `body` inside the layout. */
export async function renderPage(c: Context<WebEnv>, services: Services, title: string, body: Child): Promise<string> {
  const node = (
    <Layout title={title} viewer={c.var.viewer ?? {}} signInEnabled={services.signInEnabled} path={c.req.path}>
      {body}
    </Layout>
  )
  return `<!doctype html>${await node.toString()}`
}

/** 404 for pages: identical for "does not exist" and "you may not see it". */
export async function notFoundPage(c: Context<WebEnv>, services: Services): Promise<Response> {
  c.header('Cache-Control', 'no-store')
  return c.html(await renderPage(c, services, 'Not found', <NotFoundPage />), 404)
}

/** The 404 of the JSON API: identical for both cases too. */
export function notFoundJson(c: Context<WebEnv>): Response {
  c.header('Cache-Control', 'no-store')
  return c.json({ error: 'not found' }, 404)
}

export async function errorPage(c: Context<WebEnv>, services: Services, status: 400 | 403 | 404 | 500, message: string): Promise<Response> {
  c.header('Cache-Control', 'no-store')
  return c.html(await renderPage(c, services, message, <ErrorPage status={status} message={message} />), status)
}
