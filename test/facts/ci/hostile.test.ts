import { describe, expect, it } from 'vitest'
import { ci } from '../../../src/facts/ci.js'
import { docker } from '../../../src/facts/docker.js'
import { contextOf } from '../../helpers/context.js'
import { memorySnapshot } from './memory-snapshot.js'

const workflow = (run: string) => `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`

/** Repositories built to make a naive resolver loop, fan out or rescan. */
const HOSTILE: [string, Record<string, string>][] = [
  ['a chain of 5,000 npm scripts', {
    '.github/workflows/ci.yml': workflow('npm run s0'),
    'package.json': JSON.stringify({ scripts: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}`, `npm run s${i + 1} && npm run s${i + 2}`])) }),
  }],
  ['a Makefile whose targets all depend on each other', {
    '.github/workflows/ci.yml': workflow('make t0'),
    Makefile: Array.from({ length: 2000 }, (_, i) => `t${i}: ${Array.from({ length: 30 }, (_, k) => `t${(i + k + 1) % 2000}`).join(' ')}\n\techo ${i}`).join('\n'),
  }],
  ['a shell script that runs itself', { '.github/workflows/ci.yml': workflow('./x.sh'), 'x.sh': './x.sh\nbash x.sh\n'.repeat(5000) }],
  ['a run step of 100,000 chained commands', { '.github/workflows/ci.yml': workflow(`"${'true && '.repeat(100_000)}true"`) }],
  ['a Jenkinsfile of unclosed steps and dir blocks', { Jenkinsfile: "dir('a') {\nsh '".repeat(50_000) }],
  ['a Makefile variable that doubles itself', {
    '.github/workflows/ci.yml': workflow('make'),
    Makefile: Array.from({ length: 30 }, (_, i) => `V${i} = $(V${i + 1})$(V${i + 1})`).join('\n') + '\nall:\n\t$(V0)\n',
  }],
  ['a Dockerfile of 100,000 continued lines and an unclosed heredoc', { Dockerfile: 'FROM node\nRUN <<EOF\n' + 'RUN x \\\n'.repeat(100_000) }],
]

describe('CI and Docker analysis on hostile input', () => {
  it.each(HOSTILE)('%s is handled quickly without a crash', async (_what, files) => {
    const started = performance.now()
    const ctx = contextOf(memorySnapshot(files))
    const facts = [...(await ci.run(ctx)), ...(await docker.run(ctx))]
    expect(facts.find((f) => f.id === 'ci.runsTests')!.found).toBe(false)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
