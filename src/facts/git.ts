/** @module Analyzer "git": a root .gitignore, and no committed dependency folder (node_modules, a virtualenv, PHP vendor/). Pure apart from snapshot reads. */
import type { Evidence, Snapshot } from '../types.js'
import type { Analyzer } from './context.js'
import { isIgnored, parseGitignore } from './util/gitignore.js'
import { baseName, dirOf, isUnder, relativeTo } from './util/paths.js'

/**
 * `git.hasGitignore`: a .gitignore at the root with at least one rule.
 * `git.commitsDependencies`: a dependency folder is part of the repository. In a git or GitHub listing any
 * such folder is committed; in a plain folder walk it counts only when no .gitignore above it ignores it.
 * Build output (dist/, build/) is not a dependency folder, and Go's vendor/ (go mod vendor) is allowed.
 */
export const git: Analyzer = {
  name: 'git',
  facts: ['git.hasGitignore', 'git.commitsDependencies'],
  async run(ctx) {
    const { snapshot } = ctx
    const rootIgnore = snapshot.files.find((f) => f.path === '.gitignore')
    const rootText = rootIgnore ? await snapshot.read(rootIgnore.path) : undefined
    const hasRules = rootText !== undefined && parseGitignore(rootText).length > 0
    const committed: Evidence[] = []
    for (const folder of dependencyFolders(snapshot)) {
      if (snapshot.listing !== 'walk' || !(await ignoredInWalk(snapshot, folder))) {
        committed.push({ path: folder, note: 'dependency folder in the repository' })
      }
    }
    return [
      { id: 'git.hasGitignore', found: hasRules, evidence: rootIgnore ? [{ path: rootIgnore.path }] : [] },
      { id: 'git.commitsDependencies', found: committed.length > 0, evidence: committed.slice(0, 10) },
    ]
  },
}

/** Folders of installed dependencies present in the snapshot (vendored tops, and virtualenvs by their marker files). */
export function dependencyFolders(snapshot: Snapshot): string[] {
  const paths = new Set(snapshot.files.map((f) => f.path))
  const found = new Set<string>()
  for (const folder of snapshot.vendored) {
    const name = baseName(folder)
    const parent = dirOf(folder)
    const sibling = (file: string): boolean => paths.has(parent ? `${parent}/${file}` : file)
    if (name === 'node_modules' || name === 'bower_components' || name === 'venv' || name === '.venv') found.add(folder)
    else if (name === 'vendor' && sibling('composer.json') && !sibling('go.mod')) found.add(folder)
    else if (name === 'site-packages') found.add(folder.replace(/\/lib\d*\/python[\d.]*\/site-packages$|\/Lib\/site-packages$/, ''))
  }
  // virtualenvs under any name (env/, myenv/): their marker files are listed even though site-packages is not
  for (const path of paths) {
    if (baseName(path) === 'pyvenv.cfg' || /(^|\/)bin\/activate$/.test(path) || /(^|\/)Scripts\/activate\.bat$/.test(path)) {
      const venv = dirOf(baseName(path) === 'pyvenv.cfg' ? path : dirOf(path))
      if (venv) found.add(venv)
    }
  }
  return [...found].sort()
}

/** In a folder walk: is the folder ignored by the root .gitignore or a .gitignore between it and the root? */
async function ignoredInWalk(snapshot: Snapshot, folder: string): Promise<boolean> {
  const ignores = snapshot.files.filter((f) => baseName(f.path) === '.gitignore' && isUnder(folder, dirOf(f.path)))
  for (const file of ignores) {
    const text = await snapshot.read(file.path)
    if (text !== undefined && isIgnored(parseGitignore(text), relativeTo(folder, dirOf(file.path)))) return true
  }
  return false
}
