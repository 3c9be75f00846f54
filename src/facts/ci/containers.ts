/** @module Commands run inside containers: `docker compose run --rm app npm test`, `docker compose exec -T api pytest`, `docker run image go test ./...`. The inner command is judged like any other; its folder is unknown. Pure. */
import { NO, type Outcome, type ResolveEnv } from './resolve-env.js'

/** Options of `docker compose` (global) and of `run`/`exec`/`docker run` that take a value. */
const GLOBAL_VALUE = new Set(['-f', '--file', '-p', '--project-name', '--project-directory', '--env-file', '--profile', '--ansi', '--progress', '--parallel', '-c', '--context', '-H', '--host'])
const RUN_VALUE = new Set([
  '-e', '--env', '-w', '--workdir', '-u', '--user', '--name', '-v', '--volume', '-p', '--publish', '--entrypoint', '-l', '--label',
  '--index', '--pull', '--cap-add', '--cap-drop', '--network', '--net', '--env-file', '--mount', '--platform', '--cpus', '-m',
  '--memory', '--add-host', '--hostname', '-h', '--shm-size', '--ulimit', '--gpus', '--restart', '--stop-signal', '--link',
])

/** Skip options (and their values) from index `i`; returns the index of the first positional word. */
function skipOptions(words: string[], i: number, valued: ReadonlySet<string>): number {
  while (i < words.length && words[i]!.startsWith('-')) {
    const w = words[i]!
    i += valued.has(w) ? 2 : 1
  }
  return i
}

/**
 * The command a docker / docker compose / podman line runs inside a container, judged as a
 * command in an unknown folder (so every package.json/Makefile is a candidate).
 */
export async function containerCommand(env: ResolveEnv, words: string[], depth: number): Promise<Outcome> {
  let i = skipOptions(words, 1, GLOBAL_VALUE)
  if (words[i] === 'compose' || words[i] === 'container') i = skipOptions(words, i + 1, GLOBAL_VALUE)
  if (words[i] !== 'run' && words[i] !== 'exec') return NO
  i = skipOptions(words, i + 1, RUN_VALUE)
  const target = words[i] // the compose service, or the image / container name
  const inner = words.slice(i + 1)
  if (!target || !inner.length) return NO
  // `sh -c "npm test"` is the usual way to pass a compound command
  return env.command(inner, undefined, depth + 1)
}
