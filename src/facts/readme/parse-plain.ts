/** @module Read a reStructuredText or plain-text README line by line: underlined headings, `::` literal blocks, indented and `$` commands, list items. Pure. */
import { MAX_LINE_CHARS, MAX_README_CHARS } from './bound-input.js'
import { isCommand } from './commands.js'
import type { Block, Line, Link, ReadmeDoc, Segment } from './doc.js'
import { headingKinds } from './heading-words.js'

const ADORNMENT = /^([=\-~^"'`#*+:._])\1{2,}\s*$/
const DIRECTIVE = /^\s*\.\.\s+(?:code-block|code|sourcecode|highlight)::\s*(\S*)/i
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)]|#\.)\s+(.*)$/
const INDENTED = /^(?: {3,}|\t)\S/

/** Parse an .rst/.txt README into segments; never throws. */
export function parsePlain(path: string, input: string): { doc: ReadmeDoc; problems: string[] } {
  const problems: string[] = []
  let text = input.replace(/\r\n?/g, '\n')
  if (text.length > MAX_README_CHARS) {
    text = text.slice(0, MAX_README_CHARS)
    problems.push(`it is larger than ${MAX_README_CHARS / 1024} KB; only the first ${MAX_README_CHARS / 1024} KB were read`)
  }
  const lines = text.split('\n').map((l) => l.slice(0, MAX_LINE_CHARS))
  const segments: Segment[] = [{ title: '', depth: 0, line: 1, blocks: [] }]
  const styles: string[] = []
  let literal: Block | undefined // the literal block being read
  let literalIndent = -1 // after `::`, the block starts at the next indented line
  let paragraph: Block | undefined
  const current = (): Segment => segments[segments.length - 1]!
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!
    const line = i + 1
    const blank = raw.trim() === ''
    const indent = raw.length - raw.trimStart().length
    if (literal && (blank || indent > literalIndent)) {
      if (!blank) literal.lines.push({ text: raw.trim(), line })
      continue
    }
    literal = undefined
    if (blank) {
      paragraph = undefined
      continue
    }
    const heading = headingAt(lines, i, styles)
    if (heading) {
      paragraph = undefined
      segments.push({ title: heading.title, depth: heading.depth, line: heading.line, blocks: [] })
      current().blocks.push(textBlock('heading', heading.title, heading.line))
      i = heading.next
      continue
    }
    const directive = DIRECTIVE.exec(raw)
    if (directive || /::\s*$/.test(raw)) {
      if (!directive && raw.trim() !== '::') current().blocks.push(textBlock('text', raw.replace(/::\s*$/, ':'), line))
      literal = { type: 'code', line: line + 1, lines: [], lang: (directive?.[1] ?? '').toLowerCase() }
      literalIndent = indent
      current().blocks.push(literal)
      paragraph = undefined
      continue
    }
    // an indented line is code, unless it continues a paragraph or list item and does not read as a command
    if (INDENTED.test(raw) && (!paragraph || isCommand(raw.trim(), '', true))) {
      current().blocks.push({ type: 'code', line, lines: [{ text: raw.trim(), line }], lang: '' })
      continue
    }
    const trimmed = raw.trim()
    if (/^\$\s+\S/.test(trimmed)) {
      current().blocks.push({ type: 'code', line, lines: [{ text: trimmed, line }], lang: 'console' })
      continue
    }
    const item = LIST_ITEM.exec(raw)
    if (item) {
      paragraph = textBlock('item', item[1]!, line)
      current().blocks.push(paragraph)
      continue
    }
    if (paragraph) appendLine(paragraph, trimmed, line)
    else current().blocks.push((paragraph = textBlock('text', trimmed, line)))
  }
  return { doc: { path, segments, partial: problems.length > 0 }, problems }
}

/** An underlined (optionally overlined) title, or a short `Installation:` line that names a known section. */
function headingAt(lines: string[], i: number, styles: string[]): { title: string; depth: number; line: number; next: number } | undefined {
  const raw = lines[i]!
  const over = ADORNMENT.exec(raw)
  const titleIndex = over ? i + 1 : i
  const title = (lines[titleIndex] ?? '').trim()
  const under = ADORNMENT.exec(lines[titleIndex + 1] ?? '')
  if (title && !ADORNMENT.test(title) && under && (!over || over[1] === under[1]) && under[0].trim().length >= Math.min(3, title.length)) {
    const style = `${over ? 'o' : ''}${under[1]}`
    if (!styles.includes(style)) styles.push(style)
    return { title, depth: Math.min(styles.indexOf(style) + 1, 6), line: titleIndex + 1, next: titleIndex + 1 }
  }
  const colon = /^([^:]{2,60}):$/.exec(raw.trim())
  if (!over && colon && (i === 0 || lines[i - 1]!.trim() === '') && headingKinds(colon[1]!).size > 0) {
    return { title: colon[1]!, depth: 6, line: i + 1, next: i }
  }
  return undefined
}

function textBlock(type: Block['type'], text: string, line: number): Block {
  const block: Block = { type, line, lines: [], inline: [], links: [] }
  appendLine(block, text, line)
  return block
}

/** Add a line of prose: its ``inline code`` / `inline code` spans and URLs are collected too. */
function appendLine(block: Block, text: string, line: number): void {
  block.lines.push({ text, line })
  const inline: Line[] = [...text.matchAll(/``([^`]+)``|`([^`]+)`(?!_)/g)].map((m) => ({ text: (m[1] ?? m[2])!, line }))
  const links: Link[] = [...text.matchAll(/<(https?:\/\/[^>\s]+)>|\.\.\s+_[^:]+:\s*(\S+)|\b(https?:\/\/[^\s<>`'")]+)/g)].map((m) => ({
    url: (m[1] ?? m[2] ?? m[3])!,
    text: '',
    line,
  }))
  block.inline!.push(...inline)
  block.links!.push(...links)
}
