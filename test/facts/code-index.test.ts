import { describe, expect, it } from 'vitest'
import { buildCodeIndex, commentFreeCode, MAX_INDEXED_FILES } from '../../src/facts/code-index.js'
import type { Snapshot } from '../../src/types.js'
import { contextFor } from '../helpers/context.js'

async function indexOf(fixture: string) {
  const ctx = await contextFor(fixture)
  return ctx.code()
}

describe('buildCodeIndex', () => {
  it('extracts JS/TS imports, requires and dynamic imports but not commented-out ones', async () => {
    const code = await indexOf('proj-imports')
    const app = code.files.find((f) => f.path === 'src/app.ts')!
    expect(app.imports.sort()).toEqual(['./errors.js', './users.js', 'dotenv/config', 'express', 'pino'])
    expect(code.importers(['bcrypt', 'jsonwebtoken'])).toEqual([])
    expect(code.importers(['dotenv']).map((f) => f.path)).toEqual(['src/app.ts'])
  })

  it('extracts Python imports with their imported names and ignores docstrings and comments', async () => {
    const code = await indexOf('proj-imports')
    const main = code.files.find((f) => f.path === 'app/main.py')!
    expect(main.imports).toEqual(
      expect.arrayContaining(['os', 'sys', 'fastapi', 'fastapi.FastAPI', 'fastapi.Depends', 'sqlalchemy.orm', 'sqlalchemy.orm.Session', 'sqlalchemy.orm.sessionmaker', '.models']),
    )
    expect(main.imports).not.toContain('passlib')
    expect(main.imports).not.toContain('bcrypt')
    expect(code.importers(['sqlalchemy']).map((f) => f.path)).toEqual(['app/main.py'])
  })

  it('extracts Go, Java, PHP, Ruby and C# imports outside comments', async () => {
    const code = await indexOf('proj-imports')
    const imports = (path: string) => code.files.find((f) => f.path === path)!.imports.sort()
    expect(imports('cmd/server/main.go')).toEqual(['github.com/go-chi/chi/v5', 'log/slog', 'net/http', 'os'])
    expect(imports('src/main/java/dev/ana/shop/ShopApplication.java')).toEqual([
      'org.junit.jupiter.api.Assertions',
      'org.springframework.boot.SpringApplication',
      'org.springframework.boot.autoconfigure.SpringBootApplication',
    ])
    expect(imports('php/UserController.php')).toEqual(['Illuminate\\Http\\Request', 'Illuminate\\Support\\Facades\\Hash'])
    expect(imports('lib/app.rb')).toEqual(['./db', 'sinatra'])
    expect(imports('Program.cs')).toEqual(['Microsoft.AspNetCore.Builder', 'System.Math', 'System.Text.Json.JsonSerializer'])
    expect(code.importers(['Illuminate\\Support\\Facades']).map((f) => f.path)).toEqual(['php/UserController.php'])
    expect(code.importers(['github.com/go-chi/chi/v5']).map((f) => f.path)).toEqual(['cmd/server/main.go'])
  })

  it('shares the comment-free code of each file with the same line count', async () => {
    const code = await indexOf('proj-imports')
    const app = code.files.find((f) => f.path === 'src/app.ts')!
    const clean = commentFreeCode(app)
    expect(clean.split('\n')).toHaveLength(app.text.split('\n').length)
    expect(clean).not.toContain('bcrypt')
    expect(commentFreeCode({ ...app })).toBe(clean)
  })

  it('marks test files by convention and skips minified bundles and type declarations', async () => {
    const code = await indexOf('proj-imports')
    const tests = code.files.filter((f) => f.isTest).map((f) => f.path)
    expect(tests).toEqual(['cmd/server/main_test.go', 'src/app.test.ts', 'tests/test_main.py'])
    expect(code.files.map((f) => f.path)).not.toContain('public/vendor.min.js')
    expect(code.files.map((f) => f.path)).not.toContain('types/bcrypt.d.ts')
    expect(code.truncated).toBe(false)
  })

  it('greps code lines with their line numbers, skipping comments but not strings', async () => {
    const code = await indexOf('proj-imports')
    expect(code.grep(/bcrypt/)).toEqual([])
    expect(code.grep(/not a comment/)).toEqual([{ path: 'src/app.ts', line: 11 }])
    expect(code.grep(/ListenAndServe|app\.listen/g)).toEqual([
      { path: 'cmd/server/main.go', line: 16 },
      { path: 'src/app.ts', line: 18 },
    ])
    expect(code.grep(/^select/, { languages: ['python'] })).toEqual([{ path: 'app/main.py', line: 17 }])
    expect(code.grep(/TestClient/, { tests: false })).toEqual([])
    expect(code.grep(/TestClient/, { tests: true }).map((e) => e.path)).toEqual(['tests/test_main.py', 'tests/test_main.py'])
  })

  it("indexes express-generator's extensionless bin/www as JavaScript", async () => {
    const code = await indexOf('proj-monorepo')
    const www = code.files.find((f) => f.path === 'backend/bin/www')
    expect(www).toMatchObject({ language: 'javascript', isTest: false })
    expect(www!.imports.sort()).toEqual(['../src/server', 'http'])
  })

  it('bounds a 20,000-file repository and keeps a share of the tests', async () => {
    const files = Array.from({ length: 20_000 }, (_, i) => ({
      path: i % 10 === 0 ? `tests/deep/test_m${i}.py` : `pkg${i % 50}/sub/m${i}.py`,
      size: 40,
    }))
    const snapshot: Snapshot = {
      repo: { name: 'big', commit: 'x' },
      files,
      notes: [],
      vendored: [],
      listing: 'walk',
      read: async (path) => `import os\n# ${path}\n`,
    }
    const notes: { message: string }[] = []
    const code = await buildCodeIndex(snapshot, { roots: [], languages: new Set(['python']) }, (n) => notes.push(n))
    expect(code.truncated).toBe(true)
    expect(code.files).toHaveLength(MAX_INDEXED_FILES)
    expect(code.files.filter((f) => f.isTest).length).toBe(MAX_INDEXED_FILES / 4)
    expect(notes[0]!.message).toContain('20000 source files found')
  })
})
