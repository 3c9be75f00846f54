/** @module The `spec` analyzer: a machine-readable API description (OpenAPI/Swagger file, request collection) or code that generates one and is actually used. Pure apart from bounded snapshot reads. */
import { parseDocument } from 'yaml'
import type { Evidence, Fact, FileEntry, Snapshot } from '../types.js'
import type { Analyzer, AnalyzerContext, CodeIndex, ProjectInfo, SourceFile } from './context.js'

/** Files whose content is checked for an OpenAPI/Swagger document at most (the shallowest). */
const MAX_SPEC_CANDIDATES = 40
/** Bigger spec files are judged by their first lines only (parsing megabytes of YAML is slow). */
const MAX_PARSE_CHARS = 512 * 1024

const SPEC_NAME = /(?:^|\/)(?:openapi|swagger)[\w.-]*\.(?:json|ya?ml)$/i
const SPEC_LIKE = /\.(?:json|ya?ml)$/i
const SPEC_HINT = /(?:^|[/_.-])(?:api|apis|spec|specs|openapi|swagger|docs?|schema|contract)(?:[/_.-]|$)/i
const NOT_SPEC = /(?:^|\/)(?:package(?:-lock)?|composer|tsconfig|jsconfig|app|appsettings[\w.]*|\.eslintrc[\w.]*|pnpm-lock|docker-compose[\w.-]*|compose)\.(?:json|ya?ml)$/i
// at a line start (YAML, pretty JSON) or right after `{` (minified JSON); the parse below checks it is top-level
const SPEC_KEY = /(?:^|\{)[ \t]*["']?(openapi|swagger)["']?[ \t]*:[ \t]*["']?\d/m

/** Request collections: Postman, Insomnia, Bruno, Thunder Client, Hoppscotch, REST Client .http files. */
const COLLECTION_NAME = /\.postman_collection\.json$|(?:^|\/)\.insomnia\/|\.bru$|(?:^|\/)bruno\.json$|(?:^|\/)thunder-tests\/|thunder(?:client|collection|Collection)\w*\.json$|hoppscotch[\w.-]*\.json$/i
const COLLECTION_HINT = /(?:postman|insomnia|collection|hoppscotch)[\w.-]*\.(?:json|ya?ml)$/i
const COLLECTION_CONTENT = /schema\.getpostman\.com|"_postman_id"|"__export_format"|^_type:\s*export|"_type"\s*:\s*"export"|hoppscotch/m
const HTTP_FILE = /\.(?:http|rest)$/i
const HTTP_REQUEST = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+\S/m

export const spec: Analyzer = {
  name: 'spec',
  facts: ['spec.hasOpenApiFile', 'spec.hasApiCollection', 'spec.generatesOpenApi'],
  async run(ctx) {
    const [project, code] = await Promise.all([ctx.project(), ctx.code()])
    return [
      fact('spec.hasOpenApiFile', await openApiFiles(ctx)),
      fact('spec.hasApiCollection', await collections(ctx.snapshot)),
      fact('spec.generatesOpenApi', await generators(ctx.snapshot, code, project)),
    ]
  },
}

function fact(id: string, evidence: Evidence[]): Fact {
  return { id, found: evidence.length > 0, evidence: evidence.slice(0, 5) }
}

function shallowFirst(a: FileEntry, b: FileEntry): number {
  return a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : 1)
}

/** OpenAPI/Swagger documents: named like one, or a json/yaml file named like an API spec whose content starts like one. */
async function openApiFiles(ctx: AnalyzerContext): Promise<Evidence[]> {
  const candidates = ctx.snapshot.files
    .filter((f) => SPEC_LIKE.test(f.path) && !NOT_SPEC.test(f.path) && (SPEC_NAME.test(f.path) || SPEC_HINT.test(f.path)))
    // files named openapi.*/swagger.* first, so fixtures and data files in api/ or spec/ folders cannot crowd them out
    .sort((a, b) => Number(SPEC_NAME.test(b.path)) - Number(SPEC_NAME.test(a.path)) || shallowFirst(a, b))
    .slice(0, MAX_SPEC_CANDIDATES)
  const found: Evidence[] = []
  for (const file of candidates) {
    if (file.tooLarge) {
      if (SPEC_NAME.test(file.path)) found.push({ path: file.path, note: 'too large to read; judged by its name' })
      continue
    }
    const text = await ctx.snapshot.read(file.path)
    if (text === undefined) continue
    const key = SPEC_KEY.exec(text.slice(0, 8192))
    if (!key) continue
    const line = text.slice(0, key.index).split('\n').length
    const problem = text.length > MAX_PARSE_CHARS ? undefined : specProblem(file.path, text)
    if (problem) ctx.note({ level: 'warning', message: `${file.path} looks like an OpenAPI document but ${problem}, so it does not count`, path: file.path })
    else found.push({ path: file.path, line })
  }
  return found
}

/** Why a document is not a usable OpenAPI/Swagger description, or undefined when it is one. Never throws. */
function specProblem(path: string, text: string): string | undefined {
  try {
    let top: unknown
    if (/\.json$/i.test(path)) top = JSON.parse(text)
    else {
      // parseDocument never expands aliases, so an alias bomb cannot blow up here
      const doc = parseDocument(text, { uniqueKeys: false })
      if (doc.errors.length) return `it is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`
      top = { openapi: doc.get('openapi'), swagger: doc.get('swagger'), paths: doc.get('paths'), info: doc.get('info') }
    }
    if (!top || typeof top !== 'object') return 'it is not a mapping'
    const o = top as Record<string, unknown>
    if (o.openapi === undefined && o.swagger === undefined) return 'it has no top-level openapi/swagger version'
    if (o.paths === undefined && o.info === undefined) return 'it has neither info nor paths'
    return undefined
  } catch (error) {
    return `it could not be parsed (${(error as Error).message.split('\n')[0]})`
  }
}

/** Request collections committed to the repo. */
async function collections(snapshot: Snapshot): Promise<Evidence[]> {
  const found: Evidence[] = []
  const files = [...snapshot.files].sort(shallowFirst)
  for (const file of files) {
    if (found.length >= 5) break
    if (COLLECTION_NAME.test(file.path)) found.push({ path: file.path })
    else if ((COLLECTION_HINT.test(file.path) || HTTP_FILE.test(file.path)) && !file.tooLarge) {
      const head = (await snapshot.read(file.path))?.slice(0, 8192)
      if (!head) continue
      const pattern = HTTP_FILE.test(file.path) ? HTTP_REQUEST : COLLECTION_CONTENT
      const m = pattern.exec(head)
      if (m) found.push({ path: file.path, line: head.slice(0, m.index).split('\n').length })
    }
  }
  return found
}

type Detector = (code: CodeIndex, project: ProjectInfo, snapshot: Snapshot) => Promise<Evidence[]> | Evidence[]

/** Libraries that generate or serve OpenAPI once imported by the app's own (non-test) code. */
const GENERATOR_IMPORTS = [
  // JavaScript / TypeScript
  'swagger-jsdoc', 'swagger-ui-express', '@fastify/swagger', 'fastify-swagger', '@hono/zod-openapi', 'hono-openapi',
  '@hono/swagger-ui', 'chanfana', 'express-openapi', 'express-oas-generator', 'tsoa', '@asteasolutions/zod-to-openapi',
  'express-jsdoc-swagger', 'swagger-autogen', 'koa2-swagger-ui', 'koa-swagger-decorator', '@elysiajs/swagger',
  '@ts-rest/open-api', 'fastify-openapi-glue', '@scalar/express-api-reference', '@scalar/hono-api-reference',
  // Python
  'drf_spectacular', 'drf_yasg', 'flasgger', 'flask_smorest', 'apispec', 'flask_restx', 'flask_restplus', 'spectree',
  'flask_openapi3', 'connexion', 'rest_framework.schemas', 'apiflask',
  // Go
  'github.com/swaggo/swag', 'github.com/swaggo/gin-swagger', 'github.com/swaggo/http-swagger', 'github.com/swaggo/echo-swagger',
  'github.com/swaggo/fiber-swagger', 'github.com/gofiber/swagger', 'github.com/gofiber/contrib/swagger',
  'github.com/danielgtaylor/huma', 'github.com/go-swagger/go-swagger', 'github.com/swaggest/rest', 'github.com/ogen-go/ogen',
]

/** Dependencies that switch OpenAPI on by themselves (auto-configured starters, auto-discovered packages). */
const GENERATOR_DEPENDENCIES = /springdoc-openapi|springfox|darkaonline\/l5-swagger|dedoc\/scramble|knuckleswtf\/scribe|nelmio\/api-doc-bundle|api-platform\/(?:core|symfony|laravel)|vyuldashev\/laravel-openapi|^oas_rails$|^apipie-rails$|^grape-swagger$|^rswag(?:-api|-ui)?$/

const DETECTORS: Detector[] = [
  (code) => code.importers(GENERATOR_IMPORTS).filter((f) => !f.isTest).map((f) => importEvidence(f, GENERATOR_IMPORTS)),
  // @nestjs/swagger decorators alone do nothing; SwaggerModule.setup/createDocument builds and serves the document
  (code) => code.grep(/\bSwaggerModule\s*\.\s*(?:setup|createDocument)\s*\(/, { languages: ['javascript'], tests: false }),
  (code) => fastApiApps(code),
  (code) => code.grep(/\b(?:NinjaAPI|Litestar)\s*\(/, { languages: ['python'], tests: false }),
  (code) =>
    code.grep(/\b(?:AddSwaggerGen|UseSwagger|UseSwaggerUI|AddOpenApiDocument|AddSwaggerDocument|UseOpenApi|UseSwaggerUi3?|AddOpenApi|MapOpenApi|MapScalarApiReference)\s*\(/, {
      languages: ['csharp'],
      tests: false,
    }),
  (code) => code.grep(/Rswag::(?:Api|Ui)::Engine|add_swagger_documentation|OasRails::Engine/, { languages: ['ruby'], tests: false }),
  (code) => code.grep(/@OA\\(?:Info|Get|Post|Put|Delete|PathItem)|#\[OA\\/, { languages: ['php'], tests: false }),
  (_code, project, snapshot) => dependencyEvidence(project, snapshot),
]

/** Code that generates OpenAPI docs and is used, across all seven languages. */
async function generators(snapshot: Snapshot, code: CodeIndex, project: ProjectInfo): Promise<Evidence[]> {
  const found: Evidence[] = []
  for (const detect of DETECTORS) {
    found.push(...(await detect(code, project, snapshot)))
    if (found.length >= 5) break
  }
  return found
}

/** FastAPI apps serve /docs and /openapi.json unless switched off with docs_url=None or openapi_url=None. */
function fastApiApps(code: CodeIndex): Evidence[] {
  const found: Evidence[] = []
  for (const file of code.importers(['fastapi'])) {
    if (file.isTest) continue
    for (const m of file.text.matchAll(/\bFastAPI\s*\(/g)) {
      const args = callArguments(file.text, m.index + m[0].length)
      if (/\b(?:docs_url|openapi_url)\s*=\s*None\s*[,)]/.test(`${args})`)) continue
      found.push({ path: file.path, line: file.text.slice(0, m.index).split('\n').length })
    }
  }
  return found
}

/** The text of a call's arguments up to the matching parenthesis (bounded). */
function callArguments(text: string, start: number): string {
  let depth = 1
  const end = Math.min(text.length, start + 4000)
  for (let i = start; i < end; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return text.slice(start, i)
  }
  return text.slice(start, end)
}

function importEvidence(file: SourceFile, modules: string[]): Evidence {
  const lines = file.text.split('\n')
  const lower = modules.map((m) => m.toLowerCase())
  const index = lines.findIndex((l) => lower.some((m) => l.toLowerCase().includes(m)))
  return index === -1 ? { path: file.path } : { path: file.path, line: index + 1 }
}

/** Java/PHP/Ruby packages that turn docs on by being installed (Spring auto-configuration, Laravel auto-discovery, Rails engines). */
async function dependencyEvidence(project: ProjectInfo, snapshot: Snapshot): Promise<Evidence[]> {
  const found: Evidence[] = []
  for (const root of project.roots) {
    const dep = [...root.dependencies].find((d) => GENERATOR_DEPENDENCIES.test(d))
    if (!dep) continue
    const text = (await snapshot.read(root.manifest)) ?? ''
    const name = dep.split(':').pop()!
    const index = text.split('\n').findIndex((l) => l.toLowerCase().includes(name))
    found.push(index === -1 ? { path: root.manifest } : { path: root.manifest, line: index + 1 })
  }
  return found
}
