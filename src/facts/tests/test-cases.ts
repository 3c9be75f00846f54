/** @module Does a test file hold a real test case? Per-language patterns over comment-free code (it/test with a body, def test_*, func TestX(t *testing.T), @Test, [Fact], test "..." do, PHPUnit/Pest), skipping empty bodies and the example tests that generators write. Pure. */
import type { Language } from '../../types.js'
import { isEmptyBlock, lineAt, lineIndex, maskStrings, matchingClose, nextBrace } from './scan-code.js'

/** A test file as this module needs it: raw text (PHP docblocks) and comment-free code (everything else). */
export type TestSource = { path: string; language: Language; text: string; code: string }

/** The first real test case (1-based line), or why the file has none. */
export type CaseVerdict = { line: number; name?: string } | { reason: string }

type Candidate = { index: number; name?: string; empty: boolean }

/**
 * Test names that project generators write (Nest's "should be defined" and "Hello World!", Laravel's
 * ExampleTest, Spring's contextLoads, .NET's Test1): keeping them proves nothing about the project.
 */
const STOCK = [
  /^should be defined$/, /^should return "Hello World!"$/, /^\/ \(GET\)$/,
  /^test_the_application_returns_a_successful_response$/, /^test_that_true_is_true$/, /^returns a successful response$/, /^that true is true$/,
  /^contextLoads$/, /^Test1$/,
]

/** Find the first real test case of a file. */
export function findTestCase(file: TestSource): CaseVerdict {
  let stock = false
  let empty = false
  // patterns run one after another; the verdict must name the earliest case in the file
  for (const candidate of [...candidates(file)].sort((a, b) => a.index - b.index)) {
    if (candidate.name && STOCK.some((re) => re.test(candidate.name!))) stock = true
    else if (candidate.empty) empty = true
    else return { line: lineAt(file.code, candidate.index), name: candidate.name }
  }
  if (stock) return { reason: 'only the example test its generator wrote' }
  if (empty) return { reason: 'only test cases with an empty body' }
  return { reason: 'no test case in this file' }
}

/** Matches looked at per pattern: the earliest real case is always among the first few in real files. */
const MAX_CANDIDATES = 300

/** The first matches of a global pattern, at most MAX_CANDIDATES: a hostile file with 100,000 `it(` stays cheap. */
function* matches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  for (let n = 0; n < MAX_CANDIDATES; n++) {
    const m = pattern.exec(text)
    if (!m) return
    if (m[0] === '') pattern.lastIndex++
    yield m
  }
}

function* candidates(file: TestSource): Generator<Candidate> {
  const { code } = file
  // patterns match on `masked`, so `"it('x', () => {})"` inside a string is not a test; names are read from `code`
  const masked = maskStrings(code)
  switch (file.language) {
    case 'javascript':
      yield* callsWithFunction(code, masked, /(?<![\w$.])(?:it|test|specify|Deno\.test)(?:\.(?:only|concurrent|serial|failing|each\s*\([^)\n]{0,400}\)))?\s*\(/g)
      return
    case 'python':
      yield* pythonTests(code, masked)
      return
    case 'go':
      yield* goTests(code, masked)
      yield* callsWithFunction(code, masked, /(?<![\w.])It\s*\(/g) // Ginkgo
      return
    case 'java':
      yield* annotated(code, masked, /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/g)
      // Kotest: `test("name") { ... }` with a trailing lambda
      if (file.path.endsWith('.kt')) yield* blocksAfter(code, masked, /(?<![\w.])(?:test|should|it)\s*\(\s*"[^"\n]{0,300}"\s*\)\s*\{/g)
      return
    case 'csharp':
      yield* annotated(code, masked, /\[\s*(?:[\w.]*\.)?(?:Fact|Theory|Test|TestMethod|TestCase|TestCaseSource)\b[^\]\n]{0,300}\]/g)
      return
    case 'php':
      yield* phpTests(file, masked)
      return
    case 'ruby':
      yield* rubyTests(code, masked)
  }
}

/** `func TestX(t *testing.T) {` (and suite methods `func (s *S) TestX() {`); empty when the body is `{}`. */
function* goTests(code: string, masked: string): Generator<Candidate> {
  for (const m of matches(masked, /^func[ \t]+(\([^)\n]{0,200}\)[ \t]*)?((?:Test|Fuzz)\w*)[ \t]*\(([^)\n]{0,200})\)[ \t]*\{/gm)) {
    if (!m[1] && !/\*testing\.[TF]\b/.test(m[3]!)) continue
    yield { index: m.index, name: m[2], empty: isEmptyBlock(code, m.index + m[0].length - 1) }
  }
}

/** Matches ending in `{`: the block that follows is the test body. */
function* blocksAfter(code: string, masked: string, pattern: RegExp): Generator<Candidate> {
  for (const m of matches(masked, pattern)) yield { index: m.index, empty: isEmptyBlock(code, m.index + m[0].length - 1) }
}

/** `it('name', () => {...})`-style calls: a case when an argument is a function; empty when its body is `{}`. */
function* callsWithFunction(code: string, masked: string, call: RegExp): Generator<Candidate> {
  for (const m of matches(masked, call)) {
    const open = m.index + m[0].lastIndexOf('(')
    const close = matchingClose(code, open)
    const args = code.slice(open + 1, close < 0 ? Math.min(code.length, open + 4000) : close)
    const title = /^\s*(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/.exec(args)
    const skip = title?.[0].length ?? 0 // a `=>` inside the title is not a function
    const fn = /=>\s*|\bfunction\b[^(]*\([^)]*\)\s*|\bfn\s*\([^)]*\)\s*(?:=>\s*)?|\bfunc\s*\([^)]*\)\s*/.exec(args.slice(skip))
    if (!fn) continue // it('todo') without a function is a placeholder, not a case
    const after = open + 1 + skip + fn.index + fn[0].length
    const name = title?.[2]
    yield { index: m.index, name, empty: code[after] === '{' ? isEmptyBlock(code, after) : !/\S/.test(code.slice(after, close < 0 ? after + 1 : close)) }
  }
}

/** Annotated methods (`@Test void x() {}`, `[Fact] public void X() {}`): the method is the last `name(` before its body. */
function* annotated(code: string, masked: string, annotation: RegExp): Generator<Candidate> {
  for (const m of matches(masked, annotation)) {
    const brace = nextBrace(code, m.index + m[0].length)
    if (brace < 0) continue
    const names = [...code.slice(m.index + m[0].length, brace).matchAll(/(\w+)\s*\(/g)]
    yield { index: m.index, name: names.at(-1)?.[1], empty: isEmptyBlock(code, brace) }
  }
}

/** `def test_x(...)` (pytest functions and unittest methods); empty when the body is only `pass` or `...`. */
function* pythonTests(code: string, masked: string): Generator<Candidate> {
  const lines = code.split('\n')
  const lineOf = lineIndex(code)
  for (const m of matches(masked, /^([ \t]*)(?:async[ \t]+)?def[ \t]+(test\w*)[ \t]*\(/gm)) {
    const indent = m[1]!.length
    const open = m.index + m[0].length - 1
    const close = matchingClose(code, open)
    const rest = close < 0 ? '' : code.slice(close + 1, code.indexOf('\n', close + 1) < 0 ? code.length : code.indexOf('\n', close + 1))
    const inline = rest.replace(/^\s*(->[^:]*)?:/, '').trim()
    const filler = (l: string) => l === 'pass' || l === '...'
    let empty = !inline || filler(inline)
    if (!inline) {
      // stop at the first statement that is not filler: nothing more is needed to decide
      for (let i = lineOf(close < 0 ? open : close); i < lines.length && empty; i++) {
        const line = lines[i]!
        if (!line.trim()) continue
        if (line.length - line.trimStart().length <= indent) break
        empty = filler(line.trim())
      }
    }
    yield { index: m.index, name: m[2], empty }
  }
}

/** PHPUnit `function test*`, `/** @test *\/` and `#[Test]` methods, and Pest `it()`/`test()` closures. */
function* phpTests(file: TestSource, masked: string): Generator<Candidate> {
  const { code, text } = file
  for (const m of matches(masked, /\bfunction\s+(test\w*)\s*\(/g)) yield method(code, m.index, m[1])
  // docblocks are comments, so `@test` is looked for in the raw text, right before a function
  for (const at of testDocblocks(text)) yield method(text, at.index, at.name)
  for (const m of matches(masked, /#\[\s*(?:\\?PHPUnit\\Framework\\Attributes\\)?Test\b[^\]\n]{0,300}\]\s*(?:(?:public|protected|private|static|final)\s+)*function\s+(\w+)/g))
    yield method(code, m.index, m[1])
  yield* callsWithFunction(code, masked, /(?<![\w$>:\\])(?:it|test)\s*\(\s*(?=['"])/g)
}

/** `/** @test *\/ public function name` in raw PHP: found with indexOf so an unclosed docblock costs one pass. */
function* testDocblocks(text: string): Generator<{ index: number; name: string }> {
  let n = 0
  for (let start = text.indexOf('/**'); start >= 0 && n < MAX_CANDIDATES; start = text.indexOf('/**', start + 3), n++) {
    const end = text.indexOf('*/', start + 3)
    if (end < 0) return
    if (!/@test\b/.test(text.slice(start, end))) continue
    const fn = /^\s*(?:(?:public|protected|private|static|final)\s+)*function\s+(\w+)/.exec(text.slice(end + 2, end + 300))
    if (fn) yield { index: end + 2 + fn[0].lastIndexOf('function'), name: fn[1]! }
  }
}

function method(code: string, index: number, name: string | undefined): Candidate {
  const brace = nextBrace(code, index)
  return { index, name, empty: brace < 0 || isEmptyBlock(code, brace) }
}

/** RSpec `it "..." do` / `it { ... }`, minitest `test "..." do` and `def test_*`; empty when `end` follows at once. */
function* rubyTests(code: string, masked: string): Generator<Candidate> {
  const blocks = /^[ \t]*(?:it|specify|scenario|example|its|test)\b[^\n]{0,400}?(?:\bdo\b(?:[ \t]*\|[^|\n]{0,100}\|)?|\{)[ \t]*$/gm
  for (const m of matches(masked, blocks)) {
    const name = /(['"])((?:(?!\1).)*)\1/.exec(code.slice(m.index, m.index + m[0].length))?.[2]
    yield { index: m.index, name, empty: endsAtOnce(code, m.index + m[0].length) }
  }
  for (const m of matches(masked, /^[ \t]*(?:it|specify|its\b[^{\n]*)[ \t]*\{([^\n]*)\}[ \t]*$/gm)) yield { index: m.index, empty: !m[1]!.trim() }
  for (const m of matches(masked, /^[ \t]*def[ \t]+(test_\w+)/gm)) yield { index: m.index, name: m[1], empty: endsAtOnce(code, code.indexOf('\n', m.index)) }
}

function endsAtOnce(code: string, from: number): boolean {
  if (from < 0) return false
  return /^\s*(end|\})\b/.test(code.slice(from, from + 400))
}
