// Hand-made findings for engine and render tests.
import type { Finding, LayerId, Status } from '../../src/types.js'

/** A finding with sensible defaults; override what the test is about. */
export function finding(id: string, status: Status, weight: number, layer: LayerId = 'docs', extra: Partial<Finding> = {}): Finding {
  return { id, status, title: `Title of ${id}`, layer, weight, effort: 'low', evidence: [], fix: `Fix ${id}`, why: `Why ${id}`, gain: 0, ...extra }
}
