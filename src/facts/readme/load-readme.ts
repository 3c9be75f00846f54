/** @module Read and parse one README; anything that goes wrong becomes a note and the README counts as unreadable, never a crash. */
import type { Note, Snapshot } from '../../types.js'
import type { ReadmeDoc } from './doc.js'
import { isMarkdownReadme } from './find-readme.js'
import { parseMarkdown } from './parse-markdown.js'
import { parsePlain } from './parse-plain.js'

/** The parsed README, or undefined (with a note) when it cannot be read or parsed. */
export async function loadReadme(snapshot: Snapshot, path: string, note: (n: Note) => void): Promise<ReadmeDoc | undefined> {
  const entry = snapshot.files.find((f) => f.path === path)
  const text = await snapshot.read(path).catch(() => undefined)
  if (text === undefined) {
    const why = entry?.tooLarge ? 'it is too large to read' : 'it is binary or unreadable'
    note({ level: 'warning', message: `${path} was not read (${why}); README checks treat it as empty`, path })
    return undefined
  }
  try {
    const { doc, problems } = isMarkdownReadme(path, text) ? await parseMarkdown(path, text) : parsePlain(path, text)
    if (problems.length) {
      note({ level: 'warning', message: `${path}: ${problems.join('; ')}. README checks use what was read`, path })
    }
    return doc
  } catch (error) {
    note({ level: 'warning', message: `${path} could not be parsed (${(error as Error).message}); README checks treat it as empty`, path })
    return undefined
  }
}
