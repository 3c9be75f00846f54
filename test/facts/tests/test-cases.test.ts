import { describe, expect, it } from 'vitest'
import { findTestCase } from '../../../src/facts/tests/test-cases.js'
import { findHttpCall } from '../../../src/facts/tests/http-signals.js'
import { stripComments } from '../../../src/facts/util/strip-comments.js'
import type { Language } from '../../../src/types.js'

const source = (path: string, language: Language, text: string) => ({ path, language, text, code: stripComments(text, language) })
const caseLine = (path: string, language: Language, text: string) => {
  const verdict = findTestCase(source(path, language, text))
  return 'line' in verdict ? verdict.line : verdict.reason
}

describe('findTestCase', () => {
  it.each([
    ['node:test with an expression body', 'a.test.js', 'javascript', "import test from 'node:test'\ntest('adds', () => assert.equal(1 + 1, 2))\n", 2],
    ['it.each tables', 'a.spec.ts', 'javascript', "describe('x', () => {\n  it.each([[1, 2]])('doubles %i', (a, b) => {\n    expect(a * 2).toBe(b)\n  })\n})\n", 2],
    ['Deno.test with a named function', 'a_test.ts', 'javascript', 'Deno.test("adds", function () {\n  assertEquals(1 + 1, 2)\n})\n', 1],
    ['an arrow inside the title is not a function', 'a.test.js', 'javascript', "it('maps a => b')\nit('really tests', () => { expect(1).toBe(1) })\n", 2],
    ['async pytest functions', 'test_a.py', 'python', 'import pytest\n\n\n@pytest.mark.anyio\nasync def test_reads():\n    assert await read() == 1\n', 5],
    ['Go suite methods', 'a_test.go', 'go', 'package a\n\nfunc (s *UserSuite) TestCreate() {\n\ts.Equal(1, 1)\n}\n', 3],
    ['Ginkgo specs', 'a_test.go', 'go', 'var _ = Describe("users", func() {\n\tIt("creates", func() {\n\t\tExpect(1).To(Equal(1))\n\t})\n})\n', 2],
    ['Kotlin JUnit methods', 'UserTest.kt', 'java', 'class UserTest {\n    @Test\n    fun `creates a user`() {\n        assertEquals(1, 1)\n    }\n}\n', 2],
    ['Kotest specs', 'UserSpec.kt', 'java', 'class UserSpec : FunSpec({\n    test("creates a user") {\n        1 shouldBe 1\n    }\n})\n', 2],
    ['NUnit tests', 'UserTests.cs', 'csharp', 'public class UserTests\n{\n    [Test, Category("fast")]\n    public void Creates() { Assert.That(1, Is.EqualTo(1)); }\n}\n', 3],
    ['PHPUnit attributes', 'tests/Unit/UserTest.php', 'php', '<?php\nclass UserTest extends TestCase\n{\n    #[Test]\n    public function creates(): void { $this->assertTrue(true); }\n}\n', 4],
    ['Pest arrow functions', 'tests/Unit/MathTest.php', 'php', "<?php\n\ntest('sums', fn () => expect(1 + 1)->toBe(2));\n", 3],
    ['RSpec one-liners', 'spec/models/user_spec.rb', 'ruby', 'RSpec.describe User do\n  it { is_expected.to validate_presence_of(:email) }\nend\n', 2],
  ] as const)('counts %s', (_what, path, language, text, line) => {
    expect(caseLine(path, language, text)).toBe(line)
  })

  it.each([
    ['a Python test that only passes', 'test_a.py', 'python', 'def test_later():\n    pass\n\n\ndef test_inline(): ...\n', 'only test cases with an empty body'],
    ['an empty Go test', 'a_test.go', 'go', 'package a\n\nimport "testing"\n\nfunc TestNothing(t *testing.T) {\n}\n', 'only test cases with an empty body'],
    ['a helper that is not a test', 'a_test.go', 'go', 'package a\n\nfunc TestMain(m *testing.M) {\n\tm.Run()\n}\n', 'no test case in this file'],
    ['a skipped jest test', 'a.test.js', 'javascript', "it.skip('later', () => { expect(1).toBe(2) })\nxit('later', () => {})\n", 'no test case in this file'],
    ["Nest's generated spec", 'app.controller.spec.ts', 'javascript', "describe('AppController', () => {\n  it('should be defined', () => {\n    expect(controller).toBeDefined()\n  })\n})\n", 'only the example test its generator wrote'],
    ['an empty RSpec example', 'spec/a_spec.rb', 'ruby', 'describe A do\n  it "works" do\n  end\nend\n', 'only test cases with an empty body'],
  ] as const)('does not count %s', (_what, path, language, text, reason) => {
    expect(caseLine(path, language, text)).toBe(reason)
  })
})

describe('findHttpCall', () => {
  const call = (path: string, language: Language, text: string) => findHttpCall(source(path, language, text))

  it('follows supertest under whatever name it was imported as', () => {
    const text = "import api from 'supertest'\nimport { app } from '../src/app'\n\nit('works', async () => {\n  await api(app).get('/x').expect(200)\n})\n"
    expect(call('a.test.ts', 'javascript', text)).toEqual({ line: 5, via: 'supertest' })
  })

  it('does not count supertest that is imported but never called', () => {
    expect(call('a.test.ts', 'javascript', "import request from 'supertest'\n\nit('adds', () => expect(1).toBe(1))\n")).toBeUndefined()
  })

  it('counts fetch against localhost but not against another host', () => {
    expect(call('a.test.js', 'javascript', "it('x', async () => {\n  await fetch(`http://127.0.0.1:${port}/health`)\n})\n")).toEqual({ line: 2, via: 'HTTP client against localhost' })
    expect(call('a.test.js', 'javascript', "it('x', async () => {\n  await fetch('https://api.github.com')\n})\n")).toBeUndefined()
  })

  it('ignores a commented-out HTTP call', () => {
    expect(call('test_a.py', 'python', 'def test_x(client):\n    # client.get("/health")\n    assert True\n')).toBeUndefined()
  })

  it('points at the request rather than the class when both are there', () => {
    const text = 'from rest_framework.test import APITestCase\n\n\nclass NotesTests(APITestCase):\n    def test_list(self):\n        self.client.get("/api/notes/")\n'
    expect(call('notes/tests.py', 'python', text)).toEqual({ line: 6, via: 'test client' })
  })
})

describe('findHttpCall inside strings', () => {
  it('ignores an import and a call that only appear inside string literals', () => {
    const text = `const sample = "import api from 'supertest'\\nawait api(app).get('/x')"\nit('parses', () => expect(parse(sample)).toBeTruthy())\n`
    expect(findHttpCall(source('a.test.ts', 'javascript', text))).toBeUndefined()
  })
})
