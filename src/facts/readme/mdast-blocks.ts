/** @module Turn an mdast tree (one chunk of a README) into segments and blocks with true line numbers. Pure. */
import type { Nodes, PhrasingContent, Root, RootContent, TableRow } from 'mdast'
import type { Block, Line, Link, Segment } from './doc.js'

type Inline = { lines: Line[]; inline: Line[]; links: Link[] }

/** Collects segments across chunks: the first segment is the text before any heading (depth 0). */
export class SegmentBuilder {
  readonly segments: Segment[] = [{ title: '', depth: 0, line: 1, blocks: [] }]

  /**
   * Add the blocks of one parsed chunk.
   * @param offset lines before the chunk (chunk line 1 is README line offset + 1)
   * @param source the chunk text, to tell fenced from indented code
   */
  add(tree: Root, offset: number, source: string): void {
    const lines = source.split('\n')
    for (const node of tree.children) this.visit(node, offset, lines)
  }

  private get current(): Segment {
    return this.segments[this.segments.length - 1]!
  }

  private push(block: Block): void {
    this.current.blocks.push(block)
  }

  private visit(node: RootContent, offset: number, source: string[]): void {
    const line = (node.position?.start.line ?? 1) + offset
    switch (node.type) {
      case 'heading': {
        const flat = flatten(node.children, offset)
        this.segments.push({ title: joined(flat.lines), depth: node.depth, line, blocks: [] })
        this.push({ type: 'heading', line, ...flat })
        return
      }
      case 'html':
        return this.html(node.value, line)
      case 'paragraph':
        return this.push({ type: 'text', line, ...flatten(node.children, offset) })
      case 'code': {
        const start = node.position?.start
        const opener = start ? (source[start.line - 1] ?? '').slice(start.column - 1) : ''
        const first = /^(`{3,}|~{3,})/.test(opener) ? line + 1 : line
        const lines = node.value.split('\n').map((text, i) => ({ text, line: first + i }))
        return this.push({ type: 'code', line: first, lines, lang: (node.lang ?? '').toLowerCase() })
      }
      case 'list':
        for (const item of node.children) {
          const itemLine = (item.position?.start.line ?? 1) + offset
          const paragraphs = item.children.filter((c) => c.type === 'paragraph')
          const flat = flatten(paragraphs.flatMap((p) => p.children), offset)
          this.push({ type: 'item', line: itemLine, ...flat })
          for (const child of item.children) if (child.type !== 'paragraph') this.visit(child, offset, source)
        }
        return
      case 'table':
        node.children.forEach((row, i) => this.push(tableRow(row, offset, i === 0)))
        return
      case 'blockquote':
        for (const child of node.children) this.visit(child, offset, source)
        return
      case 'definition':
        return this.push({ type: 'text', line, lines: [], inline: [], links: [{ url: node.url, text: node.label ?? '', line }] })
      default:
        return
    }
  }

  /** HTML blocks: `<h2>Instalación</h2>` is a heading; other HTML counts as text with its links. */
  private html(value: string, line: number): void {
    const heading = /^\s*<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/i.exec(value)
    const links = htmlLinks(value, line)
    if (heading) {
      const title = stripTags(heading[2]!).replace(/\s+/g, ' ').trim()
      this.segments.push({ title, depth: Number(heading[1]), line, blocks: [] })
      this.push({ type: 'heading', line, lines: [{ text: title, line }], inline: [], links })
      const rest = value.slice(heading[0].length)
      if (rest.trim()) this.html(rest, line + (heading[0].match(/\n/g)?.length ?? 0))
      return
    }
    const lines = value.split('\n').map((text, i) => ({ text: stripTags(text), line: line + i })).filter((l) => l.text.trim())
    this.push({ type: 'text', line, lines, inline: [], links })
  }
}

function tableRow(row: TableRow, offset: number, header: boolean): Block {
  const line = (row.position?.start.line ?? 1) + offset
  const cells = row.children.map((cell) => flatten(cell.children, offset))
  return {
    type: 'row',
    line,
    header,
    cells: cells.map((c) => joined(c.lines)),
    lines: [{ text: cells.map((c) => joined(c.lines)).join(' | '), line }],
    inline: cells.flatMap((c) => c.inline),
    links: cells.flatMap((c) => c.links),
  }
}

/** Phrasing content as text lines, plus its inline code spans and links. */
function flatten(nodes: PhrasingContent[], offset: number): Inline {
  const byLine = new Map<number, string>()
  const out: Inline = { lines: [], inline: [], links: [] }
  const append = (text: string, line: number): void => {
    text.split('\n').forEach((part, i) => byLine.set(line + i, (byLine.get(line + i) ?? '') + part))
  }
  const walk = (node: Nodes): void => {
    const line = (node.position?.start.line ?? 1) + offset
    if (node.type === 'text') append(node.value, line)
    else if (node.type === 'inlineCode') {
      append(node.value, line)
      out.inline.push({ text: node.value, line })
    } else if (node.type === 'html') {
      append(stripTags(node.value), line)
      out.links.push(...htmlLinks(node.value, line))
    } else if (node.type === 'break') append('\n', line)
    else if ('children' in node) {
      if (node.type === 'link') out.links.push({ url: node.url, text: plain(node.children), line })
      for (const child of node.children) walk(child)
    }
  }
  for (const node of nodes) walk(node)
  out.lines = [...byLine].sort((a, b) => a[0] - b[0]).map(([line, text]) => ({ text, line }))
  return out
}

function plain(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children) : '')).join('')
}

function joined(lines: Line[]): string {
  return lines.map((l) => l.text).join(' ').trim()
}

function stripTags(html: string): string {
  return html.replace(/<[^>]{0,2000}>/g, ' ')
}

function htmlLinks(html: string, line: number): Link[] {
  return [...html.matchAll(/\bhref\s*=\s*["']([^"']{1,2000})["']/gi)].map((m) => ({ url: m[1]!, text: '', line }))
}
