/** @module package.json: dependencies (runtime, dev, peer, optional), scripts and the license field. Pure. */
import { emptyManifest, isRecord, lineOf, namedLicense, type ManifestNote, type ParsedManifest } from './types.js'

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']

/** Parse a package.json; malformed JSON becomes a note and an undefined result. */
export function parsePackageJson(path: string, text: string, note: ManifestNote): ParsedManifest | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    // the parser's message may quote file content: keep it out of the note
    note('package.json is not valid JSON, so its dependencies and scripts were not read')
    return undefined
  }
  if (!isRecord(data)) {
    note('package.json does not hold a JSON object, so it was ignored')
    return undefined
  }
  const result = emptyManifest(path, 'javascript')
  for (const field of DEPENDENCY_FIELDS) {
    const deps = data[field]
    if (isRecord(deps)) result.dependencies.push(...Object.keys(deps).map((name) => name.toLowerCase()))
  }
  if (isRecord(data.scripts)) {
    for (const [name, command] of Object.entries(data.scripts)) if (typeof command === 'string') result.scripts[name] = command
  }
  const license = namedLicense(licenseValue(data))
  if (license) {
    result.license = license
    result.licenseLine = lineOf(text, /"licen[cs]es?"\s*:/)
  }
  return result
}

/** `license: "MIT"`, the legacy `license: {type}` or `licenses: [{type}]`. */
function licenseValue(data: Record<string, unknown>): unknown {
  const value = data.license ?? data.licence
  if (isRecord(value)) return value.type
  if (value !== undefined) return value
  if (Array.isArray(data.licenses) && isRecord(data.licenses[0])) return data.licenses[0].type
  return undefined
}
