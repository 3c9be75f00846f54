/** @module Which files the secret scan looks at, and how: env files, key files, config and docs, relaxed test paths. Pure. */
import { isTestPath } from '../util/is-test-path.js'
import { baseName } from '../util/paths.js'

/**
 * 'env' for a real env file (.env, .env.local, .env.production, prod.env), 'example' for
 * .env.example/.sample/.template/.dist/.defaults, 'test' for .env.test/.env.testing/.env.ci (committed
 * by framework convention with test values, so they are judged like test folders), else undefined.
 */
export function envFileKind(path: string): 'env' | 'example' | 'test' | undefined {
  const name = baseName(path).toLowerCase()
  if (!/^\.env(\..+)?$|^[\w.-]+\.env$/.test(name)) return undefined
  if (/(example|sample|template|tpl|dist|defaults?|schema)/.test(name)) return 'example'
  if (/^\.env\.(test|testing|ci)$/.test(name)) return 'test'
  return 'env'
}

/** Private key files by name: PEM/key files (checked for a key inside), SSH keys, keystores, Rails master keys. */
export function isKeyFileName(path: string): boolean {
  const name = baseName(path).toLowerCase()
  return /\.(pem|key|ppk|p12|pfx|jks|keystore)$/.test(name) || /^id_(rsa|dsa|ecdsa|ed25519)$/.test(name)
}

/** Lock files and generated maps hold long random-looking strings that are not secrets. */
const SKIPPED = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|go\.sum|Cargo\.lock|packages\.lock\.json|bun\.lockb?)$|\.(map|min\.js|svg|lock)$/i

/** Config, docs and scripts worth scanning besides source code. */
const TEXT = /\.(json|jsonc|ya?ml|toml|ini|cfg|conf|properties|xml|md|markdown|rst|txt|sh|bash|zsh|ps1|tf|tfvars|env|gradle|config|http|rest)$/i
const TEXT_NAMES = /^(dockerfile|containerfile|makefile|procfile|\.npmrc|\.pypirc|\.netrc|\.git-credentials|credentials|readme|\.env.*|[\w.-]+\.env)$/i

/** True for text files the secret scan reads (source code comes from the code index). */
export function isScannedText(path: string): boolean {
  if (SKIPPED.test(path)) return false
  return TEXT.test(path) || TEXT_NAMES.test(baseName(path)) || envFileKind(path) !== undefined
}

const FIXTURE_DIR = /(^|\/)(fixtures?|__fixtures__|testdata|test-data|__mocks__|mocks?)\//

/** Tests and fixtures: only live provider credentials count there (see secrets.ts). */
export function isRelaxedPath(path: string): boolean {
  return isTestPath(path) || FIXTURE_DIR.test(path) || envFileKind(path) === 'test'
}
