/** @module Jenkinsfile (Groovy) -> the shell scripts its `sh`/`bat`/`powershell` steps run, inside their `dir('x') { }` blocks. Comments are removed first, so a commented-out step never counts. Text matching, not a Groovy parser. Pure. */
import { stripComments } from '../util/strip-comments.js'
import type { CiScript } from './ci-files.js'
import { joinRepo } from './resolve-env.js'

/** `sh 'cmd'`, `sh "cmd"`, `sh '''...'''`, `sh(script: "cmd", returnStatus: true)`, `bat`, `powershell`, `pwsh`. */
const STEP = /\b(?:sh|bat|powershell|pwsh)\s*\(?\s*(?:script\s*:\s*)?('''|"""|'|")/g
const DIR_BLOCK = /\bdir\s*\(\s*(['"])([^'"\n]{1,200})\1\s*\)\s*\{/g
/** Steps and dir() blocks read at most: a real pipeline has dozens. */
const MAX_MATCHES = 500

/** Scripts of a Jenkinsfile with the folder each runs in. */
export function jenkinsScripts(path: string, text: string): CiScript[] {
  const code = stripComments(text.slice(0, 256 * 1024), 'java')
  const blocks = dirBlocks(code)
  const lineAt = lineIndex(code)
  const out: CiScript[] = []
  let steps = 0
  for (const match of code.matchAll(STEP)) {
    if (++steps > MAX_MATCHES) break
    const quote = match[1]!
    const start = match.index + match[0].length
    const end = code.indexOf(quote, start)
    if (end < 0) continue
    const script = code.slice(start, end)
    const first = lineAt(start)
    const enclosing = blocks.filter((b) => b.start < match.index && match.index < b.end)
    let cwd: string | undefined = enclosing.length > 16 ? undefined : '' // nesting that deep is not a real pipeline
    for (const block of enclosing) cwd = cwd === undefined ? undefined : joinRepo(cwd, block.dir)
    out.push({ path, text: script, cwd, lineOf: (i) => first + i })
  }
  return out
}

/** `dir('backend') { ... }` blocks as offset ranges (braces matched once, outside strings, in one pass). */
function dirBlocks(code: string): { dir: string; start: number; end: number }[] {
  const closeOf = new Map<number, number>()
  const open: number[] = []
  let quote: string | undefined
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === "'" || c === '"') quote = c
    else if (c === '{') open.push(i)
    else if (c === '}' && open.length) closeOf.set(open.pop()!, i)
  }
  const out: { dir: string; start: number; end: number }[] = []
  for (const match of code.matchAll(DIR_BLOCK)) {
    if (out.length >= MAX_MATCHES) break
    out.push({ dir: match[2]!, start: match.index, end: closeOf.get(match.index + match[0].length - 1) ?? code.length })
  }
  return out
}

/** 1-based line of an offset. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}
