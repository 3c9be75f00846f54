import { describe, expect, it } from 'vitest'
import { evaluate, pickFix } from '../../src/engine/evaluate.js'
import type { Facts, ProjectRoot, RuleDef } from '../../src/types.js'

const rule: RuleDef = {
  id: 'x.check',
  layer: 'api',
  weight: 5,
  title: 'Some check',
  effort: 'low',
  when: { all: ['a.one', { not: ['a.two'] }] },
  why: 'Because.',
  fix: { default: 'generic fix', javascript: 'JS fix', express: 'Express fix', django: 'Django fix', drf: 'DRF fix' },
}

const root = (language: ProjectRoot['language'], frameworks: string[]): ProjectRoot => ({ path: '', language, frameworks, manifest: 'x' })

function facts(values: Record<string, boolean>, roots: ProjectRoot[] = []): Facts {
  return {
    facts: Object.entries(values).map(([id, found]) => ({ id, found, evidence: [{ path: `src/${id}.js`, line: 3 }] })),
    roots,
    routes: [],
    notes: [],
  }
}

const config = { track: 'general' as const, ignore: [], exempt: [] }

describe('evaluate', () => {
  it('passes when the condition holds and carries the deciding evidence', () => {
    const [f] = evaluate([rule], facts({ 'a.one': true, 'a.two': false }), config)
    expect(f).toMatchObject({ id: 'x.check', status: 'pass', layer: 'api', weight: 5, gain: 0 })
    expect(f!.evidence).toEqual([{ path: 'src/a.one.js', line: 3 }, { path: 'src/a.two.js', line: 3 }])
  })

  it('fails on a forbidden fact and cites only that fact', () => {
    const [f] = evaluate([rule], facts({ 'a.one': true, 'a.two': true }), config)
    expect(f!.status).toBe('fail')
    expect(f!.evidence).toEqual([{ path: 'src/a.two.js', line: 3 }])
  })

  it('skips as "could not tell" when a needed fact is missing, never fails', () => {
    const [f] = evaluate([rule], facts({ 'a.one': true }), config)
    expect(f).toMatchObject({ status: 'skip', reason: 'could not tell: the scan could not determine a.two (see the notes); this check does not count' })
  })

  it('skips an exempted check with the reason from the repo config', () => {
    const [f] = evaluate([rule], facts({ 'a.one': false, 'a.two': false }), { ...config, exempt: [{ check: 'x.check', reason: 'a CLI tool, not a web API' }] })
    expect(f).toMatchObject({ status: 'skip', reason: 'exempted in the repo config: a CLI tool, not a web API' })
  })

  it('skips as not applicable when `applies` does not hold', () => {
    const applied = { ...rule, applies: { all: ['db.isUsed'] } }
    const [f] = evaluate([applied], facts({ 'a.one': false, 'a.two': false, 'db.isUsed': false }), config)
    expect(f!.status).toBe('skip')
    expect(f!.reason).toMatch(/^not applicable: /)
  })

  it('judges the condition when `applies` holds', () => {
    const applied = { ...rule, applies: { all: ['db.isUsed'] } }
    expect(evaluate([applied], facts({ 'a.one': false, 'a.two': false, 'db.isUsed': true }), config)[0]!.status).toBe('fail')
  })

  it('picks the fix for the detected framework', () => {
    const [f] = evaluate([rule], facts({ 'a.one': false, 'a.two': false }, [root('javascript', ['express'])]), config)
    expect(f!.fix).toBe('Express fix')
  })
})

describe('pickFix', () => {
  it('falls back from framework to language to default', () => {
    expect(pickFix(rule.fix, root('javascript', ['koa']))).toBe('JS fix')
    expect(pickFix(rule.fix, root('go', ['gin']))).toBe('generic fix')
    expect(pickFix(rule.fix, undefined)).toBe('generic fix')
  })

  it('prefers the DRF variant over the Django one when both are detected', () => {
    expect(pickFix(rule.fix, root('python', ['django', 'drf']))).toBe('DRF fix')
    expect(pickFix(rule.fix, root('python', ['django']))).toBe('Django fix')
  })
})
