/** @module Framework-native request validation that needs more than one line to see: FastAPI/Ninja routes taking pydantic models, Fastify route schemas. Pure. */
import type { Evidence } from '../../types.js'
import type { SourceFile } from '../context.js'
import { codeLines } from './code-lines.js'
import { importsModule } from './modules.js'

const MODEL_CLASS = /^\s*class\s+(\w+)\s*\(([^)]*)\)/
const ROUTE_DECORATOR = /^\s*@\w+(\.\w+)*\.(get|post|put|patch|delete|api_route|api_operation)\s*\(/
const CONSTRAINED_PARAM = /\b(Query|Path|Body|Form|Field)\s*\([^)]*\b(min_length|max_length|gt|ge|lt|le|regex|pattern|max_digits)\s*=/

/**
 * The first FastAPI (or Django Ninja) route whose parameters are a pydantic model (a BaseModel/SQLModel
 * subclass of the project, directly or through its parents) or carry Query/Path/Body constraints.
 * A model that no route takes validates nothing, so it does not count.
 */
export function pydanticRouteParam(files: readonly SourceFile[]): Evidence | undefined {
  const python = files.filter((f) => f.language === 'python')
  const models = modelNames(python)
  const modelParam = models.size
    ? new RegExp(`:\\s*(?:Annotated\\[\\s*)?(?:(?:List|list|Optional|Sequence)\\[\\s*)?(?:\\w+\\.)*(${[...models].join('|')})\\b`)
    : undefined
  for (const file of python) {
    if (!importsModule(file, ['fastapi', 'ninja'])) continue
    const lines = codeLines(file)
    for (let i = 0; i < lines.length; i++) {
      if (!ROUTE_DECORATOR.test(lines[i]!)) continue
      const signature = signatureAfter(lines, i + 1)
      if (!signature) continue
      if ((modelParam && modelParam.test(signature.text)) || CONSTRAINED_PARAM.test(signature.text)) {
        return { path: file.path, line: signature.line, note: 'route parameters validated by a pydantic model' }
      }
    }
  }
  return undefined
}

/** Classes deriving from pydantic's BaseModel (or SQLModel, or Ninja's Schema), followed through project subclasses. */
function modelNames(files: readonly SourceFile[]): Set<string> {
  const bases = new Map<string, string[]>()
  for (const file of files) {
    if (!/\b(BaseModel|SQLModel|Schema)\b/.test(file.text) && !/^\s*class\s/m.test(file.text)) continue
    for (const line of codeLines(file)) {
      const m = MODEL_CLASS.exec(line)
      if (m) bases.set(m[1]!, m[2]!.split(',').map((b) => b.trim().split('.').pop()!.split('[')[0]!))
    }
  }
  const models = new Set<string>()
  for (let changed = true, rounds = 0; changed && rounds < 8; rounds++) {
    changed = false
    for (const [name, parents] of bases) {
      if (models.has(name)) continue
      if (parents.some((p) => p === 'BaseModel' || p === 'SQLModel' || p === 'Schema' || models.has(p))) {
        models.add(name)
        changed = true
      }
    }
  }
  return models
}

/** The `def` signature (joined up to its closing `:`) that follows a decorator, within a few lines. */
function signatureAfter(lines: readonly string[], from: number): { text: string; line: number } | undefined {
  for (let i = from; i < Math.min(lines.length, from + 6); i++) {
    if (!/^\s*(async\s+)?def\s/.test(lines[i]!)) continue
    const parts: string[] = []
    for (let j = i; j < Math.min(lines.length, i + 25); j++) {
      parts.push(lines[j]!)
      if (/\)\s*(->[^:]*)?:\s*$/.test(lines[j]!)) break
    }
    return { text: parts.join(' '), line: i + 1 }
  }
  return undefined
}

const INLINE_SCHEMA = /\bschema\s*:\s*\{[^}]*\b(body|querystring|params|headers)\s*:/
const SCHEMA_KEY = /\bschema\s*:\s*(\{|[\w.]+)/
const PART_KEY = /\b(body|querystring|params|headers)\s*:/

/**
 * The first Fastify route option `schema: { body: ... }` (inline, over a few lines, or a named
 * object holding body/querystring/params). Fastify validates those with its built-in ajv.
 */
export function fastifyRouteSchema(files: readonly SourceFile[]): Evidence | undefined {
  const js = files.filter((f) => f.language === 'javascript' && /\bschema\s*:/.test(f.text))
  for (const file of js) {
    const lines = codeLines(file)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      const m = SCHEMA_KEY.exec(line)
      if (!m) continue
      const window = lines.slice(i, i + 6).join('\n')
      const ok = INLINE_SCHEMA.test(line) || (m[1] === '{' && PART_KEY.test(window)) || (m[1] !== '{' && namedSchemaHasParts(files, m[1]!.split('.').pop()!))
      if (ok) return { path: file.path, line: i + 1, note: 'Fastify route schema validates the request' }
    }
  }
  return undefined
}

/** True when some file defines `name = { ... body|querystring|params: ... }`. */
function namedSchemaHasParts(files: readonly SourceFile[], name: string): boolean {
  const decl = new RegExp(`\\b(const|let|var)\\s+${name}\\s*=\\s*\\{`)
  for (const file of files) {
    if (file.language !== 'javascript' || !file.text.includes(name)) continue
    const lines = codeLines(file)
    const at = lines.findIndex((l) => decl.test(l))
    if (at >= 0 && PART_KEY.test(lines.slice(at, at + 15).join('\n'))) return true
  }
  return false
}
