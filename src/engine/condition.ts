/** @module Three-valued evaluation of a rule condition over facts: true, false, or unknown when a needed fact is missing (its analyzer failed). Pure. */
import type { Condition, Evidence, Fact } from '../types.js'

/** The outcome of a condition and the facts that decided it. */
export type Outcome = {
  value: boolean | undefined
  /** Facts whose values decided the outcome (their evidence supports the verdict). */
  deciding: Fact[]
  /** Fact ids that were missing, when the outcome is unknown. */
  missing: string[]
}

/**
 * Evaluate `{all|any|not}` (several keys = all of them). Kleene logic: `any` holds as soon as one
 * known item holds, even if another is missing; `all` fails as soon as one known item fails.
 * `not: [a, b]` holds when none of a, b holds.
 */
export function evaluateCondition(condition: Condition, facts: ReadonlyMap<string, Fact>): Outcome {
  const parts: Outcome[] = []
  if (condition.all) parts.push(all(condition.all.map((i) => item(i, facts))))
  if (condition.any) parts.push(any(condition.any.map((i) => item(i, facts))))
  if (condition.not) parts.push(negate(any(condition.not.map((i) => item(i, facts)))))
  return all(parts)
}

function item(entry: string | Condition, facts: ReadonlyMap<string, Fact>): Outcome {
  if (typeof entry !== 'string') return evaluateCondition(entry, facts)
  const fact = facts.get(entry)
  return fact ? { value: fact.found, deciding: [fact], missing: [] } : { value: undefined, deciding: [], missing: [entry] }
}

function all(parts: Outcome[]): Outcome {
  const failed = parts.filter((p) => p.value === false)
  if (failed.length) return { value: false, deciding: failed.flatMap((p) => p.deciding), missing: [] }
  const unknown = parts.filter((p) => p.value === undefined)
  if (unknown.length) return { value: undefined, deciding: [], missing: unknown.flatMap((p) => p.missing) }
  return { value: true, deciding: parts.flatMap((p) => p.deciding), missing: [] }
}

function any(parts: Outcome[]): Outcome {
  const held = parts.filter((p) => p.value === true)
  if (held.length) return { value: true, deciding: held.flatMap((p) => p.deciding), missing: [] }
  const unknown = parts.filter((p) => p.value === undefined)
  if (unknown.length) return { value: undefined, deciding: [], missing: unknown.flatMap((p) => p.missing) }
  return { value: false, deciding: parts.flatMap((p) => p.deciding), missing: [] }
}

function negate(outcome: Outcome): Outcome {
  return outcome.value === undefined ? outcome : { ...outcome, value: !outcome.value }
}

/** Evidence of the deciding facts, de-duplicated by path + line, in order. */
export function evidenceOf(facts: readonly Fact[]): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const fact of facts) {
    for (const evidence of fact.evidence) {
      const key = `${evidence.path}\0${evidence.line ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(evidence)
    }
  }
  return out
}
