/** @module Command-line parsing (node:util parseArgs) into a typed command. Throws UsageError with what was given and what was expected. No I/O. */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'
import type { Track } from '../types.js'

export const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const
export type Format = (typeof FORMATS)[number]
const TRACK_NAMES: readonly Track[] = ['general', 'saas', 'data', 'platform']

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'rules' }
  | { name: 'routes'; target: string; json: boolean }
  | { name: 'scan'; target: string; format: Format; track?: Track; minScore?: number; config?: string; save: boolean }

const OPTIONS = {
  format: { type: 'string' },
  track: { type: 'string' },
  'min-score': { type: 'string' },
  config: { type: 'string' },
  save: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** Which options each command accepts (anything else is a usage error, not silently ignored). */
const ALLOWED: Record<string, readonly string[]> = {
  scan: ['format', 'track', 'min-score', 'config', 'save'],
  routes: ['json'],
  rules: [],
}

/** What each option's value must be, for messages. */
const EXPECTED: Record<string, string> = {
  format: FORMATS.join(', '),
  track: TRACK_NAMES.join(', '),
  'min-score': 'a whole number from 0 to 100',
  config: 'the path of a YAML file',
}

/** Parse argv (without `node` and the script). */
export function parseCommand(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }, argv))
  }
  const { values, positionals } = parsed
  if (values.help) return { name: 'help' }
  if (values.version) return { name: 'version' }
  const [name, ...rest] = positionals
  if (!name) throw new UsageError('no command given; expected scan, routes or rules (see portfolio-check --help)')
  if (!(name in ALLOWED)) throw new UsageError(`unknown command "${name}"; expected scan, routes or rules`)
  for (const key of Object.keys(values)) {
    if (values[key as keyof typeof values] !== undefined && !ALLOWED[name]!.includes(key)) {
      throw new UsageError(`option --${key} does not apply to "${name}"; it takes ${ALLOWED[name]!.length ? ALLOWED[name]!.map((o) => `--${o}`).join(', ') : 'no options'}`)
    }
  }
  if (name === 'rules') {
    if (rest.length) throw new UsageError(`"rules" takes no arguments; got "${rest.join(' ')}"`)
    return { name }
  }
  if (rest.length !== 1) {
    throw new UsageError(`"${name}" needs exactly one path${name === 'scan' ? ' or owner/repo' : ''}; got ${rest.length ? `"${rest.join(' ')}"` : 'none'}`)
  }
  const target = rest[0]!
  if (name === 'routes') return { name, target, json: values.json ?? false }
  return {
    name: 'scan',
    target,
    format: oneOf('--format', values.format ?? 'text', FORMATS),
    ...(values.track !== undefined && { track: oneOf('--track', values.track, TRACK_NAMES) }),
    ...(values['min-score'] !== undefined && { minScore: score(values['min-score']) }),
    ...(values.config !== undefined && { config: values.config }),
    save: values.save ?? false,
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${option}: got "${value}"; expected ${allowed.join(', ')}`)
}

function score(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || n > 100) throw new UsageError(`--min-score: got "${value}"; expected a whole number from 0 to 100`)
  return n
}

/**
 * node:util's parse errors rewritten as "what was given; what was expected" in one line (its own
 * messages span several lines and talk about positionals).
 */
function describeParseError(error: Error & { code?: string }, argv: readonly string[]): string {
  const name = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1] ?? ''
  const key = name.replace(/^-+/, '')
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const command = argv.find((a) => !a.startsWith('-') && a in ALLOWED)
    const allowed = command ? ALLOWED[command]!.map((o) => `--${o}`) : Object.keys(OPTIONS).map((o) => `--${o}`)
    const close = allowed.find((o) => squash(o) === squash(name) || (squash(name).length > 3 && squash(o).startsWith(squash(name))))
    const takes = command ? `"${command}" takes ${allowed.length ? allowed.join(', ') : 'no options'}` : `expected one of ${allowed.join(', ')}`
    return `unknown option ${name}${close ? ` (did you mean ${close}?)` : ''}; ${takes} (see portfolio-check --help)`
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && key in EXPECTED) {
    // "ambiguous": the value starts with a dash (--min-score -5); "missing": nothing after the option
    const at = argv.indexOf(name)
    const given = /ambiguous/.test(error.message) && at >= 0 ? argv[at + 1] : undefined
    return `${name}: ${given === undefined ? 'no value given' : `got "${given}"`}; expected ${EXPECTED[key]}`
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(error.message)) {
    return `${name} is a switch and takes no value; got "${argv.find((a) => a.startsWith(`${name}=`)) ?? name}"`
  }
  return `${error.message.split('\n')[0]}; see portfolio-check --help`
}

/** An option name without dashes, for "did you mean". */
function squash(option: string): string {
  return option.replace(/-/g, '').toLowerCase()
}
