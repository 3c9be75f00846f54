import { describe, expect, it } from 'vitest'
import { dynamicGrammarsLoaded } from '../../../src/facts/routes/languages.js'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

describe('extractRoutes', () => {
  it('loads no Python or other dynamic parser for a JavaScript-only repository, and loads them once one is needed', async () => {
    await fixtureRoutes('routes-express-prefix')
    expect(dynamicGrammarsLoaded()).toBe(false)
    const { routes } = await fixtureRoutes('routes-fastapi-router')
    expect(routes.length).toBeGreaterThan(0)
    expect(dynamicGrammarsLoaded()).toBe(true)
  })

  it('still finds routes in a file with a syntax error elsewhere, and never throws on garbage', async () => {
    const { routes, notes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "express": "4.21.0" } }',
      'app.js': "const app = require('express')()\napp.post('/login', (req, res) => res.end())\nfunction (((( {\n",
      'junk.js': '\u0000\u0001app.get(\u0002'.repeat(1000),
    })
    expect(lines(routes)).toEqual(['POST /login app.js:2'])
    expect(notes.filter((n) => n.level === 'warning')).toEqual([])
  })

  it('returns no routes and no notes for a repository without any', async () => {
    const { routes, notes } = await memoryRoutes({ 'README.md': '# nothing here\n', 'lib/util.js': 'export const add = (a, b) => a + b\n' })
    expect(routes).toEqual([])
    expect(notes).toEqual([])
  })

  it('removes duplicates when the same router is mounted twice at the same prefix', async () => {
    const { routes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "express": "4.21.0" } }',
      'app.js': [
        "const express = require('express')",
        'const app = express()',
        'const r = express.Router()',
        "r.get('/me', (req, res) => res.end())",
        "app.use('/v1', r)",
        "app.use('/v1', r)",
        "app.use('/v2', r)",
      ].join('\n'),
    })
    expect(lines(routes)).toEqual(['GET /v1/me app.js:4', 'GET /v2/me app.js:4'])
  })

  it('survives hostile input: mount cycles, deep nesting and a file too large to parse', async () => {
    const deep = '('.repeat(5000) + "'/x'" + ')'.repeat(5000)
    const { routes, notes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "express": "4.21.0" } }',
      'a.js': "const express = require('express')\nconst b = require('./b')\nconst a = express.Router()\na.use('/b', b)\na.get('/ping', (q, s) => s.end())\nmodule.exports = a\n",
      'b.js': "const express = require('express')\nconst a = require('./a')\nconst b = express.Router()\nb.use('/a', a)\nmodule.exports = b\n",
      'deep.js': `const express = require('express')\nconst app = express()\napp.get(${deep}, (q, s) => s.end())\n`,
      'big.js': "const express = require('express')\nconst app = express()\n" + "app.get('/x', (q, s) => s.end())\n".repeat(15000),
    })
    expect(routes.filter((r) => r.file === 'a.js').length).toBeGreaterThan(0)
    expect(routes.every((r) => r.path.length < 500)).toBe(true)
    expect(notes).toContainEqual({ level: 'info', message: 'file too large to look for routes in', path: 'big.js' })
  })
})
