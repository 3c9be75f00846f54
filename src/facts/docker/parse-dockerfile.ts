/** @module A small Dockerfile reader: instructions with their arguments and 1-based line, handling the escape directive, line continuations, comment lines and heredocs. Forgiving (never throws) and bounded. Pure. */

/** One instruction, e.g. `{ name: 'USER', args: 'node', line: 12 }`. Heredoc bodies are appended to args after a newline. */
export type Instruction = { name: string; args: string; line: number }

/** Lines read at most; a Dockerfile is never this long, a hostile file might be. */
const MAX_LINES = 10_000

/**
 * Parse a Dockerfile into instructions.
 * @example parseDockerfile('FROM node:20\n# build\nRUN npm ci \\\n  && npm test\n')
 * // [{ name: 'FROM', args: 'node:20', line: 1 }, { name: 'RUN', args: 'npm ci && npm test', line: 3 }]
 */
export function parseDockerfile(text: string): Instruction[] {
  const lines = text.split(/\r?\n/).slice(0, MAX_LINES)
  const escape = escapeDirective(lines)
  const out: Instruction[] = []
  let i = 0
  while (i < lines.length) {
    const raw = lines[i]!
    const trimmed = raw.trim()
    if (!trimmed || trimmed.startsWith('#')) {
      i++
      continue
    }
    const start = i
    let logical = trimmed
    // a continued instruction: comment and blank lines inside it are skipped, as Docker does
    while (endsWithEscape(logical, escape) && i + 1 < lines.length) {
      logical = logical.trimEnd().slice(0, -1).trimEnd()
      i++
      while (i < lines.length && (!lines[i]!.trim() || lines[i]!.trim().startsWith('#'))) i++
      if (i < lines.length) logical += ' ' + lines[i]!.trim()
    }
    if (endsWithEscape(logical, escape)) logical = logical.trimEnd().slice(0, -1).trimEnd()
    i++
    const match = /^(\S+)\s*([\s\S]*)$/.exec(logical)!
    let args = match[2]!
    for (const delimiter of heredocs(args)) {
      const body: string[] = []
      while (i < lines.length && lines[i]!.trim() !== delimiter) body.push(lines[i++]!)
      i++ // the delimiter line
      args += '\n' + body.join('\n')
    }
    out.push({ name: match[1]!.toUpperCase(), args: args.trim(), line: start + 1 })
  }
  return out
}

/** The escape character from a `# escape=`` ` `` directive at the top, else a backslash. */
function escapeDirective(lines: string[]): string {
  for (const line of lines) {
    const directive = /^\s*#\s*(\w+)\s*=\s*(\S+)\s*$/.exec(line)
    if (!directive) break // directives only count before the first comment or instruction
    if (directive[1]!.toLowerCase() === 'escape') return directive[2] === '`' ? '`' : '\\'
  }
  return '\\'
}

function endsWithEscape(line: string, escape: string): boolean {
  return line.trimEnd().endsWith(escape)
}

/** Heredoc delimiters opened by an instruction line (`RUN <<EOF`, `COPY <<-"A" <<B /x`). */
function heredocs(args: string): string[] {
  const out: string[] = []
  for (const m of args.matchAll(/<<-?(["']?)([A-Za-z_][\w-]*)\1/g)) out.push(m[2]!)
  return out
}
