import { describe, expect, it } from 'vitest'
import { findHttpCall } from '../../../src/facts/tests/http-signals.js'
import { findTestCase } from '../../../src/facts/tests/test-cases.js'
import { stripComments } from '../../../src/facts/util/strip-comments.js'
import type { Language } from '../../../src/types.js'

/** Inputs shaped to make naive patterns backtrack or rescan: long lines, thousands of unclosed calls, deep nesting. */
const HOSTILE: [string, Language, string][] = [
  ['a.test.js', 'javascript', 'it('.repeat(100_000)],
  ['a.test.js', 'javascript', `it('x', () => {${'('.repeat(200_000)}`],
  ['a.test.js', 'javascript', "import r from 'supertest'\n" + 'r'.repeat(300_000)],
  ['test_a.py', 'python', Array.from({ length: 20_000 }, (_, i) => `${' '.repeat(i % 40)}def test_${i}(self):`).join('\n')],
  ['a_test.go', 'go', 'func TestX(t *testing.T) {' + '{'.repeat(200_000)],
  ['ATest.java', 'java', 'import WebTestClient;\nimport MockMvc;\n' + 'a'.repeat(300_000) + '\n' + '@Test '.repeat(50_000)],
  ['ATests.cs', 'csharp', '[Fact'.repeat(100_000)],
  ['tests/ATest.php', 'php', '/** @test '.repeat(50_000) + '\n' + '$this->get('.repeat(20_000)],
  ['spec/a_spec.rb', 'ruby', 'it "x' + ' do'.repeat(100_000) + '\n' + 'it ' + '"'.repeat(100_000)],
]

describe('test file scanning on hostile input', () => {
  it.each(HOSTILE)('%s (%s) is judged quickly', (path, language, text) => {
    const started = performance.now()
    const file = { path, language, text, code: stripComments(text, language) }
    findTestCase(file)
    findHttpCall(file)
    expect(performance.now() - started).toBeLessThan(1500)
  })
})
