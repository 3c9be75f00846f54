/** @module A small, forgiving shell reader for CI scripts: split a script into simple commands (lines, `&&`, `||`, `;`, pipes) and a command into words. Not a shell: no expansion, never executes. Pure. */

/** One simple command of a script and the 0-based line of the script it starts on. */
export type ShellCommand = { text: string; line: number }

/** Words that introduce or close a compound command; the command after them is what runs. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time', 'exec', 'command'])

/** Scripts larger than this are cut: a CI step is never this long, a hostile one might be. */
const MAX_SCRIPT = 64 * 1024

/**
 * Split a script into simple commands. Comments, heredoc bodies and line continuations are
 * handled; `cd a && npm test` gives two commands so the caller can track the directory.
 */
export function splitCommands(script: string): ShellCommand[] {
  const lines = script.slice(0, MAX_SCRIPT).split(/\r?\n/)
  const out: ShellCommand[] = []
  let heredoc: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const start = i
    let line = lines[i]!
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined
      continue
    }
    while (/(^|[^\\])\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i]!
    const marker = /<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/.exec(line)
    if (marker) heredoc = marker[2]
    for (const part of splitLine(line)) {
      const text = stripKeywords(part)
      if (text) out.push({ text, line: start })
    }
  }
  return out
}

/** Split one logical line on `&&`, `||`, `;`, `|`, `&` outside quotes, dropping a trailing comment. */
function splitLine(line: string): string[] {
  const parts: string[] = []
  let current = ''
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quote) {
      current += c
      if (c === '\\' && quote === '"' && i + 1 < line.length) current += line[++i]!
      else if (c === quote) quote = undefined
      continue
    }
    if (c === "'" || c === '"') {
      quote = c
      current += c
    } else if (c === '$' && line[i + 1] === '(') {
      const end = closingParen(line, i + 1)
      current += line.slice(i, end + 1) // command substitution stays inside its word
      i = end
    } else if (c === '\\' && i + 1 < line.length) current += c + line[++i]!
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break
    else if (c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
      if (c === '&' && (line[i - 1] === '>' || line[i + 1] === '>')) current += c // 2>&1, &> file
      else {
        parts.push(current)
        current = ''
      }
    } else current += c
  }
  parts.push(current)
  return parts.map((p) => p.trim()).filter(Boolean)
}

/** Index of the `)` closing the `(` at `open` (or the end of the line). */
function closingParen(line: string, open: number): number {
  let depth = 0
  for (let i = open; i < line.length; i++) {
    if (line[i] === '(') depth++
    else if (line[i] === ')' && --depth === 0) return i
  }
  return line.length - 1
}

function stripKeywords(text: string): string {
  let rest = text.trim()
  for (;;) {
    const word = /^(\S+)\s*/.exec(rest)
    if (!word || !KEYWORDS.has(word[1]!)) return rest
    rest = rest.slice(word[0].length)
  }
}

/** Split a simple command into words, removing quotes. Redirections (`> file`, `2>&1`) are dropped. */
export function tokenize(text: string): string[] {
  const words: string[] = []
  let current: string | undefined
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"' && i + 1 < text.length) current += text[++i]!
      else current += c
      continue
    }
    if (c === "'" || c === '"') {
      quote = c
      current ??= ''
    } else if (/\s/.test(c)) {
      if (current !== undefined) words.push(current)
      current = undefined
    } else if (c === '\\' && i + 1 < text.length) current = (current ?? '') + text[++i]!
    else current = (current ?? '') + c
  }
  if (current !== undefined) words.push(current)
  return dropRedirections(words)
}

function dropRedirections(words: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (/^\d*[<>]{1,2}&?\d*$/.test(w) || w === '&>') {
      if (!/&\d$/.test(w)) i++ // `> file` takes the next word; `2>&1` does not
      continue
    }
    if (/^\d*[<>]{1,2}&?\S/.test(w)) continue // `>file`, `2>/dev/null`
    out.push(w)
  }
  return out
}
