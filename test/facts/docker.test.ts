import { describe, expect, it } from 'vitest'
import { docker } from '../../src/facts/docker.js'
import { runAnalyzer } from '../helpers/context.js'

describe('docker analyzer', () => {
  it('finds a multi-stage Dockerfile in backend/ that runs as a non-root user with a healthcheck', async () => {
    const { facts } = await runAnalyzer(docker, 'docker-nested-backend')
    expect(facts['docker.hasDockerfile']).toEqual({ id: 'docker.hasDockerfile', found: true, evidence: [{ path: 'backend/Dockerfile', line: 4 }] })
    expect(facts['docker.isMultiStage']!.evidence).toEqual([{ path: 'backend/Dockerfile', line: 12 }])
    expect(facts['docker.runsAsNonRoot']!.evidence).toEqual([{ path: 'backend/Dockerfile', line: 20 }])
    expect(facts['docker.exposesPort']!.evidence).toEqual([{ path: 'backend/Dockerfile', line: 21 }])
    expect(facts['docker.hasHealthcheck']!.evidence).toEqual([{ path: 'backend/Dockerfile', line: 22 }])
    expect(facts['docker.hasCompose']).toEqual({ id: 'docker.hasCompose', found: false, evidence: [] })
  })

  it('does not count an empty Dockerfile, a dev-container image or a compose file without services', async () => {
    const { facts, notes } = await runAnalyzer(docker, 'docker-empty-dockerfile')
    expect(facts['docker.hasDockerfile']).toEqual({ id: 'docker.hasDockerfile', found: false, evidence: [{ path: 'Dockerfile', note: 'empty file' }] })
    expect(facts['docker.hasCompose']!.found).toBe(false)
    expect(notes).toContainEqual({ level: 'info', path: 'docker-compose.yml', message: 'docker-compose.yml defines no services, so it was not counted as a compose file' })
    for (const id of ['docker.isMultiStage', 'docker.runsAsNonRoot', 'docker.hasHealthcheck', 'docker.exposesPort']) expect(facts[id]!.found).toBe(false)
  })

  it('reads compose.yaml services and a service healthcheck; a commented-out USER leaves the image running as root', async () => {
    const { facts } = await runAnalyzer(docker, 'docker-compose-yaml')
    expect(facts['docker.hasDockerfile']!.evidence).toEqual([{ path: 'Dockerfile', line: 1 }, { path: 'Dockerfile.dev', line: 1 }])
    expect(facts['docker.hasCompose']!.evidence).toEqual([{ path: 'compose.yaml', line: 3 }])
    expect(facts['docker.hasHealthcheck']!.evidence).toEqual([{ path: 'compose.yaml', line: 19, note: 'service "db"' }])
    expect(facts['docker.isMultiStage']!.found).toBe(false)
    expect(facts['docker.exposesPort']!.found).toBe(false)
    expect(facts['docker.runsAsNonRoot']).toEqual({
      id: 'docker.runsAsNonRoot',
      found: false,
      evidence: [
        { path: 'Dockerfile', line: 1, note: 'no USER instruction in the final stage, so it runs as root' },
        { path: 'Dockerfile.dev', line: 5, note: 'the final stage switches to root' },
      ],
    })
  })

  it('finds the Dockerfile and compose file of a realistic Express project', async () => {
    const { facts } = await runAnalyzer(docker, 'app-express-tasks')
    expect(facts['docker.hasDockerfile']!.evidence[0]).toMatchObject({ path: 'Dockerfile' })
    expect(facts['docker.hasCompose']!.evidence[0]).toMatchObject({ path: 'docker-compose.yml' })
  })
})
