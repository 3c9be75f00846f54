/** @module The CLI's edge: parse the command, run it, and map errors to exit codes (2 usage or unreadable path, 3 anything unexpected). */
import { parseCommand } from './args.js'
import { HELP } from './help.js'
import type { CliIO } from './io.js'

/** Run the CLI with argv (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const cmd = parseCommand(argv)
    switch (cmd.name) {
      case 'help':
        io.stdout(HELP)
        return 0
      case 'version':
        io.stdout(`${(await import('./version.js')).version()}\n`)
        return 0
      case 'rules':
        return await (await import('./rules-command.js')).runRules(io)
      case 'routes':
        return await (await import('./routes-command.js')).runRoutes(cmd, io)
      case 'scan':
        return await (await import('./scan-command.js')).runScan(cmd, io)
    }
  } catch (error) {
    return fail(error, io)
  }
}

/** Errors are compared by name, not class: a bundled CLI and lazily loaded modules may hold separate copies. */
function fail(error: unknown, io: CliIO): number {
  const e = error instanceof Error ? error : new Error(String(error))
  if (e.name === 'UsageError' || e.name === 'SourceError') {
    io.stderr(`portfolio-check: ${oneLine(e.message)}\n`)
    return 2
  }
  if (e.name === 'RuleFileError') {
    io.stderr(`portfolio-check: invalid rule or template file: ${oneLine(e.message)}\n`)
    return 3
  }
  io.stderr(`portfolio-check: internal error: ${oneLine(e.message)}\n${e.stack ?? ''}\n`)
  return 3
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}
