/**
 * @module Bound what reaches the Markdown parser. remark-parse is super-linear on some inputs (long runs of emphasis
 * or bracket delimiters in one paragraph, deeply nested lists or quotes), so a hostile README could stall a scan.
 * These caps keep the line count unchanged, so every line number stays true. Pure.
 */

/** READMEs are cut to this many characters (at a line break). */
export const MAX_README_CHARS = 200 * 1024
/** Lines are cut to this many characters (badge rows are long, but not this long). */
export const MAX_LINE_CHARS = 4000
/** Leading indentation plus list/quote markers beyond this many columns is flattened. */
const MAX_PREFIX_COLUMNS = 48
/** More nested list/quote markers than this on one line is flattened. */
const MAX_PREFIX_MARKERS = 8
/** A paragraph with more emphasis/bracket delimiters than this has them neutralised. */
const MAX_DELIMITERS = 120
/** A paragraph with more backticks and in-word underscores than this has them neutralised too. */
const MAX_TOKENS = 600
/** A line with more table pipes than this is not read as a table row (GFM tables cost much per cell). */
const MAX_PIPES = 64

export type Bounded = { text: string; problems: string[] }

/** Cap size, line length, container nesting and delimiter floods; say what was changed. */
export function boundMarkdown(input: string): Bounded {
  const problems: string[] = []
  let text = input.replace(/\r\n?/g, '\n')
  if (text.length > MAX_README_CHARS) {
    const cut = text.lastIndexOf('\n', MAX_README_CHARS)
    text = text.slice(0, cut > 0 ? cut : MAX_README_CHARS)
    problems.push(`it is larger than ${MAX_README_CHARS / 1024} KB; only the first ${MAX_README_CHARS / 1024} KB were read`)
  }
  const lines = text.split('\n')
  let cutLines = 0
  let flattened = 0
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (line.length > MAX_LINE_CHARS) {
      line = line.slice(0, MAX_LINE_CHARS)
      cutLines++
    }
    const flat = flattenPrefix(line)
    if (flat !== line) flattened++
    lines[i] = countPipes(flat) > MAX_PIPES ? flat.replace(/\|/g, '/') : flat
  }
  const neutralised = neutraliseDelimiterFloods(lines)
  if (cutLines) problems.push(`${cutLines} line(s) longer than ${MAX_LINE_CHARS} characters were cut`)
  if (flattened) problems.push(`${flattened} line(s) nested too deeply were flattened`)
  if (neutralised) problems.push(`${neutralised} paragraph(s) with too many * _ ~ \` [ ] marks were read as plain text`)
  return { text: lines.join('\n'), problems }
}

/**
 * Flatten a line whose container prefix (indentation, `>` quote marks, `-`/`*`/`+`/`1.` list markers) is too deep:
 * keep at most MAX_PREFIX_COLUMNS of indentation and drop the markers. Normal nesting is left alone.
 */
function flattenPrefix(line: string): string {
  let pos = 0
  let columns = 0
  let markers = 0
  for (;;) {
    const ch = line[pos]
    if (ch === ' ') columns++, pos++
    else if (ch === '\t') (columns += 4 - (columns % 4)), pos++
    else if (ch === '>') markers++, columns++, pos++
    else if ((ch === '-' || ch === '*' || ch === '+') && isGap(line[pos + 1])) markers++, columns++, pos++
    else {
      const m = /^\d{1,9}[.)]/.exec(line.slice(pos, pos + 10))
      if (!m || !isGap(line[pos + m[0].length])) break
      markers++
      columns += m[0].length
      pos += m[0].length
    }
    if (columns > MAX_PREFIX_COLUMNS * 4 && markers > MAX_PREFIX_MARKERS) break
  }
  if (columns <= MAX_PREFIX_COLUMNS && markers <= MAX_PREFIX_MARKERS) return line
  // skip the rest of a long prefix without measuring it
  const rest = line.slice(pos).replace(/^[\s>*+-]*/, '')
  return ' '.repeat(Math.min(leadingColumns(line), MAX_PREFIX_COLUMNS)) + rest
}

function countPipes(line: string): number {
  let n = 0
  for (let i = line.indexOf('|'); i !== -1 && n <= MAX_PIPES; i = line.indexOf('|', i + 1)) n++
  return n
}

function isGap(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t'
}

function leadingColumns(line: string): number {
  let columns = 0
  for (const ch of line) {
    if (ch === ' ') columns++
    else if (ch === '\t') columns += 4 - (columns % 4)
    else break
  }
  return columns
}

/**
 * Per run of non-blank lines: too many `*`, `~`, word-edge `_`, `[` or `]` become spaces/parentheses; thousands of
 * backticks or in-word `_` (cheap one by one, slow by the thousand) become quotes and dashes.
 */
function neutraliseDelimiterFloods(lines: string[]): number {
  let count = 0
  let start = 0
  const flush = (end: number): void => {
    let delimiters = 0
    let tokens = 0
    for (let i = start; i < end && delimiters <= MAX_DELIMITERS && tokens <= MAX_TOKENS; i++) {
      delimiters += countDelimiters(lines[i]!)
      tokens += countTokens(lines[i]!)
    }
    if (delimiters > MAX_DELIMITERS || tokens > MAX_TOKENS) {
      count++
      for (let i = start; i < end; i++) lines[i] = neutralise(lines[i]!)
    }
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') {
      flush(i)
      start = i + 1
    }
  }
  flush(lines.length)
  return count
}

// `_` inside a word (DATABASE_URL) can neither open nor close emphasis, so it costs the parser nothing and is kept.
const DELIMITER = /[*~[\]]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu

function countDelimiters(line: string): number {
  DELIMITER.lastIndex = 0
  let n = 0
  while (DELIMITER.exec(line)) n++
  return n
}

function countTokens(line: string): number {
  let n = 0
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 95 || line.charCodeAt(i) === 96) n++ // _ `
  return n
}

function neutralise(line: string): string {
  return line.replace(DELIMITER, (m) => (m === '[' ? '(' : m === ']' ? ')' : ' ')).replace(/`/g, "'").replace(/_/g, '-')
}
