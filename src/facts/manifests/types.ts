/** @module The shape every manifest parser returns, and small helpers they share. Pure. */
import type { Language } from '../../types.js'

/** What one manifest file declares. Dependency names are lower-case (Python names PEP 503-normalised). */
export type ParsedManifest = {
  path: string
  language: Language
  /** Declared dependencies, plus build hints that act like one (a csproj Web SDK, a Spring Boot Gradle plugin). */
  dependencies: string[]
  /** npm scripts; empty elsewhere. */
  scripts: Record<string, string>
  /** A named license; undefined when absent, empty, UNLICENSED or only a pointer to a file. */
  license?: string
  /** 1-based line where the license is declared. */
  licenseLine?: number
}

/** Reports a problem with a manifest without stopping the scan. */
export type ManifestNote = (message: string) => void

/** A fresh result with no dependencies. */
export function emptyManifest(path: string, language: Language): ParsedManifest {
  return { path, language, dependencies: [], scripts: {} }
}

/** PEP 503 name normalisation: `Flask_SQLAlchemy` and `flask.sqlalchemy` both become `flask-sqlalchemy`. */
export function normalisePython(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, '-')
}

/** The distribution name at the start of a PEP 508 requirement ('uvicorn[standard]>=0.20' -> 'uvicorn'). */
export function requirementName(spec: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)
  return m ? normalisePython(m[1]!) : undefined
}

/** A license value worth reporting: not empty, not UNLICENSED, not a "see file" pointer. */
export function namedLicense(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (!text || /^(unlicensed|none|proprietary|see license in\b.*)$/i.test(text) || text.length > 200) return undefined
  return text
}

/** 1-based line of the first match of `pattern` in `text`, or undefined. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(text)
  if (!m) return undefined
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** True for a plain object (JSON/TOML table), not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
