/** @module What the CLI commands need from the process, passed in so commands stay testable. */

export type CliIO = {
  stdout(text: string): void
  stderr(text: string): void
  env: Readonly<Record<string, string | undefined>>
  /** Whether stdout is a terminal (colour is used only then, and only without NO_COLOR). */
  isTTY: boolean
}
