/** @module `portfolio-check scan`: scan, render in the chosen format, optionally save, and turn --min-score into the exit code. */
import { readFile } from 'node:fs/promises'
import { UsageError } from '../errors.js'
import type { Report } from '../types.js'
import type { Command, Format } from './args.js'
import type { CliIO } from './io.js'
import { openSource } from './source.js'

/** Run a scan command; resolves to the exit code. */
export async function runScan(cmd: Extract<Command, { name: 'scan' }>, io: CliIO): Promise<number> {
  const configText = cmd.config === undefined ? undefined : await readConfig(cmd.config)
  const source = await openSource(cmd.target, io.env)
  const { scan, rules } = await import('../scan.js')
  if (configText !== undefined) await checkConfig(configText, cmd.config!, rules().map((r) => r.id))
  const report = await scan(source, { ...(cmd.track && { track: cmd.track }), configText, configSource: cmd.config })
  io.stdout(await render(report, cmd.format, io))
  if (cmd.save) await save(report, io)
  if (cmd.minScore !== undefined && report.score < cmd.minScore) {
    io.stderr(`portfolio-check: score ${report.score} is below --min-score ${cmd.minScore}\n`)
    return 1
  }
  return 0
}

async function readConfig(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(`--config: cannot read "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a readable YAML file`)
  }
}

/**
 * A config file named on the command line is the user's own input, so a mistake in it is a usage
 * error (exit 2), unlike a repository's .github/portfolio-check.yml, whose mistakes become notes.
 */
async function checkConfig(text: string, path: string, checkIds: readonly string[]): Promise<void> {
  const { parseRepoConfig } = await import('../engine/repo-config.js')
  const [first, ...rest] = parseRepoConfig(text, path, checkIds).problems
  if (!first) return
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : ''
  throw new UsageError(`--config ${path}: ${first.field}: ${first.reason}${more}; expected a valid portfolio-check config (see the README, "Scoring")`)
}

/** Load only the renderer the format needs (start-up time). */
async function render(report: Report, format: Format, io: CliIO): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../render/json.js')).renderJson(report)
    case 'sarif': {
      const [{ renderSarif }, { version }] = await Promise.all([import('../render/sarif.js'), import('./version.js')])
      return renderSarif(report, { version: version() })
    }
    case 'markdown': {
      const [{ renderMarkdown }, { loadTemplates }] = await Promise.all([import('../render/markdown.js'), import('../engine/load-templates.js')])
      return renderMarkdown(report, { template: loadTemplates().issue })
    }
    case 'text':
      return (await import('../render/text.js')).renderText(report, { color: io.isTTY && !io.env.NO_COLOR })
  }
}

/** --save: the store (and its database driver) is loaded only here. */
async function save(report: Report, io: CliIO): Promise<void> {
  const { createStore, saveLocalScan, DEFAULT_DATABASE_URL } = await import('../store/index.js')
  const url = io.env.DATABASE_URL || DEFAULT_DATABASE_URL
  const store = await createStore(url)
  try {
    const record = await saveLocalScan(store, report)
    io.stderr(`portfolio-check: saved scan ${record.id} of ${report.repo.name} to ${url.replace(/\/\/[^@/]*@/, '//***@')}\n`)
  } finally {
    await store.close()
  }
}
