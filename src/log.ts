/** @module The server's logger: pino JSON lines, with credentials redacted wherever a caller might pass them. */
import { pino, type DestinationStream, type Logger } from 'pino'

/**
 * Paths pino blanks out. Octokit already redacts the authorization header in its errors; these are the second
 * line of defence for objects we log ourselves (options, credentials, request/response headers).
 */
export const REDACTED_PATHS = [
  'privateKey',
  '*.privateKey',
  'webhookSecret',
  '*.webhookSecret',
  'token',
  '*.token',
  'headers.authorization',
  '*.headers.authorization',
  '*.*.headers.authorization',
  'err.request.headers.authorization',
  'err.response.data.token',
]

/**
 * Create the server's logger.
 * @param destination where lines go (stdout by default; tests capture them)
 * @example const log = createLog('info')
 */
export function createLog(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }
  return destination ? pino(options, destination) : pino(options)
}
