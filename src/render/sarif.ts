/** @module SARIF 2.1.0: one rule per check, one result per failed check, with a location where the check has evidence. Pure. */
import type { Report } from '../types.js'

export type SarifOptions = {
  /** portfolio-check's version, for tool.driver.version. */
  version?: string
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const INFO_URI = 'https://github.com/portfolio-check/portfolio-check'

/** Render the report as a SARIF log (for code-scanning uploads and editors). */
export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const rules = report.checks.map((c) => ({
    id: c.id,
    name: c.id.replace(/[.-](\w)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: c.title },
    fullDescription: { text: c.why.trim() },
    help: { text: c.fix, markdown: c.fix },
    properties: { layer: c.layer, weight: c.weight, effort: c.effort, tags: ['portfolio-check', c.layer] },
  }))
  const results = report.checks
    .map((c, ruleIndex) => ({ c, ruleIndex }))
    .filter(({ c }) => c.status === 'fail')
    .map(({ c, ruleIndex }) => {
      const where = c.evidence[0]
      return {
        ruleId: c.id,
        ruleIndex,
        level: c.weight >= 6 ? 'error' : 'warning',
        message: { text: `${c.title}: not found. ${firstParagraph(c.fix)}` },
        ...(where && {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(where.path), uriBaseId: '%SRCROOT%' },
                ...(where.line && { region: { startLine: where.line } }),
              },
            },
          ],
        }),
        properties: { gain: c.gain },
      }
    })
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'portfolio-check', informationUri: INFO_URI, ...(options.version && { version: options.version }), rules } },
        ...(/^[0-9a-f]{40}$/i.test(report.repo.commit) && { versionControlProvenance: [{ repositoryUri: report.repo.url ?? report.repo.name, revisionId: report.repo.commit }] }),
        results,
        properties: { score: report.score, level: report.level, track: report.track },
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function firstParagraph(markdown: string): string {
  return markdown.trim().split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ')
}
