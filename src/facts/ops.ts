/** @module Analyzer "ops": does the app log through a logging library or framework logger, beyond print/console.log? Pure apart from snapshot reads. */
import type { Analyzer } from './context.js'
import { appFiles } from './usage/app-files.js'
import { LOGGER_SIGNALS } from './usage/logger-signals.js'
import { findSignals } from './usage/signals.js'

/**
 * `ops.usesLogger`: pino/winston/morgan/bunyan, NestJS Logger, Fastify's logger, Python logging/structlog/
 * loguru, zap/logrus/zerolog/slog, SLF4J/Log4j, Rails.logger, Laravel Log/Monolog, ILogger/Serilog,
 * called by the app's own non-test code. console.log, print and a generated alembic env.py do not count.
 */
export const ops: Analyzer = {
  name: 'ops',
  facts: ['ops.usesLogger'],
  async run(ctx) {
    const evidence = findSignals(await appFiles(ctx), LOGGER_SIGNALS, 3)
    return [{ id: 'ops.usesLogger', found: evidence.length > 0, evidence }]
  },
}
