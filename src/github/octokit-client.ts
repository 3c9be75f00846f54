/** @module Adapts an Octokit instance to the minimal GitHubClient the core's GitHubSource takes (fixing the GraphQL address on GitHub Enterprise). */
import type { GitHubClient } from '../source/github.js'

/** The part of Octokit used here; both ProbotOctokit and @octokit/rest instances fit. */
export type OctokitLike = {
  request: ((route: string, params?: Record<string, unknown>) => Promise<{ status: number; data: unknown; headers: object }>) & {
    endpoint: { DEFAULTS: { baseUrl: string } }
  }
}

/**
 * The GraphQL address for a REST base URL: GitHub Enterprise serves REST under /api/v3 and GraphQL
 * under /api/graphql, so `POST /graphql` relative to the REST base would miss.
 */
export function graphqlBaseUrl(restBaseUrl: string): string {
  return restBaseUrl.replace(/\/api\/v3\/?$/, '/api')
}

/** Wrap an Octokit so GitHubSource can use it without importing @octokit. */
export function githubClient(octokit: OctokitLike): GitHubClient {
  const graphqlBase = graphqlBaseUrl(octokit.request.endpoint.DEFAULTS.baseUrl)
  return {
    async request(route, params = {}) {
      const options = route === 'POST /graphql' ? { ...params, baseUrl: graphqlBase } : params
      const response = await octokit.request(route, options)
      return { status: response.status, data: response.data, headers: response.headers as Record<string, unknown> }
    },
  }
}
