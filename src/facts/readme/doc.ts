/** @module The parsed README model shared by the Markdown and plain-text readers, and its sections. Pure. */
import { headingKinds, type SectionKind } from './heading-words.js'

/** A line of text and where it is in the README (1-based). */
export type Line = { text: string; line: number }

/** A link target with its visible text. */
export type Link = { url: string; text: string; line: number }

/**
 * One block of a README: a code block (fenced or indented), a paragraph, a list item (its own text, nested
 * items are blocks of their own), a table row, or a heading (so endpoint headings like `### GET /users` count).
 */
export type Block = {
  type: 'code' | 'text' | 'item' | 'row' | 'heading'
  line: number
  /** Text by line; for code blocks, one entry per code line. */
  lines: Line[]
  /** Code block language tag (lower case), '' when none. */
  lang?: string
  /** Inline code spans (`npm install`) with their lines. */
  inline?: Line[]
  links?: Link[]
  /** Table cells (plain text) for rows; `header` marks the first row. */
  cells?: string[]
  header?: boolean
}

/** A heading and the blocks up to the next heading of any level. depth 0 is the text before the first heading. */
export type Segment = { title: string; depth: number; line: number; blocks: Block[] }

/** A README read into segments. `partial` when bounds or the time budget cut it short. */
export type ReadmeDoc = { path: string; segments: Segment[]; partial: boolean }

/** A heading plus everything up to the next heading of the same or a higher level (so subsections included). */
export type Section = {
  title: string
  depth: number
  line: number
  kinds: Set<SectionKind>
  /** Blocks of the whole section, subsections included. */
  blocks: Block[]
  /** How many segments the section spans (smaller = more specific). */
  span: number
}

/**
 * Every section of a document. The document title (a lone first-level heading above everything) names the
 * project ("Task API"), not a topic, so it only counts as setup ("How to run the backend"); it spans the whole README.
 */
export function sectionsOf(doc: ReadmeDoc): Section[] {
  const { segments } = doc
  const topLevel = segments.filter((s) => s.depth === 1).length
  const sections: Section[] = []
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!
    let end = i + 1
    if (seg.depth > 0) while (end < segments.length && segments[end]!.depth > seg.depth) end++
    const isTitle = seg.depth === 1 && topLevel === 1 && i === firstHeading(segments) && end - i > 1
    sections.push({
      title: seg.title,
      depth: seg.depth,
      line: seg.line,
      kinds: isTitle ? titleKinds(seg.title) : headingKinds(seg.title),
      blocks: segments.slice(i, end).flatMap((s) => s.blocks),
      span: end - i,
    })
  }
  return sections
}

function titleKinds(title: string): Set<SectionKind> {
  return headingKinds(title).has('setup') ? new Set(['setup']) : new Set()
}

function firstHeading(segments: Segment[]): number {
  return segments.findIndex((s) => s.depth > 0)
}

/** Every block of a document, in order. */
export function allBlocks(doc: ReadmeDoc): Block[] {
  return doc.segments.flatMap((s) => s.blocks)
}
