import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../../src/facts/context.js'
import { importedFiles } from '../../../src/facts/usage/import-graph.js'

const file = (path: string, imports: string[]): SourceFile => ({
  path,
  imports,
  language: path.endsWith('.py') ? 'python' : 'javascript',
  text: '',
  isTest: false,
})

describe('importedFiles', () => {
  it('resolves relative JS imports with or without extension, and index files by folder', () => {
    const schema = file('src/schemas/user.ts', ['zod'])
    const index = file('src/validators/index.js', ['joi'])
    const files = [file('src/routes/users.ts', ['../schemas/user.js', '../validators']), schema, index]
    expect(importedFiles(files, [schema, index])).toEqual(new Set(['src/schemas/user.ts', 'src/validators/index.js']))
  })

  it('resolves path aliases and absolute Python modules by the tail of the path', () => {
    const ts = file('api/src/schemas/post.ts', ['zod'])
    const py = file('backend/app/schemas.py', ['marshmallow'])
    const files = [file('api/src/routes/posts.ts', ['@/schemas/post']), file('backend/app/views.py', ['app.schemas', 'app.schemas.PostSchema']), ts, py]
    expect(importedFiles(files, [ts, py])).toEqual(new Set(['api/src/schemas/post.ts', 'backend/app/schemas.py']))
  })

  it('resolves Python relative imports from the importing package', () => {
    const schemas = file('app/api/schemas.py', ['pydantic'])
    const files = [file('app/api/routes.py', ['.', '.schemas']), schemas]
    expect(importedFiles(files, [schemas])).toEqual(new Set(['app/api/schemas.py']))
  })

  it('does not count a file importing itself, nor a file nobody imports', () => {
    const lonely = file('src/schemas/quote.ts', ['zod', './quote'])
    expect(importedFiles([lonely, file('src/index.ts', ['express'])], [lonely]).size).toBe(0)
  })
})
