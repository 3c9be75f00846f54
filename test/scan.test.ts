import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../src/facts/index.js'
import { rules, scan } from '../src/scan.js'
import { LocalSource } from '../src/source/local.js'
import type { Report, Snapshot } from '../src/types.js'
import { CATALOG } from './rules/catalog.js'

const FIXTURES = new URL('fixtures/repos/', import.meta.url).pathname
const express = () => new LocalSource(join(FIXTURES, 'app-express-tasks'))
const status = (report: Report, id: string) => report.checks.find((c) => c.id === id)!.status

describe('scan', () => {
  it('runs the whole pipeline and reports every catalog check with evidence for its verdicts', async () => {
    const report = await scan(express())
    expect(report.schemaVersion).toBe(1)
    expect(report.checks.map((c) => c.id)).toEqual(CATALOG)
    expect(report.roots[0]).toMatchObject({ language: 'javascript', frameworks: expect.arrayContaining(['express']) })
    expect(report.checks.find((c) => c.id === 'tests.present')).toMatchObject({ status: 'pass', evidence: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^tests\//) })]) })
    expect(report.score).toBeGreaterThan(0)
    expect(report.layers).toHaveLength(6)
  })

  it('is deterministic: the same repo and config give the same report, durationMs aside', async () => {
    const a = await scan(express())
    const b = await scan(express())
    expect({ ...b, durationMs: 0 }).toEqual({ ...a, durationMs: 0 })
  })

  it('drops ignored paths before analysis', async () => {
    const report = await scan(express(), { configText: 'ignore: [tests]\n', configSource: 'test.yml' })
    expect(status(report, 'tests.present')).toBe('fail')
    expect(report.checks.flatMap((c) => c.evidence).some((e) => e.path.startsWith('tests/'))).toBe(false)
  })

  it('honours exemptions and the track from the config, and --track over it', async () => {
    const config = 'track: data\nexempt:\n  - check: api.spec\n    reason: internal service, documented elsewhere\n'
    const report = await scan(express(), { configText: config, configSource: 'pc.yml' })
    expect(report.track).toBe('data')
    expect(report.checks.find((c) => c.id === 'api.spec')).toMatchObject({ status: 'skip', reason: 'exempted in the repo config: internal service, documented elsewhere' })
    expect(report.config.source).toBe('pc.yml')
    expect((await scan(express(), { configText: config, track: 'saas' })).track).toBe('saas')
  })

  it('reports a broken config as notes and scans with the defaults', async () => {
    const report = await scan(express(), { configText: 'track: [oops', configSource: 'pc.yml' })
    expect(report.track).toBe('general')
    expect(report.notes[0]).toMatchObject({ level: 'warning', path: 'pc.yml', message: expect.stringMatching(/^pc\.yml: \(yaml\): /) })
  })

  it('skips, never fails, the checks whose analyzer could not run', async () => {
    const withoutReadme = async (snapshot: Snapshot) => {
      const facts = await analyze(snapshot)
      return { ...facts, facts: facts.facts.filter((f) => !f.id.startsWith('readme.')), notes: [...facts.notes, { level: 'warning' as const, message: 'analyzer "readme" failed: boom' }] }
    }
    const report = await scan(express(), { analyze: withoutReadme })
    for (const id of ['readme.present', 'readme.setup', 'readme.env', 'readme.architecture', 'readme.api']) {
      expect(report.checks.find((c) => c.id === id)).toMatchObject({ status: 'skip', reason: expect.stringMatching(/^could not tell: /) })
    }
    expect(report.notes.map((n) => n.message)).toContain('analyzer "readme" failed: boom')
  })

  it('loads the package rules once per process', () => {
    expect(rules()).toBe(rules())
  })
})
