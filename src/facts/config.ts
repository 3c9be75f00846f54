/** @module Analyzer "config": is there an example env/config file others can copy? Pure (file names only). */
import type { Analyzer } from './context.js'
import { baseName, depthOf, dirOf } from './util/paths.js'

/** `.env.example`, `.env.local.sample`, `env.template`, `.env-dist` ... */
const DOTENV_EXAMPLE = /^\.?env(\.[\w-]+)*[.\-_](example|sample|template|dist|tmpl|tpl|defaults)$/
/** `example.env`, `sample.env`, `template.env`. */
const EXAMPLE_DOTENV = /^(example|sample|template)([.\-_][\w-]+)?\.env$/
const EXAMPLE_WORD = new Set(['example', 'examples', 'sample', 'template', 'dist', 'tmpl', 'tpl'])
/** Words of config file names; `vars` and `wrangler` are Cloudflare's (`.dev.vars.example`), `envrc` direnv's. */
const CONFIG_WORD = new Set([
  'config', 'configuration', 'settings', 'application', 'appsettings', 'env', 'secrets', 'credentials', 'parameters', 'database',
  'local_settings', 'vars', 'wrangler', 'envrc',
])
const CONFIG_DIR = /(^|\/)(config|configs|conf|settings)$/
const DOC_EXTENSION = /\.(md|rst|txt|html|adoc)$/

/**
 * True for an example env/config file: a `.env` example by any common name, or a config/settings file
 * whose name says it is an example (`config.sample.json`, `application-example.yml`, `appsettings.example.json`,
 * `config/database.example.yml`, wrangler's `.dev.vars.example`, direnv's `.envrc.example`).
 * `appsettings.Development.json` or a real `config.json` are not examples.
 */
export function isEnvExample(path: string): boolean {
  const name = baseName(path).toLowerCase()
  if (DOTENV_EXAMPLE.test(name) || EXAMPLE_DOTENV.test(name)) return true
  if (DOC_EXTENSION.test(name)) return false
  const words = name.split(/[.\-]/)
  if (!words.some((w) => EXAMPLE_WORD.has(w))) return false
  return words.some((w) => CONFIG_WORD.has(w)) || CONFIG_DIR.test(dirOf(path))
}

/** `config.hasEnvExample`: an example env/config file anywhere outside vendored folders (shallowest first). */
export const config: Analyzer = {
  name: 'config',
  facts: ['config.hasEnvExample'],
  async run(ctx) {
    const found = ctx.snapshot.files
      .filter((f) => isEnvExample(f.path))
      .sort((a, b) => depthOf(a.path) - depthOf(b.path) || (a.path < b.path ? -1 : 1))
      .slice(0, 5)
    return [{ id: 'config.hasEnvExample', found: found.length > 0, evidence: found.map((f) => ({ path: f.path })) }]
  },
}
