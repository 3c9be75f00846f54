/** @module Plain node:http routes: `req.url === '/health'` comparisons and `switch (req.url)` cases, with the method from `req.method === 'POST'` around them. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Route } from '../../../types.js'
import type { Family } from '../family.js'
import { lineOf } from '../languages.js'
import { normaliseMethod, normalisePath } from '../paths.js'
import { literal } from '../strings.js'

/** The request's path as code names it: `req.url`, `parsed.pathname`, or a `pathname` variable. */
const URL_PROPERTIES = new Set(['url', 'pathname'])
const URL_NAMES = new Set(['pathname', 'path', 'url', 'route'])
const COMPARE = new Set(['===', '=='])

export const nodeHttp: Family = {
  name: 'node-http',
  grammars: ['typescript', 'tsx', 'javascript'],
  wants: (file) =>
    (file.text.includes('.url') || file.text.includes('pathname')) &&
    (file.text.includes('createServer') || file.imports.some((i) => /^(?:node:)?https?$/.test(i))),
  async extract(candidates) {
    const routes: Route[] = []
    for (const { file, root } of candidates) {
      const add = (path: string, at: SgNode, scope: SgNode) => {
        for (const method of methodsFor(at, scope)) routes.push({ method, path: normalisePath(path), file: file.path, line: lineOf(at), framework: 'node:http' })
      }
      for (const cmp of root.findAll({ rule: { kind: 'binary_expression' } })) {
        const [left, op, right] = cmp.children()
        if (!left || !right || !COMPARE.has(op?.text() ?? '')) continue
        const path = isRequestPath(left) ? literal(right) : isRequestPath(right) ? literal(left) : undefined
        if (path?.startsWith('/')) add(path, cmp, cmp)
      }
      for (const sw of root.findAll({ rule: { kind: 'switch_statement' } })) {
        const value = sw.field('value')?.namedChildren()[0]
        if (!value || !isRequestPath(value)) continue
        for (const kase of sw.field('body')?.namedChildren() ?? []) {
          const path = literal(kase.field('value'))
          if (kase.kind() === 'switch_case' && path?.startsWith('/')) add(path, kase, kase)
        }
      }
    }
    return routes
  },
}

function isRequestPath(node: SgNode): boolean {
  if (node.kind() === 'identifier') return URL_NAMES.has(node.text())
  return node.kind() === 'member_expression' && URL_PROPERTIES.has(node.field('property')?.text() ?? '')
}

/** `X.method === 'POST'` (or reversed): the method literal, else undefined. */
function methodOf(node: SgNode): string | undefined {
  if (node.kind() !== 'binary_expression') return undefined
  const [left, op, right] = node.children()
  if (!left || !right || !COMPARE.has(op?.text() ?? '')) return undefined
  const isMethod = (n: SgNode) => n.text() === 'method' || (n.kind() === 'member_expression' && n.field('property')?.text() === 'method')
  return isMethod(left) ? literal(right) : isMethod(right) ? literal(left) : undefined
}

/**
 * The methods a path comparison is guarded by: a method test in the same `&&` chain or an enclosing `if`/`case`,
 * else method tests inside the branch it guards (`if (url === '/users') { if (req.method === 'GET') ... }`), else ANY.
 */
function methodsFor(at: SgNode, scope: SgNode): string[] {
  for (const ancestor of [at, ...at.ancestors()]) {
    const kind = ancestor.kind()
    if (kind === 'binary_expression' || kind === 'parenthesized_expression' || kind === 'if_statement') {
      const test = kind === 'if_statement' ? ancestor.field('condition') : ancestor
      const found = test?.findAll({ rule: { kind: 'binary_expression' } }).map(methodOf).find((m) => m !== undefined)
      if (found) return [normaliseMethod(found)]
    }
    if (kind === 'switch_case') {
      const sw = ancestor.parent()?.parent()
      const value = sw?.field('value')?.text() ?? ''
      const found = /\bmethod\b/.test(value) ? literal(ancestor.field('value')) : undefined
      if (found) return [normaliseMethod(found)]
    }
    if (kind === 'statement_block' && ancestor.parent()?.kind() !== 'if_statement') break
  }
  const branch = scope.kind() === 'switch_case' ? scope : scope.ancestors().find((a) => a.kind() === 'if_statement')?.field('consequence')
  const inner = new Set(branch?.findAll({ rule: { kind: 'binary_expression' } }).map(methodOf).filter((m): m is string => m !== undefined))
  return inner.size > 0 ? [...inner].map(normaliseMethod) : ['ANY']
}
