import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/engine/evaluate.js'
import { loadRules } from '../../src/engine/load-rules.js'
import type { Facts, Finding } from '../../src/types.js'
import { RULE_CASES, type FactSet } from './cases.js'
import { RULE_FACT_IDS } from './catalog.js'

const rules = loadRules({ knownFactIds: RULE_FACT_IDS })

/** Facts from a case; each fact carries evidence at `<fact id>.txt` line 1, so we can see which decided. */
function factsOf(set: FactSet): Facts {
  const facts = Object.entries(set).map(([id, found]) => ({ id, found, evidence: [{ path: `${id}.txt`, line: 1 }] }))
  return { facts, roots: [], routes: [], notes: [] }
}

function judge(id: string, set: FactSet): Finding {
  const rule = rules.find((r) => r.id === id)!
  return evaluate([rule], factsOf(set), { track: 'general', ignore: [], exempt: [] })[0]!
}

const label = (set: FactSet) => JSON.stringify(set)

describe.each(rules.map((r) => r.id))('rule %s', (id) => {
  const cases = RULE_CASES[id]!

  it.each(cases.pass.map((s) => [label(s), s] as const))('passes with %s, citing the facts that decided it', (_, set) => {
    const finding = judge(id, set)
    expect(finding.status).toBe('pass')
    expect(finding.evidence.length).toBeGreaterThan(0)
    for (const e of finding.evidence) expect(set[e.path.replace(/\.txt$/, '')]).toBeDefined()
  })

  it.each(cases.fail.map((s) => [label(s), s] as const))('fails with %s', (_, set) => {
    const finding = judge(id, set)
    expect(finding.status).toBe('fail')
    expect(finding.reason).toBeUndefined()
  })

  it.each((cases.skip ?? []).map((s) => [label(s), s] as const))('is skipped with a reason given %s', (_, set) => {
    const finding = judge(id, set)
    expect(finding.status).toBe('skip')
    expect(finding.reason).toMatch(/^(could not tell|not applicable): /)
  })
})

describe('rule verdict details', () => {
  it('security.no-secrets points at the committed secret when it fails', () => {
    expect(judge('security.no-secrets', { 'security.hasCommittedSecrets': true }).evidence).toEqual([{ path: 'security.hasCommittedSecrets.txt', line: 1 }])
  })

  it('db.migrations says it does not apply when no database is used', () => {
    expect(judge('db.migrations', { 'db.isUsed': false, 'db.hasMigrations': false }).reason).toBe('not applicable: the app does not use a database')
  })

  it('git.ignore fails on committed dependencies and cites them', () => {
    const finding = judge('git.ignore', { 'git.hasGitignore': true, 'git.commitsDependencies': true })
    expect(finding.evidence).toEqual([{ path: 'git.commitsDependencies.txt', line: 1 }])
  })

  it('a rule whose analyzer failed names the missing facts', () => {
    expect(judge('readme.setup', {}).reason).toBe('could not tell: the scan could not determine readme.hasSetupSection, readme.setupHasCommand (see the notes); this check does not count')
  })
})
