/** @module Which language a source file is written in, by its extension. Pure. */
import type { Language } from '../../types.js'

const BY_EXTENSION: Record<string, Language> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'javascript', mts: 'javascript', cts: 'javascript', tsx: 'javascript',
  py: 'python',
  go: 'go',
  java: 'java', kt: 'java', kts: 'java',
  php: 'php',
  rb: 'ruby',
  cs: 'csharp',
}

/**
 * The language of a source file, or undefined for anything else. TypeScript counts as JavaScript and
 * Kotlin as Java, because checks treat those pairs alike (same ecosystem, same frameworks).
 * @example sourceLanguage('src/app.ts') // 'javascript'
 */
export function sourceLanguage(path: string): Language | undefined {
  if (path === 'bin/www' || path.endsWith('/bin/www')) return 'javascript' // express-generator's server entry has no extension
  const dot = path.lastIndexOf('.')
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined
  return BY_EXTENSION[path.slice(dot + 1).toLowerCase()]
}

/** Generated or bundled sources that are not the learner's own writing, even outside vendored folders. */
export function isGeneratedSource(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  if (/\.min\.[cm]?js$|\.d\.[cm]?ts$|\.bundle\.js$|[-.]chunk\.js$/.test(name)) return true
  if (/\.pb\.go$|_pb2(_grpc)?\.py$|\.g\.cs$|\.designer\.cs$|\.generated\.\w+$/.test(name)) return true
  return /(^|\/)(__generated__|generated|staticfiles|\.svelte-kit|\.output|\.angular|\.gradle|\.expo|\.docusaurus)\//.test(path)
}
