import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RuleFileError } from '../../src/errors.js'
import { compileRules, loadRules } from '../../src/engine/load-rules.js'
import { catalogFirst, CATALOG, RULE_FACT_IDS } from '../rules/catalog.js'

const known = new Set(['readme.isPresent', 'readme.hasSetupSection', 'db.isUsed', 'db.hasMigrations'])

const ruleText = (id: string, extra = '') => `id: ${id}
layer: docs
weight: 3
title: A test rule
effort: low
when:
  all: [readme.isPresent]
why: because
fix:
  default: do it
${extra}`

let dir: string | undefined

function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'pc-rules-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

function errorOf(fn: () => unknown): RuleFileError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(RuleFileError)
    return error as RuleFileError
  }
  throw new Error('expected a RuleFileError')
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

describe('loadRules', () => {
  it('loads the package rules: all 24 catalog checks first, in catalog order', () => {
    const rules = loadRules({ knownFactIds: RULE_FACT_IDS })
    expect(catalogFirst(rules.map((r) => r.id)).catalog).toEqual(CATALOG)
  })

  it('loads a valid folder and keeps the fields', () => {
    const rules = loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one') }), knownFactIds: known, catalog: [] })
    expect(rules).toEqual([
      { id: 'x.one', layer: 'docs', weight: 3, title: 'A test rule', effort: 'low', when: { all: ['readme.isPresent'] }, why: 'because', fix: { default: 'do it' } },
    ])
  })

  it('rejects an unknown key with file and field', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one', 'severity: high\n') }), knownFactIds: known, catalog: [] }))
    expect(error.message).toBe('rules/x.one.yml: severity: unknown key')
  })

  it('rejects a misspelt fix variant', () => {
    const error = errorOf(() =>
      loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one').replace('  default: do it', '  default: do it\n  expres: use express') }), knownFactIds: known, catalog: [] }),
    )
    expect(error.message).toBe('rules/x.one.yml: fix.expres: unknown key')
  })

  it('rejects a missing required field', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one').replace('why: because\n', '') }), knownFactIds: known, catalog: [] }))
    expect(error.message).toBe('rules/x.one.yml: why: required')
  })

  it('rejects a bad layer, naming the allowed values', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one').replace('layer: docs', 'layer: frontend') }), knownFactIds: known, catalog: [] }))
    expect(error.file).toBe('rules/x.one.yml')
    expect(error.field).toBe('layer')
    expect(error.reason).toMatch(/docs/)
  })

  it('rejects an unknown fact id with its position in the condition', () => {
    const text = ruleText('x.one').replace('all: [readme.isPresent]', 'any:\n    - readme.isPresent\n    - all: [readme.hasSetupSection, readme.hasSetupSektion]')
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': text }), knownFactIds: known, catalog: [] }))
    expect(error.message).toMatch(/^rules\/x\.one\.yml: when\.any\[1\]\.all\[1\]: unknown fact id "readme\.hasSetupSektion"/)
  })

  it('rejects an unknown fact id in applies', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one', 'applies:\n  all: [db.isUzed]\n') }), knownFactIds: known, catalog: [] }))
    expect(error.field).toBe('applies.all[0]')
  })

  it('rejects an empty condition', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one').replace('all: [readme.isPresent]', 'all: []') }), knownFactIds: known, catalog: [] }))
    expect(error.field).toBe('when.all')
  })

  it('rejects a file whose name differs from its id', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.two.yml': ruleText('x.one') }), knownFactIds: known, catalog: [] }))
    expect(error.message).toBe('rules/x.two.yml: id: "x.one" does not match the file name; expected "x.two"')
  })

  it('rejects a .yaml twin, so no two files can claim one id', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one'), 'x.one.yaml': ruleText('x.one') }), knownFactIds: known, catalog: [] }))
    expect(error.message).toBe('rules/x.one.yaml: file: expected the .yml extension')
  })

  it('rejects a catalog id that has no file', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': ruleText('x.one') }), knownFactIds: known, catalog: ['x.one', 'x.two'] }))
    expect(error.message).toBe('rules/x.two.yml: file: missing; every catalog check needs a rule file named after its id')
  })

  it('rejects broken YAML without crashing', () => {
    const error = errorOf(() => loadRules({ dir: folder({ 'x.one.yml': 'id: x.one\n  bad: [indent' }), knownFactIds: known, catalog: [] }))
    expect(error.file).toBe('rules/x.one.yml')
    expect(error.field).toBe('yaml')
  })

  describe('with a compiled rules file (dist/rules.json)', () => {
    function compiledFolder() {
      const d = folder({ 'x.one.yml': ruleText('x.one') })
      const compiled = join(d, 'compiled.json')
      writeFileSync(compiled, JSON.stringify(compileRules({ dir: d, knownFactIds: known, catalog: [] })))
      return { d, compiled }
    }

    it('reuses the validated rules when the files are unchanged', () => {
      const { d, compiled } = compiledFolder()
      // a marker only the compiled copy has: proves the cache was used
      const data = JSON.parse(readFileSync(compiled, 'utf8'))
      data.files[0].rule.title = 'From the cache'
      writeFileSync(compiled, JSON.stringify(data))
      expect(loadRules({ dir: d, knownFactIds: known, catalog: [], compiled })[0]!.title).toBe('From the cache')
    })

    it('parses the YAML again when a rule file changed after the build', () => {
      const { d, compiled } = compiledFolder()
      writeFileSync(join(d, 'x.one.yml'), ruleText('x.one', 'severity: high\n'))
      expect(errorOf(() => loadRules({ dir: d, knownFactIds: known, catalog: [], compiled })).message).toBe('rules/x.one.yml: severity: unknown key')
    })

    it('still rejects fact ids no analyzer reports', () => {
      const { d, compiled } = compiledFolder()
      const error = errorOf(() => loadRules({ dir: d, knownFactIds: new Set(['db.isUsed']), catalog: [], compiled }))
      expect(error.message).toMatch(/^rules\/x\.one\.yml: when\.all\[0\]: unknown fact id "readme\.isPresent"/)
    })

    it('ignores a missing or corrupt compiled file', () => {
      const { d, compiled } = compiledFolder()
      writeFileSync(compiled, '{not json')
      expect(loadRules({ dir: d, knownFactIds: known, catalog: [], compiled })).toHaveLength(1)
      expect(loadRules({ dir: d, knownFactIds: known, catalog: [], compiled: join(d, 'nope.json') })).toHaveLength(1)
    })
  })
})
