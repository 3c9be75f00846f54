/** @module Does a test file send HTTP requests to the app? Per-language signals over comment-free code (supertest, inject, app.request, TestClient, Django/DRF clients, httptest, MockMvc, request specs, Laravel $this->get, WebApplicationFactory ...), returning the line of the first call. Pure. */
import type { Language } from '../../types.js'
import { lineAt, maskStrings } from './scan-code.js'
import type { TestSource } from './test-cases.js'

/**
 * One way of testing over HTTP: the call to point at, and what else the file must contain for it to
 * count. A `marker` (an annotation, a base class) is only pointed at when no call was found.
 */
type Signal = { via: string; call: RegExp; requires?: RegExp; path?: RegExp; marker?: true }

const LOCALHOST = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])\b/

const SIGNALS: Record<Language, Signal[]> = {
  javascript: [
    { via: 'light-my-request inject', call: /\.inject\s*\(\s*(?:\{|\))|\binject\s*\(\s*\w+\s*,\s*\{/ },
    { via: 'app.request (Hono)', call: /\.request\s*\(\s*(?:['"`]\/|new\s+Request\b)|\btestClient\s*\(/ },
    { via: 'chai-http', call: /\bchai\s*\.\s*request\s*\(/ },
    { via: 'pactum', call: /\b(?:spec|pactum\.spec)\s*\(\s*\)|\.(?:get|post|put|patch|delete)\s*\(\s*['"`]\//, requires: /['"]pactum['"]/ },
    { via: 'Playwright request', call: /\brequest\s*\.\s*(?:get|post|put|patch|delete|fetch)\s*\(/, requires: /['"]@playwright\/test['"]/ },
    { via: 'cy.request', call: /\bcy\s*\.\s*request\s*\(/ },
    { via: 'HTTP client against localhost', call: /\b(?:fetch|axios(?:\.\w+)?|got(?:\.\w+)?|ky(?:\.\w+)?|request|http\.(?:get|request))\s*\(/, requires: LOCALHOST },
  ],
  python: [
    { via: 'TestClient', call: /\bTestClient\s*\(/ },
    { via: 'httpx client on the app', call: /\bAsyncClient\s*\([^)]{0,300}?\b(?:app|transport)\s*=|\bASGITransport\s*\(/ },
    { via: 'test client', call: /\bself\.(?:client|api_client)\.(?:get|post|put|patch|delete|head|options|generic)\s*\(/ },
    { via: 'Flask test client', call: /\.test_client\s*\(/ },
    { via: 'Django/DRF client', call: /\b(?:APIClient|Client|RequestsClient)\s*\(\s*\)/, requires: /\bfrom\s+(?:django\.test|rest_framework\.test)\s+import\b/ },
    {
      via: 'test client',
      call: /\b(?:client|api_client|test_client|async_client|auth_client|ac)\.(?:get|post|put|patch|delete)\s*\(\s*(?:f?['"]\/|reverse\s*\(|url\b|self\.url|[A-Z_]*URL\b)/,
    },
    { via: 'aiohttp test client', call: /\baiohttp_client\s*\(/ },
    { via: 'DRF/Django test case', marker: true, call: /^class\s+\w+\s*\([^)\n]{0,300}?\b(?:APITestCase|APISimpleTestCase|APITransactionTestCase|LiveServerTestCase|StaticLiveServerTestCase)\b/m },
    { via: 'HTTP client against localhost', call: /\b(?:requests|httpx|session)\.(?:get|post|put|patch|delete|request)\s*\(/, requires: LOCALHOST },
  ],
  go: [
    { via: 'httptest', call: /\bhttptest\.(?:NewRecorder|NewServer|NewTLSServer|NewRequest|NewRequestWithContext)\s*\(/ },
    { via: 'HTTP client against localhost', call: /\bhttp\.(?:Get|Post|NewRequest)\s*\(/, requires: LOCALHOST },
  ],
  java: [
    {
      via: 'MockMvc',
      call: /\.\s*perform\s*\(\s*(?:MockMvcRequestBuilders\s*\.\s*)?(?:get|post|put|patch|delete|request|multipart)\s*\(|[mM]vc\s*\.\s*(?:get|post|put|patch|delete)\s*\(\s*"/,
      requires: /\bMockMvc\b/,
    },
    { via: 'WebTestClient', call: /(?:[wW]ebTestClient|[cC]lient)\s*\.\s*(?:get|post|put|patch|delete|method)\s*\(\s*\)/, requires: /\bWebTestClient\b/ },
    { via: 'TestRestTemplate', call: /\.(?:getForEntity|getForObject|postForEntity|postForObject|exchange)\s*\(/, requires: /\bTestRestTemplate\b/ },
    { via: 'RestAssured', call: /\bgiven\s*\(\s*\)|\bRestAssured\s*\.\s*\w+\s*\(/ },
    { via: 'Ktor testApplication', call: /\btestApplication\s*\{/ },
    { via: 'MockMvc', marker: true, call: /@(?:AutoConfigureMockMvc|WebMvcTest)\b/ },
  ],
  ruby: [
    { via: 'request spec', call: /^[ \t]*(?:get|post|put|patch|delete|head)[ \t(]+(?:['"]\/|[\w.]+_(?:path|url)\b|url_for\b|"#\{)/m, requires: /\btype:\s*:request\b|Rack::Test::Methods/ },
    { via: 'integration test', call: /^[ \t]*(?:get|post|put|patch|delete|head)[ \t(]+(?:['"]\/|[\w.]+_(?:path|url)\b|url_for\b|"#\{)/m, requires: /ActionDispatch::IntegrationTest/ },
    { via: 'request spec', call: /^[ \t]*(?:get|post|put|patch|delete|head)[ \t(]+(?:['"]\/|[\w.]+_(?:path|url)\b|url_for\b|"#\{)/m, path: /(^|\/)spec\/(requests|integration|api)\// },
    { via: 'system test', call: /^[ \t]*visit[ \t(]+(?:['"]\/|\w+_(?:path|url)\b)/m, requires: /\btype:\s*:(?:system|feature)\b|ApplicationSystemTestCase/ },
  ],
  php: [
    {
      via: 'Laravel HTTP test',
      call: /->\s*(?:get|post|put|patch|delete|options)(?:Json)?\s*\(\s*(?:['"]|route\s*\(|\$\w*(?:url|uri|path)\b)|->\s*json\s*\(\s*['"](?:GET|POST|PUT|PATCH|DELETE)['"]/i,
    },
    { via: 'Pest HTTP test', call: /^\s*(?:\$\w+\s*=\s*)?(?:get|post|put|patch|delete)(?:Json)?\s*\(\s*['"]\//m },
    { via: 'Symfony client', call: /->\s*request\s*\(\s*['"](?:GET|POST|PUT|PATCH|DELETE)['"]/, requires: /\bcreateClient\s*\(/ },
  ],
  csharp: [
    { via: 'WebApplicationFactory client', call: /\.\s*(?:Get|Post|Put|Patch|Delete|Send)\w*Async\s*\(/, requires: /\bWebApplicationFactory\s*<|\bnew\s+TestServer\s*\(|\.CreateClient\s*\(|\bAlbaHost\b/ },
    { via: 'WebApplicationFactory', marker: true, call: /\bWebApplicationFactory\s*<|\bnew\s+TestServer\s*\(/ },
  ],
}

/** The first HTTP call a test file makes to the app (1-based line), or undefined. */
export function findHttpCall(file: TestSource): { line: number; via: string } | undefined {
  const { code } = file
  const masked = maskStrings(code)
  // patterns need string contents ('/api', 'supertest'), so they run on `code`; a match must start outside a string
  const first = (pattern: RegExp, from = 0) => firstOutside(code, masked, pattern, from)
  let best: { index: number; via: string; marker: boolean } | undefined
  const consider = (index: number, via: string, marker: boolean) => {
    // a call beats a marker; between equals, the earliest wins
    if (!best || (best.marker && !marker) || (best.marker === marker && index < best.index)) best = { index, via, marker }
  }
  const supertest = supertestCall(first)
  if (supertest !== undefined) consider(supertest, 'supertest', false)
  for (const signal of SIGNALS[file.language]) {
    if (signal.requires && !signal.requires.test(code)) continue
    if (signal.path && !signal.path.test(file.path)) continue
    const match = first(signal.call)
    if (match) consider(match.index, signal.via, signal.marker === true)
  }
  return best && { line: lineAt(code, best.index), via: best.via }
}

/** Where supertest is called, under whatever name the file imported it as (`request`, `supertest`, `api` ...). */
function supertestCall(first: (pattern: RegExp, from?: number) => RegExpExecArray | undefined): number | undefined {
  const binding = first(/\bimport\s+(?:\*\s+as\s+)?(\w+)\s+from\s+['"]supertest['"]|\b(?:const|let|var)\s+(\w+)\s*=\s*require\s*\(\s*['"]supertest['"]\s*\)|\bimport\s+(\w+)\s*=\s*require\s*\(\s*['"]supertest['"]\s*\)/)
  if (!binding) return undefined
  const name = binding[1] ?? binding[2] ?? binding[3]!
  return first(new RegExp(`\\b${name}(?:\\.agent)?\\s*\\(`), binding.index + binding[0].length)?.index
}

/** The first match of `pattern` from `from` that does not start inside a string literal (bounded tries). */
function firstOutside(code: string, masked: string, pattern: RegExp, from: number): RegExpExecArray | undefined {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  global.lastIndex = from
  for (let tries = 0; tries < 200; tries++) {
    const m = global.exec(code)
    if (!m) return undefined
    if (masked[m.index] === code[m.index]) return m
    if (m[0] === '') global.lastIndex++
  }
  return undefined
}
