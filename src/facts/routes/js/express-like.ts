/** @module Express, Koa, Hono and Fastify routes, with prefixes from use()/route()/register() resolved across files through imports and requires. Pure. */
import type { SgNode } from '@ast-grep/napi'
import type { Family, FamilyContext, Parsed } from '../family.js'
import { RouterGraph } from '../graph.js'
import { collectConstants, literal } from '../strings.js'
import { collectCalls, type Trust } from './express-calls.js'
import { readModule, type ModuleInfo } from './modules.js'
import { resolveImport } from './resolve.js'
import { FileScope, type Target } from './targets.js'

/** Server packages and the framework name their routes carry (first match wins). */
const SERVER_MODULES: [string, string][] = [
  ['hono', 'hono'], ['fastify', 'fastify'], ['@koa/router', 'koa'], ['koa-router', 'koa'], ['koa', 'koa'],
  ['express', 'express'], ['restify', 'restify'], ['polka', 'polka'], ['router', 'express'],
]

/** Packages that mark a file as client-side code, where `api.get('/users', ...)` is a request, not a route. */
const CLIENT_MODULES = ['axios', 'ky', 'got', 'superagent', 'node-fetch', 'react', 'vue', 'svelte', '@angular/core', '@angular/common', 'jquery']

/**
 * The cheap test that picks files to parse: a route-ish call whose first argument starts a path (`.get('/`,
 * `.use(`${API}`), a Hono `.on('GET'`, a Fastify `.route({`/`.register(`, or a router prefix. `map.get('key')`
 * and `cache.get(id)` do not pass, so a big codebase parses only its routing files.
 */
const CANDIDATE =
  /\.(?:get|post|put|patch|delete|del|all|options|head|use|route)\(\s*(?:['"`][/*]|`\$\{)|\.on\(\s*(?:\[|['"][A-Z]+['"])|\.route\(\s*\{|\.register\(|\bprefix\s*[:(]|\.basePath\(/

const MAX_LINK_DEPTH = 6

/**
 * What a variable declared as a string literal needs: `=` then the quote, or a comment in between (`/`). A file
 * without it has no string constants to collect. Linear on hostile input: no nested repetition.
 */
const STRING_DECLARATION = /=\s*['"`/]/

export const expressLike: Family = {
  name: 'express-like',
  grammars: ['typescript', 'tsx', 'javascript'],
  wants: (file) => CANDIDATE.test(file.text),
  async extract(candidates, ctx) {
    const linker = new Linker(ctx)
    const graph = new RouterGraph()
    const pending: { parent: string; target: Target; prefix: string }[] = []
    const aliases: [string, Target][] = []
    const trust = trustOf(ctx)
    for (const [i, parsed] of candidates.entries()) {
      // Node frees a syntax node's native memory only after the node is collected AND the event loop turns:
      // letting it turn now and then keeps a scan of a thousand router files from piling that memory up.
      if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve))
      const root = parsed.root
      const module = readModule(root)
      linker.modules.set(parsed.file.path, module)
      const scope = new FileScope(parsed.file.path, module, (p) => ctx.files.has(p))
      const constants = STRING_DECLARATION.test(parsed.file.text)
        ? collectConstants(root, ['variable_declarator'], ['string', 'template_string'])
        : new Map<string, string>()
      const found = collectCalls(root, scope, constants, trust(parsed, module), parsed.file.text)
      for (const route of found.routes) graph.addRoute(route)
      for (const [owner, prefix] of found.prefixes) graph.setPrefix(owner, prefix)
      pending.push(...found.mounts, ...registrarCalls(root, scope))
      aliases.push(...scope.aliases)
    }
    for (const { parent, target, prefix } of pending) {
      for (const child of await linker.owners(target)) graph.mount({ parent, child, prefix })
    }
    // An imported receiver (`const app = require('./app'); app.get(...)`) is the exported router itself. Only
    // receivers that routes are served under matter: linking the others (a schema passed to `validate(schema)`)
    // would read and parse their modules for nothing.
    const served = graph.servedOwners()
    const waiting = new Map(aliases)
    for (let linked = true; linked; ) {
      linked = false
      for (const [local, target] of waiting) {
        if (!served.has(local)) continue
        waiting.delete(local)
        linked = true
        for (const owner of await linker.owners(target)) {
          graph.mount({ parent: owner, child: local, prefix: '' })
          graph.reachUp(owner, served)
        }
      }
    }
    return graph.resolve()
  },
}

/** Calls that hand an identifier to a function: `setup(app)`, `require('./x')(app)`, `mod.register(router)`. */
const REGISTRAR_CALLS = {
  rule: {
    kind: 'call_expression',
    all: [
      { has: { field: 'arguments', has: { kind: 'identifier' } } },
      {
        has: {
          field: 'function',
          any: [{ kind: 'identifier' }, { kind: 'call_expression' }, { kind: 'member_expression', has: { field: 'object', kind: 'identifier' } }],
        },
      },
    ],
  },
}

/**
 * `registerRoutes(app)`, `require('./routes')(app)`: a router handed to a function is that function's parameter.
 * Calls that cannot name another function or module are dropped before anything else is read from them.
 */
function registrarCalls(root: SgNode, scope: FileScope): { parent: string; target: Target; prefix: string }[] {
  const out: { parent: string; target: Target; prefix: string }[] = []
  const { imports, functions } = scope.module
  for (const call of root.findAll(REGISTRAR_CALLS)) {
    const callee = call.field('function')
    if (!callee) continue
    const calleeKind = callee.kind()
    // `routes.mount(app)` only matters when `routes` is an imported module; `res.json(data)` never does.
    if (calleeKind === 'member_expression' && !imports.has(callee.field('object')?.text() ?? '')) continue
    let name: string | undefined
    if (calleeKind === 'identifier') {
      // a name that is neither a function of this file nor imported cannot be resolved to one (targetOf says so)
      name = callee.text()
      if (!functions.has(name) && !imports.has(name)) continue
    }
    const args = call.field('arguments')?.namedChildren() ?? []
    // `require('./x')`: an import, not a registration
    if (name === 'require' && literal(args[0]) !== undefined) continue
    if (!args.some((a) => a.kind() === 'identifier')) continue
    const target = scope.targetOf(callee)
    if (!target || target.kind === 'owner') continue
    args.forEach((arg, index) => {
      const parent = arg.kind() === 'identifier' ? scope.ownerOf(arg) : undefined
      if (parent) out.push({ parent, target: { ...target, param: index }, prefix: '' })
    })
  }
  return out
}

/**
 * Decides the framework name and how far receivers are trusted, per file; what does not depend on the file
 * (the project's framework, which files import a server) is worked out once per scan.
 */
function trustOf(ctx: FamilyContext): (parsed: Parsed, module: ModuleInfo) => Trust {
  const fromProject = ctx.project.roots.flatMap((r) => r.frameworks).find((f) => SERVER_MODULES.some(([, fw]) => fw === f))
  const serverFiles = new Map<string, boolean>()
  const isServerFile = (path: string) => {
    let known = serverFiles.get(path)
    if (known === undefined) {
      const imports = ctx.files.get(path)?.imports ?? []
      known = SERVER_MODULES.some(([m]) => imports.some((i) => i === m || i.startsWith(`${m}/`)))
      serverFiles.set(path, known)
    }
    return known
  }
  return (parsed, module) => {
    const sources = [...new Set([...parsed.file.imports, ...[...module.imports.values()].map((i) => i.source)])]
    const matches = (name: string) => sources.some((s) => s === name || s.startsWith(`${name}/`))
    const own = SERVER_MODULES.find(([name]) => matches(name))?.[1]
    return { framework: own ?? fromProject ?? 'express', serverFile: own !== undefined, clientFile: CLIENT_MODULES.some(matches), isServerFile }
  }
}

/** Turns mount targets into router owners, reading other files' exports on demand. */
class Linker {
  readonly modules = new Map<string, ModuleInfo>()
  constructor(private readonly ctx: FamilyContext) {}

  async owners(target: Target, depth = 0): Promise<string[]> {
    if (depth > MAX_LINK_DEPTH) return []
    if (target.kind === 'owner') return [target.owner]
    if (target.kind === 'fn') {
      const fn = (await this.module(target.file))?.functions.get(target.id)
      if (target.param !== undefined) return fn ? [`${target.file}#${target.id}(${target.param})`] : []
      return [`${target.file}#${target.id}(0)`, ...(fn?.returns ?? []).map((r) => `${target.file}#${r}`)]
    }
    const module = await this.module(target.file)
    if (!module) return []
    const symbol = module.exports.get(target.name)
    if (symbol !== undefined) return this.owners(this.symbolTarget(target.file, module, symbol, target.param), depth + 1)
    const out: string[] = []
    for (const re of module.reexports.filter((r) => r.name === target.name || r.name === '*')) {
      const file = resolveImport(target.file, re.source, (p) => this.ctx.files.has(p))
      const name = re.name === '*' ? target.name : re.imported
      if (file) out.push(...(await this.owners({ kind: 'export', file, name, param: target.param }, depth + 1)))
    }
    return out
  }

  /** What an exported local symbol is: a function, a re-exported import, or a router variable. */
  private symbolTarget(file: string, module: ModuleInfo, symbol: string, param: number | undefined): Target {
    if (module.functions.has(symbol)) return { kind: 'fn', file, id: symbol, param }
    const imported = module.imports.get(symbol)
    const source = imported && resolveImport(file, imported.source, (p) => this.ctx.files.has(p))
    if (imported && source) return { kind: 'export', file: source, name: imported.name === '*' ? 'default' : imported.name, param }
    return { kind: 'owner', owner: `${file}#${symbol}` }
  }

  private async module(path: string): Promise<ModuleInfo | undefined> {
    const known = this.modules.get(path)
    if (known) return known
    const parsed = await this.ctx.parse(path)
    if (!parsed) return undefined
    const module = readModule(parsed.root)
    this.modules.set(path, module)
    return module
  }
}
