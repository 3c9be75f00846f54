/** @module Every renderer in one import (Report -> string; routes -> string). Pure. Entry points that care about start-up time import the one renderer module they need instead. */
export { renderText, type TextOptions } from './text.js'
export { renderMarkdown, ISSUE_MARKER, RESCAN_MARKER, MAX_ISSUE_LENGTH, type MarkdownOptions } from './markdown.js'
export { renderJson, toJsonReport, type JsonReport } from './json.js'
export { renderSarif, type SarifOptions } from './sarif.js'
export { renderCheckRun, checkRunAnnotations, type CheckRunOutput, type CheckRunAnnotation } from './check-run.js'
export { formatRoutesTable, formatRoutesJson } from './routes.js'
