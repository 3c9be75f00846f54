/** @module Python imports for the route extractor: what a name refers to across modules (`from app.routers import auth`), and call arguments. Pure. */
import { posix } from 'node:path'
import type { SgNode } from '@ast-grep/napi'
import type { FamilyContext } from '../family.js'
import { collectConstants } from '../strings.js'

/**
 * A name bound by an import. `stem` is the module as a path without `.py` (`app/routers/auth`); `absolute`
 * stems are matched against the end of file paths because the source root is unknown. `name` is undefined
 * when the local name is the module itself (`import a.b as x`, `from . import views`... see resolve()).
 */
export type PyImport = { stem: string; absolute: boolean; name?: string }

/** Reads the imports of one Python file. */
export function readImports(root: SgNode, path: string): Map<string, PyImport> {
  const out = new Map<string, PyImport>()
  for (const node of root.findAll({ rule: { kind: 'import_statement' } })) {
    for (const part of node.namedChildren()) {
      const [dotted, alias] = part.kind() === 'aliased_import' ? [part.namedChildren()[0], part.namedChildren()[1]] : [part, undefined]
      if (!dotted) continue
      const stem = dotted.text().replace(/\./g, '/')
      out.set(alias?.text() ?? dotted.text().split('.')[0]!, { stem: alias ? stem : stem.split('/')[0]!, absolute: true })
    }
  }
  for (const node of root.findAll({ rule: { kind: 'import_from_statement' } })) {
    const from = node.field('module_name')
    if (!from) continue
    const { stem, absolute } = moduleStem(from, path)
    for (const part of node.namedChildren().slice(1)) {
      const [dotted, alias] = part.kind() === 'aliased_import' ? [part.namedChildren()[0], part.namedChildren()[1]] : [part, undefined]
      if (dotted?.kind() !== 'dotted_name') continue
      out.set(alias?.text() ?? dotted.text(), { stem, absolute, name: dotted.text() })
    }
  }
  return out
}

/** `app.routers` -> absolute 'app/routers'; `..routers` in `pkg/api/x.py` -> relative 'pkg/routers'. */
function moduleStem(from: SgNode, path: string): { stem: string; absolute: boolean } {
  if (from.kind() !== 'relative_import') return { stem: from.text().replace(/\./g, '/'), absolute: true }
  const dots = from.namedChildren().find((c) => c.kind() === 'import_prefix')?.text().length ?? 1
  const rest = from.namedChildren().find((c) => c.kind() === 'dotted_name')?.text().replace(/\./g, '/') ?? ''
  const up = Array.from({ length: dots - 1 }, () => '..')
  return { stem: posix.normalize(posix.join(posix.dirname(path), ...up, rest)), absolute: false }
}

/**
 * The file of a module stem: `<stem>.py` or `<stem>/__init__.py`. Absolute stems match the end of a path;
 * among several matches the one closest to the importing file wins.
 */
export function moduleFile(stem: string, absolute: boolean, fromFile: string, ctx: Pick<FamilyContext, 'files'>): string | undefined {
  const wanted = [`${stem}.py`, `${stem}/__init__.py`]
  if (!absolute) return wanted.find((p) => ctx.files.has(p))
  let best: string | undefined
  let bestScore = -1
  for (const path of ctx.files.keys()) {
    if (!wanted.some((w) => path === w || path.endsWith(`/${w}`))) continue
    const score = sharedPrefix(path, fromFile)
    if (score > bestScore) [best, bestScore] = [path, score]
  }
  return best
}

function sharedPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return i
}

/** Positional and keyword arguments of a call (`f('/x', methods=['POST'])`). */
export function callArgs(call: SgNode): { positional: SgNode[]; keyword: Map<string, SgNode> } {
  const positional: SgNode[] = []
  const keyword = new Map<string, SgNode>()
  for (const arg of call.field('arguments')?.namedChildren() ?? []) {
    if (arg.kind() === 'keyword_argument') {
      const name = arg.field('name')?.text()
      const value = arg.field('value')
      if (name && value) keyword.set(name, value)
    } else if (arg.kind() !== 'comment') positional.push(arg)
  }
  return { positional, keyword }
}

/**
 * Resolves names to router owners (`<file>#<name>`), following imports through other modules (and their
 * `__init__.py` re-exports) up to a small depth. Files outside the candidates are parsed on demand.
 */
export class PyResolver {
  private readonly imports = new Map<string, Map<string, PyImport>>()
  private readonly constants = new Map<string, string | undefined>()
  constructor(private readonly ctx: FamilyContext) {}

  remember(path: string, root: SgNode): Map<string, PyImport> {
    const found = readImports(root, path)
    this.imports.set(path, found)
    return found
  }

  /** The owner of `name` (or `name.attr`) as used in `file`. */
  async owner(file: string, expression: SgNode | undefined, depth = 0): Promise<string | undefined> {
    if (!expression || depth > 6) return undefined
    if (expression.kind() === 'identifier') return this.ownerOfName(file, expression.text(), depth)
    if (expression.kind() !== 'attribute') return undefined
    const object = expression.field('object')
    const attr = expression.field('attribute')?.text()
    if (object?.kind() !== 'identifier' || !attr) return undefined
    const module = await this.moduleOf(file, object.text())
    return module ? this.ownerOfName(module, attr, depth + 1) : undefined
  }

  /** The file a module-valued name points to (`from app.routers import auth` -> app/routers/auth.py). */
  async moduleOf(file: string, name: string): Promise<string | undefined> {
    const imported = (await this.importsOf(file))?.get(name)
    if (!imported) return undefined
    const stem = imported.name ? `${imported.stem}/${imported.name.replace(/\./g, '/')}` : imported.stem
    return moduleFile(stem, imported.absolute, file, this.ctx)
  }

  private async ownerOfName(file: string, name: string, depth: number): Promise<string | undefined> {
    const imported = (await this.importsOf(file))?.get(name)
    if (!imported?.name) return imported ? undefined : `${file}#${name}`
    const source = moduleFile(imported.stem, imported.absolute, file, this.ctx)
    if (!source || depth > 6) return undefined
    return this.ownerOfName(source, imported.name, depth + 1)
  }

  /**
   * A string constant defined in some other module (`API_V1_STR = "/api/v1"` in a settings class), looked up
   * in the few files that mention the name.
   */
  async constant(name: string): Promise<string | undefined> {
    if (this.constants.has(name)) return this.constants.get(name)
    let value: string | undefined
    const files = [...this.ctx.files.values()].filter((f) => f.language === 'python' && f.text.includes(name)).slice(0, 8)
    for (const file of files) {
      const parsed = await this.ctx.parse(file.path)
      value = parsed ? collectConstants(parsed.root, ['assignment']).get(name) : undefined
      if (value !== undefined) break
    }
    this.constants.set(name, value)
    return value
  }

  private async importsOf(file: string): Promise<Map<string, PyImport> | undefined> {
    const known = this.imports.get(file)
    if (known) return known
    const parsed = await this.ctx.parse(file)
    return parsed ? this.remember(file, parsed.root) : undefined
  }
}
