/** @module pyproject.toml (PEP 621, PEP 735 groups, Poetry) and Pipfile, parsed with smol-toml. Pure. */
import { parse } from 'smol-toml'
import { emptyManifest, isRecord, lineOf, namedLicense, normalisePython, requirementName, type ManifestNote, type ParsedManifest } from './types.js'

/** Parse TOML, turning a syntax error into a note (the message may quote content, so it is not passed on). */
function parseToml(text: string, name: string, note: ManifestNote): Record<string, unknown> | undefined {
  try {
    return parse(text) as Record<string, unknown>
  } catch {
    note(`${name} is not valid TOML, so its dependencies were not read`)
    return undefined
  }
}

/** pyproject.toml: [project] dependencies + optional-dependencies, [dependency-groups], Poetry dependency tables, license. */
export function parsePyproject(path: string, text: string, note: ManifestNote): ParsedManifest | undefined {
  const data = parseToml(text, 'pyproject.toml', note)
  if (!data) return undefined
  const result = emptyManifest(path, 'python')
  const add = (specs: unknown): void => {
    if (Array.isArray(specs)) for (const s of specs) if (typeof s === 'string') pushName(result, requirementName(s))
  }
  const project = isRecord(data.project) ? data.project : {}
  add(project.dependencies)
  if (isRecord(project['optional-dependencies'])) for (const list of Object.values(project['optional-dependencies'])) add(list)
  if (isRecord(data['dependency-groups'])) for (const list of Object.values(data['dependency-groups'])) add(list)
  const tool = isRecord(data.tool) ? data.tool : {}
  const poetry = isRecord(tool.poetry) ? tool.poetry : {}
  addKeys(result, poetry.dependencies)
  addKeys(result, poetry['dev-dependencies'])
  if (isRecord(poetry.group)) for (const group of Object.values(poetry.group)) if (isRecord(group)) addKeys(result, group.dependencies)
  const license = pyprojectLicense(project) ?? namedLicense(poetry.license)
  if (license) {
    result.license = license
    result.licenseLine = lineOf(text, /^[ \t]*licen[cs]e[ \t]*=|License :: /m)
  }
  return result
}

/** PEP 621 `license = "MIT"`, `license = {text = "MIT"}` or a `License ::` classifier; `{file = ...}` points at a file. */
function pyprojectLicense(project: Record<string, unknown>): string | undefined {
  const value = project.license
  const direct = namedLicense(isRecord(value) ? value.text : value)
  if (direct) return direct
  const classifiers = Array.isArray(project.classifiers) ? project.classifiers : []
  const classifier = classifiers.find((c): c is string => typeof c === 'string' && c.startsWith('License ::'))
  return classifier ? namedLicense(classifier.split('::').pop()) : undefined
}

/** Pipfile: the keys of [packages] and [dev-packages]. */
export function parsePipfile(path: string, text: string, note: ManifestNote): ParsedManifest | undefined {
  const data = parseToml(text, 'Pipfile', note)
  if (!data) return undefined
  const result = emptyManifest(path, 'python')
  addKeys(result, data.packages)
  addKeys(result, data['dev-packages'])
  return result
}

function addKeys(result: ParsedManifest, table: unknown): void {
  if (!isRecord(table)) return
  for (const name of Object.keys(table)) if (name.toLowerCase() !== 'python') pushName(result, normalisePython(name))
}

function pushName(result: ParsedManifest, name: string | undefined): void {
  if (name) result.dependencies.push(name)
}
