/** @module evaluate(): rules + facts + repo config -> one Finding per rule (pass, fail or skip with a reason). Pure. */
import type { Facts, Finding, ProjectRoot, RepoConfig, RuleDef } from '../types.js'
import { evaluateCondition, evidenceOf } from './condition.js'
import { factIdsOf } from './rule-schema.js'

/** Frameworks that refine another one: their fix variant is preferred when both are detected. */
const REFINES: Record<string, string> = { drf: 'django' }

/**
 * Judge every rule. Order of precedence: exempted by the repo config, could not tell (facts
 * missing), not applicable, then the `when` condition. `gain` is left at 0 (score.ts fills it).
 */
export function evaluate(rules: readonly RuleDef[], facts: Facts, config: RepoConfig): Finding[] {
  const byId = new Map(facts.facts.map((f) => [f.id, f]))
  const exemptions = new Map(config.exempt.map((e) => [e.check, e.reason]))
  const root = facts.roots[0]
  return rules.map((rule): Finding => {
    const base = {
      id: rule.id,
      title: rule.title,
      layer: rule.layer,
      weight: rule.weight,
      effort: rule.effort,
      why: rule.why,
      fix: pickFix(rule.fix, root),
      evidence: [],
      gain: 0,
    }
    const exemption = exemptions.get(rule.id)
    if (exemption !== undefined) return { ...base, status: 'skip', reason: `exempted in the repo config: ${exemption}` }
    if (rule.applies) {
      const applies = evaluateCondition(rule.applies, byId)
      if (applies.value === undefined) return { ...base, status: 'skip', reason: couldNotTell(applies.missing) }
      if (!applies.value) {
        const why = rule.notApplicable ?? `it needs ${factIdsOf(rule.applies).join(', ')}, which this repository does not show`
        return { ...base, status: 'skip', reason: `not applicable: ${why}` }
      }
    }
    const outcome = evaluateCondition(rule.when, byId)
    if (outcome.value === undefined) return { ...base, status: 'skip', reason: couldNotTell(outcome.missing) }
    return { ...base, status: outcome.value ? 'pass' : 'fail', evidence: evidenceOf(outcome.deciding) }
  })
}

/** Why a check was not judged: part of the scan failed (the notes say which file or analyzer); never a fail. */
function couldNotTell(missing: string[]): string {
  const ids = [...new Set(missing)]
  return `could not tell: the scan could not determine ${ids.join(', ')} (see the notes); this check does not count`
}

/**
 * The fix for the detected stack: a variant for one of the main project's frameworks (refining
 * frameworks such as drf first), then one for its language, else the default.
 */
export function pickFix(fix: RuleDef['fix'], root: ProjectRoot | undefined): string {
  if (!root) return fix.default
  const frameworks = [...root.frameworks].sort((a, b) => Number(REFINES[b] !== undefined) - Number(REFINES[a] !== undefined))
  for (const key of [...frameworks, root.language]) {
    const variant = fix[key]
    if (variant) return variant
  }
  return fix.default
}
