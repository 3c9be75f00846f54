/** @module `portfolio-check routes`: the HTTP routes the extractor found (through the same analysis as a scan), as a table or JSON. */
import type { Command } from './args.js'
import type { CliIO } from './io.js'
import { openSource } from './source.js'

/** Print the routes of a repository; resolves to the exit code. */
export async function runRoutes(cmd: Extract<Command, { name: 'routes' }>, io: CliIO): Promise<number> {
  const source = await openSource(cmd.target, io.env)
  const [{ analyzeSource }, { formatRoutesJson, formatRoutesTable }] = await Promise.all([import('../scan.js'), import('../render/routes.js')])
  const { facts } = await analyzeSource(source)
  io.stdout(cmd.json ? formatRoutesJson(facts.routes) : formatRoutesTable(facts.routes))
  return 0
}
