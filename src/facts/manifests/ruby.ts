/** @module Gemfile and *.gemspec: gem names and the gemspec license. Pure; Ruby is never evaluated. */
import { emptyManifest, lineOf, namedLicense, type ParsedManifest } from './types.js'

/** Gemfile: every `gem 'name'` line that is not commented out. */
export function parseGemfile(path: string, text: string): ParsedManifest {
  const result = emptyManifest(path, 'ruby')
  for (const m of text.matchAll(/^[ \t]*gem[ \t(]+['"]([\w.-]+)['"]/gm)) result.dependencies.push(m[1]!.toLowerCase())
  return result
}

/** A gemspec: `add_dependency`-style gems and `spec.license(s) = ...`. */
export function parseGemspec(path: string, text: string): ParsedManifest {
  const result = emptyManifest(path, 'ruby')
  for (const m of text.matchAll(/^[ \t]*\w+\.add_(?:runtime_|development_)?dependency[ \t(]+['"]([\w.-]+)['"]/gm)) {
    result.dependencies.push(m[1]!.toLowerCase())
  }
  const license = /^[ \t]*\w+\.licen[cs]es?[ \t]*=[ \t]*\[?[ \t]*['"]([^'"\n]+)['"]/m.exec(text)
  const named = namedLicense(license?.[1])
  if (named) {
    result.license = named
    result.licenseLine = lineOf(text, /^[ \t]*\w+\.licen[cs]es?[ \t]*=/m)
  }
  return result
}
