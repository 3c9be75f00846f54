import { describe, expect, it } from 'vitest'
import { readme } from '../../src/facts/readme.js'
import type { Fact } from '../../src/types.js'
import { runAnalyzer } from '../helpers/context.js'

/** The lines of a fact's evidence, as `path:line`. */
function places(fact: Fact | undefined): string[] {
  return (fact?.evidence ?? []).map((e) => `${e.path}:${e.line ?? ''}`)
}

describe('readme analyzer', () => {
  it('declares every fact it returns, one fact per id', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-en-complete')
    expect(Object.keys(facts).sort()).toEqual([...readme.facts].sort())
  })

  it('finds setup, configuration, architecture and the API in a complete English README, with lines', async () => {
    const { facts, notes } = await runAnalyzer(readme, 'readme-en-complete')
    expect(places(facts['readme.isPresent'])).toEqual(['README.md:'])
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:12'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:17'])
    expect(facts['readme.documentsConfig']!.found).toBe(true)
    // the env var table rows (PORT, DATABASE_URL, SESSION_SECRET) are evidence; their values never are
    expect(places(facts['readme.documentsConfig'])).toEqual(expect.arrayContaining(['README.md:26', 'README.md:27', 'README.md:28']))
    expect(facts['readme.documentsConfig']!.evidence.every((e) => e.note === undefined)).toBe(true)
    expect(places(facts['readme.explainsArchitecture'])).toEqual(['README.md:30', 'README.md:34'])
    expect(facts['readme.listsEndpoints']!.evidence.map((e) => `${e.line} ${e.note}`)).toEqual([
      '48 GET /books',
      '49 POST /books',
      '50 DELETE /books/:id',
    ])
    expect(places(facts['readme.linksApiDocs'])).toEqual(['README.md:52'])
    expect(notes).toEqual([])
  })

  it('finds that the endpoints listed in the README exist as routes in the code', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-en-complete')
    expect(facts['readme.endpointsMatchRoutes']!.found).toBe(true)
    expect(facts['readme.endpointsMatchRoutes']!.evidence).toHaveLength(3)
  })

  it('reads a Spanish README: "Instalación" with commands as inline code in a numbered list', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-es-instalacion')
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:10'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:13'])
    expect(places(facts['readme.documentsConfig'])).toEqual(['README.md:14', 'README.md:19', 'README.md:20', 'README.md:21'])
    expect(facts['readme.listsEndpoints']!.evidence.map((e) => e.note)).toEqual([
      'GET /api/productos',
      'POST /api/productos',
      'GET /api/productos/:id',
    ])
    expect(facts['readme.explainsArchitecture']!.found).toBe(false)
  })

  it('reads a Portuguese README: "Como rodar o projeto", a folder tree with roles and a docs URL', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-pt')
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:5'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:8'])
    expect(places(facts['readme.explainsArchitecture'])).toEqual(['README.md:19'])
    expect(places(facts['readme.linksApiDocs'])).toEqual(['README.md:29'])
    expect(facts['readme.documentsConfig']!.found).toBe(false)
  })

  it('reads a French README: "Démarrage rapide" with docker compose and an architecture written in prose', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-fr')
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:5'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:10'])
    expect(places(facts['readme.explainsArchitecture'])).toEqual(['README.md:13'])
    expect(facts['readme.listsEndpoints']!.evidence.map((e) => `${e.line} ${e.note}`)).toEqual(['24 GET /salles', '25 POST /reservations'])
  })

  it('reads a German README: "Einrichtung" with ./mvnw and environment variables in "Konfiguration"', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-de')
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:5'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:10'])
    expect(places(facts['readme.documentsConfig'])).toEqual(['README.md:10', 'README.md:19', 'README.md:20'])
    expect(facts['readme.explainsArchitecture']!.found).toBe(false)
  })

  it('reads a Russian README whose headings are HTML (<h2>Установка и запуск</h2>) and an endpoint table', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-ru')
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:5'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:10'])
    expect(facts['readme.listsEndpoints']!.evidence.map((e) => `${e.line} ${e.note}`)).toEqual([
      '23 POST /api/notes',
      '24 GET /api/notes',
      '25 DELETE /api/notes/{id}',
    ])
  })

  it('reads an Indonesian README: "Cara Menjalankan" and "Daftar Endpoint"', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-id')
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:5'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:8'])
    expect(places(facts['readme.documentsConfig'])).toEqual(['README.md:9'])
    expect(facts['readme.listsEndpoints']!.evidence).toHaveLength(3)
  })

  it('counts a section whose commands install and start the app as setup, whatever its heading ("Quick look")', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-structural')
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:5'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:8'])
  })

  it('does not count a setup section that says "install" only in prose, nor a tech stack as architecture', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-prose-only')
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.md:5'])
    expect(facts['readme.setupHasCommand']).toEqual({ id: 'readme.setupHasCommand', found: false, evidence: [] })
    expect(facts['readme.explainsArchitecture']!.found).toBe(false)
    expect(facts['readme.documentsConfig']!.found).toBe(false)
    // one endpoint counts because it sits under an "Endpoints" heading
    expect(places(facts['readme.listsEndpoints'])).toEqual(['README.md:16'])
  })

  it('does not take a list of technologies or a bare folder tree under "Architecture" as an explanation', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-tech-list')
    expect(facts['readme.explainsArchitecture']).toEqual({ id: 'readme.explainsArchitecture', found: false, evidence: [] })
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.md:23'])
  })

  it('reports nothing but presence for a README without setup, commands, config or API', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-no-commands')
    expect(facts['readme.isPresent']!.found).toBe(true)
    for (const id of readme.facts.filter((f) => f !== 'readme.isPresent')) expect(facts[id]!.found, id).toBe(false)
  })

  it('reads a reStructuredText README: underlined headings, :: literal blocks and code-block directives', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-rst')
    expect(places(facts['readme.isPresent'])).toEqual(['README.rst:'])
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README.rst:7', 'README.rst:15'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README.rst:12', 'README.rst:20'])
    expect(places(facts['readme.documentsConfig'])).toEqual(['README.rst:25', 'README.rst:26'])
    expect(facts['readme.listsEndpoints']!.evidence.map((e) => e.note)).toEqual(['POST /links', 'GET /<code>'])
  })

  it('reads an extension-less README written in Markdown, with an indented command block', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-plain-txt')
    expect(places(facts['readme.isPresent'])).toEqual(['README:'])
    expect(places(facts['readme.hasSetupSection'])).toEqual(['README:5'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['README:7'])
    expect(places(facts['readme.documentsConfig'])).toEqual(['README:12'])
  })

  it('lets the backend README of a monorepo complement the root README', async () => {
    const { facts } = await runAnalyzer(readme, 'readme-monorepo')
    expect(places(facts['readme.isPresent'])).toEqual(['README.md:'])
    expect(places(facts['readme.hasSetupSection'])).toEqual(['backend/README.md:3'])
    expect(places(facts['readme.setupHasCommand'])).toEqual(['backend/README.md:6'])
    expect(places(facts['readme.linksApiDocs'])).toEqual(['backend/README.md:10'])
  })

  it('reports no README when the repository has none at the root', async () => {
    const { facts } = await runAnalyzer(readme, 'spec-nest')
    expect(facts['readme.isPresent']).toEqual({ id: 'readme.isPresent', found: false, evidence: [] })
    expect(facts['readme.hasSetupSection']!.found).toBe(false)
  })

  it("does not take variables handed to a database or cache container (docker run, compose) for the app's configuration", async () => {
    const { facts } = await runAnalyzer(readme, 'acc-readme-db-container')
    expect(facts['readme.hasSetupSection']!.found).toBe(true)
    expect(facts['readme.documentsConfig']).toEqual({ id: 'readme.documentsConfig', found: false, evidence: [] })
  })

  it("counts the app's own variables next to a database container: its docker run -e and its compose service", async () => {
    const { facts } = await runAnalyzer(readme, 'acc-readme-app-container')
    expect(places(facts['readme.documentsConfig'])).toEqual(['README.md:10', 'README.md:25'])
  })
})
