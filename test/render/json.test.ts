import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { renderJson } from '../../src/render/json.js'
import { CATALOG } from '../rules/catalog.js'
import { checkJsonSchema } from './json-schema-check.js'
import { sampleReport } from './sample-report.js'

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'))

/** The DESIGN.md contract, field for field (strict: no extra keys). */
const Layer = z.enum(['docs', 'testing', 'api', 'data', 'security', 'delivery'])
const Contract = z.strictObject({
  schemaVersion: z.literal(1),
  repo: z.strictObject({ name: z.string(), commit: z.string() }),
  score: z.number().int().min(0).max(100),
  level: z.enum(['foundations', 'building', 'portfolio-ready']),
  track: z.enum(['general', 'saas', 'data', 'platform']),
  layers: z.array(z.strictObject({ id: Layer, score: z.number().int().nullable() })).length(6),
  checks: z.array(
    z.strictObject({
      id: z.string(),
      status: z.enum(['pass', 'fail', 'skip']),
      title: z.string(),
      layer: Layer,
      weight: z.number().int(),
      evidence: z.array(z.strictObject({ path: z.string(), line: z.number().int().optional() })),
      fix: z.string(),
    }),
  ),
  notes: z.array(z.strictObject({ level: z.enum(['info', 'warning']), message: z.string(), path: z.string().optional() })),
})

describe('renderJson', () => {
  const text = renderJson(sampleReport({ url: 'https://github.com/ana/task-api' }))
  const doc = JSON.parse(text)

  it('prints exactly the DESIGN.md contract', () => {
    expect(() => Contract.parse(doc)).not.toThrow()
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'repo', 'score', 'level', 'track', 'layers', 'checks', 'notes'])
  })

  it('is valid against schema/report.schema.json', () => {
    expect(checkJsonSchema(schema, doc)).toEqual([])
  })

  it('lists every catalog id in catalog order', () => {
    expect(doc.checks.map((c: { id: string }) => c.id)).toEqual(CATALOG)
  })

  it('keeps line numbers only where they are known', () => {
    const ci = doc.checks.find((c: { id: string }) => c.id === 'ci.present')
    expect(ci.evidence).toEqual([{ path: '.github/workflows/ci.yml' }])
    const secrets = doc.checks.find((c: { id: string }) => c.id === 'security.no-secrets')
    expect(secrets.evidence).toEqual([{ path: '.env', line: 2 }])
  })

  it('is one document ending with a newline', () => {
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.trim().split('\n').at(-1)).toBe('}')
  })
})

describe('the JSON Schema checker used above', () => {
  it('catches a wrong document, so a pass means something', () => {
    const doc = JSON.parse(renderJson(sampleReport()))
    doc.score = 101
    doc.extra = true
    doc.checks[0].status = 'maybe'
    delete doc.repo.commit
    expect(checkJsonSchema(schema, doc)).toEqual([
      '$.repo.commit: required',
      '$.score: above 100',
      '$.checks[0].status: "maybe" not in pass|fail|skip',
      '$.extra: not allowed',
    ])
  })
})
