import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadTemplates } from '../../src/engine/load-templates.js'
import { CHECK_RUN_TOKENS, checkRunAnnotations, renderCheckRun } from '../../src/render/check-run.js'
import { sampleReport } from './sample-report.js'

const { checkRun: template } = loadTemplates()

describe('renderCheckRun', () => {
  it('matches the golden summary', async () => {
    const { summary } = renderCheckRun(sampleReport({ url: 'https://github.com/ana/task-api' }), { template })
    await expect(summary).toMatchFileSnapshot('__snapshots__/sample-check-run.md')
  })

  it('titles the run with the score and level', () => {
    expect(renderCheckRun(sampleReport(), { template }).title).toBe('58/100 · Building')
  })

  it('shows the layers and the three biggest fixes', () => {
    const { summary } = renderCheckRun(sampleReport(), { template })
    expect(summary).toContain('| Security & reliability | 69 | 4/5 |')
    expect(summary.match(/<details>/g)).toHaveLength(3)
    expect(summary.indexOf('No secrets are committed')).toBeLessThan(summary.indexOf('CI runs the tests'))
    expect(summary).toContain('…and 6 more in the checklist issue.')
  })

  it('annotates failing checks that have a file and line, biggest gain first', () => {
    expect(checkRunAnnotations(sampleReport())).toEqual([
      expect.objectContaining({ path: '.env', start_line: 2, end_line: 2, annotation_level: 'warning', title: 'No secrets are committed to the repository' }),
      expect.objectContaining({ path: '.github/workflows/ci.yml', start_line: 14, title: 'CI runs the tests on every push' }),
    ])
  })

  it('uses only the tokens the renderer provides', () => {
    const text = readFileSync(new URL('../../templates/check-run.md', import.meta.url), 'utf8')
    const used = new Set([...text.matchAll(/\bit\.(\w+)/g)].map((m) => m[1]!))
    for (const token of used) expect(CHECK_RUN_TOKENS as readonly string[], `templates/check-run.md uses it.${token}`).toContain(token)
  })
})
