// Accuracy metrics shared by `npm run accuracy` (bench/accuracy.mjs) and test/accuracy.test.ts:
// compare scan verdicts with the labels in test/fixtures/labels.yml. Pure: no I/O.

/** Fold one repo's labelled verdicts into per-check counts; returns the mistakes as sentences. */
export function tally(table, repo, expected, checks) {
  const actual = new Map(checks.map((c) => [c.id, c]))
  const mistakes = []
  for (const [check, want] of Object.entries(expected)) {
    const finding = actual.get(check)
    const got = finding?.status ?? 'missing'
    const row = table.get(check) ?? { tp: 0, fp: 0, fn: 0, tn: 0, skipOk: 0, other: 0, n: 0 }
    row.n++
    if (want === 'pass' && got === 'pass') row.tp++
    else if (want === 'fail' && got === 'fail') row.tn++
    else if (want === 'skip' && got === 'skip') row.skipOk++
    else {
      if (got === 'pass') row.fp++
      else if (want === 'pass') row.fn++
      else row.other++
      mistakes.push(`${repo}: ${check} expected ${want}, got ${got}${got === 'skip' ? ` (${finding?.reason ?? ''})` : ''}`)
    }
    table.set(check, row)
  }
  return mistakes
}

export const f1 = (tp, fp, fn) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn))
export const ratio = (a, b) => (b === 0 ? 1 : a / b)

/** Macro F1 over the pass class and the fail/skip class, so missing a failure costs as much as a false pass. */
export const macroF1 = (r) => (f1(r.tp, r.fp, r.fn) + f1(r.tn + r.skipOk, r.fn, r.fp + r.other)) / 2

/** Per-check rows plus an overall row, sorted by check id. */
export function summarise(table) {
  const total = { tp: 0, fp: 0, fn: 0, tn: 0, skipOk: 0, other: 0, n: 0 }
  const rows = [...table].sort(([a], [b]) => a.localeCompare(b)).map(([check, r]) => {
    for (const k of Object.keys(total)) total[k] += r[k]
    return { check, ...r, precision: ratio(r.tp, r.tp + r.fp), recall: ratio(r.tp, r.tp + r.fn), f1: f1(r.tp, r.fp, r.fn), macro: macroF1(r) }
  })
  const overall = { check: 'overall', ...total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn), f1: f1(total.tp, total.fp, total.fn), macro: macroF1(total) }
  return { rows, overall }
}
