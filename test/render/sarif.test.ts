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

  it('records the scanned commit', () => {
    expect(run.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/ana/task-api', revisionId: '0123456789abcdef0123456789abcdef01234567' }])
  })
})
