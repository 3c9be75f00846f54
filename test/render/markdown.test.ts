import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadTemplates } from '../../src/engine/load-templates.js'
import { ISSUE_TOKENS, MAX_ISSUE_LENGTH, renderMarkdown } from '../../src/render/markdown.js'
import { sampleReport } from './sample-report.js'

const { issue: template } = loadTemplates()
const URL_BASE = 'https://github.com/ana/task-api'
const COMMIT = '0123456789abcdef0123456789abcdef01234567'

describe('renderMarkdown (checklist issue body)', () => {
  it('matches the golden output', async () => {
    await expect(renderMarkdown(sampleReport({ url: URL_BASE }), { template, changes: '**+12** since `abc1234`: Docker, CI now runs tests' })).toMatchFileSnapshot(
      '__snapshots__/sample-issue.md',
    )
  })

  it('starts with the hidden marker and ends with the re-run box', () => {
    const body = renderMarkdown(sampleReport(), { template })
    expect(body.startsWith('<!-- portfolio-check -->\n')).toBe(true)
    expect(body).toContain('\n- [ ] <!-- rescan --> Re-run the check\n')
  })

  it('uses task-list boxes: ticked for passing checks, open for failing ones', () => {
    const body = renderMarkdown(sampleReport(), { template })
    expect(body).toContain('- [x] **README at the root of the repository** (`readme.present`)')
    expect(body).toMatch(/- \[ \] \*\*No secrets are committed to the repository\*\* \(`security\.no-secrets`\) · \*\*\+\d+ points\*\*/)
  })

  it('puts the biggest gain first', () => {
    const body = renderMarkdown(sampleReport(), { template })
    const todo = body.slice(body.indexOf('### To do'), body.indexOf('### Done'))
    const gains = [...todo.matchAll(/\*\*\+(\d+) points\*\*/g)].map((m) => Number(m[1]))
    expect(gains.length).toBe(9)
    expect(gains).toEqual([...gains].sort((a, b) => b - a))
  })

  it('links evidence to the file and line at the scanned commit when the repo URL is known', () => {
    const body = renderMarkdown(sampleReport({ url: URL_BASE }), { template })
    expect(body).toContain(`[\`.env:2\`](${URL_BASE}/blob/${COMMIT}/.env#L2) (.env file with values committed)`)
    expect(body).toContain(`[\`src/routes/auth.js:9\`](${URL_BASE}/blob/${COMMIT}/src/routes/auth.js#L9)`)
  })

  it('shows plain paths when the repo URL is unknown', () => {
    const body = renderMarkdown(sampleReport(), { template })
    expect(body).toContain('Evidence: `.env:2` (.env file with values committed)')
    expect(body).not.toContain('/blob/')
  })

  it('puts the fixes of failing checks in <details>, written for the detected stack', () => {
    const body = renderMarkdown(sampleReport(), { template })
    expect(body).toContain('<details><summary>How to fix it</summary>')
    expect(body).toContain("import { z } from 'zod'")
    expect(body.match(/<details><summary>How to fix it<\/summary>/g)).toHaveLength(9)
  })

  it('shows config problems in a header with file, field and reason', () => {
    const body = renderMarkdown(sampleReport(), { template })
    const header = body.slice(0, body.indexOf('## Portfolio readiness'))
    expect(header).toContain('> [!WARNING]')
    expect(header).toContain('portfolio-check.yml: minScore: got 120; expected a whole number from 0 to 100')
  })

  it('shows the changes line only when given', () => {
    expect(renderMarkdown(sampleReport(), { template, changes: '+3 since abc1234' })).toContain('\n+3 since abc1234\n')
    expect(renderMarkdown(sampleReport(), { template })).not.toContain('since')
  })

  it('escapes file names so they cannot inject Markdown or HTML', () => {
    const report = sampleReport({ url: URL_BASE })
    report.checks.find((c) => c.id === 'security.no-secrets')!.evidence = [{ path: 'a`b<!-- x -->](http://evil)\n# h.env', line: 1 }]
    const body = renderMarkdown(report, { template })
    expect(body).toContain('[`` a`b<!-- x -->](http://evil) # h.env:1 ``](')
    expect(body).toContain('/a%60b%3C!--%20x%20--%3E%5D%28http%3A//evil%29%0A%23%20h.env#L1)')
  })

  it('stays under the limit by dropping evidence lists first, and says so', () => {
    const report = sampleReport({ url: URL_BASE })
    const many = Array.from({ length: 8 }, (_, i) => ({ path: `src/module-${i}/${'deep/'.repeat(20)}file.js`, line: i + 1 }))
    for (const c of report.checks) c.evidence = many
    const full = renderMarkdown(report, { template, maxLength: 1_000_000 })
    const limit = full.length - 1000
    const body = renderMarkdown(report, { template, maxLength: limit })
    expect(body.length).toBeLessThanOrEqual(limit)
    expect(body).not.toContain('Evidence:')
    expect(body).toContain('<details><summary>How to fix it</summary>')
    expect(body).toContain('Evidence lists were left out')
  })

  it('drops fix details next, then cuts hard while keeping the marker and the re-run box', () => {
    const report = sampleReport()
    const noEvidence = renderMarkdown({ ...report, checks: report.checks.map((c) => ({ ...c, evidence: [] })) }, { template, maxLength: 1_000_000 })
    const body = renderMarkdown(report, { template, maxLength: noEvidence.length - 100 })
    expect(body).not.toContain('<details><summary>How to fix it')
    expect(body).toContain('fix details were left out')
    const tiny = renderMarkdown(report, { template, maxLength: 1500 })
    expect(tiny.length).toBeLessThanOrEqual(1500)
    expect(tiny.startsWith('<!-- portfolio-check -->')).toBe(true)
    expect(tiny).toContain('- [ ] <!-- rescan --> Re-run the check')
  })

  it('keeps a huge report under GitHub’s 65,536 characters', () => {
    const report = sampleReport({ url: URL_BASE })
    const evidence = Array.from({ length: 5000 }, (_, i) => ({ path: `src/generated/file-${i}.js`, line: i }))
    for (const c of report.checks) c.evidence = evidence
    report.notes = Array.from({ length: 10_000 }, (_, i) => ({ level: 'info' as const, message: `file skipped (EACCES) ${i}`, path: `x/${i}` }))
    const body = renderMarkdown(report, { template })
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_LENGTH)
    expect(body).toContain('and 9980 more')
  })

  it('stays under 65,536 characters with all 24 checks failing, 500 evidence items each and long fixes', () => {
    const report = sampleReport({ url: URL_BASE })
    const longFix = `Do this carefully.\n\n\`\`\`js\n${'const step = doSomething()\n'.repeat(120)}\`\`\`\n`
    report.checks = report.checks.map((c, i) => ({
      ...c,
      status: 'fail' as const,
      gain: 24 - i,
      fix: longFix,
      evidence: Array.from({ length: 500 }, (_, j) => ({ path: `services/module-${i}/handlers/${'nested/'.repeat(8)}file-${j}.ts`, line: j + 1 })),
    }))
    const body = renderMarkdown(report, { template })
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_LENGTH)
    expect(body.startsWith('<!-- portfolio-check -->\n')).toBe(true)
    expect(body).toContain('- [ ] <!-- rescan --> Re-run the check')
    // every failing check still has its task-list line, biggest gain first
    const boxes = [...body.matchAll(/^- \[ \] \*\*.+?\*\* \(`([a-z.-]+)`\)/gm)].map((m) => m[1])
    expect(boxes).toEqual(report.checks.map((c) => c.id))
  })

  it('uses only the tokens the renderer provides', () => {
    const text = readFileSync(new URL('../../templates/issue.md', import.meta.url), 'utf8')
    const used = new Set([...text.matchAll(/\bit\.(\w+)/g)].map((m) => m[1]!))
    expect(used.size).toBeGreaterThan(10)
    for (const token of used) expect(ISSUE_TOKENS as readonly string[], `templates/issue.md uses it.${token}`).toContain(token)
  })
})
