/** @module Reads the Markdown templates (templates/*.md) once at start-up, so renderers stay free of I/O. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RuleFileError } from '../errors.js'
import { packageRoot } from './package-root.js'

/** The templates renderers fill: the checklist issue body and the check-run summary. */
export type Templates = { issue: string; checkRun: string }

const FILES: Record<keyof Templates, string> = { issue: 'issue.md', checkRun: 'check-run.md' }

/**
 * Read every template from `dir` (default: the package's templates/).
 * @throws RuleFileError `templates/<file>: file: <reason>` when one is missing or empty.
 */
export function loadTemplates(dir = join(packageRoot(), 'templates')): Templates {
  const out = {} as Templates
  for (const [key, name] of Object.entries(FILES) as [keyof Templates, string][]) {
    let text: string
    try {
      text = readFileSync(join(dir, name), 'utf8')
    } catch (error) {
      throw new RuleFileError(`templates/${name}`, 'file', `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    }
    if (!text.trim()) throw new RuleFileError(`templates/${name}`, 'file', 'empty')
    out[key] = text
  }
  return out
}
