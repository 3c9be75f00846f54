import { describe, expect, it } from 'vitest'
import { tests } from '../../src/facts/tests.js'
import { runAnalyzer } from '../helpers/context.js'

describe('tests analyzer: JavaScript and Python', () => {
  it('does not count an empty describe, a todo or a test with an empty body', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-empty-describe')
    expect(facts['tests.hasTestCases']).toEqual({
      id: 'tests.hasTestCases',
      found: false,
      evidence: [{ path: '__tests__/todos.test.js', note: 'only test cases with an empty body' }],
    })
    expect(facts['tests.exerciseHttp']).toEqual({ id: 'tests.exerciseHttp', found: false, evidence: [] })
  })

  it("does not count Django's generated tests.py or an empty __init__.py", async () => {
    const { facts } = await runAnalyzer(tests, 'tests-django-generated')
    expect(facts['tests.hasTestCases']!.found).toBe(false)
    expect(facts['tests.hasTestCases']!.evidence).toEqual([
      { path: 'notes/tests.py', note: 'the tests.py Django generated, with no test written yet' },
      { path: 'tests/__init__.py', note: 'an empty package marker' },
    ])
  })

  it('does not count tests that are commented out, in a docstring or in a string', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-commented-out')
    expect(facts['tests.hasTestCases']!.found).toBe(false)
    expect(facts['tests.exerciseHttp']!.found).toBe(false)
  })

  it('finds jest test cases and the supertest call behind them', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-jest-supertest')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([
      { path: 'tests/books.test.js', line: 6 },
      { path: 'tests/slug.test.js', line: 4 },
    ])
    expect(facts['tests.exerciseHttp']).toEqual({
      id: 'tests.exerciseHttp',
      found: true,
      evidence: [{ path: 'tests/books.test.js', line: 7, note: 'supertest' }],
    })
  })

  it('finds pytest functions and TestClient, skipping a placeholder that only passes', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-pytest-testclient')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([{ path: 'tests/test_items.py', line: 8 }])
    expect(facts['tests.exerciseHttp']!.evidence).toEqual([
      { path: 'tests/conftest.py', line: 9, note: 'TestClient' },
      { path: 'tests/test_items.py', line: 9, note: 'test client' },
    ])
  })

  it('counts unit tests (unittest and pytest) that never call the app over HTTP', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-unit-only')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([{ path: 'tests/test_pricing.py', line: 7 }])
    expect(facts['tests.exerciseHttp']!.found).toBe(false)
  })

  it("leaves a frontend package's tests out of a backend's verdict", async () => {
    const { facts } = await runAnalyzer(tests, 'tests-frontend-only')
    expect(facts['tests.hasTestCases']).toEqual({ id: 'tests.hasTestCases', found: false, evidence: [] })
    expect(facts['tests.exerciseHttp']!.found).toBe(false)
  })
})
