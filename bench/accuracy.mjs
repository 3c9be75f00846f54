// Accuracy harness (`npm run accuracy`): scans every labelled fixture repository with the built
// engine and compares each verdict with test/fixtures/labels.yml. Prints precision, recall and F1 per
// check and overall, and exits 1 when a check's macro F1 (pass and fail classes) is under 0.95.
import { readFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const threshold = Number(process.env.ACCURACY_MIN ?? 0.95)
if (!existsSync(join(root, 'dist/scan.js'))) {
  console.error('dist/scan.js is missing: run `npm run build` first (npm ci does it through `prepare`).')
  process.exit(2)
}
const { scan } = await import(join(root, 'dist/scan.js'))
const { LocalSource } = await import(join(root, 'dist/source/local.js'))
const labels = parse(readFileSync(join(root, 'test/fixtures/labels.yml'), 'utf8'))

/** Per check: counts of (expected, actual) pairs. */
const table = new Map()
const mistakes = []
for (const [repo, expected] of Object.entries(labels)) {
  const report = await scan(new LocalSource(join(root, 'test/fixtures/repos', repo)))
  const actual = new Map(report.checks.map((c) => [c.id, c]))
  for (const [check, want] of Object.entries(expected)) {
    const got = actual.get(check)?.status ?? 'missing'
    const row = table.get(check) ?? { tp: 0, fp: 0, fn: 0, tn: 0, skipOk: 0, other: 0, n: 0 }
    row.n++
    if (want === 'pass' && got === 'pass') row.tp++
    else if (want === 'fail' && got === 'fail') row.tn++
    else if (want === 'skip' && got === 'skip') row.skipOk++
    else {
      if (got === 'pass') row.fp++
      else if (want === 'pass') row.fn++
      else row.other++
      mistakes.push(`${repo}: ${check} expected ${want}, got ${got}${got === 'skip' ? ` (${actual.get(check)?.reason ?? ''})` : ''}`)
    }
    table.set(check, row)
  }
}

const f1 = (tp, fp, fn) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn))
const ratio = (a, b) => (b === 0 ? 1 : a / b)
/** Macro F1 over the pass class and the fail/skip class, so missing a failure costs as much as a false pass. */
const macro = (r) => (f1(r.tp, r.fp, r.fn) + f1(r.tn + r.skipOk, r.fn, r.fp + r.other)) / 2

const pad = (s, n) => String(s).padEnd(n)
const num = (x) => x.toFixed(2)
console.log(`${pad('check', 22)} ${pad('n', 4)} ${pad('precision', 10)} ${pad('recall', 8)} ${pad('F1', 6)} macro-F1`)
let failed = false
const total = { tp: 0, fp: 0, fn: 0, tn: 0, skipOk: 0, other: 0, n: 0 }
for (const [check, r] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
  for (const k of Object.keys(total)) total[k] += r[k]
  const m = macro(r)
  if (m < threshold) failed = true
  console.log(
    `${pad(check, 22)} ${pad(r.n, 4)} ${pad(num(ratio(r.tp, r.tp + r.fp)), 10)} ${pad(num(ratio(r.tp, r.tp + r.fn)), 8)} ${pad(num(f1(r.tp, r.fp, r.fn)), 6)} ${num(m)}${m < threshold ? '  <-- under ' + threshold : ''}`,
  )
}
console.log(
  `${pad('overall', 22)} ${pad(total.n, 4)} ${pad(num(ratio(total.tp, total.tp + total.fp)), 10)} ${pad(num(ratio(total.tp, total.tp + total.fn)), 8)} ${pad(num(f1(total.tp, total.fp, total.fn)), 6)} ${num(macro(total))}`,
)
console.log(`\n${Object.keys(labels).length} repositories, ${total.n} labelled verdicts, ${mistakes.length} mistakes`)
for (const m of mistakes) console.log(`  - ${m}`)
process.exit(failed ? 1 : 0)
