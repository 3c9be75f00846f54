import { describe, expect, it } from 'vitest'
import { knownFactIds } from '../../src/facts/index.js'
import { loadRules } from '../../src/engine/load-rules.js'
import { factIdsOf, FIX_LANGUAGES } from '../../src/engine/rule-schema.js'
import { RULE_CASES } from './cases.js'
import { BRIEF_FACT_IDS, catalogFirst, CATALOG } from './catalog.js'

const rules = loadRules({ knownFactIds })
const catalogRules = rules.filter((r) => CATALOG.includes(r.id))

/** Checks whose fix depends on the stack: each needs a variant for every language. */
const STACK_SPECIFIC = [
  'readme.setup', 'api.spec', 'tests.present', 'tests.http', 'ci.present', 'ci.tests', 'docker.file',
  'auth.routes', 'auth.hashing', 'auth.tokens', 'validation.input', 'db.present', 'db.migrations',
  'security.no-secrets', 'ops.logging', 'ops.health', 'git.ignore',
]

describe('rules/ as a whole', () => {
  it('has one rule per catalog id, in catalog order, before any extra check', () => {
    const { catalog, extra } = catalogFirst(rules.map((r) => r.id))
    expect(catalog).toEqual(CATALOG)
    expect(extra).toEqual([...extra].sort())
  })

  it('loads against the real analyzer registry, which reports every fact of the team contract', () => {
    for (const id of BRIEF_FACT_IDS) expect(knownFactIds, `no analyzer reports ${id}`).toContain(id)
  })

  it('judges the catalog checks with the fact ids of the team contract only', () => {
    for (const rule of catalogRules) {
      for (const id of [...factIdsOf(rule.when), ...factIdsOf(rule.applies)]) expect(BRIEF_FACT_IDS, `${rule.id} uses ${id}`).toContain(id)
    }
  })

  it('has pass and fail cases for every rule, over exactly the facts the rule reads', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(rules.map((r) => r.id).sort())
    for (const rule of rules) {
      const cases = RULE_CASES[rule.id]!
      expect(cases.pass.length, rule.id).toBeGreaterThan(0)
      expect(cases.fail.length, rule.id).toBeGreaterThan(0)
      const facts = new Set([...factIdsOf(rule.when), ...factIdsOf(rule.applies)])
      for (const set of [...cases.pass, ...cases.fail, ...(cases.skip ?? [])]) {
        for (const id of Object.keys(set)) expect(facts, `${rule.id} case names ${id}`).toContain(id)
      }
    }
  })

  it('gives every rule a default fix, a why and a title', () => {
    for (const rule of rules) {
      expect(rule.fix.default.length, rule.id).toBeGreaterThan(20)
      expect(rule.why.length, rule.id).toBeGreaterThan(40)
      expect(rule.title.length, rule.id).toBeGreaterThan(10)
    }
  })

  it.each(STACK_SPECIFIC)('%s has a fix for each of the seven languages', (id) => {
    const rule = rules.find((r) => r.id === id)!
    for (const language of FIX_LANGUAGES) expect(rule.fix[language], `${id} fix.${language}`).toBeTruthy()
  })

  it('keeps Markdown code fences balanced in every fix', () => {
    for (const rule of rules) {
      for (const [key, text] of Object.entries(rule.fix)) {
        const fences = text.split('\n').filter((l) => /^\s*```/.test(l) && !/^\s*````/.test(l)).length
        expect(fences % 2, `${rule.id} fix.${key}`).toBe(0)
      }
    }
  })

  it('catalog weights sum to about 100 so a weight reads as "points out of 100" on the general track', () => {
    const total = catalogRules.reduce((sum, r) => sum + r.weight, 0)
    expect(total).toBeGreaterThanOrEqual(95)
    expect(total).toBeLessThanOrEqual(105)
  })
})
