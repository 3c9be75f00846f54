/** @module Does a README point to API docs: a link or URL to /docs, /swagger, /api-docs, redoc, a Postman collection, an OpenAPI file in the repo. Pure. */
import type { Block, Line } from './doc.js'

/** Paths an app serves its docs on (FastAPI /docs + /redoc, swagger-ui-express /api-docs, springdoc /swagger-ui). */
const DOCS_PATH = /(?:^|\/)(?:docs|swagger(?:-ui)?(?:\.html|\/index\.html)?|api-?docs|redoc|openapi(?:\.json|\.ya?ml)?|scalar|v[23]\/api-docs|api\/documentation)(?:\/|$|[?#])/i
/** Unambiguous doc paths, trusted on any host that is not a tool's own website. */
const SPECIFIC_PATH = /(?:^|\/)(?:swagger(?:-ui)?|api-?docs|redoc|openapi)(?:[./]|$|[?#])/i
/** Hosts that publish API docs or collections. */
const DOC_HOSTS = /(?:^|\.)(?:documenter\.getpostman\.com|app\.swaggerhub\.com|bump\.sh|stoplight\.io|readme\.io|apidog\.com)$/i
/** Local and student-deployment hosts: a /docs path there is the project's own docs. */
const OWN_HOSTS = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$|\.(?:herokuapp\.com|onrender\.com|vercel\.app|netlify\.app|fly\.dev|railway\.app|azurewebsites\.net|pythonanywhere\.com|appspot\.com|run\.app|amazonaws\.com|ngrok(?:-free)?\.(?:io|app|dev)|koyeb\.app|cyclic\.app|glitch\.me|repl\.co|replit\.app|deta\.dev|up\.railway\.app|local)$/i
/** Websites of the tools themselves: a link there names the tool, not this project's docs. */
const TOOL_HOSTS = /(?:^|\.)(?:swagger\.io|openapis\.org|redocly\.com|redoc\.ly|npmjs\.com|pypi\.org|github\.com|gitlab\.com|springdoc\.org|tiangolo\.com|microsoft\.com|postman\.com|insomnia\.rest|usebruno\.com|wikipedia\.org|mozilla\.org)$/i
/** Files in the repo that describe the API. */
const SPEC_FILE = /(?:^|\/)(?:(?:openapi|swagger)[\w.-]*\.(?:json|ya?ml)|[\w.-]+\.postman_collection\.json|insomnia[\w.-]*\.(?:json|ya?ml)|(?:api|endpoints?|api[-_]?docs?|api[-_]reference)\.(?:md|html|rst))$/i
const POSTMAN_COLLECTION = /postman\.com\/.*(?:collection|workspace)|postman\.co\/.*(?:collection|workspace)/i
/** Whether a linked file exists in the snapshot. */
export type Exists = (path: string, fromRoot?: boolean) => boolean

/** Words that say "documentation" (English, Spanish, Portuguese, French, German, Russian, Indonesian). */
const DOC_WORDS = /\b(?:docs?|documentation|swagger|redoc|openapi|postman|documentaci[oó]n|documenta[cç][aã]o|dokumentation|dokumentasi)\b|документац/i

/** "Visit /docs for Swagger UI": a docs path written in prose without a link. */
const DOCS_IN_PROSE = /(?<![\w/.:-])\/(?:docs|swagger(?:-ui)?|api-?docs|redoc)(?![\w-])[\w/.-]*/g

const BARE_URL = /\bhttps?:\/\/[^\s<>`'"()[\]|]+/g

/**
 * Lines that link to API docs. Relative links to files must exist in the repo.
 * @param exists whether a path, relative to the README's folder (or to the repo root when `fromRoot`), is a file of the snapshot
 */
export function apiDocsEvidence(blocks: Block[], exists: Exists): Line[] {
  const hits: Line[] = []
  for (const block of blocks) {
    const urls: Line[] = (block.links ?? []).map((l) => ({ text: l.url, line: l.line }))
    for (const line of block.lines) for (const m of line.text.matchAll(BARE_URL)) urls.push({ text: m[0], line: line.line })
    for (const span of block.inline ?? []) if (/^\/[\w/-]+\/?$/.test(span.text.trim())) urls.push({ text: span.text.trim(), line: span.line })
    if (block.type !== 'code') {
      for (const line of block.lines) for (const m of line.text.matchAll(DOCS_IN_PROSE)) urls.push({ text: m[0], line: line.line })
    }
    const hit = urls.find((u) => isApiDocsUrl(u.text, exists)) ?? (block.type === 'code' ? undefined : docsSentence(block, urls))
    if (hit) hits.push(hit)
  }
  return hits
}

/** "API documentation: http://localhost:8001/api": a sentence that says docs, with the project's own URL on the same line. */
function docsSentence(block: Block, urls: Line[]): Line | undefined {
  const wordy = new Set(block.lines.filter((l) => DOC_WORDS.test(l.text)).map((l) => l.line))
  return urls.find((u) => wordy.has(u.line) && (u.text.startsWith('/') || OWN_HOSTS.test(hostOf(u.text))))
}

function hostOf(url: string): string {
  return /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? ''
}

function isApiDocsUrl(raw: string, exists: Exists): boolean {
  const url = raw.trim().replace(/[.,;:!]+$/, '')
  const absolute = /^https?:\/\/([^/:?#]+)(?::\d+)?(\/[^?#]*)?/i.exec(url)
  if (absolute) {
    const host = absolute[1]!.toLowerCase()
    const path = absolute[2] ?? '/'
    if (DOC_HOSTS.test(host) || POSTMAN_COLLECTION.test(url)) return true
    if (TOOL_HOSTS.test(host)) return false
    return OWN_HOSTS.test(host) ? DOCS_PATH.test(path) : SPECIFIC_PATH.test(path)
  }
  if (url.startsWith('/')) return DOCS_PATH.test(url.replace(/[?#].*$/, '')) || (SPEC_FILE.test(url) && exists(url.slice(1), true))
  if (/^[a-z][\w+.-]*:/i.test(url) || url.startsWith('#')) return false
  const path = url.replace(/^\.\//, '').replace(/[?#].*$/, '')
  return SPEC_FILE.test(path) && exists(path)
}
