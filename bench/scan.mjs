#!/usr/bin/env node
// npm run bench: end-to-end speed of the built CLI (process start to JSON printed) on generated
// repositories of 100, 5,000 and 20,000 files (a Node API with many modules, tests, docs, and a
// node_modules folder that must be skipped), then on every fixture under test/fixtures/repos.
// Prints files/s, wall ms and peak RSS, and whether each target was met.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'dist', 'cli.js')
const TMP = join(ROOT, 'bench', '.tmp')
const FIXTURES = join(ROOT, 'test', 'fixtures', 'repos')
const GENERATOR_VERSION = '3'
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

const SIZES = [
  { files: 100, runs: 7, targetMs: 150 },
  { files: 5_000, runs: 5, targetMs: 400 },
  { files: 20_000, runs: 3, targetMs: 1_000, targetRssMb: 150 },
]

function main() {
  if (!existsSync(CLI)) {
    console.log('dist/cli.js is missing: building first (npm run build)')
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (build.status !== 0) process.exit(1)
  }
  console.log(`node ${process.version}, ${TIME ? 'peak RSS from /usr/bin/time' : 'peak RSS unavailable (no /usr/bin/time)'}`)
  // The floor under every run below, and whether the CLI starts from V8's code cache (scripts/build-cli.mjs):
  // on a shared machine both explain figures that move between runs.
  const empty = median(Array.from({ length: 5 }, () => {
    const started = performance.now()
    spawnSync(process.execPath, ['-e', '0'])
    return performance.now() - started
  }))
  const cache = existsSync(join(ROOT, 'dist', 'cli-chunks')) && readdirSync(join(ROOT, 'dist', 'cli-chunks')).some((f) => f.endsWith('.cache'))
  console.log(`\`node -e 0\` takes ${empty.toFixed(0)} ms here; CLI code cache: ${cache ? 'yes' : 'no (rebuild with npm run build)'}\n`)
  console.log('generated repositories (median of N runs; process start to JSON printed)')
  console.log(row(['repo', 'files', 'runs', 'wall ms', 'min ms', 'files/s', 'peak RSS', 'target', '']))
  let missed = 0
  for (const size of SIZES) {
    const dir = generate(size.files)
    const runs = Array.from({ length: size.runs }, () => scanOnce(dir))
    const wall = median(runs.map((r) => r.ms))
    const rss = Math.max(...runs.map((r) => r.rssMb ?? 0))
    const ok = wall < size.targetMs && (!size.targetRssMb || !TIME || rss < size.targetRssMb)
    if (!ok) missed++
    const target = `< ${size.targetMs} ms${size.targetRssMb ? `, < ${size.targetRssMb} MB` : ''}`
    console.log(row([`gen-${size.files}`, size.files, size.runs, wall.toFixed(0), Math.min(...runs.map((r) => r.ms)).toFixed(0), Math.round(size.files / (wall / 1000)), TIME ? `${rss.toFixed(0)} MB` : 'n/a', target, ok ? 'ok' : 'MISSED']))
  }
  console.log('\nfixtures (one run each)')
  console.log(row(['fixture', 'files', 'wall ms', 'files/s', 'peak RSS', 'score', 'checks', '', '']))
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name)
    const files = countFiles(dir)
    const r = scanOnce(dir)
    console.log(row([name, files, r.ms.toFixed(0), Math.round(files / (r.ms / 1000)), r.rssMb ? `${r.rssMb.toFixed(0)} MB` : 'n/a', r.report.score, r.report.checks.length, '', '']))
  }
  if (missed) console.log(`\n${missed} target(s) missed`)
}

/** Run the CLI once; fail loudly unless stdout is exactly one JSON report. */
function scanOnce(dir) {
  const args = [CLI, 'scan', dir, '--format', 'json']
  const started = performance.now()
  const child = TIME ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }) : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 })
  const ms = performance.now() - started
  if (child.status !== 0) throw new Error(`scan of ${dir} exited ${child.status}: ${child.stderr}`)
  const report = JSON.parse(child.stdout)
  const kb = TIME ? Number(child.stderr.trim().split('\n').at(-1)) : NaN
  return { ms, rssMb: Number.isFinite(kb) ? kb / 1024 : undefined, report }
}

function countFiles(dir) {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(join(dir, e.name)) : 1
  return n
}

function median(values) {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function row(cells) {
  const widths = [30, 7, 8, 8, 8, 9, 10, 18, 7]
  return cells.map((c, i) => String(c).padEnd(widths[i] ?? 8)).join(' ').trimEnd()
}

// ---------------------------------------------------------------------------------------------
// Repository generator: a realistic Express + Prisma API. `files` counts the project's own files;
// node_modules (skipped by the scanner) comes on top.

function generate(files) {
  const dir = join(TMP, `repo-${files}`)
  const stamp = join(dir, '.bench-complete')
  if (existsSync(stamp) && readdirSync(dir).length && readStamp(stamp) === GENERATOR_VERSION) return dir
  rmSync(dir, { recursive: true, force: true })
  let written = 0
  const put = (path, text) => {
    const abs = join(dir, path)
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, text)
    written++
  }
  for (const [path, text] of Object.entries(BASE_FILES)) put(path, text)
  const perModule = 6
  const modules = Math.max(1, Math.floor((files - written - 1) / perModule))
  for (let i = 0; i < modules && written + perModule <= files - 1; i++) {
    const m = `item${i}`
    put(`src/modules/${m}/${m}.routes.js`, routesFile(m))
    put(`src/modules/${m}/${m}.controller.js`, controllerFile(m))
    put(`src/modules/${m}/${m}.service.js`, serviceFile(m))
    put(`src/modules/${m}/${m}.schema.js`, schemaFile(m))
    put(`test/modules/${m}.test.js`, testFile(m))
    put(`docs/modules/${m}.md`, `# ${m}\n\nStores ${m} records for the signed-in user.\n\n- \`GET /${m}s\` list\n- \`POST /${m}s\` create\n`)
  }
  for (let i = 0; written < files - 1; i++) put(`assets/data/seed-${i}.json`, JSON.stringify({ id: i, name: `seed ${i}`, tags: ['a', 'b'] }, null, 2))
  // a committed-looking but ignored dependency folder: many small files the scanner must skip
  for (let p = 0; p < 200; p++) {
    for (let f = 0; f < 10; f++) {
      const abs = join(dir, 'node_modules', `pkg-${p}`, f ? `lib/file-${f}.js` : 'package.json')
      mkdirSync(dirname(abs), { recursive: true })
      writeFileSync(abs, f ? `module.exports = function f${f}() { return ${f} }\n` : JSON.stringify({ name: `pkg-${p}`, version: '1.0.0' }))
    }
  }
  put('.bench-complete', GENERATOR_VERSION)
  return dir
}

function readStamp(path) {
  try {
    return readdirSync(dirname(path)).includes('.bench-complete') ? String(spawnSync('cat', [path], { encoding: 'utf8' }).stdout).trim() : ''
  } catch {
    return ''
  }
}

const routesFile = (m) => `import { Router } from 'express'
import { requireAuth } from '../../middleware/auth.js'
import { validate } from '../../middleware/validate.js'
import * as controller from './${m}.controller.js'
import { Create${m}, Update${m} } from './${m}.schema.js'

export const router = Router()

router.get('/', requireAuth, controller.list)
router.get('/:id', requireAuth, controller.get)
router.post('/', requireAuth, validate(Create${m}), controller.create)
router.patch('/:id', requireAuth, validate(Update${m}), controller.update)
router.delete('/:id', requireAuth, controller.remove)
`

const controllerFile = (m) => `import { logger } from '../../logger.js'
import * as service from './${m}.service.js'

export async function list(req, res) {
  res.json(await service.list(req.user.id, { page: Number(req.query.page ?? 1) }))
}

export async function get(req, res) {
  const found = await service.get(req.user.id, req.params.id)
  if (!found) return res.sendStatus(404)
  res.json(found)
}

export async function create(req, res) {
  const created = await service.create(req.user.id, req.body)
  logger.info({ id: created.id }, '${m} created')
  res.status(201).json(created)
}

export async function update(req, res) {
  res.json(await service.update(req.user.id, req.params.id, req.body))
}

export async function remove(req, res) {
  await service.remove(req.user.id, req.params.id)
  res.sendStatus(204)
}
`

const serviceFile = (m) => `import { prisma } from '../../db.js'

const PAGE = 20

export function list(ownerId, { page }) {
  return prisma.${m}.findMany({ where: { ownerId }, skip: (page - 1) * PAGE, take: PAGE, orderBy: { createdAt: 'desc' } })
}

export function get(ownerId, id) {
  return prisma.${m}.findFirst({ where: { id, ownerId } })
}

export function create(ownerId, data) {
  return prisma.${m}.create({ data: { ...data, ownerId } })
}

export function update(ownerId, id, data) {
  return prisma.${m}.update({ where: { id, ownerId }, data })
}

export function remove(ownerId, id) {
  return prisma.${m}.delete({ where: { id, ownerId } })
}
`

const schemaFile = (m) => `import { z } from 'zod'

export const Create${m} = z.object({
  title: z.string().min(1).max(200),
  notes: z.string().max(2000).optional(),
  due: z.coerce.date().optional(),
})

export const Update${m} = Create${m}.partial()
`

const testFile = (m) => `import request from 'supertest'
import { describe, it, expect } from 'vitest'
import { app } from '../../src/app.js'
import { tokenFor } from '../helpers.js'

describe('${m} routes', () => {
  it('rejects anonymous requests', async () => {
    const res = await request(app).get('/${m}s')
    expect(res.status).toBe(401)
  })

  it('creates a ${m}', async () => {
    const res = await request(app).post('/${m}s').set('authorization', \`Bearer \${tokenFor(1)}\`).send({ title: 'first' })
    expect(res.status).toBe(201)
  })
})
`

const BASE_FILES = {
  'package.json': JSON.stringify({
    name: 'big-api', version: '1.0.0', type: 'module', license: 'MIT',
    scripts: { start: 'node src/server.js', dev: 'node --watch src/server.js', test: 'vitest run' },
    dependencies: { express: '4.19.2', pino: '9.0.0', 'pino-http': '10.0.0', bcrypt: '5.1.1', jsonwebtoken: '9.0.2', zod: '3.23.8', '@prisma/client': '5.14.0' },
    devDependencies: { vitest: '1.6.0', supertest: '7.0.0', prisma: '5.14.0' },
  }, null, 2),
  'README.md': `# Big API

A REST API for teams to track items, with accounts and per-user data.

## Getting started

\`\`\`sh
npm install
cp .env.example .env
npx prisma migrate deploy
npm run dev
\`\`\`

## Configuration

| variable | meaning |
|---|---|
| \`DATABASE_URL\` | PostgreSQL connection string |
| \`JWT_SECRET\` | secret used to sign tokens |
| \`PORT\` | port to listen on |

## Architecture

\`\`\`
src/
  modules/   one folder per resource: routes, controller, service, schema
  middleware auth and validation
  db.js      Prisma client
\`\`\`

Requests flow route -> controller -> service -> Prisma. Services hold the business rules so the
HTTP layer stays thin; I picked PostgreSQL because the data is relational.

## API

| method | path | |
|---|---|---|
| POST | /auth/register | create an account |
| POST | /auth/login | get a token |
| GET | /health | liveness |
`,
  '.gitignore': 'node_modules/\n.env\ndist/\ncoverage/\n',
  '.env.example': 'DATABASE_URL=postgres://app:app@localhost:5432/app\nJWT_SECRET=change-me\nPORT=3000\n',
  LICENSE: 'MIT License\n\nCopyright (c) 2024 Big API authors\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software...\n',
  Dockerfile: 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nEXPOSE 3000\nCMD ["node", "src/server.js"]\n',
  'compose.yaml': 'services:\n  api:\n    build: .\n    ports: ["3000:3000"]\n    env_file: .env\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: app\n',
  '.github/workflows/ci.yml': 'name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: npm ci\n      - run: npm test\n',
  'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id           Int    @id @default(autoincrement())\n  email        String @unique\n  passwordHash String\n}\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL UNIQUE, "passwordHash" TEXT NOT NULL);\n',
  'src/db.js': "import { PrismaClient } from '@prisma/client'\n\nexport const prisma = new PrismaClient()\n",
  'src/logger.js': "import pino from 'pino'\n\nexport const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' })\n",
  'src/middleware/auth.js': "import jwt from 'jsonwebtoken'\n\nexport function requireAuth(req, res, next) {\n  try {\n    req.user = jwt.verify(req.headers.authorization?.slice(7) ?? '', process.env.JWT_SECRET)\n    next()\n  } catch {\n    res.sendStatus(401)\n  }\n}\n",
  'src/middleware/validate.js': "export const validate = (schema) => (req, res, next) => {\n  const result = schema.safeParse(req.body)\n  if (!result.success) return res.status(400).json({ errors: result.error.issues })\n  req.body = result.data\n  next()\n}\n",
  'src/routes/auth.js': "import { Router } from 'express'\nimport bcrypt from 'bcrypt'\nimport jwt from 'jsonwebtoken'\nimport { prisma } from '../db.js'\n\nexport const auth = Router()\n\nauth.post('/register', async (req, res) => {\n  const passwordHash = await bcrypt.hash(req.body.password, 12)\n  const user = await prisma.user.create({ data: { email: req.body.email, passwordHash } })\n  res.status(201).json({ id: user.id })\n})\n\nauth.post('/login', async (req, res) => {\n  const user = await prisma.user.findUnique({ where: { email: req.body.email } })\n  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.sendStatus(401)\n  res.json({ token: jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' }) })\n})\n",
  'src/app.js': "import express from 'express'\nimport pinoHttp from 'pino-http'\nimport { logger } from './logger.js'\nimport { auth } from './routes/auth.js'\n\nexport const app = express()\napp.use(express.json())\napp.use(pinoHttp({ logger }))\napp.get('/health', (req, res) => res.json({ status: 'ok' }))\napp.use('/auth', auth)\n",
  'src/server.js': "import { app } from './app.js'\nimport { logger } from './logger.js'\n\nconst port = Number(process.env.PORT ?? 3000)\napp.listen(port, () => logger.info({ port }, 'listening'))\n",
  'test/helpers.js': "import jwt from 'jsonwebtoken'\n\nexport const tokenFor = (id) => jwt.sign({ id }, 'test-secret')\n",
  'test/auth.test.js': "import request from 'supertest'\nimport { it, expect } from 'vitest'\nimport { app } from '../src/app.js'\n\nit('answers health', async () => {\n  const res = await request(app).get('/health')\n  expect(res.status).toBe(200)\n})\n",
}

main()
