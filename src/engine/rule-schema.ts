/** @module The zod schema of a rules/<id>.yml file. Strict: unknown keys are rejected so a typo never passes silently. Pure. */
import { z } from 'zod'
import type { Condition, RuleDef } from '../types.js'

/** Framework keys a fix may have a variant for (as ProjectRoot.frameworks reports them). */
export const FIX_FRAMEWORKS = [
  'express', 'nestjs', 'fastify', 'koa', 'hono', 'node-http',
  'fastapi', 'django', 'drf', 'flask',
  'gin', 'echo', 'chi', 'fiber', 'net-http',
  'spring', 'laravel', 'symfony', 'slim', 'rails', 'aspnet',
] as const

/** Language keys a fix may have a variant for (ProjectRoot.language). */
export const FIX_LANGUAGES = ['javascript', 'python', 'go', 'java', 'php', 'ruby', 'csharp'] as const

let schema: ReturnType<typeof buildRuleSchema> | undefined

/**
 * The schema of one rule file; the result is a RuleDef. Built on first use: a CLI run whose rules
 * come validated from dist/rules.json never pays for it.
 */
export function ruleSchema(): ReturnType<typeof buildRuleSchema> {
  return (schema ??= buildRuleSchema())
}

function buildRuleSchema() {
  const FactId = z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][A-Za-z0-9]*$/, 'expected a fact id like "readme.hasSetupSection"')
  /** `{all|any|not: [fact id | condition, ...]}`; several keys in one object must all hold. Nestable. */
  const Condition: z.ZodType<Condition> = z.lazy(() => {
    const items = z.array(z.union([FactId, Condition])).min(1, 'expected at least one fact id or condition')
    return z
      .strictObject({ all: items.optional(), any: items.optional(), not: items.optional() })
      .refine((c) => c.all || c.any || c.not, 'expected at least one of all, any, not')
  })
  const Markdown = z.string().trim().min(1, 'expected non-empty Markdown')
  return z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/, 'expected a check id like "readme.setup"'),
    layer: z.enum(['docs', 'testing', 'api', 'data', 'security', 'delivery']),
    weight: z.number().int('expected a whole number').min(1).max(20),
    title: z.string().trim().min(3).max(100),
    effort: z.enum(['low', 'medium', 'high']),
    when: Condition,
    applies: Condition.optional(),
    /** Shown when `applies` does not hold, in a learner's words ("the app does not use a database"). */
    notApplicable: z.string().trim().min(3).max(200).optional(),
    why: Markdown,
    fix: z.strictObject({
      default: Markdown,
      ...Object.fromEntries([...FIX_FRAMEWORKS, ...FIX_LANGUAGES].map((key) => [key, Markdown.optional()])),
    }),
  })
}

/** Every fact id a condition mentions, in order of appearance. */
export function factIdsOf(condition: Condition | undefined): string[] {
  if (!condition) return []
  const out: string[] = []
  for (const items of [condition.all, condition.any, condition.not]) {
    for (const item of items ?? []) out.push(...(typeof item === 'string' ? [item] : factIdsOf(item)))
  }
  return out
}

/** Parse an already YAML-decoded value; throws zod's error. */
export function parseRule(value: unknown): RuleDef {
  return ruleSchema().parse(value) as RuleDef
}
