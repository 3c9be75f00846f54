import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SourceError } from '../../src/errors.js'
import { LocalSource } from '../../src/source/local.js'

const made: string[] = []
function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'pc-local-'))
  made.push(root)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, stdio: 'pipe' })

describe('LocalSource', () => {
  it('walks a plain folder, skipping vendored folders but listing them', async () => {
    const root = tree({
      'package.json': '{}',
      'src/app.js': 'console.log(1)',
      'node_modules/express/index.js': 'module.exports = 1',
      'api/venv/lib/site.py': 'x = 1',
      'dist/app.js': 'built',
    })
    const snap = await new LocalSource(root).snapshot()
    expect(snap.files.map((f) => f.path)).toEqual(['package.json', 'src/app.js'])
    expect(snap.vendored).toEqual(['api/venv', 'dist', 'node_modules'])
    expect(snap.listing).toBe('walk')
    expect(await snap.read('src/app.js')).toBe('console.log(1)')
    expect(await snap.read('node_modules/express/index.js')).toBeUndefined()
  })

  it('counts only tracked files in a git checkout, and reports HEAD', async () => {
    const root = tree({ 'README.md': '# hi', 'src/index.ts': 'export {}', 'scratch.txt': 'untracked' })
    git(root, 'init', '-q')
    git(root, 'add', 'README.md', 'src/index.ts')
    git(root, 'commit', '-qm', 'first')
    const head = git(root, 'rev-parse', 'HEAD').toString().trim()
    const snap = await new LocalSource(root).snapshot()
    expect(snap.listing).toBe('git')
    expect(snap.repo.commit).toBe(head)
    expect(snap.files.map((f) => f.path)).toEqual(['README.md', 'src/index.ts'])
  })

  it('does not run commands from the checkout’s own git config', async () => {
    const root = tree({ 'a.txt': 'a' })
    git(root, 'init', '-q')
    git(root, 'add', 'a.txt')
    git(root, 'commit', '-qm', 'first')
    const marker = join(root, 'pwned')
    git(root, 'config', 'core.fsmonitor', `touch ${marker}; false`)
    await new LocalSource(root).snapshot()
    expect(() => execFileSync('test', ['-e', marker])).toThrow()
  })

  it('lists files over the size cap without reading them, and treats binary files as unreadable', async () => {
    const root = tree({ 'big.sql': 'x'.repeat(2048), 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) })
    const snap = await new LocalSource(root, { maxReadBytes: 1024 }).snapshot()
    expect(snap.files.find((f) => f.path === 'big.sql')).toEqual({ path: 'big.sql', size: 2048, tooLarge: true })
    expect(await snap.read('big.sql')).toBeUndefined()
    expect(await snap.read('logo.png')).toBeUndefined()
  })

  it('turns broken symlinks, loops and links leaving the repository into notes', async () => {
    const outside = tree({ 'secret.pem': '-----BEGIN PRIVATE KEY-----' })
    const root = tree({ 'real.js': 'ok' })
    symlinkSync(join(root, 'missing.js'), join(root, 'broken.js'))
    symlinkSync(join(root, 'loop-b'), join(root, 'loop-a'))
    symlinkSync(join(root, 'loop-a'), join(root, 'loop-b'))
    symlinkSync(join(outside, 'secret.pem'), join(root, 'key.pem'))
    symlinkSync(join(root, 'real.js'), join(root, 'alias.js'))
    const snap = await new LocalSource(root).snapshot()
    expect(snap.files.map((f) => f.path)).toEqual(['alias.js', 'real.js'])
    const byPath = Object.fromEntries(snap.notes.map((n) => [n.path, n.message]))
    expect(byPath['broken.js']).toBe('broken symlink skipped')
    expect(byPath['loop-a']).toBe('symlink loop skipped')
    expect(byPath['key.pem']).toBe('symlink pointing outside the repository skipped')
    expect(await snap.read('key.pem')).toBeUndefined()
  })

  it('skips a FIFO named like a source file instead of hanging on it', async () => {
    const root = tree({ 'app.js': 'ok' })
    execFileSync('mkfifo', [join(root, 'server.js')])
    const snap = await new LocalSource(root).snapshot()
    expect(snap.files.map((f) => f.path)).toEqual(['app.js'])
    expect(await snap.read('server.js')).toBeUndefined()
  })

  it('says what was given and what was expected for a missing path or a file', async () => {
    await expect(new LocalSource('/no/such/dir').snapshot()).rejects.toThrow(/cannot read "\/no\/such\/dir": no such file or folder; expected a folder/)
    const root = tree({ 'file.txt': 'x' })
    await expect(new LocalSource(join(root, 'file.txt')).snapshot()).rejects.toBeInstanceOf(SourceError)
  })
})
