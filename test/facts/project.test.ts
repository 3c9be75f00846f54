import { describe, expect, it } from 'vitest'
import { contextFor } from '../helpers/context.js'

async function projectOf(fixture: string) {
  const ctx = await contextFor(fixture)
  return { project: await ctx.project(), notes: ctx.notes }
}

describe('detectProject', () => {
  it('finds the backend folder of a monorepo and leaves the React frontend and workspace root out', async () => {
    const { project } = await projectOf('proj-monorepo')
    expect(project.roots.map((r) => r.path)).toEqual(['backend'])
    const [backend] = project.roots
    expect(backend).toMatchObject({ language: 'javascript', frameworks: ['express'], manifest: 'backend/package.json' })
    expect([...backend!.dependencies]).toEqual(expect.arrayContaining(['express', 'pg', 'jest', 'supertest']))
    expect(backend!.scripts.test).toBe('jest')
    expect(backend!.license).toBe('MIT')
    expect(backend!.licenseEvidence).toEqual({ path: 'backend/package.json', line: 4 })
    expect(project.languages).toEqual(new Set(['javascript']))
  })

  it('still returns a Python root with Flask for a repo that has code but no manifest', async () => {
    const { project } = await projectOf('proj-python-nomanifest')
    expect(project.roots).toHaveLength(1)
    expect(project.roots[0]).toMatchObject({ path: '', language: 'python', frameworks: ['flask'], manifest: '' })
  })

  it('picks the Python API over a React app at the root when no manifest names a backend', async () => {
    const { project } = await projectOf('proj-react-root-python-api')
    expect(project.roots).toHaveLength(1)
    expect(project.roots[0]).toMatchObject({ path: '', language: 'python', frameworks: ['fastapi'], manifest: '' })
    expect(project.languages).toEqual(new Set(['javascript', 'python']))
  })

  it('reads Poetry dependency tables, dependency groups and the license, with normalised names', async () => {
    const { project } = await projectOf('proj-poetry')
    const [root] = project.roots
    expect(root).toMatchObject({ path: '', language: 'python', frameworks: ['fastapi'], manifest: 'pyproject.toml', license: 'MIT' })
    expect(root!.licenseEvidence).toEqual({ path: 'pyproject.toml', line: 6 })
    expect([...root!.dependencies].sort()).toEqual(['fastapi', 'httpx', 'pytest', 'python-jose', 'sqlalchemy'])
  })

  it('notes a malformed package.json instead of crashing and falls back to the node:http server in the code', async () => {
    const { project, notes } = await projectOf('proj-bad-json')
    expect(notes).toContainEqual(expect.objectContaining({ level: 'warning', path: 'package.json' }))
    expect(notes.some((n) => n.message.includes('express'))).toBe(false)
    expect(project.roots[0]).toMatchObject({ path: '', language: 'javascript', frameworks: ['node-http'] })
  })

  it('does not call a Next.js site without API routes a backend', async () => {
    const { project } = await projectOf('proj-next-frontend')
    expect(project.roots).toHaveLength(1)
    expect(project.roots[0]).toMatchObject({ path: '', frameworks: [], manifest: '' })
  })

  it('treats a Next.js app with pages/api routes as a backend', async () => {
    const { project } = await projectOf('proj-next-api')
    expect(project.roots[0]).toMatchObject({ path: '', frameworks: ['next'], manifest: 'package.json' })
  })

  it('recognises every ecosystem in a polyglot repo, ordered by path, and leaves the test project out', async () => {
    const { project } = await projectOf('proj-polyglot')
    const summary = project.roots.map((r) => [r.path, r.language, r.frameworks.join('+'), r.manifest])
    expect(summary).toEqual([
      ['django', 'python', 'django+drf', 'django/requirements/base.txt'],
      ['services/Payments.Api', 'csharp', 'aspnet', 'services/Payments.Api/Payments.Api.csproj'],
      ['services/inventory', 'java', 'spring', 'services/inventory/pom.xml'],
      ['services/links', 'go', 'gin', 'services/links/go.mod'],
      ['services/orders', 'java', 'spring', 'services/orders/build.gradle.kts'],
      ['services/shop', 'ruby', 'rails', 'services/shop/Gemfile'],
      ['services/web', 'php', 'laravel', 'services/web/composer.json'],
    ])
    const django = project.roots[0]!
    expect([...django.dependencies]).toEqual(['django', 'djangorestframework', 'psycopg2-binary', 'blog-helpers'])
    expect(project.roots[2]!.license).toBe('Apache-2.0')
    expect(project.roots[6]!.license).toBe('MIT')
    expect(project.roots[4]!.dependencies.has('org.springframework.boot:spring-boot-starter-security')).toBe(false)
    expect(project.roots[5]!.dependencies.has('devise')).toBe(false)
  })
})
