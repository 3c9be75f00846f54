import { describe, expect, it } from 'vitest'
import { parseSource } from '../../../src/facts/routes/languages.js'
import { readModule, type ModuleInfo } from '../../../src/facts/routes/js/modules.js'

async function read(text: string, grammar: 'javascript' | 'typescript' = 'javascript'): Promise<ModuleInfo> {
  return readModule((await parseSource(grammar, text)).root())
}

/** The same module padded past the small-file size with unrelated declarations, which must change nothing. */
function padded(text: string): string {
  return `${text}\n${Array.from({ length: 120 }, (_, i) => `const filler${i} = compute(${i})`).join('\n')}\n`
}

const MODULE = `import express, { Router as R, json } from 'express'
import * as auth from './auth.js'
import type { Db } from './db.js'
import { type Cfg, load /* why */ } from "./config.js"
import { default as pino } from 'pino'
const users = require('./users'), { hash, verify: check } = require('bcrypt')
const limiter = require('./limits').limiter
const lazy = await import('./lazy.js')
export const router = R()
export default function setup(app) { return router }
module.exports.extra = () => router
exports.other = handler
`

describe('readModule', () => {
  it('reads default, namespace, named, aliased and type-only imports, and CommonJS requires', async () => {
    const info = await read(MODULE, 'typescript')
    expect(Object.fromEntries(info.imports)).toEqual({
      express: { source: 'express', name: 'default' },
      R: { source: 'express', name: 'Router' },
      json: { source: 'express', name: 'json' },
      auth: { source: './auth.js', name: '*' },
      Db: { source: './db.js', name: 'Db' },
      Cfg: { source: './config.js', name: 'Cfg' },
      load: { source: './config.js', name: 'load' },
      pino: { source: 'pino', name: 'default' },
      users: { source: './users', name: 'default' },
      hash: { source: 'bcrypt', name: 'hash' },
      check: { source: 'bcrypt', name: 'verify' },
      limiter: { source: './limits', name: 'limiter' },
      lazy: { source: './lazy.js', name: 'default' },
    })
  })

  it('reads exports, exported functions and the routers they return', async () => {
    const info = await read(MODULE, 'typescript')
    expect(info.exports.get('router')).toBe('router')
    expect(info.exports.get('default')).toBe('setup')
    expect(info.functions.get('setup')?.returns).toEqual(['router'])
    expect(info.exports.get('other')).toBe('handler')
    expect(info.topLevel.has('router')).toBe(true)
    expect(info.topLevel.has('setup')).toBe(true)
  })

  it('reads a small file the same way as a large one', async () => {
    for (const grammar of ['javascript', 'typescript'] as const) {
      const small = await read(MODULE, grammar)
      const large = await read(padded(MODULE), grammar)
      expect(Object.fromEntries(large.imports)).toEqual(Object.fromEntries(small.imports))
      expect(Object.fromEntries(large.exports)).toEqual(Object.fromEntries(small.exports))
      expect(Object.fromEntries(large.functions)).toEqual(Object.fromEntries(small.functions))
      expect(large.reexports).toEqual(small.reexports)
    }
  })

  it('does not take a dynamic import without await, or a call named like require, for an import', async () => {
    const info = await read(`const a = import('./a.js')\nconst b = requireAll('./b')\nconst c = require(name)\n`)
    expect([...info.imports.keys()]).toEqual([])
  })
})
