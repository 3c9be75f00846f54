/** @module Router identity for JavaScript/TypeScript: which router object ("owner") a receiver or a mounted expression stands for, within a file and across imports. Pure. */
import type { SgNode } from '@ast-grep/napi'
import { functionId, isFunction, paramNames, requireSource, type ModuleInfo } from './modules.js'
import { resolveImport } from './resolve.js'

/** Expression kinds a builder chain passes through on its way to `const x = ...`. */
const CHAIN_KINDS = new Set(['call_expression', 'member_expression', 'new_expression', 'await_expression', 'parenthesized_expression'])

/**
 * What a mounted expression refers to: a router of this file, a function, or another module's export. With
 * `param`, the function's parameter at that index (a router handed to `registerRoutes(app)`).
 */
export type Target =
  | { kind: 'owner'; owner: string }
  | { kind: 'fn'; file: string; id: string; param?: number }
  | { kind: 'export'; file: string; name: string; param?: number }

/** Per-file naming of router objects. Owners look like `src/routes/auth.ts#router` or `src/app.ts#setup(0)`. */
export class FileScope {
  /** Imported receivers used in this file: local owner -> the export it aliases (linked later with prefix ''). */
  readonly aliases = new Map<string, Target>()
  /** Resolved specifiers of this file: receivers and arguments name the same few imports over and over. */
  private readonly resolved = new Map<string, string | undefined>()

  constructor(
    readonly path: string,
    readonly module: ModuleInfo,
    private readonly exists: (path: string) => boolean,
  ) {}

  /** The owner a receiver expression denotes (`app`, `this.router`, a parameter, the base of a call chain). */
  ownerOf(node: SgNode): string | undefined {
    const kind = node.kind()
    if (kind === 'identifier') return this.identifierOwner(node)
    if (kind === 'member_expression' && node.field('object')?.kind() === 'this') {
      return `${this.path}#this.${node.field('property')?.text() ?? ''}`
    }
    if (kind === 'call_expression') {
      const callee = node.field('function')
      return callee?.kind() === 'member_expression' ? this.ownerOf(callee.field('object')!) : this.declaredOwner(node)
    }
    if (kind === 'new_expression' || kind === 'parenthesized_expression') return this.declaredOwner(node)
    return undefined
  }

  /** A parameter's owner, an imported name's local alias, or a module-level variable's owner. */
  private identifierOwner(node: SgNode): string {
    const name = node.text()
    const param = this.paramOf(node, name)
    if (param) return param
    const owner = `${this.path}#${name}`
    const imported = this.importTarget(name)
    if (imported) this.aliases.set(owner, imported)
    return owner
  }

  /**
   * The owner of `name` when it is a parameter of a function around `node` (`async function routes(fastify)`).
   * A name declared at the top of the module is taken to be that binding without walking up the tree: a
   * parameter shadowing it (`function setup(app)`) is, in practice, the same router handed in.
   */
  private paramOf(node: SgNode, name: string): string | undefined {
    if (this.module.topLevel.has(name) || this.module.imports.has(name)) return undefined
    for (const scope of node.ancestors()) {
      if (!isFunction(scope)) continue
      const index = paramNames(scope).indexOf(name)
      if (index >= 0) return `${this.path}#${functionId(scope)}(${index})`
    }
    return undefined
  }

  /** `const app = new Hono().basePath('/api')`: the variable a chain is assigned to names its router. */
  declaredOwner(node: SgNode): string {
    let declarator: SgNode | null = node.parent()
    while (declarator && CHAIN_KINDS.has(String(declarator.kind()))) declarator = declarator.parent()
    const name = declarator?.kind() === 'variable_declarator' ? declarator.field('name') : undefined
    return name?.kind() === 'identifier' ? `${this.path}#${name.text()}` : `${this.path}#@${node.range().start.index}`
  }

  /** True when `name` is a parameter of a function enclosing `node` or is imported from a file of the repo. */
  isParamOrImported(node: SgNode): boolean {
    const name = node.text()
    if (this.paramOf(node, name)) return true
    return this.importTarget(name) !== undefined
  }

  /** What an expression passed to use()/register()/route() refers to, if it can be told statically. */
  targetOf(node: SgNode | null | undefined): Target | undefined {
    if (!node) return undefined
    const kind = node.kind()
    if (kind === 'identifier') {
      const name = node.text()
      const inScopeParam = this.paramOf(node, name) !== undefined
      if (!inScopeParam && this.module.functions.has(name)) return { kind: 'fn', file: this.path, id: name }
      if (!inScopeParam) {
        const imported = this.importTarget(name)
        if (imported) return imported
      }
      return { kind: 'owner', owner: this.ownerOf(node)! }
    }
    if (isFunction(node)) return { kind: 'fn', file: this.path, id: functionId(node) }
    if (kind === 'await_expression') return this.targetOf(node.namedChildren()[0])
    if (kind === 'member_expression') return this.memberTarget(node)
    if (kind === 'call_expression') {
      const source = requireSource(node)
      if (source !== undefined) return this.moduleTarget(source, 'default')
      const callee = node.field('function')
      const property = callee?.kind() === 'member_expression' ? callee.field('property')?.text() : undefined
      // Koa: app.use(router.routes()) mounts the router itself.
      if (property === 'routes' || property === 'middleware') return this.targetOf(callee?.field('object'))
      return this.targetOf(callee)
    }
    return undefined
  }

  /** `routes.auth` (a namespace or CommonJS object import), `require('./x').router`, `this.router`. */
  private memberTarget(node: SgNode): Target | undefined {
    const object = node.field('object')
    const property = node.field('property')?.text()
    if (!object || !property) return undefined
    if (object.kind() === 'this') return { kind: 'owner', owner: `${this.path}#this.${property}` }
    const source = requireSource(object)
    if (source !== undefined) return this.moduleTarget(source, property)
    if (object.kind() !== 'identifier') return undefined
    const imported = this.module.imports.get(object.text())
    if (imported && (imported.name === '*' || imported.name === 'default')) return this.moduleTarget(imported.source, property)
    return undefined
  }

  /** The repository file a local name is imported from, if it is imported from one. */
  importedFile(name: string): string | undefined {
    const target = this.importTarget(name)
    return target?.kind === 'export' ? target.file : undefined
  }

  private importTarget(name: string): Target | undefined {
    const imported = this.module.imports.get(name)
    return imported ? this.moduleTarget(imported.source, imported.name === '*' ? 'default' : imported.name) : undefined
  }

  private moduleTarget(specifier: string, name: string): Target | undefined {
    let file = this.resolved.get(specifier)
    if (file === undefined && !this.resolved.has(specifier)) {
      file = resolveImport(this.path, specifier, this.exists)
      this.resolved.set(specifier, file)
    }
    return file ? { kind: 'export', file, name } : undefined
  }
}
