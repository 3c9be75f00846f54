/** @module Analyzer `docker`: Dockerfiles (any folder, not vendored, not empty) and compose files that define services, plus what the final image does (multi-stage build, non-root USER, HEALTHCHECK, EXPOSE). Pure apart from snapshot reads; malformed compose files become notes. */
import type { Evidence, Fact } from '../types.js'
import type { Analyzer, AnalyzerContext } from './context.js'
import { parseYamlFile } from './ci/yaml-file.js'
import { composeServices, isComposeName, type ComposeInfo } from './docker/compose.js'
import { parseDockerfile, type Instruction } from './docker/parse-dockerfile.js'
import { finalUser, inherited, inheritedAll, stagesOf, type Stage } from './docker/stages.js'

/** Files read at most per kind: a repository with hundreds of Dockerfiles is generated, not hand-written. */
const MAX_FILES = 40

type Dockerfile = { path: string; instructions: Instruction[]; stages: Stage[] }

/** Dockerfile, dockerfile, Containerfile, Dockerfile.prod, api.Dockerfile (not Dockerfile.dockerignore). */
export function isDockerfileName(name: string): boolean {
  if (/\.dockerignore$/i.test(name)) return false
  return /^(dockerfile|containerfile)(\.[\w.-]+)?$/i.test(name) || /\.(dockerfile|containerfile)$/i.test(name)
}

/** Dev-container images describe an editor environment, not how the app ships. */
const IGNORED = /(^|\/)\.devcontainer\//

export const docker: Analyzer = {
  name: 'docker',
  facts: ['docker.hasDockerfile', 'docker.hasCompose', 'docker.isMultiStage', 'docker.runsAsNonRoot', 'docker.hasHealthcheck', 'docker.exposesPort'],
  async run(ctx) {
    const { dockerfiles, empty } = await readDockerfiles(ctx)
    const composes = await readComposeFiles(ctx)
    const fact = (id: string, evidence: Evidence[]): Fact => ({ id, found: evidence.length > 0, evidence: evidence.slice(0, 5) })
    const firstFrom = (d: Dockerfile): Evidence => ({ path: d.path, line: d.stages[0]!.from.line })
    const users = dockerfiles.map((d) => ({ d, user: finalUser(d.instructions, d.stages) }))
    const nonRoot = users.filter((u) => u.user.nonRoot).map(({ d, user }): Evidence =>
      user.at?.name === 'FROM' ? { path: d.path, line: user.at.line, note: 'non-root base image' } : { path: d.path, line: user.at!.line })
    const healthchecks = [
      ...dockerfiles.flatMap((d) => {
        const check = inherited(d.stages, 'HEALTHCHECK')
        return check && !/^none\b/i.test(check.args) ? [{ path: d.path, line: check.line }] : []
      }),
      ...composes.flatMap((c) => c.info.healthchecks.map((h) => ({ path: c.path, line: h.line, note: `service "${h.service}"` }))),
    ]
    return [
      dockerfiles.length ? fact('docker.hasDockerfile', dockerfiles.map(firstFrom)) : { id: 'docker.hasDockerfile', found: false, evidence: empty },
      fact('docker.hasCompose', composes.map((c) => ({ path: c.path, line: c.info.line }))),
      fact('docker.isMultiStage', dockerfiles.filter((d) => d.stages.length > 1).map((d) => ({ path: d.path, line: d.stages[1]!.from.line }))),
      nonRoot.length ? fact('docker.runsAsNonRoot', nonRoot) : { id: 'docker.runsAsNonRoot', found: false, evidence: rootEvidence(users) },
      fact('docker.hasHealthcheck', healthchecks),
      fact('docker.exposesPort', dockerfiles.flatMap((d) => inheritedAll(d.stages, 'EXPOSE').slice(0, 1).map((e) => ({ path: d.path, line: e.line })))),
    ]
  },
}

/** Where a Dockerfile ends up running as root: its `USER root` line or its last FROM. */
function rootEvidence(users: { d: Dockerfile; user: { at?: Instruction } }[]): Evidence[] {
  return users.slice(0, 3).map(({ d, user }) => ({
    path: d.path,
    line: user.at?.line ?? d.stages.at(-1)!.from.line,
    note: user.at ? 'the final stage switches to root' : 'no USER instruction in the final stage, so it runs as root',
  }))
}

async function readDockerfiles(ctx: AnalyzerContext): Promise<{ dockerfiles: Dockerfile[]; empty: Evidence[] }> {
  const candidates = byDepth(ctx.snapshot.files.map((f) => f.path).filter((p) => isDockerfileName(baseName(p)) && !IGNORED.test(p)))
  const dockerfiles: Dockerfile[] = []
  const empty: Evidence[] = []
  for (const path of candidates.slice(0, MAX_FILES)) {
    const text = await ctx.snapshot.read(path)
    if (text === undefined) continue
    const instructions = parseDockerfile(text)
    const stages = stagesOf(instructions)
    if (stages.length) dockerfiles.push({ path, instructions, stages })
    else empty.push({ path, note: instructions.length ? 'no FROM instruction' : 'empty file' })
  }
  return { dockerfiles, empty }
}

async function readComposeFiles(ctx: AnalyzerContext): Promise<{ path: string; info: ComposeInfo }[]> {
  const candidates = byDepth(ctx.snapshot.files.map((f) => f.path).filter((p) => isComposeName(baseName(p)) && !IGNORED.test(p)))
  const out: { path: string; info: ComposeInfo }[] = []
  for (const path of candidates.slice(0, MAX_FILES)) {
    const text = await ctx.snapshot.read(path)
    if (text === undefined) continue
    const file = parseYamlFile(path, text, (n) => ctx.note(n))
    const info = file && composeServices(file)
    if (info) out.push({ path, info })
    else if (file) ctx.note({ level: 'info', message: `${path} defines no services, so it was not counted as a compose file`, path })
  }
  return out
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Root files first, then by path: the evidence a learner expects to see first. */
function byDepth(paths: string[]): string[] {
  return paths.sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0))
}
