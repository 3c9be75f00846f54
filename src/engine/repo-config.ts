/** @module The repository's own .github/portfolio-check.yml, read from the snapshot and validated field by field. A bad field becomes a note (file, field, reason) and its default is used; it never throws. Pure apart from snapshot reads. */
import YAML from 'yaml'
import { z } from 'zod'
import type { Note, RepoConfig, Snapshot } from '../types.js'
import { TRACKS } from './tracks.js'

/** Where the config is looked for in the snapshot, first match wins. */
export const CONFIG_PATHS = ['.github/portfolio-check.yml', '.github/portfolio-check.yaml'] as const

const MAX_CONFIG_BYTES = 64 * 1024

export const DEFAULT_CONFIG: RepoConfig = { track: 'general', ignore: [], exempt: [] }

let schemas: ReturnType<typeof buildSchemas> | undefined

/** The schemas, built on first use (most repositories have no config file). */
function schemasOf(): ReturnType<typeof buildSchemas> {
  return (schemas ??= buildSchemas())
}

/** A value from the file as the learner wrote it, short enough for a one-line note. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** Every message says what was given and what was expected. */
const expect = (what: string) => ({ error: (issue: { input?: unknown }) => `got ${shown(issue.input)}; expected ${what}` })

const TRACK_LIST = `${TRACKS.slice(0, -1).join(', ')} or ${TRACKS.at(-1)}`
const NEEDS_REASON = 'required: say why this check does not apply to your project'

const SCORE = 'a whole number from 0 to 100'
const GLOB = 'a glob such as "legacy/**"'
const CHECK_ID = 'a check id such as docker.compose'

const buildSchemas = () => ({
  track: z.enum(TRACKS as [string, ...string[]], expect(TRACK_LIST)),
  minScore: z.number(expect(SCORE)).int(expect(SCORE)).min(0, expect(SCORE)).max(100, expect(SCORE)),
  /** Lists are checked as lists first, then item by item, so one bad entry does not drop the others. */
  ignore: z.array(z.unknown(), expect('a list of globs, e.g. [legacy/, "examples/**"]')).max(200, { error: 'too many globs; expected at most 200' }),
  ignoreItem: z.string(expect(GLOB)).trim().min(1, expect(GLOB)).max(500, { error: 'glob too long; expected at most 500 characters' }),
  exempt: z.array(z.unknown(), expect('a list of exemptions, each with check and reason')),
  exemptItem: z.strictObject(
    {
      check: z.string(expect(CHECK_ID)).min(1, expect(CHECK_ID)),
      reason: z
        .string({ error: (i) => (i.input === undefined ? NEEDS_REASON : `got ${shown(i.input)}; expected a sentence`) })
        .trim()
        .min(3, NEEDS_REASON),
    },
    expect('check and reason, e.g. { check: docker.compose, reason: "one process, nothing to compose" }'),
  ),
})

export type RepoConfigResult = {
  config: RepoConfig
  notes: Note[]
  /** The same problems as fields and reasons, for callers that reject a bad file (CLI --config). */
  problems: ConfigProblem[]
  /** The file the config came from, when there was one. */
  source?: string
}

/**
 * One invalid setting: `field` is a path like `exempt[0].reason`, or `(yaml)` / `(file)` for the whole
 * file; `fallback` says what the scan does instead.
 */
export type ConfigProblem = { field: string; reason: string; fallback: string }

/**
 * Read and validate the repo config. `text` overrides the snapshot's file (CLI --config); `source`
 * names it in notes. `checkIds` are the known check ids, so an exemption of an unknown check is
 * reported instead of silently doing nothing.
 */
export async function readRepoConfig(
  snapshot: Snapshot,
  options: { text?: string; source?: string; checkIds: readonly string[] },
): Promise<RepoConfigResult> {
  let source = options.source
  let text = options.text
  if (text === undefined) {
    const present = new Set(snapshot.files.map((f) => f.path))
    source = CONFIG_PATHS.find((p) => present.has(p))
    if (!source) return { config: { ...DEFAULT_CONFIG }, notes: [], problems: [] }
    const entry = snapshot.files.find((f) => f.path === source)
    if (entry?.tooLarge || (entry?.size ?? 0) > MAX_CONFIG_BYTES) return problem(source, '(file)', 'too large to read (over 64 KB)')
    text = await snapshot.read(source)
    if (text === undefined) return problem(source, '(file)', 'not readable as text')
  }
  return parseRepoConfig(text, source ?? CONFIG_PATHS[0], options.checkIds)
}

/** Validate config text; every problem becomes a note and that setting (or list entry) falls back to its default. */
export function parseRepoConfig(text: string, source: string, checkIds: readonly string[]): RepoConfigResult {
  if (text.length > MAX_CONFIG_BYTES) return problem(source, '(file)', 'too large to read (over 64 KB)')
  let value: unknown
  try {
    const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true })
    // prettyErrors puts "at line L, column C" at the end of the message's first line
    if (doc.errors.length) return problem(source, '(yaml)', `invalid YAML: ${firstLine(doc.errors[0]!.message).replace(/:$/, '')}`)
    value = doc.toJS({ maxAliasCount: 20 })
  } catch (error) {
    return problem(source, '(yaml)', firstLine((error as Error).message))
  }
  if (value === null || value === undefined) return { config: { ...DEFAULT_CONFIG }, notes: [], problems: [], source }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const given = Array.isArray(value) ? 'a list' : shown(value)
    return problem(source, '(file)', `got ${given}; expected settings such as "track: saas" (track, minScore, ignore, exempt)`)
  }
  return { ...validate(value as Record<string, unknown>, checkIds, source), source }
}

/** Check each setting of a parsed file; a bad setting (or list entry) is left at its default. */
function validate(record: Record<string, unknown>, checkIds: readonly string[], source: string): Omit<RepoConfigResult, 'source'> {
  const problems: ConfigProblem[] = []
  const config: RepoConfig = { ...DEFAULT_CONFIG, ignore: [], exempt: [] }
  const schema = schemasOf()
  for (const key of Object.keys(record)) {
    if (!['track', 'minScore', 'ignore', 'exempt'].includes(key)) {
      problems.push({ field: key, reason: 'unknown key; expected track, minScore, ignore or exempt', fallback: 'it is ignored' })
    }
  }
  const check = <T>(field: string, parser: z.ZodType<T>, input: unknown, fallback: string): T | undefined => {
    const parsed = parser.safeParse(input)
    if (parsed.success) return parsed.data
    problems.push({ ...describeIssue(field, parsed.error.issues[0]!), fallback })
    return undefined
  }
  if ('track' in record) config.track = (check('track', schema.track, record.track, 'the default (general) is used') as RepoConfig['track']) ?? config.track
  const minScore = 'minScore' in record ? check('minScore', schema.minScore, record.minScore, 'no minimum score is set') : undefined
  if (minScore !== undefined) config.minScore = minScore
  const ignore = 'ignore' in record ? (check('ignore', schema.ignore, record.ignore, 'nothing is ignored') ?? []) : []
  ignore.forEach((item, i) => {
    const glob = check(`ignore[${i}]`, schema.ignoreItem, item, 'this entry is skipped')
    if (glob !== undefined) config.ignore.push(glob)
  })
  const exempt = 'exempt' in record ? (check('exempt', schema.exempt, record.exempt, 'no check is exempted') ?? []) : []
  exempt.forEach((item, i) => {
    const exemption = check(`exempt[${i}]`, schema.exemptItem, item, 'this exemption is ignored')
    if (!exemption) return
    if (checkIds.includes(exemption.check)) return void config.exempt.push(exemption)
    const reason = `unknown check "${exemption.check}"; expected ${CHECK_ID}`
    problems.push({ field: `exempt[${i}].check`, reason, fallback: 'this exemption is ignored' })
  })
  return { config, notes: problems.map((p) => note(source, p)), problems }
}

/** A zod issue as a field path (`exempt[0].reason`) and a reason. */
function describeIssue(field: string, issue: z.core.$ZodIssue): { field: string; reason: string } {
  const path = [field, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('')
  if (issue.code === 'unrecognized_keys') return { field: `${path}.${issue.keys[0]}`, reason: 'unknown key; expected check and reason' }
  return { field: path, reason: issue.message }
}

function note(source: string, { field, reason, fallback }: ConfigProblem): Note {
  return { level: 'warning', path: source, message: `${source}: ${field}: ${reason}; ${fallback}` }
}

function problem(source: string, field: string, reason: string): RepoConfigResult {
  const problems = [{ field, reason, fallback: 'the whole file is ignored and the defaults are used' }]
  return { config: { ...DEFAULT_CONFIG, ignore: [], exempt: [] }, notes: problems.map((p) => note(source, p)), problems, source }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim().slice(0, 200)
}
