/** @module Match imported module names against wanted modules, by name or by a parent module. Pure. */

const SEPARATORS = new Set(['/', '.', '\\'])

/**
 * A predicate over lower-cased import specifiers: true when the import equals a wanted module or lies
 * under one (`<module>/x`, `<module>.x`, `<module>\x`). Case-insensitive; `node:http` and `http` are one.
 * @example importMatcher(['django.contrib.auth'])('django.contrib.auth.hashers') // true
 */
export function importMatcher(modules: readonly string[]): (specifier: string) => boolean {
  const wanted = new Set(modules.map(normalise))
  return (specifier) => {
    const name = normalise(specifier)
    if (wanted.has(name)) return true
    for (let i = 1; i < name.length; i++) if (SEPARATORS.has(name[i]!) && wanted.has(name.slice(0, i))) return true
    return false
  }
}

function normalise(name: string): string {
  const lower = name.toLowerCase()
  return lower.startsWith('node:') ? lower.slice(5) : lower
}
