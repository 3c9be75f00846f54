import { describe, expect, it } from 'vitest'
import { analyseReadme, linesOf } from './readme-snapshot.js'

/** Join lines, so each case shows its line numbers plainly. */
const md = (...lines: string[]): string => lines.join('\n')

describe('readme analyzer on the shapes learners write', () => {
  it('finds commands in fenced blocks nested in numbered steps', async () => {
    const text = md(
      '# Notes API', //                        1
      '', //                                    2
      '## How to install and run', //          3
      '', //                                    4
      '1. **Install dependencies**', //        5
      '', //                                    6
      '   ```', //                              7
      '   npm install', //                      8
      '   ```', //                              9
    )
    expect(await linesOf(text, 'readme.hasSetupSection')).toEqual([3])
    expect(await linesOf(text, 'readme.setupHasCommand')).toEqual([8])
  })

  it('takes inline commands in a sentence of a setup section', async () => {
    const text = md('## Getting started', '', 'Run `npm install` once, then `npm run dev` to start.')
    expect(await linesOf(text, 'readme.setupHasCommand')).toEqual([3])
  })

  it('does not take a pointer to another file as a command', async () => {
    const text = md('## Installation', '', 'See [INSTALL.md](INSTALL.md) for the steps.')
    expect(await linesOf(text, 'readme.hasSetupSection')).toEqual([1])
    expect(await linesOf(text, 'readme.setupHasCommand')).toEqual([])
  })

  it('does not take a section on running the tests for setup', async () => {
    expect(await linesOf(md('## Running tests', '', '```', 'npm test', '```'), 'readme.hasSetupSection')).toEqual([])
    expect(await linesOf(md('## Запуск тестов', '', '```', 'pytest', '```'), 'readme.hasSetupSection')).toEqual([])
    expect(await linesOf(md('## Installation and tests', '', '```', 'npm ci', '```'), 'readme.hasSetupSection')).toEqual([1])
  })

  it('counts "Requirements" as setup only when it holds a command', async () => {
    expect(await linesOf(md('## Requirements', '', '- Node.js 20', '- PostgreSQL 16'), 'readme.hasSetupSection')).toEqual([])
    expect(await linesOf(md('## Requirements', '', '```', 'npm install', '```'), 'readme.hasSetupSection')).toEqual([1])
  })

  it('reads env vars written as emphasis in list items', async () => {
    const text = md('### Environment', '', 'Create a file with:', '', '- _PORT_ : port to listen on', '- _DB_HOST_ : database host')
    expect(await linesOf(text, 'readme.documentsConfig')).toEqual([5, 6])
  })

  it('reads an assignment written as inline code', async () => {
    expect(await linesOf(md('You need `PORT = "your port"` in the environment.'), 'readme.documentsConfig')).toEqual([1])
  })

  it('reads "PORT = 3000" in a code block and a .env file named in prose', async () => {
    expect(await linesOf(md('## Variables', '', '```bash', 'PORT = 3000', '```'), 'readme.documentsConfig')).toEqual([4])
    expect(await linesOf(md('Create a .env file in the project root before starting.'), 'readme.documentsConfig')).toEqual([1])
  })

  it('does not take a .env in a folder tree or the dotenv package for configuration docs', async () => {
    const text = md('## Tech', '', '- dotenv', '', '```', '├── .env', '├── app.js', '└── package.json', '```')
    expect(await linesOf(text, 'readme.documentsConfig')).toEqual([])
  })

  it('counts config keys in a configuration section', async () => {
    const text = md('## Configuration', '', '```properties', 'spring.datasource.url=jdbc:postgresql://localhost/app', '```')
    expect(await linesOf(text, 'readme.documentsConfig')).toEqual([4])
  })

  it('explains architecture with folders listed with their roles', async () => {
    const text = md(
      '## Overview', //                                              1
      '', //                                                          2
      '- `src/models` holds the database models', //                 3
      '- `src/controllers` turns requests into service calls', //    4
      '- `src/routes` maps URLs to controllers', //                  5
    )
    expect(await linesOf(text, 'readme.explainsArchitecture')).toEqual([3])
  })

  it('explains architecture with a plain path tree whose entries have roles', async () => {
    const text = md('## Project layout', '', '```', 'cmd/api/            entry point and router', 'internal/store/     SQL queries', 'db/migrations/      schema versions', '```')
    expect(await linesOf(text, 'readme.explainsArchitecture')).toEqual([4])
  })

  it('explains architecture with a mermaid diagram', async () => {
    const text = md('## Design', '', '```mermaid', 'flowchart LR', '  client --> api --> db', '```')
    // the evidence is the diagram's first line
    expect(await linesOf(text, 'readme.explainsArchitecture')).toEqual([4])
  })

  it('does not take "Tech stack: Node, Express, MongoDB" for architecture', async () => {
    const text = md('## Architecture', '', 'Tech stack: Node, Express, MongoDB.')
    expect(await linesOf(text, 'readme.explainsArchitecture')).toEqual([])
  })

  it('lists endpoints from headings and from curl examples', async () => {
    const headings = md('### GET /api/users', '', 'Lists users.', '', '### POST /api/users', '', 'Creates one.')
    expect(await linesOf(headings, 'readme.listsEndpoints')).toEqual([1, 5])
    const curls = md('```bash', "curl http://localhost:3000/api/items", "curl -X POST localhost:3000/api/items -d '{}'", '```')
    expect(await linesOf(curls, 'readme.listsEndpoints')).toEqual([2, 3])
  })

  it('needs two endpoints, or one under an API heading (the README title "Task API" is not one)', async () => {
    expect(await linesOf(md('Try GET /ping to see it work.'), 'readme.listsEndpoints')).toEqual([])
    expect(await linesOf(md('# Task API', '', 'Try GET /ping.', '', '## License', '', 'MIT'), 'readme.listsEndpoints')).toEqual([])
    expect(await linesOf(md('## API', '', 'GET /ping answers pong.'), 'readme.listsEndpoints')).toEqual([3])
  })

  it('links API docs: local Swagger UI, a Postman documenter page, a /docs path in inline code', async () => {
    expect(await linesOf(md('Docs: http://localhost:8000/docs'), 'readme.linksApiDocs')).toEqual([1])
    expect(await linesOf(md('[Collection](https://documenter.getpostman.com/view/123/abc)'), 'readme.linksApiDocs')).toEqual([1])
    expect(await linesOf(md('Swagger UI is served at `/api-docs`.'), 'readme.linksApiDocs')).toEqual([1])
    expect(await linesOf(md('Notes:', '', '- Visit /docs for Swagger UI.'), 'readme.linksApiDocs')).toEqual([3])
  })

  it('links API docs when a sentence says documentation next to the app URL', async () => {
    expect(await linesOf(md('Документация API доступна по адресу http://localhost:8001/api'), 'readme.linksApiDocs')).toEqual([1])
    expect(await linesOf(md('The app runs at http://localhost:8001/api'), 'readme.linksApiDocs')).toEqual([])
  })

  it('does not take links to tools or their websites for API docs', async () => {
    const text = md('## Built with', '', '- [Swagger](https://swagger.io/docs/)', '- [MongoDB](https://www.mongodb.com/docs/)', '- [Express](https://expressjs.com/)')
    expect(await linesOf(text, 'readme.linksApiDocs')).toEqual([])
  })

  it('links a spec file of the repo only when the file exists', async () => {
    const text = md('The API is described in [openapi.yaml](docs/openapi.yaml).')
    const present = await analyseReadme({ 'README.md': text, 'docs/openapi.yaml': 'openapi: 3.0.0\n' })
    expect(present.facts['readme.linksApiDocs']!.evidence).toEqual([{ path: 'README.md', line: 1 }])
    expect(await linesOf(text, 'readme.linksApiDocs')).toEqual([])
  })

  it('prefers README.md when a folder also holds README.txt', async () => {
    const { facts } = await analyseReadme({ 'README.txt': 'old', 'readme.md': '# New\n\n## Setup\n\n    npm install\n' })
    expect(facts['readme.isPresent']!.evidence).toEqual([{ path: 'readme.md' }])
    expect(facts['readme.setupHasCommand']!.evidence).toEqual([{ path: 'readme.md', line: 5 }])
  })

  it('does not count an empty README file, and says why', async () => {
    const { facts, notes } = await analyseReadme({ 'README.md': '\n  \n' })
    expect(facts['readme.isPresent']!.found).toBe(false)
    expect(notes).toEqual(['README.md is empty, so it does not count as a README'])
    expect((await analyseReadme({ 'README.md': '# my-api\n' })).facts['readme.isPresent']!.found).toBe(true)
  })

  it('does not take a README in a sub-folder for the root README', async () => {
    const { facts } = await analyseReadme({ 'docs/README.md': '# Docs' })
    expect(facts['readme.isPresent']!.found).toBe(false)
  })

  it('checks the listed endpoints against the routes found in the code', async () => {
    const app = "const express = require('express')\nconst app = express()\napp.get('/a', (req, res) => res.send('a'))\napp.post('/b', (req, res) => res.send('b'))\napp.listen(3000)\n"
    const files = { 'package.json': '{"name":"x","dependencies":{"express":"^4.19.2"}}', 'src/app.js': app }
    const most = await analyseReadme({ ...files, 'README.md': md('## API', '', '- `GET /a`', '- `POST /b`', '- `GET /c`') })
    expect(most.facts['readme.endpointsMatchRoutes']!.evidence.map((e) => e.line)).toEqual([3, 4])
    expect(most.facts['readme.endpointsMatchRoutes']!.found).toBe(true)
    const few = await analyseReadme({ ...files, 'README.md': md('## API', '', '- `GET /a`', '- `GET /x`', '- `GET /y`') })
    expect(few.facts['readme.endpointsMatchRoutes']!.found).toBe(false)
    expect(few.facts['readme.listsEndpoints']!.found).toBe(true)
  })
})
