/** @module The tokens parsePlain reads (ASCII identifiers, simple strings, a few punctuators, whole-line comments), and looksPlain, the allocation-free test for files made only of them. Pure. */

/** One token; `newline` when a line break precedes it (automatic semicolon insertion needs that). */
export type Token = { type: 'id' | 'string' | 'punct' | 'comment'; start: number; end: number; text: string; newline: boolean }

const PUNCT = new Set(['{', '}', '(', ')', ',', '.', ';', '=', ':', '*'])
/** Bigger files are left to the native parser (a thin router file is far smaller). */
const MAX_CHARS = 100_000

/**
 * Whether `text` is made only of what parsePlain reads (a first, cheap test: it allocates nothing). A file that
 * passes may still be shaped in a way parsePlain leaves to the native parser.
 */
export function looksPlain(text: string): boolean {
  return text.length <= MAX_CHARS && scan(text, undefined)
}

/** The tokens of `text`, or undefined when it holds anything parsePlain does not read. */
export function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = []
  return text.length <= MAX_CHARS && scan(text, tokens) ? tokens : undefined
}

/**
 * ASCII identifiers, simple strings, a few punctuators and whole-line comments, into `tokens` when given;
 * false for anything else.
 */
function scan(text: string, tokens: Token[] | undefined): boolean {
  let newline = true
  let lineStart = true // only spaces and tabs since the last line break
  for (let i = 0; i < text.length; ) {
    const c = text[i]!
    if (c === '\n') {
      newline = true
      lineStart = true
      i++
    } else if (c === ' ' || c === '\t') i++
    else if (isIdentifierStart(text.charCodeAt(i))) {
      let j = i + 1
      while (j < text.length && isIdentifierPart(text.charCodeAt(j))) j++
      tokens?.push({ type: 'id', start: i, end: j, text: text.slice(i, j), newline })
      newline = lineStart = false
      i = j
    } else if (c === "'" || c === '"') {
      let j = i + 1
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\' || text[j] === '\n' || text.charCodeAt(j) > 126 || text.charCodeAt(j) < 32) return false
        j++
      }
      if (j >= text.length) return false
      tokens?.push({ type: 'string', start: i, end: j + 1, text: text.slice(i, j + 1), newline })
      newline = lineStart = false
      i = j + 1
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      // whole-line comments only: a comment sharing a line with code may belong to that statement's node
      if (!lineStart) return false
      let end: number
      if (text[i + 1] === '/') {
        const lineEnd = text.indexOf('\n', i)
        end = lineEnd < 0 ? text.length : lineEnd
      } else {
        const close = text.indexOf('*/', i + 2)
        if (close < 0) return false
        end = close + 2
        const lineEnd = text.indexOf('\n', end)
        if (text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim() !== '') return false
      }
      for (let k = i; k < end; k++) {
        const code = text.charCodeAt(k)
        if (code > 126 || (code < 32 && code !== 10 && code !== 9)) return false
      }
      tokens?.push({ type: 'comment', start: i, end, text: text.slice(i, end), newline })
      newline = false
      i = end
    } else if (PUNCT.has(c)) {
      tokens?.push({ type: 'punct', start: i, end: i + 1, text: c, newline })
      newline = lineStart = false
      i++
    } else return false
  }
  return true
}

/** [A-Za-z_$] */
function isIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36
}

/** [A-Za-z0-9_$] */
function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || (c >= 48 && c <= 57)
}
