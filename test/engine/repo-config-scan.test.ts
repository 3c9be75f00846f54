import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { LocalSource } from '../../src/source/local.js'
import type { Report } from '../../src/types.js'
import { catalogFirst, CATALOG } from '../rules/catalog.js'

// A learner's small Express API whose .github/portfolio-check.yml is written in many wrong ways:
// every mistake must come back as a note naming the file, the field and the reason, with that
// setting at its default, and the scan must still judge every check.

const FILE = '.github/portfolio-check.yml'
let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pc-config-'))
  mkdirSync(join(root, 'src'))
  mkdirSync(join(root, '.github'))
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'notes-api', dependencies: { express: '4.19.2' } }))
  writeFileSync(join(root, 'src/app.js'), "import express from 'express'\nconst app = express()\napp.get('/notes', (req, res) => res.json([]))\napp.listen(3000)\n")
  writeFileSync(join(root, 'README.md'), '# Notes API\n\nA tiny notes API.\n')
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

async function scanWith(config: string): Promise<Report> {
  writeFileSync(join(root, FILE), config)
  return scan(new LocalSource(root))
}

const configNotes = (report: Report) => report.notes.filter((n) => n.path === FILE).map((n) => n.message)

describe('scan() with a malformed .github/portfolio-check.yml', () => {
  it.each([
    ['invalid YAML', 'track: [saas\nminScore: 70\n', ['(yaml)']],
    ['a track typo', 'track: sass\n', ['track']],
    ['wrong types everywhere', 'track: 5\nminScore: high\nignore: legacy\nexempt: docker.file\n', ['track', 'minScore', 'ignore', 'exempt']],
    ['an exemption written as a bare id', 'exempt: [docker.file]\n', ['exempt[0]']],
    ['an unknown key', 'trak: saas\n', ['trak']],
    ['an exemption without a reason', 'exempt:\n  - check: docker.file\n', ['exempt[0].reason']],
    ['an exemption of an unknown check id', 'exempt:\n  - check: docker.fil\n    reason: no container, it runs on a PaaS\n', ['exempt[0].check']],
    ['a list instead of settings', '- track: saas\n', ['(file)']],
  ])('turns %s into notes with file, field and reason, and scans with the defaults', async (_, config, fields) => {
    const report = await scanWith(config)
    expect(report.track).toBe('general')
    expect(report.config.minScore).toBeUndefined()
    expect(catalogFirst(report.checks.map((c) => c.id)).catalog).toEqual(CATALOG)
    expect(report.checks.find((c) => c.id === 'docker.file')!.status).toBe('fail') // no exemption took effect
    const notes = configNotes(report)
    expect(notes.map((m) => m.split(': ')[1])).toEqual(fields)
    for (const message of notes) expect(message).toMatch(/^\.github\/portfolio-check\.yml: \S+: .{8,}; (the|no|nothing|this|it) .+$/)
  })

  it('keeps the valid settings next to a broken one', async () => {
    const report = await scanWith('track: data\nminScore: 500\nexempt:\n  - check: docker.file\n    reason: deployed as a serverless function\n')
    expect(report.track).toBe('data')
    expect(report.config.minScore).toBeUndefined()
    expect(report.checks.find((c) => c.id === 'docker.file')).toMatchObject({ status: 'skip', reason: 'exempted in the repo config: deployed as a serverless function' })
    expect(configNotes(report)).toEqual([`${FILE}: minScore: got 500; expected a whole number from 0 to 100; no minimum score is set`])
  })

  it('lists config problems before any other note', async () => {
    const report = await scanWith('track: sass\n')
    expect(report.notes[0]!.path).toBe(FILE)
  })
})
