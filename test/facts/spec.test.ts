import { describe, expect, it } from 'vitest'
import { spec } from '../../src/facts/spec.js'
import type { Fact } from '../../src/types.js'
import { contextOf, runAnalyzer } from '../helpers/context.js'
import { memorySnapshot } from './readme-snapshot.js'

function places(fact: Fact | undefined): string[] {
  return (fact?.evidence ?? []).map((e) => `${e.path}:${e.line ?? ''}`)
}

async function specOf(files: Record<string, string>): Promise<{ facts: Record<string, Fact>; notes: string[] }> {
  const ctx = contextOf(memorySnapshot(files))
  const list = await spec.run(ctx)
  return { facts: Object.fromEntries(list.map((f) => [f.id, f])), notes: ctx.notes.map((n) => n.message) }
}

describe('spec analyzer', () => {
  it('returns exactly the facts it declares', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-openapi-file')
    expect(Object.keys(facts).sort()).toEqual([...spec.facts].sort())
  })

  it('finds an openapi.yaml and ignores other YAML beside it', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-openapi-file')
    expect(places(facts['spec.hasOpenApiFile'])).toEqual(['docs/openapi.yaml:1'])
    expect(facts['spec.hasApiCollection']!.found).toBe(false)
    expect(facts['spec.generatesOpenApi']!.found).toBe(false)
  })

  it('finds a Swagger 2.0 document by its content when the name only hints at an API', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-content-named')
    expect(places(facts['spec.hasOpenApiFile'])).toEqual(['api/v1.json:2'])
  })

  it('does not count an openapi.yaml that is not valid YAML, and says why', async () => {
    const { facts, notes } = await runAnalyzer(spec, 'spec-broken-yaml')
    expect(facts['spec.hasOpenApiFile']!.found).toBe(false)
    expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/^openapi\.yaml looks like an OpenAPI document but it is not valid YAML \(Tabs/)])
  })

  it('finds Bruno, Postman and REST Client collections', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-collections')
    expect(places(facts['spec.hasApiCollection'])).toEqual([
      'bruno/bruno.json:',
      'postman/shop.postman_collection.json:',
      'requests/orders.http:4',
      'bruno/auth/login.bru:',
    ])
  })

  it('counts swagger-jsdoc and swagger-ui-express when the code imports them', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-express-swagger')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(['src/docs.js:1'])
  })

  it('does not count generators that are only declared in package.json (or commented out)', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-declared-only')
    expect(facts['spec.generatesOpenApi']).toEqual({ id: 'spec.generatesOpenApi', found: false, evidence: [] })
  })

  it('counts a FastAPI app, which serves /docs by default', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-fastapi')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(['app/main.py:3'])
  })

  it('does not count a FastAPI app created with docs_url=None', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-fastapi-docs-off')
    expect(facts['spec.generatesOpenApi']!.found).toBe(false)
  })

  it('counts NestJS only where SwaggerModule sets the document up', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-nest')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(['src/main.ts:9'])
  })

  it('counts drf-spectacular wired into the Django URLs', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-django')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(['config/urls.py:3'])
  })

  it('counts the springdoc starter in pom.xml (Spring auto-configures it)', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-spring')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(['pom.xml:19'])
  })

  it('counts swaggo imported by a Gin app', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-go-swag')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(['docs/docs.go:4', 'main.go:6'])
  })

  it('counts Scramble in a Laravel composer.json', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-laravel')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(['composer.json:7'])
  })

  it('counts rswag engines mounted in the Rails routes', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-rails')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(expect.arrayContaining(['config/routes.rb:2', 'config/routes.rb:3']))
  })

  it('counts Swashbuckle switched on in Program.cs', async () => {
    const { facts } = await runAnalyzer(spec, 'spec-dotnet')
    expect(places(facts['spec.generatesOpenApi'])).toEqual(['Program.cs:3', 'Program.cs:6', 'Program.cs:7'])
  })

  it('survives a YAML alias bomb and deeply nested JSON without expanding or crashing', async () => {
    const bomb = ['openapi: 3.0.0', 'info: {title: x, version: "1"}', 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)
    const deep = `{"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "x": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`
    const { facts } = await specOf({ 'openapi.yaml': bomb.join('\n'), 'swagger.json': deep })
    expect(places(facts['spec.hasOpenApiFile'])).toEqual(['openapi.yaml:1', 'swagger.json:1'])
  })

  it('ignores package.json and compose files even in an api/ folder', async () => {
    const { facts } = await specOf({ 'api/package.json': '{"name":"x","openapi":"3"}', 'api/docker-compose.yml': 'openapi: 3\n' })
    expect(facts['spec.hasOpenApiFile']!.found).toBe(false)
  })
})
