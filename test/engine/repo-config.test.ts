import { describe, expect, it } from 'vitest'
import { parseRepoConfig, readRepoConfig } from '../../src/engine/repo-config.js'
import { memorySnapshot } from './memory-snapshot.js'

const ids = ['readme.setup', 'docker.file']
const FILE = '.github/portfolio-check.yml'

describe('readRepoConfig', () => {
  it('uses the defaults when the repo has no config', async () => {
    const result = await readRepoConfig(memorySnapshot({ 'README.md': '# x' }), { checkIds: ids })
    expect(result).toEqual({ config: { track: 'general', ignore: [], exempt: [] }, notes: [], problems: [] })
  })

  it('reads track, minScore, ignore and exemptions from the snapshot', async () => {
    const text = 'track: saas\nminScore: 70\nignore: [legacy/, "examples/**"]\nexempt:\n  - check: docker.file\n    reason: deployed as a serverless function\n'
    const result = await readRepoConfig(memorySnapshot({ [FILE]: text }), { checkIds: ids })
    expect(result.notes).toEqual([])
    expect(result.source).toBe(FILE)
    expect(result.config).toEqual({
      track: 'saas',
      minScore: 70,
      ignore: ['legacy/', 'examples/**'],
      exempt: [{ check: 'docker.file', reason: 'deployed as a serverless function' }],
    })
  })

  it('also finds the .yaml spelling', async () => {
    const result = await readRepoConfig(memorySnapshot({ '.github/portfolio-check.yaml': 'track: data\n' }), { checkIds: ids })
    expect(result.config.track).toBe('data')
  })

  it('prefers config text given by the caller (CLI --config)', async () => {
    const result = await readRepoConfig(memorySnapshot({ [FILE]: 'track: saas' }), { text: 'track: platform', source: 'my.yml', checkIds: ids })
    expect(result.config.track).toBe('platform')
    expect(result.source).toBe('my.yml')
  })
})

describe('parseRepoConfig', () => {
  it('reports an exemption without a reason with file and field, and drops only that setting', () => {
    const result = parseRepoConfig('track: saas\nexempt:\n  - check: docker.file\n', FILE, ids)
    expect(result.config).toEqual({ track: 'saas', ignore: [], exempt: [] })
    expect(result.notes).toHaveLength(1)
    expect(result.notes[0]!.message).toBe(`${FILE}: exempt[0].reason: required: say why this check does not apply to your project; this exemption is ignored`)
    expect(result.notes[0]!.path).toBe(FILE)
    expect(result.problems).toEqual([{ field: 'exempt[0].reason', reason: 'required: say why this check does not apply to your project', fallback: 'this exemption is ignored' }])
  })

  it('reports wrong types field by field', () => {
    const result = parseRepoConfig('track: 5\nminScore: "70"\nignore: legacy\nexempt:\n  - docker.file\n', FILE, ids)
    expect(result.config).toEqual({ track: 'general', ignore: [], exempt: [] })
    expect(result.problems.map((p) => `${p.field}: ${p.reason}`)).toEqual([
      'track: got 5; expected general, saas, data or platform',
      'minScore: got "70"; expected a whole number from 0 to 100',
      'ignore: got "legacy"; expected a list of globs, e.g. [legacy/, "examples/**"]',
      'exempt[0]: got "docker.file"; expected check and reason, e.g. { check: docker.compose, reason: "one process, nothing to compose" }',
    ])
  })

  it('drops only the bad entries of a list and keeps the good ones', () => {
    const text = 'ignore: [legacy/, 5]\nexempt:\n  - check: readme.setup\n  - check: docker.file\n    reason: deployed as a serverless function\n'
    const result = parseRepoConfig(text, FILE, ids)
    expect(result.config.ignore).toEqual(['legacy/'])
    expect(result.config.exempt).toEqual([{ check: 'docker.file', reason: 'deployed as a serverless function' }])
    expect(result.problems.map((p) => `${p.field} -> ${p.fallback}`)).toEqual(['ignore[1] -> this entry is skipped', 'exempt[0].reason -> this exemption is ignored'])
  })

  it('points at the line of a YAML syntax error', () => {
    expect(parseRepoConfig('track: saas\nexempt: [docker.file\n', FILE, ids).notes[0]!.message).toMatch(/^\.github\/portfolio-check\.yml: \(yaml\): invalid YAML: .* at line \d+, column \d+; the whole file is ignored/)
  })

  it('reports an unknown track and keeps the default', () => {
    const result = parseRepoConfig('track: frontend\n', FILE, ids)
    expect(result.config.track).toBe('general')
    expect(result.notes[0]!.message).toBe(`${FILE}: track: got "frontend"; expected general, saas, data or platform; the default (general) is used`)
  })

  it('reports a minScore out of range', () => {
    const result = parseRepoConfig('minScore: 120\n', FILE, ids)
    expect(result.config.minScore).toBeUndefined()
    expect(result.notes[0]!.message).toMatch(/minScore: /)
  })

  it('reports unknown keys and exemptions of unknown checks', () => {
    const result = parseRepoConfig('trak: saas\nexempt:\n  - check: nope.check\n    reason: because it is so\n', FILE, ids)
    expect(result.notes.map((n) => n.message.split(': ').slice(0, 2).join(': '))).toEqual([`${FILE}: trak`, `${FILE}: exempt[0].check`])
    expect(result.config.exempt).toEqual([])
  })

  it.each([
    ['broken YAML', 'track: [saas'],
    ['a list instead of a mapping', '- saas\n'],
    ['duplicate keys', 'track: saas\ntrack: data\n'],
    ['an alias bomb', 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n'],
    ['tabs', 'track:\tsaas\n\t- x'],
  ])('never throws on %s: it falls back to the defaults with a note', (_, text) => {
    const result = parseRepoConfig(text, FILE, ids)
    expect(result.config.track).toBe('general')
    expect(result.notes.length).toBeGreaterThan(0)
    expect(result.notes[0]!.message.startsWith(`${FILE}: `)).toBe(true)
  })

  it('treats an empty file as no settings', () => {
    expect(parseRepoConfig('', FILE, ids)).toEqual({ config: { track: 'general', ignore: [], exempt: [] }, notes: [], problems: [], source: FILE })
  })

  it('refuses an oversized file', () => {
    const result = parseRepoConfig(`# ${'x'.repeat(70_000)}\n`, FILE, ids)
    expect(result.notes[0]!.message).toMatch(/too large/)
  })
})
