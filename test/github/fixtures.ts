// Test helper: the webhook payload fixtures (trimmed from @octokit/webhooks-examples), fresh copies per call.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const DIR = join(import.meta.dirname, '..', 'fixtures', 'webhooks')

/** A deep copy of test/fixtures/webhooks/<name>.json, to tweak per test. */
export function payload<T = Record<string, any>>(name: string): T {
  return JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as T
}
