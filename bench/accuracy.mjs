// Accuracy harness (`npm run accuracy`): scans every labelled fixture repository with the built
// engine and compares each verdict with test/fixtures/labels.yml. Prints precision, recall and F1 per
// check and overall, and exits 1 when a check's macro F1 (pass and fail classes) is under 0.95.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { summarise, tally } from './accuracy-metrics.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const threshold = Number(process.env.ACCURACY_MIN ?? 0.95)
if (!existsSync(join(root, 'dist/scan.js'))) {
  console.error('dist/scan.js is missing: run `npm run build` first (npm ci does it through `prepare`).')
  process.exit(2)
}
const { scan } = await import(join(root, 'dist/scan.js'))
const { LocalSource } = await import(join(root, 'dist/source/local.js'))
const labels = parse(readFileSync(join(root, 'test/fixtures/labels.yml'), 'utf8'))

const table = new Map()
const mistakes = []
for (const [repo, expected] of Object.entries(labels)) {
  const report = await scan(new LocalSource(join(root, 'test/fixtures/repos', repo)))
  mistakes.push(...tally(table, repo, expected, report.checks))
}

const { rows, overall } = summarise(table)
const pad = (s, n) => String(s).padEnd(n)
const num = (x) => x.toFixed(2)
const line = (r) => `${pad(r.check, 22)} ${pad(r.n, 5)} ${pad(num(r.precision), 10)} ${pad(num(r.recall), 8)} ${pad(num(r.f1), 6)} ${num(r.macro)}`
console.log(`${pad('check', 22)} ${pad('n', 5)} ${pad('precision', 10)} ${pad('recall', 8)} ${pad('F1', 6)} macro-F1`)
for (const r of rows) console.log(line(r) + (r.macro < threshold ? `  <-- under ${threshold}` : ''))
console.log(line(overall))
console.log(`\n${Object.keys(labels).length} repositories, ${overall.n} labelled verdicts, ${mistakes.length} mistakes`)
for (const m of mistakes) console.log(`  - ${m}`)
process.exit(rows.some((r) => r.macro < threshold) ? 1 : 0)
