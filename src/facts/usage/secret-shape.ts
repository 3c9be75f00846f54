/** @module Whether a hard-coded value looks like a real secret or a placeholder: a shape and entropy heuristic. Pure. */

/** Substrings that mark a value as a stand-in for the real thing. */
const PLACEHOLDER_PARTS = [
  'change', 'replace', 'your', 'example', 'sample', 'placeholder', 'dummy', 'fake', 'xxxx', '****', '....', 'todo', 'fixme',
  'insert', 'redacted', 'notreal', 'not-real', 'not_a_real', 'lorem',
]
/** Whole words (between separators) that mark a development or test value. */
const PLACEHOLDER_WORDS = new Set(['test', 'testing', 'dev', 'development', 'local', 'localhost', 'demo', 'default', 'here', 'mock', 'ci', 'secret', 'password'])

/**
 * True when the value is obviously not a real secret: a reference to configuration (`${JWT_SECRET}`,
 * `{{ secret }}`, `<token>`, an ENV_NAME, a dotted config path, a file path) or a stand-in
 * ("change-me", "your-secret-here", "dev-only-key", "xxxx").
 */
export function isPlaceholder(value: string): boolean {
  const v = value.toLowerCase()
  if (/\$\{|\{\{|<[^>]*>|%\(|^\$\w|^env\b|process\.env|os\.environ/.test(v)) return true
  if (/^[A-Z0-9_]+$/.test(value) && /[A-Z]/.test(value)) return true // an environment variable's name
  if (/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(value)) return true // a dotted config path: app.jwt.secret
  if (/^(\.{0,2}\/|[a-z]:\\)|\.(pem|key|json|txt|ya?ml|p12|pfx|crt)$/i.test(value)) return true // a file path
  if (PLACEHOLDER_PARTS.some((p) => v.includes(p))) return true
  if (/^(.)\1+$/.test(value)) return true // aaaaaaaa
  return v.split(/[^a-z0-9]+/).some((w) => PLACEHOLDER_WORDS.has(w))
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>()
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/**
 * A value that could be a real signing secret or API key: not a placeholder, at least 12 characters,
 * and either random-looking (>= 3.5 bits/char over two character classes, like hex or base64 keys and
 * Django's generated `django-insecure-...` key) or mixed like a human-made password (three classes and
 * >= 3 bits/char, like `sup3rS3cretK3y!2024`). Short words ("secret", "dev", "shhhhh") never qualify.
 */
export function looksReal(value: string): boolean {
  if (value.length < 12 || value.length > 400 || isPlaceholder(value)) return false
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length
  const bits = entropy(value)
  return (bits >= 3.5 && classes >= 2) || (bits >= 3 && classes >= 3)
}
