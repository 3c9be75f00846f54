/** @module The web service's dependencies, viewer and Hono environment types. */
import type { Store } from '../store/types.js'

/** What GitHub says the signed-in user may do with a repository. */
export type Access = 'none' | 'read' | 'write'

/** Asks GitHub (with the user's token) whether the user can see a repository. */
export type AccessChecker = (args: { token: string; login: string; account: string; repo: string }) => Promise<Access>

/** Everything createWebApp needs; only `store` is required. */
export type WebDeps = {
  store: Store
  /** Public URL of the server, for OAuth redirects, share links and the CSRF origin check. */
  baseUrl?: string
  /** GitHub OAuth app (or GitHub App) client credentials; without them sign-in is switched off. */
  oauth?: { clientId: string; clientSecret: string }
  /** Signs (and encrypts) cookies; a random one is used when absent, so sessions end at restart. */
  sessionSecret?: string
  /** REST API base, https://api.github.com or <GHE>/api/v3. */
  githubApiUrl?: string
  /** Web base for evidence and commit links, https://github.com or the GHE host. */
  githubUrl?: string
  /** Replaces the GitHub access check (tests, or another forge). */
  accessChecker?: AccessChecker
  /** Seconds an access answer is reused (default 60). */
  accessCacheSeconds?: number
  /** Where unexpected errors are reported (never to the client). */
  logError?: (error: unknown, context: { method: string; path: string }) => void
}

/** Who is asking: a signed-in GitHub user, a share-link holder, both or neither. */
export type Viewer = {
  login?: string
  token?: string
  /** The account whose portfolio a valid share link opened. */
  shareAccount?: string
}

/** Hono generics for every route of the service. */
export type WebEnv = { Variables: { viewer: Viewer } }
