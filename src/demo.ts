/** @module `npm run demo`: scan the fixture repos into a fresh ./data/demo.db under the account `demo` and serve the pages (no GitHub needed). */
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createStore } from './store/index.js'
import { createWebApp } from './web/app.js'
import { DEMO_ACCOUNT, seedDemo } from './web/demo-data.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const dbFile = `${root}data/demo.db`
const port = Number(process.env.PORT ?? 3000)

for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true })
const store = await createStore(`file:${dbFile}`)
console.log('Scanning the demo portfolio (test/fixtures/repos/app-*) ...')
const repos = await seedDemo(store, { fixturesDir: `${root}test/fixtures/repos`, log: (line) => console.log(`  ${line}`) })
const baseUrl = `http://localhost:${port}`
const app = createWebApp({ store, baseUrl })
const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST }, () => {
  console.log(`\n${repos.length} repos scanned. Open ${baseUrl}/${DEMO_ACCOUNT} (Ctrl+C to stop)`)
})
// A newcomer's most likely problem: something else already listens on 3000.
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use: try PORT=${port + 1} npm run demo` : `Cannot serve the demo: ${error.message}`)
  void store.close().finally(() => process.exit(1))
})
const stop = () => {
  server.close()
  void store.close().finally(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
