/** @module Which files of a GitHub tree to fetch up front: the ones analyzers are likely to read. Pure: no I/O. */
import type { FileEntry } from '../types.js'

/** Files fetched before the first read completes; more are fetched lazily in batches. */
export const PREFETCH_MAX_FILES = 200
/** Upper bound of the bytes fetched up front (sum of blob sizes from the tree). */
export const PREFETCH_MAX_BYTES = 6 * 1024 * 1024

const SOURCE_EXT = /\.(?:[cm]?[jt]sx?|py|go|java|kts?|php|rb|cs|rake|erb|sql)$/i

/** Manifests, docs, CI, container and env files: small, few, and read by several analyzers. */
const KEY_FILE = new RegExp(
  [
    /(^|\/)readme(\.[a-z]+)?$/,
    /^(licen[cs]e|copying)(\.[a-z]+)?$/,
    /(^|\/)\.gitignore$/,
    /(^|\/)(package|composer|tsconfig|nest-cli|app|appsettings)\.json$/,
    /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|pipfile|setup\.py|setup\.cfg|manage\.py|alembic\.ini|go\.mod)$/,
    /(^|\/)(pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|gemfile|[^/]+\.csproj|application[^/]*\.(ya?ml|properties))$/,
    /^\.github\/workflows\/[^/]+\.ya?ml$/,
    /^(\.gitlab-ci\.yml|\.circleci\/config\.yml|\.travis\.yml|azure-pipelines\.yml|jenkinsfile|bitbucket-pipelines\.yml)$/,
    /^\.github\/portfolio-check\.ya?ml$/,
    /(^|\/)(dockerfile[^/]*|[^/]+\.dockerfile|(docker-)?compose[^/]*\.ya?ml|\.dockerignore)$/,
    /(^|\/)(\.env[^/]*|[^/]*\.env|[^/]*env\.example)$/,
    /(^|\/)(makefile|procfile|[^/]*(openapi|swagger)[^/]*\.(ya?ml|json)|[^/]*postman[^/]*\.json)$/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
)

/** Never worth fetching up front: lock files and minified bundles are large and judged by path only. */
const SKIP = /(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|pipfile\.lock|composer\.lock|gemfile\.lock|go\.sum)$|\.min\.js$/i

/**
 * Pick the files to prefetch: key files first, then source files (shallow paths first), bounded in
 * count and bytes so a 20,000-file repository still costs a couple of requests.
 * @returns paths in fetch order
 */
export function selectPrefetch(files: readonly FileEntry[], maxFiles = PREFETCH_MAX_FILES, maxBytes = PREFETCH_MAX_BYTES): string[] {
  const key: FileEntry[] = []
  const source: FileEntry[] = []
  for (const file of files) {
    if (file.tooLarge || SKIP.test(file.path)) continue
    if (KEY_FILE.test(file.path)) key.push(file)
    else if (SOURCE_EXT.test(file.path)) source.push(file)
  }
  const byDepth = (a: FileEntry, b: FileEntry) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : 1)
  const picked: string[] = []
  let bytes = 0
  for (const file of [...key.sort(byDepth), ...source.sort(byDepth)]) {
    if (picked.length >= maxFiles) break
    if (bytes + file.size > maxBytes) continue
    picked.push(file.path)
    bytes += file.size
  }
  return picked
}

function depth(path: string): number {
  let n = 0
  for (const ch of path) if (ch === '/') n++
  return n
}
