/** @module The analyzer context: the snapshot plus shared, memoised views of it (project, code, routes). Pure: no I/O beyond snapshot reads. */
import type { Evidence, Fact, Language, Note, ProjectRoot, Route, Snapshot } from '../types.js'

/** Dependencies declared by one project root's manifest(s). Names are lower-cased package names. */
export type ProjectManifest = ProjectRoot & {
  /** Runtime + dev dependency names, e.g. 'express', 'bcrypt', 'django', 'github.com/gin-gonic/gin'. */
  dependencies: Set<string>
  /** npm scripts (name -> command); empty for other ecosystems. */
  scripts: Record<string, string>
  /** License declared in the manifest, if any ("MIT"); undefined when absent, empty or UNLICENSED. */
  license?: string
  /** Where the license was declared (manifest path + line). */
  licenseEvidence?: Evidence
}

/** The backend projects of the repository and what their manifests declare. */
export type ProjectInfo = {
  /** Backend project roots, most important first. Frontend-only folders are left out. */
  roots: ProjectManifest[]
  /** Languages that have source files in the repository (ignoring vendored folders). */
  languages: Set<Language>
}

/** One source file of the project's own code, read once for every analyzer. */
export type SourceFile = {
  path: string
  language: Language
  text: string
  /** Module specifiers imported/required/used by this file ('express', 'bcrypt', 'django.contrib.auth', 'github.com/gin-gonic/gin' ...). */
  imports: string[]
  /** True for test files (by ecosystem convention). */
  isTest: boolean
}

/**
 * The project's own source files (vendored folders and oversized files excluded), bounded in count
 * and size so a 20,000-file repository stays fast. Comments are NOT stripped from `text`.
 */
export type CodeIndex = {
  files: SourceFile[]
  /** Files importing a module whose name equals one of `modules` or starts with `<module>/` or `<module>.`. */
  importers(modules: readonly string[]): SourceFile[]
  /** Lines matching `pattern` (outside comments), in files of the given languages (all when omitted). */
  grep(pattern: RegExp, options?: { languages?: readonly Language[]; tests?: boolean }): Evidence[]
  /** True when the index stopped early (too many files); analyzers may then say "could not tell". */
  truncated: boolean
}

/** What every analyzer receives. The async views are computed once per scan and shared. */
export interface AnalyzerContext {
  snapshot: Snapshot
  project(): Promise<ProjectInfo>
  code(): Promise<CodeIndex>
  routes(): Promise<Route[]>
  /** Record something the learner should know (a malformed file, a skipped part). */
  note(note: Note): void
}

/** An analyzer: a pure async function of the context returning true/false facts with evidence. */
export type Analyzer = {
  name: string
  /** Every fact id this analyzer reports (the rule loader rejects rules naming any other id). */
  facts: readonly string[]
  /** Must return one Fact for each id in `facts` (found: false when absent). */
  run(ctx: AnalyzerContext): Promise<Fact[]>
}

/** Lazily computes and caches one value. */
export function memo<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => (value ??= compute())
}
