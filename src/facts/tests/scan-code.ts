/** @module Small helpers over comment-free source text: offset -> line, matching brackets (skipping string literals), and "is this block empty?". Bounded scans, no parsing. Pure. */

/** How far a bracket search looks before giving up (a test body longer than this is certainly not empty). */
const MAX_SCAN = 40_000

/** 1-based line of an offset (one scan; use `lineIndex` when asking many times about one text). */
export function lineAt(code: string, offset: number): number {
  let line = 1
  for (let i = code.indexOf('\n'); i >= 0 && i < offset; i = code.indexOf('\n', i + 1)) line++
  return line
}

/** A fast offset -> 1-based line lookup for one text (line starts indexed once, then binary search). */
export function lineIndex(code: string): (offset: number) => number {
  const starts = [0]
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}

const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** Index of the bracket closing the one at `open` (string literals skipped), or -1 when not found within the bound. */
export function matchingClose(code: string, open: number): number {
  const stack: string[] = []
  const end = Math.min(code.length, open + MAX_SCAN)
  for (let i = open; i < end; i++) {
    const c = code[i]!
    if (c === "'" || c === '"' || c === '`') {
      i = skipString(code, i, end)
      continue
    }
    if (CLOSE[c]) stack.push(CLOSE[c]!)
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1
      if (!stack.length) return i
    }
  }
  return -1
}

function skipString(code: string, at: number, end: number): number {
  const quote = code[at]
  for (let i = at + 1; i < end; i++) {
    if (code[i] === '\\') i++
    else if (code[i] === quote) return i
    else if (code[i] === '\n' && quote !== '`') return i // unterminated single-line string
  }
  return end
}

/** True when the block opening at `brace` holds only whitespace (or only `pass`-like filler). */
export function isEmptyBlock(code: string, brace: number): boolean {
  const close = matchingClose(code, brace)
  if (close < 0) return false
  return /^[\s;]*$/.test(code.slice(brace + 1, close))
}

/** The first `{` at or after `from` (before any `;`), for finding a method body after its signature. */
export function nextBrace(code: string, from: number, limit = 2000): number {
  const end = Math.min(code.length, from + limit)
  for (let i = from; i < end; i++) {
    if (code[i] === '{') return i
    if (code[i] === ';') return -1
  }
  return -1
}

/**
 * The code with the inside of every string literal blanked (quotes and line breaks kept), so a
 * pattern never matches text in a string while offsets stay those of the original.
 */
export function maskStrings(code: string): string {
  const out = code.split('')
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!
    if (c !== "'" && c !== '"' && c !== '`') continue
    const end = skipString(code, i, code.length)
    for (let k = i + 1; k < end && k < code.length; k++) if (out[k] !== '\n') out[k] = ' '
    i = end
  }
  return out.join('')
}
