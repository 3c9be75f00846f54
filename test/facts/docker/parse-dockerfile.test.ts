import { describe, expect, it } from 'vitest'
import { parseDockerfile } from '../../../src/facts/docker/parse-dockerfile.js'
import { finalUser, inherited, stagesOf } from '../../../src/facts/docker/stages.js'

describe('parseDockerfile', () => {
  it('joins continuation lines, skipping comments inside them, and keeps the first line number', () => {
    const text = 'FROM node:20\n\n# deps\nRUN npm ci \\\n    # small image\n    && npm cache clean --force\nUSER node\n'
    expect(parseDockerfile(text)).toEqual([
      { name: 'FROM', args: 'node:20', line: 1 },
      { name: 'RUN', args: 'npm ci && npm cache clean --force', line: 4 },
      { name: 'USER', args: 'node', line: 7 },
    ])
  })

  it('reads heredoc bodies as part of their instruction', () => {
    const text = 'FROM alpine\nRUN <<EOF\napk add curl\nUSER nobody\nEOF\nCMD ["sh"]\n'
    expect(parseDockerfile(text).map((i) => [i.name, i.line])).toEqual([['FROM', 1], ['RUN', 2], ['CMD', 6]])
  })

  it('honours the escape directive used on Windows images', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nWORKDIR C:\\app\nRUN dir `\n  && echo ok\n'
    expect(parseDockerfile(text).map((i) => i.args)).toEqual(['mcr.microsoft.com/windows/servercore', 'C:\\app', 'dir && echo ok'])
  })

  it('returns nothing for an empty or comment-only file', () => {
    expect(parseDockerfile('')).toEqual([])
    expect(parseDockerfile('# FROM node:20\n\n')).toEqual([])
  })
})

describe('stages', () => {
  const stagesFor = (text: string) => {
    const instructions = parseDockerfile(text)
    return { instructions, stages: stagesOf(instructions) }
  }

  it('inherits USER and HEALTHCHECK from the stage a final stage is built from', () => {
    const { instructions, stages } = stagesFor('FROM node:20 AS base\nUSER node\nHEALTHCHECK CMD true\nFROM base AS final\nCMD ["node", "."]\n')
    expect(finalUser(instructions, stages)).toEqual({ nonRoot: true, at: { name: 'USER', args: 'node', line: 2 } })
    expect(inherited(stages, 'HEALTHCHECK')?.line).toBe(3)
  })

  it('treats root, 0 and a missing USER as root, and resolves ARG defaults', () => {
    expect(finalUser(...args('FROM node:20\nUSER node\nFROM node:20-slim\nCMD x\n')).nonRoot).toBe(false)
    expect(finalUser(...args('FROM node:20\nUSER 0:0\n')).nonRoot).toBe(false)
    expect(finalUser(...args('ARG APP_USER=root\nFROM node:20\nUSER ${APP_USER}\n')).nonRoot).toBe(false)
    expect(finalUser(...args('ARG APP_USER=app\nFROM node:20\nUSER ${APP_USER}\n')).nonRoot).toBe(true)
  })

  it('knows distroless nonroot images run as a non-root user', () => {
    expect(finalUser(...args('FROM golang:1.22 AS build\nFROM gcr.io/distroless/static-debian12:nonroot\n'))).toMatchObject({ nonRoot: true, at: { line: 2 } })
  })

  function args(text: string) {
    const { instructions, stages } = stagesFor(text)
    return [instructions, stages] as const
  }
})
