/** @module Read a Markdown README into segments: bounded input, parsed chunk by chunk with remark under a time budget. Pure apart from loading the parser lazily. */
import type { Root } from 'mdast'
import { boundMarkdown } from './bound-input.js'
import { chunkMarkdown } from './chunks.js'
import type { ReadmeDoc } from './doc.js'
import { SegmentBuilder } from './mdast-blocks.js'

/** Parsing stops after this long; what was read so far is kept and the README is marked partial. */
export const PARSE_BUDGET_MS = 1500

type Parse = (text: string) => Root

let plainParser: Promise<Parse> | undefined
let gfmParser: Promise<Parse> | undefined

/** unified + remark-parse, loaded on first use (loading it costs tens of milliseconds a scan without a README never pays). */
function loadPlain(): Promise<Parse> {
  plainParser ??= Promise.all([import('unified'), import('remark-parse')]).then(([{ unified }, { default: remarkParse }]) => {
    const processor = unified().use(remarkParse)
    return (text: string) => processor.parse(text)
  })
  return plainParser
}

/** The same plus remark-gfm, loaded only when a chunk holds a table (tables are all we need from GFM). */
function loadGfm(): Promise<Parse> {
  gfmParser ??= Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]).then(
    ([{ unified }, { default: remarkParse }, { default: remarkGfm }]) => {
      const processor = unified().use(remarkParse).use(remarkGfm)
      return (text: string) => processor.parse(text)
    },
  )
  return gfmParser
}

/** A GFM table delimiter row (`|---|---|`, `--- | ---`). */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|[ \t]*(?::?-+:?[ \t]*\|?[ \t]*)*$/m

/**
 * Parse a Markdown README. Problems (cut size, flattened nesting, budget reached) are returned as sentences for
 * a note; the document is never thrown away because of them.
 * @param budgetMs time budget for parsing, PARSE_BUDGET_MS by default
 */
export async function parseMarkdown(path: string, input: string, budgetMs = PARSE_BUDGET_MS): Promise<{ doc: ReadmeDoc; problems: string[] }> {
  const { text, problems } = boundMarkdown(input)
  const builder = new SegmentBuilder()
  const deadline = performance.now() + budgetMs
  let partial = problems.length > 0
  for (const chunk of chunkMarkdown(text)) {
    if (performance.now() > deadline) {
      problems.push(`it took too long to parse; only the part up to line ${chunk.firstLine - 1} was read`)
      partial = true
      break
    }
    const parse = await (TABLE_DELIMITER.test(chunk.text) ? loadGfm() : loadPlain())
    const tree = parse(chunk.text)
    builder.add(tree, chunk.firstLine - 1, chunk.text)
  }
  return { doc: { path, segments: builder.segments, partial }, problems }
}
