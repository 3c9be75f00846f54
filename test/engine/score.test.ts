import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { levelOf, score } from '../../src/engine/score.js'
import { TRACK_MULTIPLIERS, TRACKS } from '../../src/engine/tracks.js'
import { finding } from './helpers.js'

/** `passed` of 100 weight points pass, the rest fail. */
function findingsScoring(passed: number) {
  return [finding('a.pass', 'pass', passed), finding('a.fail', 'fail', 100 - passed)].filter((f) => f.weight > 0)
}

describe('score', () => {
  it.each([
    [49, 'foundations'],
    [50, 'building'],
    [79, 'building'],
    [80, 'portfolio-ready'],
    [0, 'foundations'],
    [100, 'portfolio-ready'],
  ] as const)('a score of %i is "%s"', (points, level) => {
    const result = score(findingsScoring(points), 'general')
    expect(result.score).toBe(points)
    expect(result.level).toBe(level)
    expect(levelOf(points)).toBe(level)
  })

  it('leaves skipped checks out of the denominator', () => {
    const withSkip = score([finding('a', 'pass', 3), finding('b', 'fail', 1), finding('c', 'skip', 50)], 'general')
    expect(withSkip.score).toBe(75)
  })

  it('rounds to the nearest whole point', () => {
    expect(score([finding('a', 'pass', 2), finding('b', 'fail', 1)], 'general').score).toBe(67)
  })

  it('scores 0 when nothing is applicable, and layers with nothing applicable are null', () => {
    const result = score([finding('a', 'skip', 5)], 'general')
    expect(result.score).toBe(0)
    expect(result.layers.find((l) => l.id === 'docs')).toEqual({ id: 'docs', score: null, passed: 0, applicable: 0 })
  })

  it('reports all six layers in a fixed order with check counts', () => {
    const result = score([finding('a', 'pass', 4, 'testing'), finding('b', 'fail', 4, 'testing'), finding('c', 'pass', 2, 'data')], 'general')
    expect(result.layers.map((l) => l.id)).toEqual(['docs', 'testing', 'api', 'data', 'security', 'delivery'])
    expect(result.layers[1]).toEqual({ id: 'testing', score: 50, passed: 1, applicable: 2 })
    expect(result.layers[3]).toEqual({ id: 'data', score: 100, passed: 1, applicable: 1 })
  })

  it('gives each failing check the points it would add, and 0 to the others', () => {
    const result = score([finding('a', 'pass', 6), finding('b', 'fail', 3), finding('c', 'fail', 1), finding('d', 'skip', 9)], 'general')
    expect(result.score).toBe(60)
    expect(result.gains.get('b')).toBe(30)
    expect(result.gains.get('c')).toBe(10)
    expect(result.gains.get('a')).toBe(0)
    expect(result.gains.get('d')).toBe(0)
  })

  it('scales layer weights by the track', () => {
    const findings = [finding('sec', 'pass', 10, 'security'), finding('doc', 'fail', 10, 'docs')]
    expect(score(findings, 'general').score).toBe(50)
    expect(score(findings, 'saas').score).toBe(60) // 15 / (15 + 10)
    expect(score(findings, 'platform').score).toBe(56) // 12.5 / 22.5
    expect(score(findings, 'data').score).toBe(50)
  })

  it('the data track favours the data layer', () => {
    const findings = [finding('db', 'pass', 10, 'data'), finding('api', 'fail', 10, 'api')]
    expect(score(findings, 'data').score).toBe(73) // 20 / (20 + 7.5)
  })

  it('is the same for the same findings, whatever their order', () => {
    const findings = [finding('a', 'pass', 3, 'api'), finding('b', 'fail', 5, 'security'), finding('c', 'pass', 2, 'delivery')]
    expect(score([...findings].reverse(), 'saas')).toEqual(score(findings, 'saas'))
  })

  it('documents the same track table in the README as in the code', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    for (const track of TRACKS) {
      const m = TRACK_MULTIPLIERS[track]
      const row = `| ${track} | ${m.docs} | ${m.testing} | ${m.api} | ${m.data} | ${m.security} | ${m.delivery} |`
      expect(readme).toContain(row)
    }
  })
})
