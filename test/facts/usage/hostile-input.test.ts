import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { auth } from '../../../src/facts/auth.js'
import { data } from '../../../src/facts/data.js'
import { ops } from '../../../src/facts/ops.js'
import { secrets } from '../../../src/facts/secrets.js'
import { validation } from '../../../src/facts/validation.js'
import { contextFor } from '../../helpers/context.js'

/** A repository built to make regular expressions and line scans slow: long lines, odd nesting, many near-misses. */
describe('usage analyzers on hostile input', () => {
  const root = mkdtempSync(join(tmpdir(), 'usage-hostile-'))
  const files: Record<string, string> = {
    'package.json': '{ "name": "x", "dependencies": { "express": "4", "zod": "3", "bcrypt": "5" } }',
    'src/min.js': `import { z } from 'zod';${'secret_key:'.repeat(2000)}${' '.repeat(50000)}'${'a'.repeat(3000)}`,
    'src/spaces.js': `const jwtSecret:${' '.repeat(100000)}= 1\nconst token = "${'x'.repeat(200000)}"\n`,
    'src/deep.py': `${'class A(' .repeat(5000)}\n${'@app.post(\n'.repeat(2000)}def f(${'a: int, '.repeat(5000)}):\n`,
    'src/words.js': `${'import '.repeat(20000)}\n${'require('.repeat(20000)}\n`,
    'config.yml': `${'secret: '.repeat(30000)}\n${'postgres://u:'.repeat(20000)}\n`,
    '.env': `${'='.repeat(100000)}\n`,
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('answers every fact quickly and without throwing', async () => {
    const ctx = await contextFor(root)
    await Promise.all([ctx.code(), ctx.routes()]) // shared views, built by other modules
    const started = Date.now()
    for (const analyzer of [auth, validation, data, ops, secrets]) {
      const facts = await analyzer.run(ctx)
      expect(facts.map((f) => f.id)).toEqual(analyzer.facts)
    }
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
