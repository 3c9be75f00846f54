/** @module Python manifests that are not TOML: requirements*.txt, setup.cfg and setup.py (setup.py by regex, never executed). Pure. */
import { emptyManifest, lineOf, namedLicense, normalisePython, requirementName, type ParsedManifest } from './types.js'

/** requirements.txt and friends: one requirement a line; `-r` includes, options and URLs are skipped. */
export function parseRequirements(path: string, text: string): ParsedManifest {
  const result = emptyManifest(path, 'python')
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (!line) continue
    const egg = /#egg=([\w.-]+)/.exec(raw)
    if (line.startsWith('-') || /^[a-z+]+:\/\//i.test(line)) {
      if (egg) result.dependencies.push(normalisePython(egg[1]!))
      continue
    }
    const name = requirementName(line)
    if (name) result.dependencies.push(name)
  }
  return result
}

/** setup.cfg: `install_requires` (indented list or one line), extras, and `license` under [metadata]. */
export function parseSetupCfg(path: string, text: string): ParsedManifest {
  const result = emptyManifest(path, 'python')
  const lines = text.split('\n')
  let collecting = false
  let section = ''
  for (const raw of lines) {
    const header = /^\s*\[([^\]]+)\]/.exec(raw)
    if (header) {
      section = header[1]!.trim()
      collecting = false
      continue
    }
    const key = /^([\w-]+)\s*=\s*(.*)$/.exec(raw)
    if (key) {
      // extras: every key of [options.extras_require] is an extra whose value lists requirements
      collecting = key[1] === 'install_requires' || section === 'options.extras_require'
      if (collecting) pushRequirement(result, key[2]!)
      continue
    }
    if (collecting && /^\s+\S/.test(raw)) pushRequirement(result, raw)
  }
  const license = /^[ \t]*licen[cs]e[ \t]*=[ \t]*(.+)$/m.exec(text)
  if (license && namedLicense(license[1])) {
    result.license = namedLicense(license[1])
    result.licenseLine = lineOf(text, /^[ \t]*licen[cs]e[ \t]*=/m)
  }
  return result
}

function pushRequirement(result: ParsedManifest, spec: string): void {
  const clean = spec.replace(/#.*$/, '').trim()
  if (!clean) return
  const name = requirementName(clean)
  if (name) result.dependencies.push(name)
}

/** setup.py: the string literals of `install_requires=[...]` and a literal `license='...'`. */
export function parseSetupPy(path: string, text: string): ParsedManifest {
  const result = emptyManifest(path, 'python')
  const start = /install_requires\s*=\s*\[/.exec(text)
  if (start) {
    // string literals up to the list's closing bracket (a `]` inside 'pkg[extra]' does not close it)
    const list = text.slice(start.index + start[0].length, start.index + start[0].length + 20_000)
    for (const m of list.matchAll(/['"]([^'"\n]*)['"]|\]/g)) {
      if (m[1] === undefined) break
      const name = requirementName(m[1])
      if (name) result.dependencies.push(name)
    }
  }
  const license = /\blicen[cs]e\s*=\s*['"]([^'"\n]+)['"]/.exec(text)
  const named = namedLicense(license?.[1])
  if (named) {
    result.license = named
    result.licenseLine = lineOf(text, /\blicen[cs]e\s*=\s*['"]/)
  }
  return result
}
