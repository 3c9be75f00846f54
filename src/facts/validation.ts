/** @module Analyzer "validation": is request input validated with a library or a framework schema? Pure apart from snapshot reads. */
import type { Evidence } from '../types.js'
import type { Analyzer, AnalyzerContext, SourceFile } from './context.js'
import { appFiles } from './usage/app-files.js'
import { bindingUseLine } from './usage/bindings.js'
import { importedFiles } from './usage/import-graph.js'
import { filesImporting } from './usage/modules.js'
import { fastifyRouteSchema, pydanticRouteParam } from './usage/route-schemas.js'
import { findSignals, matchOne, type LineSignal } from './usage/signals.js'
import {
  CLASS_VALIDATOR_MODULES,
  CLASS_VALIDATOR_SWITCH,
  DIRECT_SIGNALS,
  SCHEMA_SIGNALS,
  STRONG_PARAMS,
} from './usage/validation-signals.js'

/**
 * `validation.validatesInput`: a schema library used in a module the app actually loads (a route file or
 * a file another app file imports), a framework schema on routes (FastAPI/Ninja pydantic parameters,
 * Fastify `schema.body`), or a framework validator in the request path (DRF serializers, Django forms,
 * gin binding, Bean Validation, Laravel validate/FormRequest, Rails model validations, DataAnnotations).
 */
export const validation: Analyzer = {
  name: 'validation',
  facts: ['validation.validatesInput'],
  async run(ctx) {
    const files = await appFiles(ctx)
    const loaded = await loadedFiles(ctx, files)
    const evidence: Evidence[] = [
      ...findSignals(loaded, SCHEMA_SIGNALS, 3),
      ...classValidator(files, loaded),
      ...optional(pydanticRouteParam(files)),
      ...(usesFastify(files, await ctx.project()) ? optional(fastifyRouteSchema(files)) : []),
      ...findSignals(files, DIRECT_SIGNALS, 3),
    ]
    if (evidence.length) evidence.push(...matchOne(files, STRONG_PARAMS as LineSignal))
    return [{ id: 'validation.validatesInput', found: evidence.length > 0, evidence: evidence.slice(0, 5) }]
  },
}

/** Route files plus files imported by another app file: modules that run when the app serves a request. */
async function loadedFiles(ctx: AnalyzerContext, files: readonly SourceFile[]): Promise<SourceFile[]> {
  const routeFiles = new Set((await ctx.routes()).map((r) => r.file))
  // only files that use a schema library need to be loaded for a schema signal to count
  const candidates = filesImporting(files, SCHEMA_MODULES).filter((f) => !routeFiles.has(f.path))
  const imported = importedFiles(files, candidates)
  return files.filter((f) => routeFiles.has(f.path) || imported.has(f.path))
}

const SCHEMA_MODULES = [...SCHEMA_SIGNALS, { label: '', languages: [], modules: CLASS_VALIDATOR_MODULES }].flatMap((s) =>
  'modules' in s ? (s.modules ?? []) : [],
)

/** class-validator decorators in a loaded DTO, switched on by ValidationPipe or a validate() call. */
function classValidator(files: readonly SourceFile[], loaded: readonly SourceFile[]): Evidence[] {
  const dto = filesImporting(loaded, CLASS_VALIDATOR_MODULES)[0]
  if (!dto) return []
  const on = matchOne(files, CLASS_VALIDATOR_SWITCH as LineSignal)
  return on.length ? [{ path: dto.path, line: bindingUseLine(dto, CLASS_VALIDATOR_MODULES), note: 'class-validator DTO' }, ...on] : []
}

/** Fastify is the framework of a root, or some app file imports it (route plugins themselves do not). */
function usesFastify(files: readonly SourceFile[], project: Awaited<ReturnType<AnalyzerContext['project']>>): boolean {
  return project.roots.some((r) => r.frameworks.includes('fastify')) || filesImporting(files, ['fastify']).length > 0
}

function optional(evidence: Evidence | undefined): Evidence[] {
  return evidence ? [evidence] : []
}
