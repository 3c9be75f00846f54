/** @module pom.xml via fast-xml-parser: dependencies as `groupId:artifactId`, the parent, and named licenses. Pure. */
import { XMLParser } from 'fast-xml-parser'
import { emptyManifest, isRecord, lineOf, namedLicense, type ManifestNote, type ParsedManifest } from './types.js'

// entity processing off: a pom from a stranger must not be able to expand entities
const parser = new XMLParser({ ignoreAttributes: true, processEntities: false, htmlEntities: false, parseTagValue: false })

/** Parse a pom.xml; malformed XML becomes a note. */
export function parsePom(path: string, text: string, note: ManifestNote): ParsedManifest | undefined {
  let data: unknown
  try {
    data = parser.parse(text)
  } catch {
    note('pom.xml is not valid XML, so its dependencies were not read')
    return undefined
  }
  const project = isRecord(data) && isRecord(data.project) ? data.project : undefined
  if (!project) return undefined
  const result = emptyManifest(path, 'java')
  const coordinate = (entry: unknown): void => {
    if (!isRecord(entry) || typeof entry.artifactId !== 'string') return
    const group = typeof entry.groupId === 'string' ? entry.groupId.trim() : ''
    result.dependencies.push(`${group}:${entry.artifactId.trim()}`.toLowerCase())
  }
  coordinate(project.parent)
  const deps = isRecord(project.dependencies) ? project.dependencies.dependency : undefined
  for (const entry of toArray(deps)) coordinate(entry)
  const licenses = isRecord(project.licenses) ? toArray(project.licenses.license) : []
  const named = licenses.map((l) => namedLicense(isRecord(l) ? l.name : undefined)).find(Boolean)
  if (named) {
    result.license = named
    result.licenseLine = lineOf(text, /<licenses>/)
  }
  return result
}

function toArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}
