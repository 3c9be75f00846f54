/** @module go.mod: the module paths of `require` lines and blocks. Pure. */
import { emptyManifest, type ParsedManifest } from './types.js'

/** Parse go.mod; `// indirect` requirements count too (they are still compiled in). */
export function parseGoMod(path: string, text: string): ParsedManifest {
  const result = emptyManifest(path, 'go')
  let inBlock = false
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inBlock) {
      if (line.startsWith(')')) inBlock = false
      else if (line) pushModule(result, line)
      continue
    }
    if (/^require\s*\($/.test(line)) inBlock = true
    else if (line.startsWith('require ')) pushModule(result, line.slice('require '.length))
  }
  return result
}

function pushModule(result: ParsedManifest, spec: string): void {
  const name = spec.trim().split(/\s+/)[0]
  if (name) result.dependencies.push(name.toLowerCase())
}
