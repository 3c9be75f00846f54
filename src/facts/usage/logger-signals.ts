/** @module How a logging library or framework logger shows in the app's own code, per ecosystem. Data only. */
import type { Language } from '../../types.js'
import type { Signal } from './signals.js'

const JS: Language[] = ['javascript']
const PY: Language[] = ['python']

/** Alembic's and Flask-Migrate's generated env.py set up logging for the migration tool, not the app. */
const GENERATED_LOGGING = /(^|\/)(alembic|migrations)\/env\.py$/

/** A call of a log method on a logger-looking receiver (logger.info, self.log.warning, app_logger.error ...). */
const PY_LOG_CALL =
  /(?<![\w.])(?:self\.|cls\.)?(log|logger|_log|_logger|logging|\w+_logger|\w+_log)\.(debug|info|warning|warn|error|exception|critical|log|msg)\s*\(/i

/**
 * A leveled log call with a message in Go (logger.Info("..."), log.Errorf(...)). Configuration calls
 * (SetLevel, SetFormatter) are not logging; fmt.Errorf, errors and gin's c.Error are other things; the
 * standard library's log has no Info/Warn/Error/Debug, so it never matches.
 */
const GO_LEVEL_CALL = /\b(?!(?:fmt|errors|status|c|ctx|t|b)\.)\w+\.(Debug|Info|Warn|Warning|Error|Trace)(f|w|ln|Context)?\s*\(\s*[^)\s]/

/**
 * Logging beyond print/console.log, called by the app's own code. Framework logger configuration alone
 * (Django's LOGGING dict, Rails' config.logger, Laravel's config/logging.php) does not count.
 * Go's standard `log` package does not count: it prints lines with a timestamp and has no levels or
 * structure, and `log.Fatal(http.ListenAndServe(...))` sits in nearly every Go server.
 */
export const LOGGER_SIGNALS: readonly Signal[] = [
  {
    // request loggers log every request once mounted
    label: 'request-logging middleware',
    languages: JS,
    modules: ['morgan', 'pino-http', 'express-pino-logger', 'express-winston', 'koa-logger', 'hono/logger', 'hono-pino', 'nestjs-pino', '@elysiajs/logger'],
  },
  {
    // a logger that is created must also be called somewhere (often from another module)
    label: 'logging library',
    all: [
      { label: 'logger created', languages: JS, modules: ['pino', 'winston', 'bunyan', 'log4js', 'consola', 'signale', 'loglevel', 'roarr', 'tslog'] },
      { label: 'log call', languages: JS, pattern: /\b(\w*log\w*|consola|signale)\.(info|warn|error|debug|fatal|trace|http|verbose|success|child)\s*\(/i },
    ],
  },
  {
    label: 'NestJS Logger',
    languages: JS,
    modules: ['@nestjs/common'],
    pattern: /\bnew\s+Logger\s*\(|\bLogger\.(log|error|warn|debug|verbose|fatal)\s*\(|\bthis\.logger\.(log|error|warn|debug|verbose|fatal)\s*\(/,
  },
  {
    label: 'Fastify logger',
    languages: JS,
    modules: ['fastify'],
    scope: 'project',
    pattern: /\blogger\s*:\s*(true|\{|[\w.]+\s*(\?\?|\|\|)\s*true)|\b(request|req|fastify|app|server|instance)\.log\.(info|error|warn|debug|fatal|trace)\s*\(/,
  },
  { label: 'Python logging call', languages: PY, modules: ['logging', 'structlog', 'loguru'], scope: 'project', pattern: PY_LOG_CALL, exclude: GENERATED_LOGGING },
  { label: 'Flask app.logger call', languages: PY, modules: ['flask'], scope: 'project', pattern: /\b(app|current_app)\.logger\.(debug|info|warning|error|exception|critical)\s*\(/ },
  { label: 'zap logger call', languages: ['go'], modules: ['go.uber.org/zap'], pattern: GO_LEVEL_CALL },
  { label: 'logrus logger call', languages: ['go'], modules: ['github.com/sirupsen/logrus'], pattern: GO_LEVEL_CALL },
  { label: 'zerolog logger call', languages: ['go'], modules: ['github.com/rs/zerolog'], pattern: /\.(Debug|Info|Warn|Error|Fatal|Panic|Trace)\(\)\s*\.\s*(Msg|Msgf|Send|Str|Int|Err|Interface|Dur)\b/ },
  { label: 'slog logger call', languages: ['go'], modules: ['log/slog', 'golang.org/x/exp/slog'], pattern: GO_LEVEL_CALL },
  {
    label: 'request-logging middleware',
    languages: ['go'],
    modules: ['github.com/gin-gonic/gin', 'github.com/labstack/echo', 'github.com/go-chi/chi', 'github.com/gofiber/fiber'],
    pattern: /\bgin\.Logger(WithConfig)?\s*\(|\bmiddleware\.(Logger|RequestLogger\w*)\b|\blogger\.New\s*\(/,
  },
  {
    label: 'SLF4J/Log4j logger',
    all: [
      {
        label: 'logger declared',
        languages: ['java'],
        pattern: /\bLoggerFactory\.getLogger\s*\(|@(Slf4j|Log4j2?|CommonsLog|Log|XSlf4j)\b|\bLogManager\.getLogger\s*\(|\bLogger\.getLogger\s*\(|\bKotlinLogging\.logger\b/,
      },
      { label: 'log call', languages: ['java'], pattern: /\b(log|logger|_log|_logger)\.(info|debug|warn|error|trace|warning|severe|fine)\s*[({]/i },
    ],
  },
  { label: 'Rails logger call', languages: ['ruby'], exclude: /(^|\/)config\//, pattern: /\b(Rails\.logger|logger)\.(debug|info|warn|error|fatal|unknown)\b/ },
  {
    label: 'Laravel Log facade / Monolog',
    languages: ['php'],
    exclude: /(^|\/)config\//,
    pattern: /\bLog::(debug|info|notice|warning|error|critical|alert|emergency|channel|stack|log)\s*\(|(?<![\w>$:])logger\s*\(|->logger->\w+\s*\(|\$logger->(debug|info|notice|warning|error|critical|alert|emergency)\s*\(/,
  },
  { label: 'ILogger call', languages: ['csharp'], pattern: /\.Log(Information|Warning|Error|Debug|Critical|Trace)\s*\(/ },
  { label: 'Serilog', languages: ['csharp'], pattern: /\bLog\.(Information|Warning|Error|Debug|Fatal|Verbose)\s*\(|\.UseSerilogRequestLogging\s*\(/ },
]
