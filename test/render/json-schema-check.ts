// A tiny JSON Schema checker for the keywords schema/report.schema.json uses (type, const, enum,
// properties, required, additionalProperties, items, min/maxItems, minimum, maximum, pattern, $ref
// to #/$defs). Returns the list of problems, empty when the value is valid.

type Schema = Record<string, any>

export function checkJsonSchema(root: Schema, value: unknown): string[] {
  const problems: string[] = []
  const walk = (schema: Schema, v: unknown, at: string): void => {
    if (schema.$ref) return walk(root.$defs[String(schema.$ref).replace('#/$defs/', '')], v, at)
    if ('const' in schema && v !== schema.const) problems.push(`${at}: expected ${JSON.stringify(schema.const)}`)
    if (schema.enum && !schema.enum.includes(v)) problems.push(`${at}: ${JSON.stringify(v)} not in ${schema.enum.join('|')}`)
    if (schema.type && ![schema.type].flat().some((t: string) => typeOk(t, v))) return void problems.push(`${at}: expected ${schema.type}`)
    if (typeof v === 'number') {
      if (schema.minimum !== undefined && v < schema.minimum) problems.push(`${at}: below ${schema.minimum}`)
      if (schema.maximum !== undefined && v > schema.maximum) problems.push(`${at}: above ${schema.maximum}`)
    }
    if (typeof v === 'string' && schema.pattern && !new RegExp(schema.pattern).test(v)) problems.push(`${at}: does not match ${schema.pattern}`)
    if (Array.isArray(v)) {
      if (schema.minItems !== undefined && v.length < schema.minItems) problems.push(`${at}: fewer than ${schema.minItems} items`)
      if (schema.maxItems !== undefined && v.length > schema.maxItems) problems.push(`${at}: more than ${schema.maxItems} items`)
      if (schema.items) v.forEach((item, i) => walk(schema.items, item, `${at}[${i}]`))
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const record = v as Record<string, unknown>
      for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${at}.${key}: required`)
      for (const [key, item] of Object.entries(record)) {
        if (schema.properties?.[key]) walk(schema.properties[key], item, `${at}.${key}`)
        else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not allowed`)
      }
    }
  }
  walk(root, value, '$')
  return problems
}

function typeOk(type: string, v: unknown): boolean {
  if (type === 'integer') return Number.isInteger(v)
  if (type === 'null') return v === null
  if (type === 'array') return Array.isArray(v)
  if (type === 'object') return typeof v === 'object' && v !== null && !Array.isArray(v)
  return typeof v === type
}
