import { describe, expect, it } from 'vitest'
import { ignorePaths } from '../../src/engine/ignore.js'
import { memorySnapshot } from './memory-snapshot.js'

const snapshot = memorySnapshot({
  'README.md': '# x',
  'src/app.js': 'app',
  'legacy/old.js': 'old',
  'legacy/deep/older.js': 'older',
  'examples/demo/app.py': 'demo',
  '.github/workflows/ci.yml': 'ci',
})

describe('ignorePaths', () => {
  it('drops ignored files from the list and from reads', async () => {
    const view = ignorePaths(snapshot, ['legacy', 'examples/**'])
    expect(view.files.map((f) => f.path)).toEqual(['README.md', 'src/app.js', '.github/workflows/ci.yml'])
    expect(await view.read('legacy/old.js')).toBeUndefined()
    expect(await view.read('src/app.js')).toBe('app')
  })

  it('accepts folder globs with a trailing slash or a leading ./', () => {
    expect(ignorePaths(snapshot, ['./legacy/']).files.some((f) => f.path.startsWith('legacy/'))).toBe(false)
  })

  it('matches dot folders', () => {
    expect(ignorePaths(snapshot, ['.github']).files.some((f) => f.path.startsWith('.github/'))).toBe(false)
  })

  it('returns the snapshot untouched when nothing is ignored', () => {
    expect(ignorePaths(snapshot, [])).toBe(snapshot)
  })
})
