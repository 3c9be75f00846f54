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

describe('tests analyzer: Go, Java, Ruby, PHP and C#', () => {
  it('finds a Go test function and its httptest recorder, ignoring a commented-out test', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-go-httptest')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([{ path: 'internal/api/router_test.go', line: 13 }])
    expect(facts['tests.exerciseHttp']!.evidence).toEqual([{ path: 'internal/api/router_test.go', line: 14, note: 'httptest' }])
  })

  it('finds a JUnit test calling MockMvc and skips the generated contextLoads test', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-junit-mockmvc')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([{ path: 'src/test/java/com/example/notes/NotesControllerTest.java', line: 19 }])
    expect(facts['tests.exerciseHttp']!.evidence).toEqual([
      { path: 'src/test/java/com/example/notes/NotesControllerTest.java', line: 22, note: 'MockMvc' },
    ])
  })

  it('does not count a Spring project whose only test is the generated contextLoads', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-spring-generated-only')
    expect(facts['tests.hasTestCases']).toEqual({
      id: 'tests.hasTestCases',
      found: false,
      evidence: [{ path: 'src/test/java/com/example/notes/NotesApplicationTests.java', note: 'only the example test its generator wrote' }],
    })
  })

  it('finds an RSpec request spec and ignores a pending example and a commented-out one', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-rspec-request')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([{ path: 'spec/requests/articles_spec.rb', line: 5 }])
    expect(facts['tests.exerciseHttp']!.evidence).toEqual([{ path: 'spec/requests/articles_spec.rb', line: 6, note: 'request spec' }])
  })

  it('finds a Rails integration test and skips the generated model test', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-rails-minitest')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([{ path: 'test/integration/sign_in_test.rb', line: 4 }])
    expect(facts['tests.exerciseHttp']!.evidence).toEqual([{ path: 'test/integration/sign_in_test.rb', line: 5, note: 'integration test' }])
  })

  it('finds Laravel feature tests (@test docblock and Pest) and skips the generated ExampleTest files', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-laravel-feature')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([
      { path: 'tests/Feature/TaskApiTest.php', line: 10 },
      { path: 'tests/Feature/TaskListTest.php', line: 3 },
    ])
    expect(facts['tests.exerciseHttp']!.evidence).toEqual([
      { path: 'tests/Feature/TaskApiTest.php', line: 12, note: 'Laravel HTTP test' },
      { path: 'tests/Feature/TaskListTest.php', line: 4, note: 'Laravel HTTP test' },
    ])
  })

  it("does not let Laravel's generated ExampleTest pass either check, although it calls GET /", async () => {
    const { facts } = await runAnalyzer(tests, 'tests-laravel-example-only')
    expect(facts['tests.hasTestCases']!.found).toBe(false)
    expect(facts['tests.hasTestCases']!.evidence.map((e) => e.note)).toEqual([
      'only the example test its generator wrote',
      'only the example test its generator wrote',
    ])
    expect(facts['tests.exerciseHttp']!.found).toBe(false)
  })

  it('finds an xUnit theory using a WebApplicationFactory client and skips the empty template test', async () => {
    const { facts } = await runAnalyzer(tests, 'tests-xunit-webfactory')
    expect(facts['tests.hasTestCases']!.evidence).toEqual([{ path: 'tests/Todo.Api.Tests/TodoEndpointsTests.cs', line: 15 }])
    expect(facts['tests.exerciseHttp']!.evidence).toEqual([
      { path: 'tests/Todo.Api.Tests/TodoEndpointsTests.cs', line: 19, note: 'WebApplicationFactory client' },
    ])
  })
})
