/** @module Variables a README hands to a database, cache or broker container (`docker run -e POSTGRES_PASSWORD=x postgres`, a compose `db:` service): they configure that image, not the app. Pure. */
import type { Line } from './doc.js'

/**
 * Images of databases, caches, brokers and their admin tools, by repository name (registry, `library/` and
 * `bitnami/` prefixes dropped). The app's own image is never one of them.
 */
const SERVICE_IMAGES = new Set([
  'postgres', 'postgis/postgis', 'timescale/timescaledb', 'mysql', 'mariadb', 'mongo', 'mongodb/mongodb-community-server', 'redis',
  'redis/redis-stack', 'redis/redis-stack-server', 'valkey/valkey', 'memcached', 'rabbitmq', 'elasticsearch', 'elasticsearch/elasticsearch',
  'opensearchproject/opensearch', 'mssql/server', 'cassandra', 'neo4j', 'couchdb', 'minio/minio', 'clickhouse/clickhouse-server', 'nats',
  'kafka', 'confluentinc/cp-kafka', 'apache/kafka', 'zookeeper', 'adminer', 'dpage/pgadmin4', 'mongo-express', 'mailhog/mailhog',
  'axllent/mailpit', 'localstack/localstack', 'postgresql', 'mongodb', 'keydb', 'eqalpha/keydb', 'surrealdb/surrealdb', 'influxdb',
])
/** `docker run` long options that take no value; every other one takes the next token unless written `--opt=value`. */
const FLAGS = new Set(['--rm', '--detach', '--interactive', '--tty', '--privileged', '--init', '--publish-all', '--read-only', '--sig-proxy'])
const SHORT_FLAGS = /^-[ditP]+$/
const RUN = /\b(?:docker|podman)\s+(?:container\s+)?run\s+([^`]*)/g
/** Lines end with `\` (sh), `` ` `` (PowerShell) or `^` (cmd) when a command goes on. */
const CONTINUED = /(?:\\|`|\s\^)\s*$/

/** True for `postgres:16`, `docker.io/library/redis:7-alpine`, `bitnami/mongodb@sha256:...` (prose punctuation around it ignored). */
export function isServiceImage(image: string): boolean {
  const bare = image.replace(/^['"(]+|[)\].,;'"]+$/g, '')
  const name = bare.replace(/@sha256:\w+$/, '').replace(/:[\w.-]+$/, '').toLowerCase()
  const repo = name.replace(/^(?:[\w-]+\.[\w.-]+(?::\d+)?\/)/, '').replace(/^(?:library|bitnami)\//, '')
  return SERVICE_IMAGES.has(repo)
}

/** The image a `docker run` argument list starts, skipping options and their values, and where it ends in `args`. */
export function runImage(args: string): { image: string; end: number } | undefined {
  // Quoted parts stay in their token: `-e REDIS_ARGS="--save 60 1"` is one value.
  const tokens = [...args.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].filter((t) => t[0] !== '\\')
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]![0]
    if (!token.startsWith('-')) return { image: token, end: tokens[i]!.index! + token.length }
    // `-e X=1` and `--env X=1` take the next token; `--env=X=1`, `-p8080:80`, `-it` and `--rm` do not.
    const long = token.startsWith('--')
    if (long ? !token.includes('=') && !FLAGS.has(token) : token.length === 2 && !SHORT_FLAGS.test(token)) i++
  }
  return undefined
}

/** A line's text with every `docker run` of a service image (up to the image) cut out: inline code in prose, one-line commands. */
export function withoutServiceRuns(text: string): string {
  return text.replace(RUN, (whole, args: string) => {
    const run = runImage(args)
    return run && isServiceImage(run.image) ? whole.slice(whole.length - args.length + run.end) : whole
  })
}

/**
 * Line numbers of a code block that belong to a service container: every line of a (continued) `docker run`
 * command of a service image, and every line of a compose service whose `image:` is one.
 */
export function serviceContainerLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    let end = i
    while (end < lines.length - 1 && CONTINUED.test(lines[end]!.text)) end++
    const command = lines.slice(i, end + 1).map((l) => l.text.replace(CONTINUED, ' ')).join(' ')
    if (withoutServiceRuns(command) !== command) for (let j = i; j <= end; j++) out.add(lines[j]!.line)
    i = end
  }
  for (const service of composeServices(lines)) {
    if (service.some((l) => isServiceImage(/^\s*image:\s*(\S+)/.exec(l.text)?.[1] ?? ''))) for (const l of service) out.add(l.line)
  }
  return out
}

/** The lines of each service under a compose `services:` key, by indentation (the snippet may not be valid YAML). */
function composeServices(lines: readonly Line[]): Line[][] {
  const start = lines.findIndex((l) => /^\s*services:\s*$/.test(l.text))
  if (start < 0) return []
  const indent = (l: Line) => /^\s*/.exec(l.text)![0].length
  const base = indent(lines[start]!)
  const services: Line[][] = []
  let level: number | undefined
  for (const line of lines.slice(start + 1)) {
    if (line.text.trim() === '' || line.text.trim().startsWith('#')) continue
    const depth = indent(line)
    if (depth <= base) break
    level ??= depth
    if (depth === level) services.push([line])
    else services.at(-1)?.push(line)
  }
  return services
}
