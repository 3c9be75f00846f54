import { describe, expect, it } from 'vitest'
import { changesSince } from '../../src/github/changes.js'
import { testReport } from './report.js'

const A = 'abc1234'.padEnd(40, '0')
const B = 'def5678'.padEnd(40, '0')

describe('changesSince', () => {
  it('says nothing on the first scan', () => {
    expect(changesSince(undefined, testReport(B))).toBeUndefined()
  })

  it('names the checks that now pass with the score gained since the previous commit', () => {
    const before = testReport(A, { failing: ['docker.file', 'ci.tests', 'tests.http'] })
    const after = testReport(B, { failing: ['tests.http'] })
    expect(changesSince(before, after)).toBe("**+8** since `abc1234`: CI runs the tests, Dockerfile now pass")
  })

  it('names regressions too, and says when nothing changed', () => {
    const before = testReport(A, { failing: ['docker.file'] })
    expect(changesSince(before, testReport(B, { failing: ['ci.tests'] }))).toBe('**±0** since `abc1234`: Dockerfile now passes; CI runs the tests no longer passes')
    expect(changesSince(before, testReport(B, { failing: ['docker.file'] }))).toBe('**±0** since `abc1234`: no check changed')
    expect(changesSince(testReport(A), testReport(B, { failing: ['docker.file'] }))).toMatch(/^\*\*−4\*\* since/)
  })
})
