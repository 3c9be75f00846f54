/** @module Endpoints a README lists: `METHOD /path` in prose, list items, headings, tables (method and path cells), code blocks and curl lines. Pure. */
import type { Block, Section } from './doc.js'

/** An endpoint named in the README. `path` is as written (origin and query removed). */
export type ListedEndpoint = { method: string; path: string; line: number }

const METHODS = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS'
const INLINE = new RegExp(`(?<![\\w/-])(${METHODS})(?![\\w-])[\\s\`*:|>\\]\\[-]*((?:https?://[^\\s/\`'"|)<>]+|(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)(?::\\d+)?|\\{\\{?\\w+\\}?\\})?/(?:[^\\s\`'"|)<>,]|<[\\w:]+>)*)`, 'g')
const METHOD_CELL = new RegExp(`^\\s*[\`*]*(${METHODS})[\`*]*\\s*$`, 'i')
const PATH_CELL = /^\s*[`*]*((?:https?:\/\/[^\s/`]+)?\/[^\s`*]*)[`*]*\s*$/
const CURL_URL = /(?:https?:\/\/|\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?)[^\s'"]*/

/** Every endpoint in some blocks, first occurrence of each method + path. */
export function endpointsIn(blocks: Block[]): ListedEndpoint[] {
  const seen = new Map<string, ListedEndpoint>()
  const add = (method: string, raw: string, line: number): void => {
    const path = pathOf(raw)
    if (!path || !/^\/[\w\-./:{}<>[\]*@$~+,=%]*$/.test(path)) return
    const key = `${method.toUpperCase()} ${endpointKey(path)}`
    if (!seen.has(key)) seen.set(key, { method: method.toUpperCase(), path, line })
  }
  for (const block of blocks) {
    if (block.type === 'row' && block.cells) {
      const methods = block.cells.flatMap((c) => c.split(/\s*[,/&]\s*|\s+/).filter((m) => METHOD_CELL.test(m)))
      const path = block.cells.map((c) => PATH_CELL.exec(c)?.[1]).find(Boolean)
      if (methods.length && path) for (const m of methods) add(m.replace(/[`*]/g, ''), path, block.line)
    }
    for (const line of block.lines) {
      for (const m of line.text.matchAll(INLINE)) add(m[1]!, m[2]!, line.line)
      if (block.type === 'code' && /\bcurl\s/.test(line.text)) {
        const url = CURL_URL.exec(line.text)?.[0]
        if (url) add(curlMethod(line.text), url, line.line)
      }
    }
  }
  return [...seen.values()]
}

/** Listed endpoints when the README lists its API: two or more, or one inside an API section. */
export function listedEndpoints(blocks: Block[], sections: Section[]): ListedEndpoint[] {
  const all = endpointsIn(blocks)
  if (all.length >= 2) return all
  const inApi = sections.filter((s) => s.kinds.has('api')).flatMap((s) => endpointsIn(s.blocks))
  return inApi.length ? all : []
}

/** The path part of `/users?x=1`, `http://localhost:3000/users`, `{{baseUrl}}/users`. */
function pathOf(raw: string): string | undefined {
  const withoutOrigin = raw.replace(/^(?:https?:\/\/[^/]+|(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?|\{\{?\w+\}?\})/, '')
  const path = withoutOrigin.replace(/[?#].*$/, '').replace(/[.,;:]+$/, '')
  return path.startsWith('/') ? path : undefined
}

function curlMethod(line: string): string {
  const explicit = /(?:-X|--request)\s*['"]?([A-Za-z]+)/.exec(line)
  if (explicit) return explicit[1]!.toUpperCase()
  return /\s(?:-d|--data(?:-raw|-binary|-urlencode)?|-F|--form|--json)\b/.test(line) ? 'POST' : 'GET'
}

/**
 * A comparable form of a path: lower case, no trailing slash, every parameter (`:id`, `{id}`, `<int:id>`, `[id]`,
 * `*`) the same placeholder.
 */
export function endpointKey(path: string): string {
  const key = path
    .toLowerCase()
    .replace(/\/+$/, '')
    .split('/')
    .map((part) => (/^(?::\w+\??|\{[^}]*\}|<[^>]*>|\[[^\]]*\]|\*+|\$\w+)$/.test(part) ? ':param' : part))
    .join('/')
  return key || '/'
}
