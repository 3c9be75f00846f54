import { describe, expect, it } from 'vitest'
import { checkRunSink, conclusionOf } from '../../src/github/check-run-sink.js'
import type { CheckRunAnnotation } from '../../src/render/check-run.js'
import { testReport } from './report.js'

const annotation = (i: number): CheckRunAnnotation => ({ path: `src/file-${i}.js`, start_line: i + 1, end_line: i + 1, annotation_level: 'warning', title: `check ${i}`, message: 'fix it' })
const log = { info() {}, warn() {} }

function recorder() {
  const calls: { route: string; params: Record<string, any> }[] = []
  return {
    calls,
    octokit: {
      async request(route: string, params: Record<string, unknown> = {}) {
        calls.push({ route, params })
        return { status: 201, data: { id: 42 }, headers: {} }
      },
    },
  }
}

describe('checkRunSink', () => {
  it('creates a completed check run with the first 50 annotations and adds the rest 50 at a time', async () => {
    const { calls, octokit } = recorder()
    const report = testReport('a'.repeat(40), { failing: ['docker.file'] })
    const result = await checkRunSink({ octokit, owner: 'ana', repo: 'shop', headSha: 'a'.repeat(40), report, output: { title: '96/100', summary: 'sum' }, annotations: Array.from({ length: 120 }, (_, i) => annotation(i)), log })
    expect(calls.map((c) => c.route)).toEqual([
      'POST /repos/{owner}/{repo}/check-runs',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    ])
    expect(calls.map((c) => c.params.output.annotations.length)).toEqual([50, 50, 20])
    expect(calls[0]!.params).toMatchObject({ name: 'Portfolio readiness', head_sha: 'a'.repeat(40), status: 'completed', conclusion: 'neutral', output: { title: '96/100', summary: 'sum' } })
    expect(calls[2]!.params).toMatchObject({ check_run_id: 42 })
    expect(result).toEqual({ id: 42, requests: 3 })
  })

  it('keeps the check run when adding more annotations fails, instead of failing the job into a second run', async () => {
    const calls: string[] = []
    const warnings: string[] = []
    const octokit = {
      async request(route: string) {
        calls.push(route)
        if (route.startsWith('PATCH')) throw Object.assign(new Error('Server Error'), { status: 502 })
        return { status: 201, data: { id: 42 }, headers: {} }
      },
    }
    const result = await checkRunSink({ octokit, owner: 'ana', repo: 'shop', headSha: 'e'.repeat(40), report: testReport('e'.repeat(40)), output: { title: 't', summary: 's' }, annotations: Array.from({ length: 120 }, (_, i) => annotation(i)), log: { info() {}, warn: (_o, m) => void warnings.push(m) } })
    expect(result).toEqual({ id: 42, requests: 2 })
    expect(calls).toEqual(['POST /repos/{owner}/{repo}/check-runs', 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'])
    expect(warnings).toEqual(['check run: some annotations not added'])
  })

  it('makes one request when there is nothing to annotate', async () => {
    const { calls, octokit } = recorder()
    await checkRunSink({ octokit, owner: 'ana', repo: 'shop', headSha: 'b'.repeat(40), report: testReport('b'.repeat(40)), output: { title: 't', summary: 's' }, annotations: [], log })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.params.output.annotations).toEqual([])
  })

  it('is neutral without a minScore, success at or above it and failure below', () => {
    expect(conclusionOf(testReport('c', { failing: ['docker.file'] }))).toBe('neutral')
    expect(conclusionOf(testReport('c', { failing: ['docker.file'], minScore: 96 }))).toBe('success')
    expect(conclusionOf(testReport('c', { failing: ['docker.file'], minScore: 97 }))).toBe('failure')
  })

  it('only logs in a dry run', async () => {
    const { calls, octokit } = recorder()
    const lines: string[] = []
    await checkRunSink({ octokit, owner: 'ana', repo: 'shop', headSha: 'd', report: testReport('d'), output: { title: 't', summary: 's' }, annotations: [annotation(1)], dryRun: true, log: { info: (_o, m) => lines.push(m), warn() {} } })
    expect(calls).toEqual([])
    expect(lines).toEqual(['dry run: would create the check run'])
  })
})
