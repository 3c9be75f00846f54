import { describe, expect, it } from 'vitest'
import { readme } from '../../src/facts/readme.js'
import { contextOf } from '../helpers/context.js'
import { analyseReadme as analyse, memorySnapshot } from './readme-snapshot.js'

const SETUP = '\n\n## Getting started\n\n```sh\nnpm install\nnpm start\n```\n'

describe('readme analyzer on hostile READMEs', () => {
  it('returns on a line of 40,000 "*a" and still reads the sections after it', async () => {
    const { facts, notes } = await analyse({ 'README.md': `# Stars\n\n${'*a'.repeat(40_000)}${SETUP}` })
    expect(facts['readme.hasSetupSection']!.evidence).toEqual([{ path: 'README.md', line: 5 }])
    expect(facts['readme.setupHasCommand']!.evidence).toEqual([{ path: 'README.md', line: 8 }])
    expect(notes.join(' ')).toMatch(/README\.md: .*cut/)
  })

  it('returns on a 10,000-deep list and keeps the line numbers of what follows', async () => {
    const { facts, notes } = await analyse({ 'README.md': `# Deep\n\n${'- '.repeat(10_000)}x${SETUP}` })
    expect(facts['readme.setupHasCommand']!.evidence).toEqual([{ path: 'README.md', line: 8 }])
    expect(notes.join(' ')).toMatch(/nested too deeply were flattened/)
  })

  it('returns on a thousand indented list levels (a megabyte of indentation)', async () => {
    const ladder = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n')
    const { facts, notes } = await analyse({ 'README.md': `# Ladder${SETUP}\n${ladder}\n` })
    expect(facts['readme.hasSetupSection']!.evidence).toEqual([{ path: 'README.md', line: 3 }])
    expect(notes.join(' ')).toMatch(/only the first 200 KB were read; \d+ line\(s\) nested too deeply were flattened/)
  })

  it('returns on a paragraph of many lines full of emphasis marks', async () => {
    const flood = Array.from({ length: 400 }, () => '*a_b*[c]'.repeat(60)).join('\n')
    // the setup comes first: whether the parser reaches text after the flood depends on the time budget
    const { facts, notes } = await analyse({ 'README.md': `# Flood${SETUP}\n${flood}\n` })
    expect(facts['readme.setupHasCommand']!.evidence).toEqual([{ path: 'README.md', line: 6 }])
    expect(notes.join(' ')).toMatch(/read as plain text/)
  })

  it('reads only the first 200 KB of a huge README and says so', async () => {
    const { facts, notes } = await analyse({ 'README.md': `# Big${SETUP}\n${'Lorem ipsum dolor sit amet.\n\n'.repeat(12_000)}` })
    expect(facts['readme.setupHasCommand']!.found).toBe(true)
    expect(notes.join(' ')).toMatch(/larger than 200 KB/)
  })

  it('turns a README too large to read into a note: present, but nothing found in it', async () => {
    const { facts, notes } = await analyse({ 'README.md': null })
    expect(facts['readme.isPresent']!.found).toBe(true)
    expect(facts['readme.hasSetupSection']!.found).toBe(false)
    expect(notes).toEqual(['README.md was not read (it is too large to read); README checks treat it as empty'])
  })

  it('survives malformed links and unterminated fences', async () => {
    const text = '# Odd\n\n[docs](%E0%A4%A)\n\n```sh\nnpm install\nnpm start\n'
    const { facts } = await analyse({ 'README.md': text })
    expect(facts['readme.linksApiDocs']!.found).toBe(false)
    expect(facts['readme.setupHasCommand']!.evidence).toEqual([{ path: 'README.md', line: 6 }])
  })

  it('turns a README whose read fails into a note instead of a crash', async () => {
    const snapshot = memorySnapshot({ 'README.md': '# x' })
    snapshot.read = async () => {
      throw new Error('EIO')
    }
    const ctx = contextOf(snapshot)
    const facts = await readme.run(ctx)
    expect(facts.find((f) => f.id === 'readme.isPresent')!.found).toBe(true)
    expect(facts.filter((f) => f.found).map((f) => f.id)).toEqual(['readme.isPresent'])
    expect(ctx.notes.map((n) => n.message)).toEqual(['README.md was not read (it is binary or unreadable); README checks treat it as empty'])
  })

  it('returns on a hostile reStructuredText README', async () => {
    const lines = ['Setup', '=====', '', 'Run::', '', '    pip install -r requirements.txt']
    for (let i = 0; i < 20_000; i++) lines.push(i % 2 ? '.. _' + 'a'.repeat(5) : '``'.repeat(3) + '=' .repeat(3))
    const { facts } = await analyse({ 'README.rst': lines.join('\n') })
    expect(facts['readme.setupHasCommand']!.evidence).toEqual([{ path: 'README.rst', line: 6 }])
  })
})
