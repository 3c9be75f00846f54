import { describe, expect, it } from 'vitest'
import type { AccountRecord, RepoRecord } from '../../src/store/types.js'
import { AccessPolicy, isOwner, viewerMode } from '../../src/web/access.js'
import type { Access } from '../../src/web/context.js'

const account: AccountRecord = { login: 'Octo', type: 'User', publicPage: true }
const repo = (name: string, isPrivate: boolean): RepoRecord => ({
  id: 1, account: 'Octo', name, private: isPrivate, defaultBranch: null, description: null, installationId: 1, issueNumber: null, headEtag: null, active: true,
})

describe('access policy', () => {
  it('knows the owner case-insensitively, and that the CLI account `local` has none', () => {
    expect(isOwner({ login: 'octo' }, account)).toBe(true)
    expect(isOwner({ login: 'local' }, { login: 'local', type: 'Local', publicPage: true })).toBe(false)
    expect(viewerMode({ shareAccount: 'OCTO' }, account)).toBe('share')
    expect(viewerMode({ login: 'x' }, account)).toBe('user')
    expect(viewerMode({}, account)).toBe('anonymous')
  })

  it('asks GitHub once per user and repo within the cache time, a few repos at a time', async () => {
    const asked: string[] = []
    let running = 0
    let peak = 0
    const policy = new AccessPolicy(async ({ login, repo: name }) => {
      asked.push(`${login}:${name}`)
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 5))
      running--
      return (name.endsWith('0') ? 'read' : 'none') as Access
    })
    const repos = Array.from({ length: 20 }, (_, i) => repo(`r${i}`, true))
    const viewer = { login: 'mentor', token: 't' }
    const first = await policy.visible(viewer, account, repos)
    const second = await policy.visible(viewer, account, repos)
    expect(first.map((r) => r.name)).toEqual(['r0', 'r10'])
    expect(second).toEqual(first)
    expect(asked).toHaveLength(20)
    expect(peak).toBeLessThanOrEqual(6)
  })

  it('asks again after the cache time', async () => {
    let calls = 0
    const policy = new AccessPolicy(async () => {
      calls++
      return 'read'
    }, 0)
    await policy.canSee({ login: 'a', token: 't' }, account, repo('p', true))
    await policy.canSee({ login: 'a', token: 't' }, account, repo('p', true))
    expect(calls).toBe(2)
  })
})
