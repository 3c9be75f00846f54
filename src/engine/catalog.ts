/** @module The catalog: the 24 check ids every report lists, in the order of shared CATALOG.md, and the six layers. Pure data. */
import type { LayerId } from '../types.js'

/** Catalog check ids in catalog order. A project may add checks, never rename or drop these. */
export const CATALOG_IDS = [
  'readme.present',
  'readme.setup',
  'readme.env',
  'readme.architecture',
  'readme.api',
  'api.spec',
  'tests.present',
  'tests.http',
  'ci.present',
  'ci.tests',
  'docker.file',
  'docker.compose',
  'auth.routes',
  'auth.hashing',
  'auth.tokens',
  'validation.input',
  'db.present',
  'db.migrations',
  'config.env-example',
  'security.no-secrets',
  'ops.logging',
  'ops.health',
  'git.ignore',
  'license.present',
] as const

/** The six layers, in the order reports show them. */
export const LAYERS: readonly LayerId[] = ['docs', 'testing', 'api', 'data', 'security', 'delivery']

/**
 * Sort key that puts catalog ids first, in catalog order, then any extra checks by id.
 * @example ids.sort(byCatalogOrder)
 */
export function byCatalogOrder(a: string, b: string): number {
  const ia = (CATALOG_IDS as readonly string[]).indexOf(a)
  const ib = (CATALOG_IDS as readonly string[]).indexOf(b)
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib)
  return a < b ? -1 : a > b ? 1 : 0
}
