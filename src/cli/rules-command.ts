/** @module `portfolio-check rules`: the checks with their layer and weight, as a plain table. */
import type { CliIO } from './io.js'

/** Print every check (catalog order) with layer, weight and title. */
export async function runRules(io: CliIO): Promise<number> {
  const { rules } = await import('../scan.js')
  const list = rules()
  const width = Math.max(...list.map((r) => r.id.length))
  const lines = ['check'.padEnd(width) + '  layer     weight  title']
  for (const r of list) lines.push(`${r.id.padEnd(width)}  ${r.layer.padEnd(8)}  ${String(r.weight).padStart(6)}  ${r.title}`)
  const total = list.reduce((sum, r) => sum + r.weight, 0)
  lines.push('', `${list.length} checks, total weight ${total} (before track multipliers)`)
  io.stdout(`${lines.join('\n')}\n`)
  return 0
}
