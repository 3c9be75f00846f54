/** @module Reads rules/*.yml once at start-up, validates each file (zod), and cross-checks ids, file names, fact ids and the catalog. The engine's only file reads besides templates. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import type { z } from 'zod'
import { RuleFileError } from '../errors.js'
import type { Condition, RuleDef } from '../types.js'
import { byCatalogOrder, CATALOG_IDS } from './catalog.js'
import { packageRoot } from './package-root.js'
import { ruleSchema } from './rule-schema.js'

export type LoadRulesOptions = {
  /** Fact ids the analyzers report (facts/index.ts `knownFactIds`); a rule naming any other id is rejected. */
  knownFactIds: ReadonlySet<string>
  /** Folder of rule files; defaults to the package's own rules/. */
  dir?: string
  /** Check ids that must each have a file; defaults to the catalog. */
  catalog?: readonly string[]
  /**
   * A file written by `compileRules` at build time (dist/rules.json). When the rule files read now are
   * exactly the ones it was made from, their already validated content is reused instead of parsing
   * YAML again (which costs ~100 ms of a CLI run); the cross-checks below still run.
   */
  compiled?: string
}

/** Rule files (name and text) and their validated content, as stored in dist/rules.json. */
export type CompiledRules = { sources: { name: string; text: string }[]; files: { name: string; rule: RuleDef }[] }

/** The package's rules/ folder. */
export function defaultRulesDir(): string {
  return join(packageRoot(), 'rules')
}

/**
 * Load and validate every rule file, in catalog order.
 * @throws RuleFileError `rules/<file>: <field>: <reason>` on the first problem found.
 */
export function loadRules(options: LoadRulesOptions): RuleDef[] {
  const dir = options.dir ?? defaultRulesDir()
  const texts = readRuleFiles(dir)
  const cached = options.compiled ? readCompiled(options.compiled, texts) : undefined
  const files = cached ?? texts.map(({ name, text }) => ({ name, rule: parseRuleFile(name, text) }))
  const rules: RuleDef[] = []
  const seen = new Map<string, string>()
  for (const { name, rule } of files) {
    checkRule(name, rule, options.knownFactIds)
    const other = seen.get(rule.id)
    if (other) throw new RuleFileError(`rules/${name}`, 'id', `duplicate id "${rule.id}", also used by rules/${other}`)
    seen.set(rule.id, name)
    rules.push(rule)
  }
  for (const id of options.catalog ?? CATALOG_IDS) {
    if (!seen.has(id)) throw new RuleFileError(`rules/${id}.yml`, 'file', `missing; every catalog check needs a rule file named after its id`)
  }
  return rules.sort((a, b) => byCatalogOrder(a.id, b.id))
}

/** Parse and validate every rule file (always, without a cache): what the build stores in dist/rules.json. */
export function compileRules(options: Omit<LoadRulesOptions, 'compiled'>): CompiledRules {
  const dir = options.dir ?? defaultRulesDir()
  const texts = readRuleFiles(dir)
  loadRules({ ...options, dir })
  return { sources: texts, files: texts.map(({ name, text }) => ({ name, rule: parseRuleFile(name, text) })) }
}

function readRuleFiles(dir: string): { name: string; text: string }[] {
  try {
    return readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
  } catch (error) {
    throw new RuleFileError('rules/', 'folder', `cannot read ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/**
 * The compiled rules when the file exists and was made from exactly these rule files; otherwise undefined.
 * The texts themselves are compared (a native string comparison): cheaper at start-up than hashing them in
 * JavaScript, and no edit can slip past.
 */
function readCompiled(file: string, texts: { name: string; text: string }[]): CompiledRules['files'] | undefined {
  try {
    const compiled = JSON.parse(readFileSync(file, 'utf8')) as Partial<CompiledRules>
    const { sources, files } = compiled
    if (!Array.isArray(sources) || !Array.isArray(files) || sources.length !== texts.length) return undefined
    return texts.every((t, i) => sources[i]?.name === t.name && sources[i]?.text === t.text) ? files : undefined
  } catch {
    return undefined // no build output (running from src/): parse the YAML
  }
}

/** Parse and validate one file's text. */
function parseRuleFile(name: string, text: string): RuleDef {
  const file = `rules/${name}`
  if (!name.endsWith('.yml')) throw new RuleFileError(file, 'file', 'expected the .yml extension')
  let value: unknown
  try {
    value = YAML.parse(text, { maxAliasCount: 0 })
  } catch (error) {
    throw new RuleFileError(file, 'yaml', firstLine((error as Error).message))
  }
  const parsed = ruleSchema().safeParse(value)
  if (!parsed.success) {
    const { field, reason } = describeIssue(parsed.error.issues[0]!)
    throw new RuleFileError(file, field, reason)
  }
  return parsed.data as RuleDef
}

/** Cross-checks that depend on more than the file itself: file name = id, fact ids known to the analyzers. */
function checkRule(name: string, rule: RuleDef, knownFactIds: ReadonlySet<string>): void {
  const file = `rules/${name}`
  if (`${rule.id}.yml` !== name) throw new RuleFileError(file, 'id', `"${rule.id}" does not match the file name; expected "${name.replace(/\.ya?ml$/, '')}"`)
  for (const key of ['when', 'applies'] as const) {
    const unknown = unknownFact(rule[key], key, knownFactIds)
    if (unknown) throw new RuleFileError(file, unknown.field, `unknown fact id "${unknown.id}"; expected one reported by an analyzer in src/facts`)
  }
}

/** The first fact id of a condition that no analyzer reports, with its field path. */
function unknownFact(condition: Condition | undefined, path: string, known: ReadonlySet<string>): { field: string; id: string } | undefined {
  if (!condition) return undefined
  for (const key of ['all', 'any', 'not'] as const) {
    const items = condition[key] ?? []
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      const field = `${path}.${key}[${i}]`
      if (typeof item === 'string') {
        if (!known.has(item)) return { field, id: item }
      } else {
        const inner = unknownFact(item, field, known)
        if (inner) return inner
      }
    }
  }
  return undefined
}

/** Turn a zod issue into a field path (`fix.expres`, `when.all[1]`) and a short reason. */
function describeIssue(issue: z.core.$ZodIssue): { field: string; reason: string } {
  let field = issue.path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  )
  let reason = issue.message
  if (issue.code === 'unrecognized_keys') {
    field = field ? `${field}.${issue.keys[0]}` : issue.keys[0]!
    reason = 'unknown key'
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    reason = 'required'
  }
  return { field: field || '(file)', reason }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}
