/** @module Schema migrations, kept in code and run by kysely's Migrator at start-up; one list for SQLite and PostgreSQL. */
import { type ColumnDefinitionBuilder, type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely'
import type { Dialect } from './schema.js'

/** Only the auto-increment id differs between the engines; everything else is the same DDL. */
function migrations(dialect: Dialect): Record<string, Migration> {
  const idType = dialect === 'postgres' ? 'serial' : 'integer'
  const id = (col: ColumnDefinitionBuilder) => (dialect === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement())
  return {
    '001-initial': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('accounts')
          .addColumn('login_key', 'text', (c) => c.primaryKey())
          .addColumn('login', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('public_page', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute()
        await db.schema
          .createTable('repositories')
          .addColumn('id', idType, id)
          .addColumn('account_key', 'text', (c) => c.notNull().references('accounts.login_key'))
          .addColumn('name_key', 'text', (c) => c.notNull())
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('private', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('default_branch', 'text')
          .addColumn('description', 'text')
          .addColumn('installation_id', 'bigint')
          .addColumn('issue_number', 'integer')
          .addColumn('head_etag', 'text')
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('repositories_account_name', ['account_key', 'name_key'])
          .execute()
        await db.schema.createIndex('repositories_installation').on('repositories').column('installation_id').execute()
        await db.schema
          .createTable('scans')
          .addColumn('id', idType, id)
          .addColumn('repo_id', 'integer', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
          .addColumn('commit_sha', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('score', 'integer', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('track', 'text', (c) => c.notNull())
          .addColumn('duration_ms', 'integer', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('layers_json', 'text', (c) => c.notNull())
          .addColumn('report_json', 'text', (c) => c.notNull())
          .execute()
        // Every page read is "the newest scans of a repo": (repo_id, id) answers latest, history and keyset pages.
        await db.schema.createIndex('scans_repo_id').on('scans').columns(['repo_id', 'id']).execute()
        await db.schema
          .createTable('jobs')
          .addColumn('id', idType, id)
          .addColumn('delivery_id', 'text')
          .addColumn('installation_id', 'bigint')
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('repo', 'text', (c) => c.notNull())
          .addColumn('repo_key', 'text', (c) => c.notNull())
          .addColumn('commit_sha', 'text')
          .addColumn('commit_key', 'text', (c) => c.notNull())
          .addColumn('reason', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('run_after', 'text', (c) => c.notNull())
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute()
        // The queue's guarantees live in the schema, so they hold across processes and connections:
        // a delivery is taken once; one live job per (repo, commit); one queued and one running job per repo.
        await sql`create unique index jobs_delivery on jobs (delivery_id)`.execute(db)
        await sql`create unique index jobs_live_commit on jobs (repo_key, commit_key) where status in ('queued', 'running')`.execute(db)
        await sql`create unique index jobs_one_queued on jobs (repo_key) where status = 'queued'`.execute(db)
        await sql`create unique index jobs_one_running on jobs (repo_key) where status = 'running'`.execute(db)
        await db.schema.createIndex('jobs_status_run_after').on('jobs').columns(['status', 'run_after']).execute()
        await db.schema
          .createTable('share_links')
          .addColumn('id', idType, id)
          .addColumn('account_key', 'text', (c) => c.notNull())
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('label', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute()
        await db.schema.createIndex('share_links_account').on('share_links').column('account_key').execute()
      },
    },
    '002-scan-history-index': {
      // Sparklines read the scores of the last scans of every repo of an account: with these columns in the
      // index the query never touches the (large) report rows.
      async up(db: Kysely<any>) {
        await db.schema.createIndex('scans_repo_history').on('scans').columns(['repo_id', 'id', 'score', 'commit_sha', 'created_at', 'level']).execute()
        await db.schema.dropIndex('scans_repo_id').execute()
      },
    },
    '003-installations': {
      // Who installed the app on which account; repositories keep the installation id they were seen through.
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('installations')
          .addColumn('id', 'bigint', (c) => c.primaryKey())
          .addColumn('account_key', 'text', (c) => c.notNull())
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('account_type', 'text', (c) => c.notNull())
          .addColumn('repository_selection', 'text')
          .addColumn('suspended', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('removed_at', 'text')
          .execute()
        await db.schema.createIndex('installations_account').on('installations').column('account_key').execute()
      },
    },
  }
}

class CodeProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect)
  }
}

/** Bring the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: new CodeProvider(dialect) })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`store migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
