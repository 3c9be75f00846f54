/** @module A small .gitignore matcher for folders: enough to tell whether a dependency folder would be ignored. Pure. */
import picomatch from 'picomatch'

type Rule = { negate: boolean; anchored: boolean; match: (path: string) => boolean }

/** The rules of one .gitignore file (comments and blank lines skipped; `!` negation; `/` anchoring). */
export function parseGitignore(text: string): Rule[] {
  const rules: Rule[] = []
  for (const raw of text.split('\n')) {
    let line = raw.replace(/\r$/, '').replace(/(?<!\\)\s+$/, '')
    if (!line || line.startsWith('#')) continue
    const negate = line.startsWith('!')
    if (negate) line = line.slice(1)
    line = line.replace(/\/+$/, '') // dir-only marker: we only ever match folders
    if (!line) continue
    const anchored = line.includes('/')
    const pattern = line.replace(/^\//, '')
    try {
      rules.push({ negate, anchored, match: picomatch(pattern, { dot: true }) })
    } catch {
      // a pattern picomatch cannot compile cannot ignore anything for us
    }
  }
  return rules
}

/**
 * True when `folder` (relative to the .gitignore's own folder) is ignored by `rules`, directly or through
 * an ignored parent. The last matching rule wins, as in git.
 * @example isIgnored(parseGitignore('node_modules/'), 'api/node_modules') // true
 */
export function isIgnored(rules: Rule[], folder: string): boolean {
  const parts = folder.split('/')
  for (let depth = 1; depth <= parts.length; depth++) {
    const prefix = parts.slice(0, depth).join('/')
    const name = parts[depth - 1]!
    let ignored = false
    for (const rule of rules) if (rule.anchored ? rule.match(prefix) : rule.match(name)) ignored = !rule.negate
    if (ignored) return true
  }
  return false
}
