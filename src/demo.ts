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
const baseUrl = `http://localhost:${port}`

for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true })
const store = await createStore(`file:${dbFile}`)
const app = createWebApp({ store, baseUrl })
// The port is taken before the scans (a newcomer's most likely problem is something else on 3000: say so at once);
// the URL is printed once the portfolio is complete.
const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST })
await new Promise<void>((resolve) => {
  server.once('listening', resolve)
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use: try PORT=${port + 1} npm run demo` : `Cannot serve the demo: ${error.message}`)
    void store.close().finally(() => process.exit(1))
  })
})
console.log('Scanning the demo portfolio (test/fixtures/repos/app-*) ...')
const repos = await seedDemo(store, { fixturesDir: `${root}test/fixtures/repos`, log: (line) => console.log(`  ${line}`) })
console.log(`\n${repos.length} repos scanned. Open ${baseUrl}/${DEMO_ACCOUNT} (Ctrl+C to stop)`)
const stop = () => {
  server.close()
  void store.close().finally(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
