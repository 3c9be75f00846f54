#!/usr/bin/env node
/** @module The `portfolio-check` command: wiring only (process in, exit code out). The commands live in src/cli/. */
import { main } from './cli/main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
})
