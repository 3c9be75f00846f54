#!/usr/bin/env node
// Second half of `npm run build`, after tsc has written dist/:
// 1. dist/rules.json: rules/*.yml parsed and validated once, so a CLI run skips the YAML parse while
//    the rule files are unchanged (load-rules.ts compares them with the texts stored there).
// 2. dist/cli-chunks/core.cjs: the CLI (src/cli/main.ts) bundled with its pure-JS dependencies into one
//    script (rolldown, pinned in devDependencies), because loading hundreds of small ESM files costs more
//    than a whole small scan. Native and server-side packages stay external; so do the GitHub source and
//    the store, which load from tsc's dist/ only when a command needs them.
// 3. dist/cli-chunks/core.<id>.cache: V8's code cache for that script, made by running it once here on a
//    small generated project. Node 20 has no compile cache for ES modules, and compiling ~1.5 MB of
//    JavaScript (then each function on first call) is most of a small scan's time; with the cache a run
//    starts from ready bytecode. V8 checks the cache and silently compiles afresh when it does not fit
//    (another Node version, other V8 flags); the build id ties the cache to this exact script.
// 4. dist/cli.js: a small ES module that loads core.cjs through node:vm with that cache and runs main()
//    with the process's streams, as src/cli.ts does.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist')
const CHUNKS = join(DIST, 'cli-chunks')
const CORE = join(CHUNKS, 'core.cjs')

const { compileRules } = await import(join(DIST, 'engine/load-rules.js'))
const { knownFactIds } = await import(join(DIST, 'facts/index.js'))
writeFileSync(join(DIST, 'rules.json'), JSON.stringify(compileRules({ dir: join(ROOT, 'rules'), knownFactIds })))

/** Packages that must not be bundled: native code, __dirname lookups, or server-only weight. */
const EXTERNAL = /^(@ast-grep|@octokit|@hono)\/|^(libsql|pg|pg-[\w-]+|kysely|probot|hono|pino|badge-maker|playwright-core|nock)(\/|$)/
/** Our own modules that only some commands need, imported from tsc's output when they do (paths from src/). */
const LATE = ['github/cli-source.ts', 'store/index.ts']

/** The warm-up project: an Express API with the files most checks read. */
const WARM_PROJECT = {
  'package.json': JSON.stringify({ name: 'warm', type: 'module', scripts: { test: 'vitest run' }, dependencies: { express: '4', bcrypt: '5', zod: '3', pino: '9', '@prisma/client': '5' } }),
  'README.md': '# Warm\n\nAn API.\n\n## Setup\n\n```sh\nnpm install\nnpm start\n```\n\n## API\n\n| method | path |\n|---|---|\n| GET | /health |\n',
  '.gitignore': 'node_modules\n.env\n',
  '.env.example': 'PORT=3000\n',
  Dockerfile: 'FROM node:20\nCOPY . .\nCMD ["node", "src/app.js"]\n',
  'compose.yaml': 'services:\n  api:\n    build: .\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm test\n',
  'src/app.js': "import express from 'express'\nimport pino from 'pino'\nimport { auth } from './routes/auth.js'\n\nconst logger = pino()\nexport const app = express()\napp.get('/health', (req, res) => res.json({ ok: true }))\napp.use('/auth', auth)\napp.listen(3000, () => logger.info('up'))\n",
  'src/routes/auth.js': "import { Router } from 'express'\nimport bcrypt from 'bcrypt'\nimport { z } from 'zod'\n\nexport const auth = Router()\nconst Body = z.object({ email: z.string() })\nauth.post('/register', async (req, res) => {\n  Body.parse(req.body)\n  res.json({ hash: await bcrypt.hash(req.body.password, 10) })\n})\n",
  'test/app.test.js': "import { it, expect } from 'vitest'\n\nit('works', () => {\n  expect(1).toBe(1)\n})\n",
}

let rolldown, parseAst, RolldownMagicString
try {
  rolldown = await import('rolldown')
  ;({ parseAst } = await import('rolldown/parseAst'))
  ;({ RolldownMagicString } = rolldown)
} catch {
  console.warn('build-cli: rolldown is not installed; dist/cli.js stays unbundled (correct, but slower to start)')
  process.exit(0)
}
rmSync(CHUNKS, { recursive: true, force: true })
await rolldown.build({
  input: join(ROOT, 'src/cli/main.ts'),
  cwd: ROOT,
  platform: 'node',
  tsconfig: join(ROOT, 'tsconfig.build.json'),
  external: (id) => id.startsWith('node:') || EXTERNAL.test(id.replace(/^.*\/node_modules\//, '')),
  plugins: [
    {
      // V8 drops what `import()` needs when a script comes from the code cache (the import then throws), so
      // every dynamic import of a package or late module calls the loader's __pcImport instead.
      name: 'host-imports',
      renderChunk(code) {
        const found = []
        const walk = (node) => {
          if (Array.isArray(node)) for (const item of node) walk(item)
          else if (node && typeof node === 'object') {
            if (node.type === 'ImportExpression') found.push(node.start)
            for (const key in node) if (key !== 'type' && typeof node[key] === 'object') walk(node[key])
          }
        }
        walk(parseAst(code))
        if (found.length === 0) return null
        const out = new RolldownMagicString(code)
        for (const at of found) {
          if (code.slice(at, at + 6) !== 'import') throw new Error(`build-cli: cannot rewrite the dynamic import at offset ${at}`)
          out.overwrite(at, at + 6, '__pcImport')
        }
        return out // rolldown carries the source map through the edits
      },
    },
    {
      name: 'late-modules',
      // `import('../github/cli-source.js')` stays a dynamic import, of the compiled file next to the bundle
      resolveId(source, importer) {
        if (!importer || !source.startsWith('.')) return null
        const target = relative(join(ROOT, 'src'), join(dirname(importer), source)).replace(/\.js$/, '.ts')
        if (!LATE.includes(target)) return null
        return { id: `../${target.replace(/\.ts$/, '.js')}`, external: true }
      },
    },
  ],
  logLevel: 'warn',
  output: { file: CORE, format: 'cjs', codeSplitting: false, sourcemap: true, minify: true },
})

const id = Date.now().toString(36) + Math.random().toString(36).slice(2, 8)
const cacheName = `core.${id}.cache`

// Loads core.cjs like Node loads a CommonJS file, but through vm.Script so V8 can take the code cache.
// `import()` inside the script (the parser, the GitHub source, the store) goes to Node's own loader.
const load = `import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'

/** Runs dist/cli-chunks/core.cjs with its code cache (${cacheName}) when V8 accepts it; returns its exports. */
export function loadCore(cacheOut) {
  const file = fileURLToPath(new URL('./cli-chunks/core.cjs', import.meta.url))
  const cacheFile = fileURLToPath(new URL('./cli-chunks/${cacheName}', import.meta.url))
  let cachedData
  try {
    cachedData = cacheOut ? undefined : readFileSync(cacheFile)
  } catch {
    // no cache: V8 compiles the script as usual
  }
  // strict, as the ES modules it was bundled from
  const wrapper = "(function (exports, require, module, __filename, __dirname, __pcImport) {'use strict';" + readFileSync(file, 'utf8') + '\\n})'
  const script = new vm.Script(wrapper, { filename: file, cachedData })
  const module = { exports: {} }
  // the script's import() calls (see host-imports): paths relative to core.cjs, packages from here
  const hostImport = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, new URL('./cli-chunks/', import.meta.url)).href : specifier)
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), hostImport)
  if (cacheOut) cacheOut.save = () => script.createCachedData()
  loadCore.cacheRejected = script.cachedDataRejected
  return module.exports
}
`
const cli = `#!/usr/bin/env node
// Generated by scripts/build-cli.mjs: the wiring of src/cli.ts around the bundled, code-cached core.
${load}
const { main } = loadCore()
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
})
`
writeFileSync(join(DIST, 'cli.js'), cli)

// The code cache: a separate, plain Node process runs the core over a small project with routes, a README,
// CI and a Dockerfile (the paths every scan takes), then saves the bytecode V8 compiled on the way.
const warm = mkdtempSync(join(tmpdir(), 'pc-warm-'))
try {
  const project = join(warm, 'project')
  for (const [path, text] of Object.entries(WARM_PROJECT)) {
    mkdirSync(dirname(join(project, path)), { recursive: true })
    writeFileSync(join(project, path), text)
  }
  writeFileSync(join(warm, 'load.mjs'), load.replaceAll("'./cli-chunks/", `'${new URL('./cli-chunks/', `file://${DIST}/`).href}`))
  writeFileSync(
    join(warm, 'warm.mjs'),
    `import { writeFileSync } from 'node:fs'
import { loadCore } from './load.mjs'
const out = {}
const { main } = loadCore(out)
const io = { stdout: () => undefined, stderr: (t) => process.stderr.write(t), env: {}, isTTY: false }
for (const format of ['json', 'text', 'markdown', 'sarif']) {
  if ((await main(['scan', ${JSON.stringify(project)}, '--format', format], io)) !== 0) process.exit(1)
}
await main(['routes', ${JSON.stringify(project)}], io)
await main(['rules'], io)
writeFileSync(${JSON.stringify(join(CHUNKS, cacheName))}, out.save())
`,
  )
  const run = spawnSync(process.execPath, [join(warm, 'warm.mjs')], { encoding: 'utf8' })
  if (run.status !== 0) console.warn(`build-cli: no code cache (the warm-up run failed: ${run.stderr.trim()}); the CLI works, but starts slower`)
} finally {
  rmSync(warm, { recursive: true, force: true })
}
