import { describe, expect, it } from 'vitest'
import { renderSarif } from '../../src/render/sarif.js'
import { sampleReport } from './sample-report.js'

describe('renderSarif', () => {
  const log = JSON.parse(renderSarif(sampleReport({ url: 'https://github.com/ana/task-api' }), { version: '0.1.0' }))
  const run = log.runs[0]

  it('is a SARIF 2.1.0 log with one rule per check', () => {
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    expect(run.tool.driver).toMatchObject({ name: 'portfolio-check', version: '0.1.0' })
    expect(run.tool.driver.rules).toHaveLength(24)
  })

  it('has one result per failed check, and none for passes or skips', () => {
    expect(run.results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(
      ['api.spec', 'ci.tests', 'config.env-example', 'db.present', 'docker.file', 'readme.architecture', 'readme.env', 'security.no-secrets', 'validation.input'],
    )
  })

  it('points a result at its evidence when there is some', () => {
    const secrets = run.results.find((r: { ruleId: string }) => r.ruleId === 'security.no-secrets')
    expect(secrets.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: '.env', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } } }])
    expect(run.tool.driver.rules[secrets.ruleIndex].id).toBe('security.no-secrets')
    const docker = run.results.find((r: { ruleId: string }) => r.ruleId === 'docker.file')
    expect(docker.locations).toBeUndefined()
  })

  it('has the SARIF 2.1.0 shape code-scanning uploads need', () => {
    expect(log.runs).toHaveLength(1)
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id)
    for (const rule of run.tool.driver.rules) {
      expect(rule).toMatchObject({ id: expect.any(String), shortDescription: { text: expect.any(String) }, fullDescription: { text: expect.any(String) } })
    }
    for (const result of run.results) {
      expect(ruleIds).toContain(result.ruleId)
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      expect(['none', 'note', 'warning', 'error']).toContain(result.level)
      expect(result.message.text.length).toBeGreaterThan(10)
      for (const location of result.locations ?? []) {
        expect(location.physicalLocation.artifactLocation.uri).toMatch(/^[^/]/) // relative to the repository root
        if (location.physicalLocation.region) expect(location.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
      }
    }
    const located = run.results.filter((r: { locations?: unknown[] }) => r.locations)
    expect(located.some((r: { locations: { physicalLocation: { region?: unknown } }[] }) => r.locations[0]!.physicalLocation.region)).toBe(true)
  })

  it('records the scanned commit', () => {
    expect(run.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/ana/task-api', revisionId: '0123456789abcdef0123456789abcdef01234567' }])
  })
})
