/** @module Server-looking code in a folder with no framework dependency: node:http servers, Go net/http servers, Django's manage.py. Pure apart from bounded snapshot reads. */
import type { Language, Snapshot } from '../../types.js'
import { baseName, depthOf, isUnder, relativeTo } from './paths.js'
import { isTestPath } from './is-test-path.js'
import { isGeneratedSource, sourceLanguage } from './source-language.js'
import { stripComments } from './strip-comments.js'

/** How many files of one folder are read at most to look for a server. */
const MAX_FILES = 40

const SERVER_CODE: Partial<Record<Language, { framework: string; test: (code: string) => boolean }>> = {
  javascript: {
    framework: 'node-http',
    test: (code) => /\bcreateServer\s*\(/.test(code) && /['"](?:node:)?https?['"]/.test(code),
  },
  go: {
    framework: 'net-http',
    test: (code) => /"net\/http"/.test(code) && /\b(?:ListenAndServe(?:TLS)?|HandleFunc|NewServeMux)\s*\(/.test(code),
  },
}

/**
 * The framework implied by server code under `folder` in `language`, or undefined. Files inside `nested`
 * project folders belong to those projects and are skipped. Reads at most MAX_FILES files, entry points first.
 */
export async function serverFramework(snapshot: Snapshot, folder: string, language: Language, nested: readonly string[] = []): Promise<string | undefined> {
  if (language === 'python') {
    const manage = snapshot.files.some(
      (f) => isUnder(f.path, folder) && /^([\w-]+\/)?manage\.py$/.test(relativeTo(f.path, folder)) && !nested.some((n) => isUnder(f.path, n)),
    )
    return manage ? 'django' : undefined
  }
  const probe = SERVER_CODE[language]
  if (!probe) return undefined
  const candidates = snapshot.files
    .filter((f) => isUnder(f.path, folder) && !f.tooLarge && sourceLanguage(f.path) === language && !nested.some((n) => isUnder(f.path, n)))
    .filter((f) => !isGeneratedSource(f.path) && !isTestPath(f.path) && depthOf(relativeTo(f.path, folder)) <= 3)
    .sort((a, b) => rank(a.path) - rank(b.path) || depthOf(a.path) - depthOf(b.path))
    .slice(0, MAX_FILES)
  const texts = await Promise.all(candidates.map((f) => snapshot.read(f.path)))
  return texts.some((text) => text !== undefined && probe.test(stripComments(text, language))) ? probe.framework : undefined
}

/** Entry-point file names first: that is where a server is usually started. */
function rank(path: string): number {
  return /^(server|app|index|main|api)\.\w+$/.test(baseName(path)) ? 0 : 1
}
