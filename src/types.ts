/** @module Core types shared by source, facts, engine and render: a leaf module, imports nothing. */

/** A place in the repository that supports a verdict. Paths are POSIX, relative to the repo root. */
export type Evidence = { path: string; line?: number; note?: string }

/** Something the scan could not look at or judge, shown to the learner instead of crashing. */
export type Note = { level: 'info' | 'warning'; message: string; path?: string }

/** One file of the snapshot. `size` in bytes; `tooLarge` files are listed but never read. */
export type FileEntry = { path: string; size: number; tooLarge?: boolean }

/**
 * A repository at one commit, as the analyzers see it: the file list (vendored folders removed)
 * and lazy, bounded reads. `read` returns undefined for missing, unreadable, binary or too-large files.
 */
export interface Snapshot {
  repo: { name: string; commit: string; url?: string }
  files: readonly FileEntry[]
  read(path: string): Promise<string | undefined>
  /** Problems met while listing (unreadable files, symlink loops, truncated trees ...). */
  notes: Note[]
  /** Vendored folders that were present and skipped (top-most paths, e.g. 'node_modules', 'api/venv'). */
  vendored: string[]
  /** How the file list was made: tracked files of a commit ('git', 'github') or a plain folder walk. */
  listing: 'git' | 'walk' | 'github'
}

/** Where a snapshot comes from: a local folder, a git checkout, the GitHub API. */
export interface RepoSource {
  describe(): string
  snapshot(): Promise<Snapshot>
}

/** A true/false answer about the repository with the evidence behind it (scorecard "probe" style). */
export type Fact = { id: string; found: boolean; evidence: Evidence[] }

export type Language = 'javascript' | 'python' | 'go' | 'java' | 'php' | 'ruby' | 'csharp'

/** A backend project found in the repository (a monorepo may hold several). */
export type ProjectRoot = {
  /** Folder relative to the repo root, '' for the root itself. */
  path: string
  language: Language
  /** Detected web frameworks, e.g. ['express'], ['fastapi'], ['django', 'drf']. */
  frameworks: string[]
  /** The manifest that revealed the project (package.json, pyproject.toml, go.mod ...). */
  manifest: string
}

/** An HTTP route found by the route extractor. */
export type Route = {
  method: string // GET, POST, ... or ANY
  path: string // full path with router prefixes applied, e.g. /auth/login
  file: string
  line: number
  framework: string
  /** The handler's function or method name when the declaration names one (`register`, `AuthController.login`'s `login`). */
  handler?: string
}

/** Everything the analyzers produced for one snapshot. */
export type Facts = {
  facts: Fact[]
  roots: ProjectRoot[]
  routes: Route[]
  notes: Note[]
}

export type Status = 'pass' | 'fail' | 'skip'
export type LayerId = 'docs' | 'testing' | 'api' | 'data' | 'security' | 'delivery'
export type Track = 'general' | 'saas' | 'data' | 'platform'
export type Level = 'foundations' | 'building' | 'portfolio-ready'
export type Effort = 'low' | 'medium' | 'high'

/** A condition over fact ids, as written in rules/*.yml. */
export type Condition = {
  all?: (string | Condition)[]
  any?: (string | Condition)[]
  not?: (string | Condition)[]
}

/** A check definition loaded from rules/<id>.yml. */
export type RuleDef = {
  id: string
  layer: LayerId
  weight: number
  title: string
  effort: Effort
  when: Condition
  /** The check only applies when this condition holds; otherwise it is skipped. */
  applies?: Condition
  /** Why the check is skipped when `applies` does not hold, in a learner's words. */
  notApplicable?: string
  why: string
  /** Markdown; `default` plus optional variants keyed by framework (express, fastapi ...) or language. */
  fix: Record<string, string> & { default: string }
}

/** The verdict of one rule. */
export type Finding = {
  id: string
  status: Status
  title: string
  layer: LayerId
  weight: number
  effort: Effort
  evidence: Evidence[]
  /** For fail: the fix for the detected stack. */
  fix: string
  why: string
  /** For skip: why it was not judged (not applicable, exempted, could not tell). */
  reason?: string
  /** Score points this check would add if it passed (0 unless failed). */
  gain: number
}

/** A repository's own configuration (.github/portfolio-check.yml). */
export type RepoConfig = {
  track: Track
  minScore?: number
  ignore: string[]
  exempt: { check: string; reason: string }[]
}

/** The versioned result of a scan, the input of every renderer and sink. */
export type Report = {
  schemaVersion: 1
  repo: { name: string; commit: string; url?: string }
  score: number
  level: Level
  track: Track
  layers: { id: LayerId; score: number | null; passed: number; applicable: number }[]
  checks: Finding[]
  roots: ProjectRoot[]
  notes: Note[]
  config: { minScore?: number; source?: string }
  durationMs: number
}
