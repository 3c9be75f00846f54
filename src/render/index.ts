/** @module The renderers by format name: Report -> string. Pure; import a single renderer module directly when start-up time matters. */
export { renderText, type TextOptions } from './text.js'
export { renderMarkdown, ISSUE_MARKER, RESCAN_MARKER, MAX_ISSUE_LENGTH, type MarkdownOptions } from './markdown.js'
export { renderJson, toJsonReport, type JsonReport } from './json.js'
export { renderSarif, type SarifOptions } from './sarif.js'
export { renderCheckRun, checkRunAnnotations, type CheckRunOutput, type CheckRunAnnotation } from './check-run.js'

/** Output formats of `portfolio-check scan --format`. */
export const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const
export type Format = (typeof FORMATS)[number]
