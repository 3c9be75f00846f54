import { describe, expect, it } from 'vitest'
import { renderText } from '../../src/render/text.js'
import { sampleReport } from './sample-report.js'

describe('renderText', () => {
  it('matches the golden output (no colour)', async () => {
    await expect(renderText(sampleReport(), { color: false })).toMatchFileSnapshot('__snapshots__/sample.txt')
  })

  it('shows each verdict with a symbol and a word, so it reads without colour', () => {
    const text = renderText(sampleReport(), { color: false })
    expect(text).toContain('✓ pass  README at the root of the repository  README.md:1')
    expect(text).toContain('✗ fail  No secrets are committed to the repository\n          .env:2  .env file with values committed\n')
    expect(text).toContain('– skip  The repository has a license  could not tell: the scan could not determine license.isPresent (see the notes)')
    expect(text).not.toContain('\u001b[')
  })

  it('says under a failing check what is wrong where, or which files were looked at', () => {
    const text = renderText(sampleReport(), { color: false })
    expect(text).toContain('✗ fail  CI runs the tests on every push\n          looked at: .github/workflows/ci.yml:14\n')
    const report = sampleReport()
    report.checks.find((c) => c.id === 'security.no-secrets')!.evidence = Array.from({ length: 5 }, (_, i) => ({ path: `.env.${i}`, line: 1, note: 'secret' }))
    expect(renderText(report, { color: false })).toMatch(/\.env\.2:1 {2}secret\n {10}\+2 more\n/)
  })

  it('shows the level and how many points the next one needs', () => {
    expect(renderText(sampleReport(), { color: false })).toContain('Score 58/100  Building · 22 points to Portfolio-ready\n')
  })

  it('uses ANSI colour only when asked', () => {
    expect(renderText(sampleReport(), { color: true })).toContain('\u001b[32m✓ pass\u001b[39m')
  })

  it('lists next steps biggest gain first, with the stack-specific fix', () => {
    const text = renderText(sampleReport(), { color: false })
    const steps = text.slice(text.indexOf('Next steps'))
    expect(steps.indexOf('security.no-secrets')).toBeLessThan(steps.indexOf('license.present') === -1 ? Infinity : steps.indexOf('license.present'))
    expect(steps).toMatch(/1\. No secrets are committed to the repository \(security\.no-secrets\)  \+\d+ points/)
    expect(steps).toContain("const secret = process.env.JWT_SECRET")
  })

  it('keeps a hostile file name on one line', () => {
    const report = sampleReport()
    report.checks[0]!.evidence = [{ path: 'evil\nname.md', line: 1 }]
    expect(renderText(report, { color: false })).toContain('evil name.md:1')
  })
})
