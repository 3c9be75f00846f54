/** @module POST /api/github/webhooks as a Hono sub-app: sha256 signature required, bodies over 25 MB refused before they are read, then Probot verifies and runs the handlers (which persist the job) before we answer. */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Probot } from 'probot'

/** GitHub caps webhook payloads at 25 MB; anything larger is not from GitHub. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024

type Log = { warn(obj: object, msg: string): void; error(obj: object, msg: string): void }

/**
 * The webhook receiver. Mount it with `app.route('/api/github/webhooks', webhookRoute(probot))`.
 * Answers 202 once the handlers finished (the scan job is in the store), 401 for a bad signature,
 * 400 for missing headers or a body that is not JSON, 413 for an oversized body, 500 when a handler failed.
 */
export function webhookRoute(probot: Probot, options: { log?: Log; maxBytes?: number } = {}): Hono {
  const app = new Hono()
  const log = options.log ?? probot.log
  app.post(
    '/',
    async (c, next) => {
      // only sha256: the sha1 X-Hub-Signature alone is too weak to trust
      if (!c.req.header('x-hub-signature-256')) {
        const reason = c.req.header('x-hub-signature') ? 'X-Hub-Signature (sha1) is not accepted; X-Hub-Signature-256 is required' : 'missing X-Hub-Signature-256'
        return c.json({ error: reason }, 401)
      }
      if (!c.req.header('x-github-event') || !c.req.header('x-github-delivery')) return c.json({ error: 'missing X-GitHub-Event or X-GitHub-Delivery' }, 400)
      return next()
    },
    bodyLimit({ maxSize: options.maxBytes ?? MAX_WEBHOOK_BYTES, onError: (c) => c.json({ error: 'payload over 25 MB' }, 413) }),
    async (c) => {
      const id = c.req.header('x-github-delivery')!
      const name = c.req.header('x-github-event')!
      const signature = c.req.header('x-hub-signature-256')!
      const payload = await c.req.text()
      try {
        await probot.webhooks.verifyAndReceive({ id, name: name as never, signature, payload })
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        if (/signature does not match/i.test(message)) {
          log.warn({ id, event: name }, 'webhook refused: signature does not match')
          return c.json({ error: 'signature does not match' }, 401)
        }
        if (/Invalid JSON/i.test(message)) return c.json({ error: 'body is not JSON' }, 400)
        // the messages only: the AggregateError also carries the whole payload (up to 25 MB) as `event`
        const failures = error instanceof AggregateError ? error.errors : [error]
        log.error({ id, event: name, errors: failures.map((e: unknown) => (e instanceof Error ? e.message : String(e))) }, 'webhook handler failed')
        return c.json({ error: 'handler failed; the delivery can be redelivered' }, 500)
      }
      return c.json({ ok: true }, 202)
    },
  )
  return app
}
