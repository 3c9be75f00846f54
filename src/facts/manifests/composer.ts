/** @module composer.json: require + require-dev package names and the license field. Pure. */
import { emptyManifest, isRecord, lineOf, namedLicense, type ManifestNote, type ParsedManifest } from './types.js'

/** Parse a composer.json; platform requirements (php, ext-*) are left out. */
export function parseComposer(path: string, text: string, note: ManifestNote): ParsedManifest | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    note('composer.json is not valid JSON, so its dependencies were not read')
    return undefined
  }
  if (!isRecord(data)) return undefined
  const result = emptyManifest(path, 'php')
  for (const field of ['require', 'require-dev']) {
    const deps = data[field]
    if (!isRecord(deps)) continue
    for (const name of Object.keys(deps)) if (name.includes('/')) result.dependencies.push(name.toLowerCase())
  }
  const value = Array.isArray(data.license) ? data.license[0] : data.license
  const license = namedLicense(value)
  if (license) {
    result.license = license
    result.licenseLine = lineOf(text, /"license"\s*:/)
  }
  if (isRecord(data.scripts)) {
    for (const [name, command] of Object.entries(data.scripts)) if (typeof command === 'string') result.scripts[name] = command
  }
  return result
}
