import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SgNode } from '@ast-grep/napi'
import { describe, expect, it } from 'vitest'
import { parseSource } from '../../../src/facts/routes/languages.js'
import { parsePlain } from '../../../src/facts/routes/js/plain-parse.js'
import { looksPlain } from '../../../src/facts/routes/js/plain-scan.js'

const FIELDS = ['name', 'value', 'source', 'declaration', 'function', 'arguments', 'object', 'property', 'alias', 'left', 'right', 'kind', 'key', 'body', 'pattern']

type Node = Pick<SgNode, 'kind' | 'range' | 'text'> & { isNamed(): boolean; children(): Node[]; field(name: string): Node | null }

/** Every node as a line: kind, named or not, range, fields and leaf text; equal dumps mean equal trees for our purposes. */
function dump(node: Node, out: string[] = [], depth = 0): string[] {
  const { start, end } = node.range()
  const fields = FIELDS.filter((f) => node.field(f)).map((f) => `${f}@${node.field(f)!.range().start.index}`)
  const leaf = node.children().length === 0 ? ` ${JSON.stringify(node.text())}` : ''
  out.push(`${' '.repeat(depth)}${node.isNamed() ? '' : '"'}${node.kind()} ${start.line}:${start.column}:${start.index}-${end.line}:${end.column}:${end.index} ${fields.join(' ')}${leaf}`)
  for (const child of node.children()) dump(child, out, depth + 1)
  return out
}

async function nativeDump(text: string, typescript: boolean): Promise<string[]> {
  return dump((await parseSource(typescript ? 'typescript' : 'javascript', text)).root() as unknown as Node)
}

const RULES = [
  { rule: { any: ['import_statement', 'export_statement', 'variable_declarator', 'assignment_expression'].map((kind) => ({ kind })) } },
  { rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: '^(?:get|post|use)$' } } } },
  { rule: { kind: 'call_expression', all: [{ has: { field: 'arguments', has: { kind: 'identifier' } } }, { has: { field: 'function', any: [{ kind: 'identifier' }, { kind: 'member_expression', has: { field: 'object', kind: 'identifier' } }] } }] } },
  { rule: { kind: 'variable_declarator', has: { any: [{ kind: 'string' }, { kind: 'template_string' }] } } },
  { rule: { kind: 'export_statement', regex: '^export\\s+default' } },
]

const PLAIN = [
  "import { Router } from 'express'\nimport * as ctrl from './ctrl.js'\nimport auth, { requireAuth as guard } from \"../auth\";\n\nexport const router = Router()\n\nrouter.get('/', guard, ctrl.list)\nrouter.post('/items', validate(Item), ctrl.create);\n",
  "const express = require('express');\nconst { protect, admin: isAdmin } = require('../middleware/auth')\nvar router = express.Router()\n\n// routes\nrouter.get('/me', protect, users.me)\n/* admin\n   only */\nrouter\n  .route('/users')\n  .get(isAdmin, users.list)\n\nmodule.exports = router\n",
  "import 'dotenv/config'\nimport {} from 'x'\nexport default router;\nexports.handler = app\n'use strict'\nlet a = b\n",
  "  foo(\n    'a',\n    b.c\n  )\nbar()\n",
  "x()\n(y)\n",
]

const NOT_PLAIN = [
  'foo() // trailing comment after an automatic semicolon',
  'foo(); bar()\nbaz() qux()',
  'foo(a, b,)',
  "const { a, } = require('x')",
  "app.get('/', (req, res) => res.send('hi'))",
  'const n = 3',
  "const s = 'caf\u00e9'",
  "router.get('/x', h)\r\n",
  'new Router()',
  'this.router.get(h)',
  "import type { A } from 'a'",
  'const a = b, c = d',
  'let x',
  "import x from 'y' with { type: 'json' }",
]

describe('parsePlain', () => {
  it('builds the same tree as tree-sitter for plainly written modules, in JavaScript and TypeScript', async () => {
    for (const text of PLAIN) {
      // TypeScript reads `module` as a keyword in places, so CommonJS exports stay with the native parser there
      for (const typescript of text.includes('module.exports') ? [false] : [false, true]) {
        const plain = parsePlain(text, typescript)
        expect(plain, text).toBeDefined()
        expect(dump(plain! as unknown as Node), text).toEqual(await nativeDump(text, typescript))
      }
    }
  })

  it('finds the same nodes as ast-grep with the rules the JavaScript families use', async () => {
    for (const text of PLAIN) {
      const plain = parsePlain(text, false)!
      const native = (await parseSource('javascript', text)).root()
      for (const matcher of RULES) {
        const where = (nodes: { range(): { start: { index: number } }; kind(): string | number }[]) => nodes.map((n) => `${n.kind()}@${n.range().start.index}`)
        expect(where(plain.findAll(matcher)), JSON.stringify(matcher)).toEqual(where(native.findAll(matcher as never)))
      }
    }
  })

  it('leaves anything else to the native parser', () => {
    for (const text of NOT_PLAIN) expect(parsePlain(text, false), text).toBeUndefined()
  })

  it('tells cheaply which files may be plain: every plain one, and none with characters it never reads', () => {
    for (const text of PLAIN) expect(looksPlain(text), text).toBe(true)
    for (const text of ['const n = 3', "app.get('/', (req, res) => res.end())", "router.get('/x', h)\r\n", 'foo() // trailing']) expect(looksPlain(text), text).toBe(false)
  })

  it('matches tree-sitter on every fixture file it accepts', async () => {
    const root = join(import.meta.dirname, '../../fixtures/repos')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => /\.(?:[cm]?[jt]s|[jt]sx)$/.test(p) && !p.includes('node_modules'))
    let accepted = 0
    for (const path of files) {
      const text = readFileSync(join(root, path), 'utf8')
      const typescript = /tsx?$/.test(path)
      const plain = parsePlain(text, typescript)
      if (!plain) continue
      accepted++
      expect(dump(plain as unknown as Node), path).toEqual(await nativeDump(text, typescript))
    }
    expect(accepted).toBeGreaterThan(0)
  })
})
