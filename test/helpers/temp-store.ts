// Test helper: a real SQLite store in a temporary folder, removed after the test.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/types.js'

export type TempStore = { store: Store; url: string; reopen(): Promise<Store>; cleanup(): Promise<void> }

/** Open a migrated SQLite store in a fresh folder; `reopen` opens a second connection to the same file (a restart). */
export async function tempStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-gh-'))
  const url = `file:${join(dir, 'store.db')}`
  const opened: Store[] = []
  const open = async () => {
    const store = await createStore(url)
    opened.push(store)
    return store
  }
  const store = await open()
  return {
    store,
    url,
    reopen: open,
    async cleanup() {
      for (const s of opened) await s.close().catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Poll until `check` holds (or fail after `timeoutMs`). */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
