import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadRules } from '../../src/engine/load-rules.js'
import { RULE_FACT_IDS } from './catalog.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const rules = loadRules({ knownFactIds: RULE_FACT_IDS })

/** Rows of the README's "Check catalog" table: id, layer, weight, pass condition. */
function catalogRows(): { id: string; layer: string; weight: number; passes: string }[] {
  const section = readme.slice(readme.indexOf('## Check catalog'), readme.indexOf('\n## ', readme.indexOf('## Check catalog') + 5))
  return [...section.matchAll(/^\| `([^`]+)` \| (\w+) \| (\d+) \| (.+) \|$/gm)].map((m) => ({ id: m[1]!, layer: m[2]!, weight: Number(m[3]), passes: m[4]! }))
}

describe('README check catalog', () => {
  it('lists every rule, in catalog order, with the layer and weight of its rules/*.yml file', () => {
    expect(catalogRows().map(({ id, layer, weight }) => ({ id, layer, weight }))).toEqual(rules.map(({ id, layer, weight }) => ({ id, layer, weight })))
  })

  it('says when each check passes', () => {
    for (const row of catalogRows()) expect(row.passes.length, row.id).toBeGreaterThan(20)
  })
})
