/** @module Analyzer "data": does the app talk to a database, and are schema migrations kept in the repository? Pure apart from snapshot reads. */
import type { Evidence, Snapshot } from '../types.js'
import type { Analyzer, ProjectInfo, SourceFile } from './context.js'
import { appFiles } from './usage/app-files.js'
import { DATABASE_SIGNALS, DURABLE_TARGET, EMBEDDED_JAVA_DB, IN_MEMORY, REAL_JAVA_DRIVER } from './usage/database-signals.js'
import { migrationFiles } from './usage/migration-files.js'
import { matchingLines } from './usage/code-lines.js'
import { findSignals } from './usage/signals.js'

/**
 * `db.isUsed`: an ORM or driver of a durable database used by the app's own code. In-memory only
 * setups (`:memory:`, `sqlite://`, EF Core's in-memory provider, an H2-only Spring app) do not count.
 * `db.hasMigrations`: migration files by any common tool's convention. Reported whatever db.isUsed says;
 * the db.migrations rule only applies when a database is used.
 */
export const data: Analyzer = {
  name: 'data',
  facts: ['db.isUsed', 'db.hasMigrations'],
  async run(ctx) {
    // migration scripts use the ORM too, but they are not the app talking to its database
    const files = (await appFiles(ctx)).filter((f) => !MIGRATION_DIR.test(f.path))
    const used = findSignals(files, DATABASE_SIGNALS)
    // an in-memory database is reported as evidence on the false fact, so the learner sees why
    const memory = used.length ? (inMemoryOnly(files) ?? (await javaEmbeddedOnly(ctx.snapshot, files, await ctx.project()))) : undefined
    const migrations = await migrationFiles(ctx.snapshot)
    return [
      { id: 'db.isUsed', found: used.length > 0 && !memory, evidence: memory ? [memory] : used },
      { id: 'db.hasMigrations', found: migrations.length > 0, evidence: migrations },
    ]
  },
}

/** Where the app's code names an in-memory database when it names nothing durable (no server URL, file or DB env variable). */
function inMemoryOnly(files: readonly SourceFile[]): Evidence | undefined {
  // in-memory markers are rare, so look for them first and only then for anything durable
  for (const file of files) {
    const line = matchingLines(file, IN_MEMORY)[0]
    if (line === undefined) continue
    if (files.some((f) => DURABLE_TARGET.test(f.text))) return undefined
    return { path: file.path, line, note: 'in-memory database only: the data is gone on every restart' }
  }
  return undefined
}

const MIGRATION_DIR = /(^|\/)(migrations?|alembic|db\/migrate)\//

const SPRING_CONFIG = /(^|\/)src\/main\/resources\/application[^/]*\.(properties|ya?ml)$/

/**
 * A Spring app whose only database dependency is an embedded one (H2, HSQLDB, Derby) and whose main
 * configuration names no durable datasource: Spring Boot then runs an in-memory database.
 */
async function javaEmbeddedOnly(snapshot: Snapshot, files: readonly SourceFile[], project: ProjectInfo): Promise<Evidence | undefined> {
  if (!files.some((f) => f.language === 'java')) return undefined
  const roots = project.roots.filter((r) => r.language === 'java')
  const deps = roots.flatMap((r) => [...r.dependencies])
  if (deps.some((d) => REAL_JAVA_DRIVER.test(d)) || !deps.some((d) => EMBEDDED_JAVA_DB.test(d))) return undefined
  for (const file of snapshot.files.filter((f) => SPRING_CONFIG.test(f.path)).slice(0, 10)) {
    const text = (await snapshot.read(file.path)) ?? ''
    if (/jdbc:(postgresql|mysql|mariadb|sqlserver|oracle|sqlite|h2:file)|mongodb(\+srv)?:\/\//.test(text)) return undefined
  }
  return { path: roots[0]?.manifest ?? 'pom.xml', note: 'only an embedded in-memory database (H2/HSQLDB/Derby) is declared' }
}
