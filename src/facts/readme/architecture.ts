/** @module Does a README explain structure or design: prose in an architecture section, a folder tree with roles, folders listed with their roles, a diagram. A bare list of technologies is not enough. Pure. */
import type { Block, Line, Section } from './doc.js'

/** Words of descriptive prose an architecture section needs (two or three real sentences). */
const MIN_PROSE_WORDS = 25
/** A sentence-like block has at least this many words; "- Express" or "- MongoDB (database)" do not. */
const MIN_BLOCK_WORDS = 6

const TREE_GLYPHS = /[├└│┣┗┃]|^\s*(?:\|--|`--|\+--|\|__)/
/** A path-like name then a role: `controllers/   # route handlers`, `├── app.ts  Express app`, `db/ -> queries`. */
const ROLE_LINE =
  /^[\s│├└─┣┗┃━|`+\\-]*([\w.@()[\]-]+(?:\/[\w.@()[\]-]*)*\/?)(?:\s{2,}|\s*(?:#|\/\/|--|->|=>|→|⇒|<-+|:|—|–)\s*)([^\s#/].*)$/
/** A list item that starts with a folder or file and says what it is for. */
const FOLDER_ITEM = /^([\w.@-]+\/[\w.@/-]*|[\w@-]+\.[a-z]{1,5})\s*(?:[:\-–—→>=]+\s*|\s)\s*(\S.*)$/i
const DIAGRAM_LANGS = new Set(['mermaid', 'plantuml', 'puml', 'dot', 'graphviz'])

/** Evidence that the README explains the architecture; empty when it does not. */
export function architectureEvidence(blocks: Block[], sections: Section[]): Line[] {
  const hits: Line[] = []
  for (const section of sections) {
    if (!section.kinds.has('architecture')) continue
    const prose = section.blocks.filter((b) => (b.type === 'text' || b.type === 'item') && words(b) >= MIN_BLOCK_WORDS)
    if (prose.reduce((n, b) => n + words(b), 0) >= MIN_PROSE_WORDS) hits.push({ text: section.title, line: section.line })
  }
  for (const block of blocks) {
    if (block.type !== 'code') continue
    if (DIAGRAM_LANGS.has(block.lang ?? '') && block.lines.length >= 2) hits.push({ text: 'diagram', line: block.line })
    else {
      const role = treeWithRoles(block.lines)
      if (role) hits.push(role)
    }
  }
  const folderItems = blocks.filter((b) => b.type === 'item' && isFolderWithRole(b))
  if (folderItems.length >= 3) hits.push({ text: 'folders and their roles', line: folderItems[0]!.line })
  return hits.sort((a, b) => a.line - b.line)
}

function words(block: Block): number {
  return block.lines.reduce((n, l) => n + (l.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0), 0)
}

/** A folder tree where at least two entries carry a role; returns the first such line. */
function treeWithRoles(lines: Line[]): Line | undefined {
  const tree = lines.filter((l) => TREE_GLYPHS.test(l.text) || /^\s*[\w.@-]+(?:\/[\w.@-]+)*\/\s*(?:$|\s{2,}|#|\/\/|--|->)/.test(l.text))
  if (tree.length < 3) return undefined
  const roles = lines.filter((l) => {
    const m = ROLE_LINE.exec(l.text)
    return m !== null && /[/.]|^\s*[│├└┣┗┃|`+]/.test(l.text) && /\p{L}{2,}/u.test(m[2]!) && !/^[\w.-]+$/.test(m[2]!.trim())
  })
  return roles.length >= 2 ? roles[0] : undefined
}

function isFolderWithRole(block: Block): boolean {
  const text = block.lines.map((l) => l.text).join(' ').trim()
  const m = FOLDER_ITEM.exec(text)
  return m !== null && (m[2]!.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2
}
