import { describe, expect, it } from 'vitest'
import { git } from '../../src/facts/git.js'
import type { Snapshot } from '../../src/types.js'
import { contextOf, runAnalyzer } from '../helpers/context.js'

describe('git analyzer', () => {
  it('flags a node_modules folder that the .gitignore does not ignore', async () => {
    const { facts } = await runAnalyzer(git, 'git-committed-node-modules')
    expect(facts['git.hasGitignore']).toEqual({ id: 'git.hasGitignore', found: true, evidence: [{ path: '.gitignore' }] })
    expect(facts['git.commitsDependencies']).toMatchObject({ found: true, evidence: [{ path: 'node_modules' }] })
  })

  it('accepts dependency folders ignored by the root or a nested .gitignore, and ignores build output', async () => {
    const { facts } = await runAnalyzer(git, 'git-ignored-deps')
    expect(facts['git.commitsDependencies']).toEqual({ id: 'git.commitsDependencies', found: false, evidence: [] })
  })

  it('flags a PHP vendor/ next to composer.json but allows Go vendor/ and build/', async () => {
    const { facts } = await runAnalyzer(git, 'git-vendor-dirs')
    expect(facts['git.commitsDependencies']).toMatchObject({ found: true, evidence: [{ path: 'php/vendor' }] })
  })

  it('flags a virtualenv under any name and reports the missing .gitignore', async () => {
    const { facts } = await runAnalyzer(git, 'git-no-gitignore')
    expect(facts['git.hasGitignore']).toEqual({ id: 'git.hasGitignore', found: false, evidence: [] })
    expect(facts['git.commitsDependencies']).toMatchObject({ found: true, evidence: [{ path: 'env' }] })
  })

  it('does not count a .gitignore with only comments', async () => {
    const { facts } = await runAnalyzer(git, 'git-empty-gitignore')
    expect(facts['git.hasGitignore']!.found).toBe(false)
  })

  it('treats any dependency folder in a git listing as committed, whatever the .gitignore says', async () => {
    const snapshot: Snapshot = {
      repo: { name: 'r', commit: 'abc' },
      files: [{ path: '.gitignore', size: 14 }, { path: 'package.json', size: 2 }],
      notes: [],
      vendored: ['node_modules', 'web/dist'],
      listing: 'git',
      read: async (path) => (path === '.gitignore' ? 'node_modules/\n' : '{}'),
    }
    const facts = await git.run(contextOf(snapshot))
    expect(facts[1]).toMatchObject({ id: 'git.commitsDependencies', found: true, evidence: [{ path: 'node_modules' }] })
  })
})
