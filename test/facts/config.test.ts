import { describe, expect, it } from 'vitest'
import { config, isEnvExample } from '../../src/facts/config.js'
import { runAnalyzer } from '../helpers/context.js'

describe('config analyzer', () => {
  it('finds an .env.example in the backend folder of a monorepo', async () => {
    const { facts } = await runAnalyzer(config, 'cfg-monorepo-example')
    expect(facts['config.hasEnvExample']).toEqual({ id: 'config.hasEnvExample', found: true, evidence: [{ path: 'backend/.env.example' }] })
  })

  it('does not take appsettings.Development.json or a README mention for an example file', async () => {
    const { facts } = await runAnalyzer(config, 'cfg-dotnet-settings')
    expect(facts['config.hasEnvExample']).toEqual({ id: 'config.hasEnvExample', found: false, evidence: [] })
  })

  it('counts a Spring application-example.yml next to the real application.yml', async () => {
    const { facts } = await runAnalyzer(config, 'cfg-spring-example')
    expect(facts['config.hasEnvExample']!.evidence).toEqual([{ path: 'src/main/resources/application-example.yml' }])
  })

  it('recognises the common example names and rejects real config files', () => {
    const examples = ['.env.example', 'api/.env.sample', '.env.template', '.env.dist', 'example.env', 'env.example', 'sample.env',
      '.env.local.example', 'config.sample.json', 'config/database.example.yml', 'settings/local_settings.example.py', 'config/app.example.ts',
      '.dev.vars.example', '.env.development.example', 'appsettings.example.json', '.envrc.example', 'wrangler.example.toml']
    const notExamples = ['.env', '.env.local', 'appsettings.Development.json', 'config.json', 'config/database.yml',
      'docs/example.md', 'examples/app.js', 'src/sample.py', 'config/README.example.md', '.dev.vars', 'wrangler.toml']
    expect(examples.filter((p) => !isEnvExample(p))).toEqual([])
    expect(notExamples.filter((p) => isEnvExample(p))).toEqual([])
  })

  it("counts wrangler's .dev.vars.example, and not a real .dev.vars alone", async () => {
    const example = await runAnalyzer(config, 'acc-workers-pbkdf2')
    expect(example.facts['config.hasEnvExample']).toEqual({ id: 'config.hasEnvExample', found: true, evidence: [{ path: '.dev.vars.example' }] })
    const real = await runAnalyzer(config, 'acc-workers-sha256')
    expect(real.facts['config.hasEnvExample']).toEqual({ id: 'config.hasEnvExample', found: false, evidence: [] })
  })
})
