/** @module The contract between the route extractor and its framework families (one module per family). */
import type { SgNode } from '@ast-grep/napi'
import type { Note, Route } from '../../types.js'
import type { ProjectInfo, SourceFile } from '../context.js'
import type { Grammar } from './languages.js'

/**
 * A candidate file, parsed once and shared by every family that wants it. `root` may be built on each read (see
 * parseFile in index.ts): read it once per file.
 */
export type Parsed = { file: SourceFile; grammar: Grammar; readonly root: SgNode }

/** What a family may look at besides its own candidates. */
export type FamilyContext = {
  project: ProjectInfo
  /** Every non-test source file by path, for resolving imports to files. */
  files: ReadonlyMap<string, SourceFile>
  /** Parses another file on demand (an imported router file that failed the cheap pre-filter). */
  parse(path: string): Promise<Parsed | undefined>
  note(note: Note): void
}

/**
 * One framework family. `wants` is the cheap string test run on every source file; only files it accepts
 * are parsed, so it must stay a few `includes` checks.
 */
export type Family = {
  name: string
  grammars: readonly Grammar[]
  wants(file: SourceFile): boolean
  extract(candidates: Parsed[], ctx: FamilyContext): Promise<Route[]>
}
