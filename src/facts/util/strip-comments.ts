/** @module Remove comments (and Python docstrings) from source text while keeping every line break, so line numbers stay valid. A cheap state machine, not a parser. Pure. */
import type { Language } from '../../types.js'

const SLASH = 47, STAR = 42, HASH = 35, NL = 10, BACKSLASH = 92, BRACKET = 91
const SQ = 39, DQ = 34, BT = 96, EQ = 61

/**
 * The text with comments removed and line breaks kept: `//` and `/* *\/` for C-like languages, `#` for
 * Python, Ruby and PHP (but not PHP 8 `#[Attributes]`), Ruby `=begin`/`=end`, and Python docstrings
 * (triple-quoted strings standing alone as statements). String literals are kept, so `'http://x'` survives,
 * and an escaped `\//` (a JS regex literal like `/https?:\/\//`) does not start a comment.
 * @example stripComments("app.get('/') // old\n", 'javascript') // "app.get('/') \n"
 */
export function stripComments(text: string, language: Language): string {
  if (language === 'python') return strip(text, { hash: true, slash: false, tripleQuotes: true })
  if (language === 'ruby') return strip(text, { hash: true, slash: false, beginEnd: true })
  if (language === 'php') return strip(text, { hash: true, slash: true })
  // backticks: JS template literals and Go raw strings may span lines
  return strip(text, { hash: false, slash: true, multilineBackticks: language === 'javascript' || language === 'go' })
}

type Style = { hash: boolean; slash: boolean; tripleQuotes?: boolean; beginEnd?: boolean; multilineBackticks?: boolean }

function strip(text: string, style: Style): string {
  const out: string[] = []
  const n = text.length
  let start = 0 // first character of the code not yet copied to `out`
  let i = 0
  const cut = (from: number, to: number): void => {
    out.push(text.slice(start, from), newlines(text, from, to))
    start = to
  }
  const special = style.beginEnd ? /[#'"]|^=begin/gm : style.hash && style.slash ? /[/#'"`]/g : style.hash ? /[#'"]/g : /[/'"`]/g
  while (i < n) {
    special.lastIndex = i
    const found = special.exec(text)
    if (!found) break
    i = found.index
    const c = text.charCodeAt(i)
    if ((c === HASH && style.hash && !(style.slash && text.charCodeAt(i + 1) === BRACKET)) || (c === SLASH && style.slash && text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i - 1) !== BACKSLASH)) {
      const end = text.indexOf('\n', i)
      const stop = end < 0 ? n : end
      cut(i, stop)
      i = stop
      continue
    }
    if (c === SLASH && style.slash && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2)
      const stop = end < 0 ? n : end + 2
      cut(i, stop)
      i = stop
      continue
    }
    if (c === EQ && style.beginEnd && (i === 0 || text.charCodeAt(i - 1) === NL) && text.startsWith('=begin', i)) {
      const end = text.indexOf('\n=end', i)
      const lineEnd = end < 0 ? -1 : text.indexOf('\n', end + 1)
      const stop = end < 0 ? n : lineEnd < 0 ? n : lineEnd
      cut(i, stop)
      i = stop
      continue
    }
    if (c === SQ || c === DQ || c === BT) {
      if (style.tripleQuotes && c !== BT && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
        const quote = text.slice(i, i + 3)
        const end = text.indexOf(quote, i + 3)
        const stop = end < 0 ? n : end + 3
        const from = docstringStart(text, i)
        if (from >= 0) cut(from, stop)
        i = stop
        continue
      }
      i = skipString(text, i, c, c === BT && style.multilineBackticks === true)
      continue
    }
    i++
  }
  out.push(text.slice(start))
  return out.join('')
}

/** Where a docstring's statement starts (before any r/u/b prefix), or -1 when the string is a value. */
function docstringStart(text: string, quoteAt: number): number {
  let k = quoteAt - 1
  let prefix = 0
  while (k >= 0 && prefix < 2 && /[rRuUbB]/.test(text[k]!)) k--, prefix++
  const from = k + 1
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--
  return k < 0 || text.charCodeAt(k) === NL ? from : -1
}

const STRING_END: Record<number, RegExp> = { [SQ]: /['\\\n]/g, [DQ]: /["\\\n]/g, [BT]: /[`\\\n]/g }

/** Index just past a string literal starting at `at`; single-line strings stop at the line end when unterminated. */
function skipString(text: string, at: number, quote: number, multiline: boolean): number {
  const end = STRING_END[quote]!
  end.lastIndex = at + 1
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const c = text.charCodeAt(m.index)
    if (c === BACKSLASH) end.lastIndex = m.index + 2
    else if (c === quote) return m.index + 1
    else if (!multiline) return m.index
  }
  return text.length
}

/** The line breaks between two indexes, so removed text keeps the line count. */
function newlines(text: string, from: number, to: number): string {
  let count = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++
  return count ? '\n'.repeat(count) : ''
}
