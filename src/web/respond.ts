/** @module Cached response bodies: bytes with an ETag, gzipped once on first demand (a 200-repo page: ~250 KB, ~20 KB gzipped). */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Context } from 'hono'
import type { WebEnv } from './context.js'

/** Bytes as Hono's typings want them (Uint8Array over a plain ArrayBuffer). */
type Bytes = Uint8Array<ArrayBuffer>

export type CachedBody = { body: Bytes; etag: string; type: string; gzip?: Bytes }

export function cachedBody(text: string, type: string): CachedBody {
  const body = new TextEncoder().encode(text) as Bytes
  return { body, type, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` }
}

/** Send a cached body: 304 when the client has it, gzip when accepted and worth it. Headers set before are kept. */
export function sendBody(c: Context<WebEnv>, entry: CachedBody, status: 200 | 201 = 200): Response {
  c.header('ETag', entry.etag)
  c.header('Vary', 'Cookie, Accept-Encoding')
  if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304)
  c.header('Content-Type', entry.type)
  if (entry.body.length > 1024 && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    entry.gzip ??= new Uint8Array(gzipSync(entry.body, { level: 6 }))
    c.header('Content-Encoding', 'gzip')
    return c.body(entry.gzip, status)
  }
  return c.body(entry.body, status)
}
