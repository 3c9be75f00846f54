/** @module Schema migration files kept in the repository, by the conventions of each migration tool. Pure apart from bounded snapshot reads. */
import type { Evidence, Snapshot } from '../../types.js'
import { isTestPath } from '../util/is-test-path.js'
import { baseName } from '../util/paths.js'

/** Path conventions, most specific first; the first that matches names the tool in the evidence. */
const CONVENTIONS: { label: string; path: RegExp }[] = [
  { label: 'Prisma migration', path: /(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/ },
  { label: 'Alembic revision', path: /(^|\/)(alembic|migrations)\/versions\/[^/]+\.py$/ },
  { label: 'Django migration', path: /(^|\/)migrations\/\d{4}_[^/]*\.py$/ },
  { label: 'Rails migration', path: /(^|\/)db\/migrate\/\d+_[^/]+\.rb$/ },
  { label: 'Laravel migration', path: /(^|\/)database\/migrations\/[^/]+\.php$/ },
  { label: 'Flyway migration', path: /(^|\/)db\/migration\/(.+\/)?[VUR]\d*[^/]*__[^/]+\.(sql|java|kt)$/ },
  { label: 'Liquibase changelog', path: /(^|\/)db\/changelog\/.+\.(xml|ya?ml|json|sql)$|(^|\/)db\.changelog[^/]*\.(xml|ya?ml|json|sql)$/i },
  { label: 'golang-migrate migration', path: /\.up\.sql$/ },
  { label: 'EF Core migration', path: /(^|\/)Migrations\/\d{14}_[^/]+\.cs$/ },
  { label: 'drizzle-kit migration', path: /(^|\/)drizzle\/\d{4}_[^/]+\.sql$/ },
  { label: 'migration file', path: /(^|\/)migrations?\/(?:[^/]+\/)*[^/]+\.(sql|[cm]?[jt]s|py|go|php|rb|cs|java|kt)$/i },
]

/** Files inside a migrations folder that are not migrations (Alembic/Flask-Migrate env, package markers, types). */
const NOT_A_MIGRATION = /^(__init__\.py|env\.py|\.gitkeep|README.*|.*\.d\.ts)$/i

/** SQL files of tools that mark migrations inside the file (goose, dbmate, sql-migrate), in any folder. */
const MARKED_SQL = /^\s*--\s*(\+goose\s+Up|migrate:up|\+migrate\s+Up)\b/im
const MAX_SQL_READS = 100

/**
 * Evidence of schema migrations: up to three files with the tool and the total count in the note.
 * Test folders do not count (Flyway test migrations for H2, fixture databases). Go's gorm
 * AutoMigrate and Django's `migrate` with no migration files are not migrations: nothing
 * versions the schema changes in the repository, so they cannot be reviewed or replayed.
 */
export async function migrationFiles(snapshot: Snapshot): Promise<Evidence[]> {
  const found: { path: string; label: string }[] = []
  const sql: string[] = []
  for (const file of snapshot.files) {
    if (isTestPath(file.path) || NOT_A_MIGRATION.test(baseName(file.path))) continue
    const convention = CONVENTIONS.find((c) => c.path.test(file.path))
    if (convention) found.push({ path: file.path, label: convention.label })
    else if (file.path.endsWith('.sql') && !file.tooLarge) sql.push(file.path)
  }
  if (!found.length) {
    for (const path of sql.slice(0, MAX_SQL_READS)) {
      const text = await snapshot.read(path)
      if (text && MARKED_SQL.test(text.slice(0, 4000))) found.push({ path, label: 'goose/dbmate migration' })
    }
  }
  const total = found.length
  return found.slice(0, 3).map((f) => ({ path: f.path, note: `${f.label} (${total} migration file${total === 1 ? '' : 's'})` }))
}
