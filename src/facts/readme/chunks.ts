/** @module Split a (bounded) Markdown text into chunks at top-level headings, so it can be parsed piece by piece under a time budget. Pure. */

/** A piece of the README and the 1-based line it starts on. */
export type Chunk = { text: string; firstLine: number }

/** Chunks grow to about this many characters before a heading may end them. */
const TARGET_CHARS = 8 * 1024
/** A chunk this big is ended at the next blank line even inside a long section. */
const HARD_CHARS = 16 * 1024
/** A chunk this big is ended at any line outside fenced code (only hostile input has paragraphs this long). */
const MAX_CHARS = 32 * 1024

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const ATX = /^#{1,6}(?:[ \t]|$)/

/**
 * Cut at ATX headings in column 0 outside fenced code (a heading always ends the blocks above it, so nothing
 * is lost), and, for huge sections, at a blank line outside fenced code.
 */
export function chunkMarkdown(text: string): Chunk[] {
  const lines = text.split('\n')
  const chunks: Chunk[] = []
  let start = 0
  let size = 0
  let fence: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    let open = FENCE.exec(line)
    // a backtick fence's info string cannot hold a backtick (CommonMark): "```a`b" is inline code, not a fence
    if (open && open[1]![0] === '`' && line.slice(line.indexOf(open[1]!) + open[1]!.length).includes('`')) open = null
    if (fence) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1]) fence = undefined
    } else if (open) {
      fence = open[1]!
    } else if (i > start && (size >= MAX_CHARS || (size >= TARGET_CHARS && ATX.test(line)) || (size >= HARD_CHARS && line.trim() === ''))) {
      chunks.push({ text: lines.slice(start, i).join('\n'), firstLine: start + 1 })
      start = i
      size = 0
    }
    size += line.length + 1
  }
  if (start < lines.length) chunks.push({ text: lines.slice(start).join('\n'), firstLine: start + 1 })
  return chunks
}
