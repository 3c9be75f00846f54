/** @module scan(): the one pipeline every entry point uses — snapshot -> repo config -> ignore filter -> facts -> findings -> score -> report. Deterministic: the same repo, commit and config always give the same report (durationMs aside). */
import { join } from 'node:path'
import { evaluate } from './engine/evaluate.js'
import { ignorePaths } from './engine/ignore.js'
import { loadRules } from './engine/load-rules.js'
import { packageRoot } from './engine/package-root.js'
import { readRepoConfig } from './engine/repo-config.js'
import { buildReport } from './engine/report.js'
import { score } from './engine/score.js'
import { analyze, knownFactIds } from './facts/index.js'
import type { Facts, Note, RepoConfig, RepoSource, Report, RuleDef, Snapshot, Track } from './types.js'

export type ScanOptions = {
  /** Overrides the repo config's track (CLI --track). */
  track?: Track
  /** Config text to use instead of the snapshot's .github/portfolio-check.yml (CLI --config). */
  configText?: string
  /** Name of that config in notes, e.g. the --config file path. */
  configSource?: string
  /** Rules to use instead of the package's rules/ (tests). */
  rules?: readonly RuleDef[]
  /** Analysis to use instead of the analyzer registry (tests). */
  analyze?: (snapshot: Snapshot) => Promise<Facts>
}

let defaultRules: RuleDef[] | undefined

/**
 * The package's rules, loaded and validated on first use and then reused for the life of the process.
 * After a build, dist/rules.json lets an unchanged rules/ folder skip the YAML parse.
 */
export function rules(): readonly RuleDef[] {
  return (defaultRules ??= loadRules({ knownFactIds, compiled: join(packageRoot(), 'dist', 'rules.json') }))
}

/** What a scan knows before judging: the snapshot, the repo config and the facts of the (ignore-filtered) snapshot. */
export type Analysis = {
  snapshot: Snapshot
  config: RepoConfig
  configNotes: Note[]
  configFile?: string
  /** Notes of the ignore filter. */
  notes: Note[]
  facts: Facts
}

/** Snapshot -> repo config -> ignore filter -> facts: the shared front half of `scan` and `portfolio-check routes`. */
export async function analyzeSource(source: RepoSource, options: ScanOptions = {}): Promise<Analysis> {
  const ruleSet = options.rules ?? rules()
  const snapshot = await source.snapshot()
  const { config, notes: configNotes, source: configFile } = await readRepoConfig(snapshot, {
    text: options.configText,
    source: options.configSource,
    checkIds: ruleSet.map((r) => r.id),
  })
  const notes: Note[] = []
  const view = ignorePaths(snapshot, config.ignore, notes)
  const facts = await (options.analyze ?? analyze)(view)
  return { snapshot, config, configNotes, ...(configFile && { configFile }), notes, facts }
}

/**
 * Scan one repository.
 * @example const report = await scan(new LocalSource('./my-api'), { track: 'saas' })
 */
export async function scan(source: RepoSource, options: ScanOptions = {}): Promise<Report> {
  const started = performance.now()
  const ruleSet = options.rules ?? rules()
  const { snapshot, config, configNotes, configFile, notes, facts } = await analyzeSource(source, { ...options, rules: ruleSet })
  const track = options.track ?? config.track
  const findings = evaluate(ruleSet, facts, config)
  return buildReport({
    repo: snapshot.repo,
    findings,
    scored: score(findings, track),
    track,
    roots: facts.roots,
    configNotes,
    notes: [...snapshot.notes, ...notes, ...facts.notes],
    config: { ...(config.minScore !== undefined && { minScore: config.minScore }), ...(configFile && { source: configFile }) },
    durationMs: performance.now() - started,
  })
}
