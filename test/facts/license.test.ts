import { describe, expect, it } from 'vitest'
import { license } from '../../src/facts/license.js'
import type { Snapshot } from '../../src/types.js'
import { contextOf, runAnalyzer } from '../helpers/context.js'

describe('license analyzer', () => {
  it('finds a LICENSE file with real text at the root', async () => {
    const { facts } = await runAnalyzer(license, 'lic-mit-file')
    expect(facts['license.isPresent']).toEqual({ id: 'license.isPresent', found: true, evidence: [{ path: 'LICENSE' }] })
  })

  it('rejects a title-only LICENSE.md, an UNLICENSED package.json and a README sentence', async () => {
    const { facts } = await runAnalyzer(license, 'lic-stub-unlicensed')
    expect(facts['license.isPresent']).toEqual({ id: 'license.isPresent', found: false, evidence: [] })
  })

  it('accepts the license field of the root package.json of a workspace whose backend declares none', async () => {
    const { facts } = await runAnalyzer(license, 'lic-workspace-root')
    expect(facts['license.isPresent']).toEqual({ id: 'license.isPresent', found: true, evidence: [{ path: 'package.json', line: 5 }] })
  })

  it('accepts the license field of a backend folder manifest in a monorepo', async () => {
    const { facts } = await runAnalyzer(license, 'proj-monorepo')
    expect(facts['license.isPresent']!.evidence).toEqual([{ path: 'backend/package.json', line: 4 }])
  })

  it('accepts a license file in the backend folder but not one in the frontend folder', async () => {
    const { facts } = await runAnalyzer(license, 'lic-backend-license-file')
    expect(facts['license.isPresent']).toEqual({ id: 'license.isPresent', found: true, evidence: [{ path: 'server/LICENSE.txt' }] })
  })

  it('reads named licenses from pom.xml and composer.json of backend roots', async () => {
    const { facts } = await runAnalyzer(license, 'proj-polyglot')
    expect(facts['license.isPresent']!.evidence).toEqual([
      { path: 'services/inventory/pom.xml', line: 11 },
      { path: 'services/web/composer.json', line: 4 },
    ])
  })

  it('judges a LICENSE of nothing but blank lines quickly and as a stub', async () => {
    const text = '\n'.repeat(900_000)
    const snapshot: Snapshot = {
      repo: { name: 'r', commit: 'c' },
      files: [{ path: 'LICENSE', size: text.length }],
      notes: [],
      vendored: [],
      listing: 'walk',
      read: async () => text,
    }
    const start = performance.now()
    const [fact] = await license.run(contextOf(snapshot))
    expect(performance.now() - start).toBeLessThan(1000)
    expect(fact!.found).toBe(false)
  })
})
