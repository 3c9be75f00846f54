/** @module The name of a route's handler as written in the route declaration, read the same way from every grammar (JS, Go, Python, C#). Pure. */
import type { SgNode } from '@ast-grep/napi'

/** Wrappers are rarely nested deeper than `s.auth(http.HandlerFunc(s.create))`. */
const MAX_DEPTH = 4

/** Member access kinds per grammar, with the field that holds the member's name. */
const MEMBER_NAME: Record<string, string> = {
  member_expression: 'property', // JavaScript/TypeScript `auth.register`
  selector_expression: 'field', // Go `s.register`
  attribute: 'attribute', // Python `views.register`
  member_access_expression: 'name', // C# `handlers.Register`
}

/** The field holding the object of the same member access kinds. */
const MEMBER_OBJECT: Record<string, string> = {
  member_expression: 'object', selector_expression: 'operand', attribute: 'object', member_access_expression: 'expression',
}

/**
 * The function or method a handler expression names: `register`, `authController.register`, Go's `a.signUp`,
 * `asyncHandler(ctrl.signUp)` and `http.HandlerFunc(s.register)` (a wrapper's first argument), a handler
 * factory's own name (`create(store)`),
 * `ctrl.register.bind(ctrl)`, Django's `RegisterView.as_view()`, the last of an array of handlers.
 * Inline functions have no name worth reading: undefined.
 */
export function handlerName(node: SgNode | null | undefined, depth = 0): string | undefined {
  if (!node || depth > MAX_DEPTH) return undefined
  const kind = String(node.kind())
  if (kind === 'identifier') return node.text()
  const field = MEMBER_NAME[kind]
  if (field) return node.field(field)?.text()
  if (kind === 'await_expression' || kind === 'parenthesized_expression') return handlerName(node.namedChildren()[0], depth + 1)
  if (kind === 'array') return handlerName(node.namedChildren().at(-1), depth + 1)
  if (kind !== 'call_expression' && kind !== 'call') return undefined
  const callee = node.field('function')
  const member = callee ? MEMBER_NAME[String(callee.kind())] : undefined
  const method = member ? callee?.field(member)?.text() : undefined
  // `ctrl.register.bind(ctrl)` and `RegisterView.as_view()` name the object, not the call.
  if (callee && member && (method === 'bind' || method === 'as_view')) return handlerName(callee.field(MEMBER_OBJECT[String(callee.kind())]!), depth + 1)
  const called = handlerName(callee, depth + 1)
  // A wrapper names the handler in its argument; a factory (`create(store)`, `handlers.Register(db)`) is the handler.
  return called === undefined || isWrapper(called) ? handlerName(node.field('arguments')?.namedChildren()[0], depth + 1) : called
}

/**
 * Words wrapper and middleware names are made of: `asyncHandler`, `catchAsync`, `http.HandlerFunc`, `withAuth`,
 * `requireAuth`, `makeHandler`. A name with any other word (`registerHandler(db)`) is a factory: the handler itself.
 */
const WRAPPER_WORDS = new Set([
  'handler', 'handle', 'func', 'fn', 'wrap', 'wrapper', 'wrapped', 'async', 'catch', 'try', 'safe', 'error', 'errors', 'auth', 'authed',
  'authenticated', 'protect', 'protected', 'require', 'required', 'with', 'middleware', 'mw', 'guard', 'adapt', 'adapter', 'chain',
  'compose', 'express', 'http', 'make', 'must', 'json', 'log', 'logged', 'logging', 'rate', 'limit', 'limiter', 'cors', 'use', 'route',
])

function isWrapper(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)
  return words.length > 0 && words.every((w) => WRAPPER_WORDS.has(w))
}
