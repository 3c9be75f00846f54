/** @module Which README files to read: the one at the repository root, plus one per backend project folder of a monorepo. Pure. */
import type { FileEntry } from '../../types.js'

const README = /^readme(?:\.([a-z]+))?$/i
/** Preferred first when a folder holds several (README.md beside README.txt): what GitHub shows. */
const RANK = ['md', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdx', '', 'rst', 'txt', 'text', 'adoc', 'asciidoc', 'org', 'rdoc']

/** The README directly inside `folder` ('' for the root), any case, .md/.markdown/.rst/.txt/none ... */
export function readmeIn(files: readonly FileEntry[], folder: string): string | undefined {
  const prefix = folder ? `${folder}/` : ''
  let best: { path: string; rank: number } | undefined
  for (const file of files) {
    if (!file.path.startsWith(prefix)) continue
    const name = file.path.slice(prefix.length)
    if (name.includes('/')) continue
    const m = README.exec(name)
    if (!m) continue
    const rank = RANK.indexOf((m[1] ?? '').toLowerCase())
    if (rank === -1) continue
    if (!best || rank < best.rank) best = { path: file.path, rank }
  }
  return best?.path
}

/** Markdown by extension; extension-less and .txt READMEs are Markdown when they look like it. */
export function isMarkdownReadme(path: string, text: string): boolean {
  const ext = /\.([a-z]+)$/i.exec(path.slice(path.lastIndexOf('/') + 1))?.[1]?.toLowerCase() ?? ''
  if (['md', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdx'].includes(ext)) return true
  if (['rst', 'adoc', 'asciidoc', 'org', 'rdoc'].includes(ext)) return false
  return /^#{1,6}[ \t]+\S/m.test(text) || /^ {0,3}```/m.test(text)
}
