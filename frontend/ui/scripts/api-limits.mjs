// Writes src/api/platform-api.limits.generated.ts: each request field's limits in the OpenAPI
// document (lengths, ranges, patterns) as the attributes an <input> takes, so that forms hold what
// platform-api's validation holds. `--check` fails instead when the file differs.
import { readFileSync, writeFileSync } from 'node:fs'

const source = new URL('../openapi/platform-api.json', import.meta.url)
const target = new URL('../src/api/platform-api.limits.generated.ts', import.meta.url)

/** Only patterns JavaScript can compile (Java's inline flags and the like are left out). */
function htmlPattern(pattern) {
  try {
    new RegExp(pattern, 'u')
    return pattern
  } catch {
    return undefined
  }
}

function limitsOf(schema) {
  const limits = {}
  if (schema.maxLength !== undefined) limits.maxlength = schema.maxLength
  if (schema.minLength) limits.minlength = schema.minLength
  if (schema.minimum !== undefined) limits.min = schema.minimum
  if (schema.maximum !== undefined) limits.max = schema.maximum
  if (schema.pattern !== undefined && htmlPattern(schema.pattern)) limits.pattern = schema.pattern
  if (schema.items) {
    const items = limitsOf(schema.items)
    if (Object.keys(items).length > 0) limits.items = items
  }
  return limits
}

export function generate(document) {
  const schemas = {}
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    const fields = {}
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      const limits = limitsOf(property)
      if (Object.keys(limits).length > 0) fields[field] = limits
    }
    if (Object.keys(fields).length > 0) schemas[name] = fields
  }
  return (
    '// Generated from openapi/platform-api.json by scripts/api-limits.mjs (npm run api:generate); do not edit.\n' +
    `export const limits = ${JSON.stringify(schemas, null, 2)} as const\n`
  )
}

const generated = generate(JSON.parse(readFileSync(source, 'utf8')))
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // missing: differs
  }
  if (current !== generated) {
    console.error(`${target.pathname} is not what the OpenAPI document gives: run npm run api:generate`)
    process.exit(1)
  }
} else {
  writeFileSync(target, generated)
}
