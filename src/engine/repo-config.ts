/** @module The repository's own .github/portfolio-check.yml, read from the snapshot and validated field by field. A bad field becomes a note (file, field, reason) and its default is used; it never throws. Pure apart from snapshot reads. */
import YAML from 'yaml'
import { z } from 'zod'
import type { Note, RepoConfig, Snapshot } from '../types.js'
import { TRACKS } from './tracks.js'

/** Where the config is looked for in the snapshot, first match wins. */
export const CONFIG_PATHS = ['.github/portfolio-check.yml', '.github/portfolio-check.yaml'] as const

const MAX_CONFIG_BYTES = 64 * 1024

export const DEFAULT_CONFIG: RepoConfig = { track: 'general', ignore: [], exempt: [] }

let schemas: ReturnType<typeof buildFields> | undefined

/** The per-field schemas, built on first use (most repositories have no config file). */
function fields(): ReturnType<typeof buildFields> {
  return (schemas ??= buildFields())
}

const buildFields = () => ({
  track: z.enum(TRACKS as [string, ...string[]]),
  minScore: z.number().int('expected a whole number').min(0).max(100),
  ignore: z.array(z.string().trim().min(1, 'expected a non-empty glob').max(500)).max(200),
  exempt: z.array(
    z.strictObject({
      check: z.string().min(1),
      reason: z.string({ error: (i) => (i.input === undefined ? 'required: say why this check does not apply' : 'expected text') }).trim().min(3, 'required: say why this check does not apply'),
    }),
  ),
})

export type RepoConfigResult = {
  config: RepoConfig
  notes: Note[]
  /** The file the config came from, when there was one. */
  source?: string
}

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
    if (!source) return { config: { ...DEFAULT_CONFIG }, notes: [] }
    const entry = snapshot.files.find((f) => f.path === source)
    if (entry?.tooLarge || (entry?.size ?? 0) > MAX_CONFIG_BYTES) return problem(source, '(file)', 'too large to read (over 64 KB)')
    text = await snapshot.read(source)
    if (text === undefined) return problem(source, '(file)', 'not readable as text')
  }
  return parseRepoConfig(text, source ?? CONFIG_PATHS[0], options.checkIds)
}

/** Validate config text; every problem becomes a note and that field falls back to its default. */
export function parseRepoConfig(text: string, source: string, checkIds: readonly string[]): RepoConfigResult {
  if (text.length > MAX_CONFIG_BYTES) return problem(source, '(file)', 'too large to read (over 64 KB)')
  let value: unknown
  try {
    const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: false })
    if (doc.errors.length) return problem(source, '(yaml)', firstLine(doc.errors[0]!.message))
    value = doc.toJS({ maxAliasCount: 20 })
  } catch (error) {
    return problem(source, '(yaml)', firstLine((error as Error).message))
  }
  if (value === null || value === undefined) return { config: { ...DEFAULT_CONFIG }, notes: [], source }
  if (typeof value !== 'object' || Array.isArray(value)) return problem(source, '(file)', 'expected a mapping of track, minScore, ignore, exempt')
  const notes: Note[] = []
  const config: RepoConfig = { ...DEFAULT_CONFIG, ignore: [], exempt: [] }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!(key in fields())) notes.push(note(source, key, 'unknown key; expected track, minScore, ignore or exempt'))
  }
  for (const key of Object.keys(fields()) as (keyof ReturnType<typeof buildFields>)[]) {
    if (!(key in record)) continue
    const parsed = fields()[key].safeParse(record[key])
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      notes.push(note(source, [key, ...issue.path].map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join(''), issue.message))
      continue
    }
    Object.assign(config, { [key]: parsed.data })
  }
  config.exempt = config.exempt.filter((e, i) => {
    if (checkIds.includes(e.check)) return true
    notes.push(note(source, `exempt[${i}].check`, `unknown check "${e.check}"; expected a check id such as readme.setup`))
    return false
  })
  return { config, notes, source }
}

function note(source: string, field: string, reason: string): Note {
  return { level: 'warning', path: source, message: `${source}: ${field}: ${reason}; the default is used for this setting` }
}

function problem(source: string, field: string, reason: string): RepoConfigResult {
  return { config: { ...DEFAULT_CONFIG, ignore: [], exempt: [] }, notes: [note(source, field, reason)], source }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim().slice(0, 200)
}
