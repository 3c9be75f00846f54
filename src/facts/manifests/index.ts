/** @module Which files are manifests, which folder each describes, and the parser for each. Pure apart from snapshot reads. */
import type { Note, Snapshot } from '../../types.js'
import { parseComposer } from './composer.js'
import { parseCsproj } from './csproj.js'
import { parseGoMod } from './go.js'
import { parseGradle } from './gradle.js'
import { parsePom } from './maven.js'
import { parsePackageJson } from './npm.js'
import { parsePipfile, parsePyproject } from './pyproject.js'
import { parseRequirements, parseSetupCfg, parseSetupPy } from './python.js'
import { parseGemfile, parseGemspec } from './ruby.js'
import type { ManifestNote, ParsedManifest } from './types.js'

export type { ParsedManifest } from './types.js'

type Parser = (path: string, text: string, note: ManifestNote) => ParsedManifest | undefined

/** Manifest parsers by file name, tried in this order (the first match wins). */
const PARSERS: [RegExp, Parser][] = [
  [/^package\.json$/, parsePackageJson],
  [/^pyproject\.toml$/, parsePyproject],
  [/^pipfile$/i, parsePipfile],
  [/^requirements[\w.-]*\.(txt|in)$/i, parseRequirements],
  [/^setup\.cfg$/, parseSetupCfg],
  [/^setup\.py$/, parseSetupPy],
  [/^go\.mod$/, parseGoMod],
  [/^pom\.xml$/, parsePom],
  [/^build\.gradle(\.kts)?$/, parseGradle],
  [/^composer\.json$/, parseComposer],
  [/^gemfile$/i, parseGemfile],
  [/\.gemspec$/, parseGemspec],
  [/\.csproj$/i, parseCsproj],
]

/** Folders whose manifests describe test data or examples, not the learner's project. */
const IGNORED_DIR = /(^|\/)(fixtures|__fixtures__|testdata|test-data|__mocks__)\//

/** The parser for a manifest path, or undefined when the file is not a manifest. */
export function manifestParser(path: string): Parser | undefined {
  if (IGNORED_DIR.test(path)) return undefined
  const name = path.slice(path.lastIndexOf('/') + 1)
  // requirements/base.txt, requirements/dev.txt: the folder of requirement files
  if (/(^|\/)requirements\/[\w.-]+\.txt$/i.test(path)) return parseRequirements
  return PARSERS.find(([re]) => re.test(name))?.[1]
}

/** The project folder a manifest describes ('' for the root). */
export function manifestFolder(path: string): string {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
  if (/(^|\/)requirements$/i.test(dir) && /\.txt$/i.test(path)) return dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : ''
  return dir
}

/**
 * Read and parse one manifest of the snapshot; unreadable or malformed files become notes.
 * @example await readManifest(snapshot, 'backend/package.json', notes.push)
 */
export async function readManifest(snapshot: Snapshot, path: string, note: (n: Note) => void): Promise<ParsedManifest | undefined> {
  const parser = manifestParser(path)
  if (!parser) return undefined
  const text = await snapshot.read(path)
  if (text === undefined) return undefined
  try {
    return parser(path, text, (message) => note({ level: 'warning', message, path }))
  } catch (error) {
    note({ level: 'warning', message: `could not read this manifest (${(error as Error).name})`, path })
    return undefined
  }
}
