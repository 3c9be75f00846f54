/** @module Build stages of a parsed Dockerfile and what the final image inherits: the user it runs as, its HEALTHCHECK, its EXPOSEd ports. A stage built `FROM` an earlier stage inherits that stage's settings. Pure. */
import type { Instruction } from './parse-dockerfile.js'

/** One `FROM ... [AS name]` stage with the instructions that follow it. */
export type Stage = { from: Instruction; image: string; name?: string; body: Instruction[] }

/** Split instructions into stages (instructions before the first FROM, such as global ARGs, are left out). */
export function stagesOf(instructions: readonly Instruction[]): Stage[] {
  const stages: Stage[] = []
  for (const ins of instructions) {
    if (ins.name === 'FROM') {
      const words = ins.args.split(/\s+/).filter((w) => !w.startsWith('--'))
      const as = words.findIndex((w) => w.toLowerCase() === 'as')
      stages.push({ from: ins, image: words[0] ?? '', name: as > 0 ? words[as + 1]?.toLowerCase() : undefined, body: [] })
    } else stages.at(-1)?.body.push(ins)
  }
  return stages
}

/** The final stage and the earlier stages it is built from, nearest first (cycle-safe). */
function lineage(stages: Stage[]): Stage[] {
  const chain: Stage[] = []
  let current = stages.at(-1)
  while (current && !chain.includes(current)) {
    chain.push(current)
    const base = current.image.toLowerCase()
    const index = stages.indexOf(current)
    current = stages.slice(0, index).reverse().find((s) => s.name === base)
  }
  return chain
}

/** The last instruction of a kind that the final image carries. */
export function inherited(stages: Stage[], name: string): Instruction | undefined {
  for (const stage of lineage(stages)) {
    const found = stage.body.filter((i) => i.name === name).at(-1)
    if (found) return found
  }
  return undefined
}

/** Every instruction of a kind that the final image carries (EXPOSE adds up across stages). */
export function inheritedAll(stages: Stage[], name: string): Instruction[] {
  return lineage(stages).flatMap((s) => s.body.filter((i) => i.name === name))
}

/** Base images that run as a non-root user by default. */
const NON_ROOT_BASES = /:(.*-)?nonroot(-.*)?$|^cgr\.dev\/chainguard\//

/**
 * Who the final image runs as: the last USER it inherits (variables resolved from ARG/ENV
 * defaults), else its base image's default. `nonRoot` is false for root, 0 and no USER at all.
 */
export function finalUser(instructions: readonly Instruction[], stages: Stage[]): { nonRoot: boolean; at?: Instruction } {
  const user = inherited(stages, 'USER')
  if (user) {
    const name = substitute(user.args.trim().split(/\s+/)[0] ?? '', defaults(instructions)).split(':')[0]!
    return { nonRoot: name !== '' && name !== 'root' && name !== '0', at: user }
  }
  const chain = lineage(stages)
  const base = chain.at(-1)
  return base && NON_ROOT_BASES.test(base.image) ? { nonRoot: true, at: base.from } : { nonRoot: false }
}

/** ARG and ENV defaults of the file, for `USER ${APP_USER}`. */
function defaults(instructions: readonly Instruction[]): Map<string, string> {
  const values = new Map<string, string>()
  for (const ins of instructions) {
    if (ins.name !== 'ARG' && ins.name !== 'ENV') continue
    const legacy = /^(\w+)\s+([^=]*)$/.exec(ins.args) // ENV KEY value
    if (ins.name === 'ENV' && legacy) {
      values.set(legacy[1]!, legacy[2]!.trim())
      continue
    }
    for (const m of ins.args.matchAll(/([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S*)/g)) values.set(m[1]!, m[2]!.replace(/^["']|["']$/g, ''))
  }
  return values
}

/** Replace `$X`, `${X}` and `${X:-default}`; unknown variables stay as written (we cannot tell, so not root). */
function substitute(text: string, values: Map<string, string>): string {
  return text.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (whole, a?: string, fallback?: string, b?: string) => values.get(a ?? b ?? '') ?? fallback ?? whole)
}
