/** @module The GitHub App manifest: app.yml plus the URLs only the running server knows (homepage, webhook, redirect). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import { packageRoot } from '../engine/package-root.js'
import { ConfigError } from '../errors.js'

export type AppManifest = {
  name: string
  url: string
  description?: string
  public?: boolean
  hook_attributes: { url: string; active?: boolean }
  redirect_url: string
  default_events: string[]
  default_permissions: Record<string, 'read' | 'write'>
}

/** Read app.yml from the package root; a broken file stops the setup page with the reason. */
export function readAppYml(file = join(packageRoot(), 'app.yml')): Omit<AppManifest, 'url' | 'hook_attributes' | 'redirect_url'> {
  let parsed: unknown
  try {
    parsed = YAML.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ConfigError(`app.yml: cannot read (${(error as Error).message})`)
  }
  const yml = parsed as Partial<AppManifest> | null
  if (!yml?.name || !Array.isArray(yml.default_events) || !yml.default_permissions) {
    throw new ConfigError('app.yml: expected name, default_events and default_permissions')
  }
  return { name: yml.name, description: yml.description, public: yml.public ?? false, default_events: yml.default_events, default_permissions: yml.default_permissions }
}

/**
 * The manifest to post to GitHub.
 * @param baseUrl address of this server the browser returns to (BASE_URL)
 * @param webhookUrl where GitHub delivers webhooks: a smee.io channel in development, else BASE_URL's webhook route
 */
export function appManifest(baseUrl: string, webhookUrl = `${baseUrl}/api/github/webhooks`, yml = readAppYml()): AppManifest {
  return {
    ...yml,
    url: baseUrl,
    hook_attributes: { url: webhookUrl, active: true },
    redirect_url: `${baseUrl}/setup/callback`,
  }
}
