/** @module Typed errors, thrown where a problem is found and handled once at an edge (CLI, web onError, job runner). */

/** Bad command-line usage: the CLI prints the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A rules/*.yml or templates/ file is invalid: start-up stops with file, field and reason. */
export class RuleFileError extends Error {
  override name = 'RuleFileError'
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field}: ${reason}`)
  }
}

/** A repository could not be read (missing path, not a folder, API refused). */
export class SourceError extends Error {
  override name = 'SourceError'
  constructor(
    message: string,
    /** Whether trying again later may succeed (network, 5xx, rate limit). */
    readonly retryable = false,
  ) {
    super(message)
  }
}

/** Invalid environment or server configuration: start-up stops with the variable and the reason. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
