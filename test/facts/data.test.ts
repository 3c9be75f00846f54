import { describe, expect, it } from 'vitest'
import { data } from '../../src/facts/data.js'
import { runAnalyzer } from '../helpers/context.js'

async function dataFacts(fixture: string) {
  const { facts } = await runAnalyzer(data, fixture)
  return { used: facts['db.isUsed']!, migrations: facts['db.hasMigrations']! }
}

describe('data analyzer: db.isUsed', () => {
  it.each([
    ['data-express-mongoose', 'src/db.js', 3],
    ['data-knex-migrations', 'src/db.js', 4],
    ['data-typeorm-sync', 'src/data-source.ts', 5],
    ['data-fastapi-sqlmodel', 'app/db.py', 5],
    ['data-django-no-migrations', 'cookbook/models.py', 4],
    ['data-go-goose', 'internal/store/store.go', 10],
    ['data-go-gorm-automigrate', 'db/db.go', 16],
    ['data-spring-flyway', 'src/main/java/com/example/clinic/PatientRepository.java', 5],
    ['data-laravel-migrations', 'app/Models/Ticket.php', 7],
    ['data-rails-migrate', 'app/models/article.rb', 1],
    ['data-aspnet-efcore', 'Api/Data/AppDbContext.cs', 5],
  ])('passes %s with evidence where the app talks to its database', async (fixture, path, line) => {
    const { used } = await dataFacts(fixture)
    expect(used.found).toBe(true)
    expect(used.evidence[0]).toMatchObject({ path, line })
  })

  it('takes the evidence from app code, not from the migration scripts that also use the ORM', async () => {
    const { used } = await dataFacts('data-fastapi-sqlmodel')
    expect(used.evidence.every((e) => !e.path.startsWith('alembic/'))).toBe(true)
  })

  it.each([
    ['data-sequelize-memory', 'src/models.js', 3],
    ['data-flask-sqlite-memory', 'app.py', 5],
  ])('fails %s, whose only database lives in memory, and says where', async (fixture, path, line) => {
    const { used } = await dataFacts(fixture)
    expect(used.found).toBe(false)
    expect(used.evidence).toEqual([{ path, line, note: 'in-memory database only: the data is gone on every restart' }])
  })

  it('fails a Spring app that only declares H2 with an in-memory datasource', async () => {
    const { used } = await dataFacts('data-spring-h2')
    expect(used.found).toBe(false)
    expect(used.evidence[0]).toMatchObject({ path: 'pom.xml' })
  })

  it.each(['data-express-lowdb', 'data-laravel-nodb', 'data-rails-nodb', 'data-aspnet-inmemory'])(
    'fails %s: a JSON file, an HTTP client, the generated ApplicationRecord or an in-memory provider is no database',
    async (fixture) => {
      expect((await dataFacts(fixture)).used.found).toBe(false)
    },
  )
})

describe('data analyzer: db.hasMigrations', () => {
  it.each([
    ['data-knex-migrations', 'db/migrations/20240301120000_create_books.js', 'migration file (2 migration files)'],
    ['data-fastapi-sqlmodel', 'alembic/versions/2b7c1f0e9a11_create_hero.py', 'Alembic revision (1 migration file)'],
    ['data-go-goose', 'sql/schema/001_users.sql', 'goose/dbmate migration (1 migration file)'],
    ['data-spring-flyway', 'src/main/resources/db/migration/V1__create_patient.sql', 'Flyway migration (1 migration file)'],
    ['data-laravel-migrations', 'database/migrations/2024_03_01_000000_create_tickets_table.php', 'Laravel migration (1 migration file)'],
    ['data-rails-migrate', 'db/migrate/20240301101500_create_articles.rb', 'Rails migration (1 migration file)'],
    ['data-aspnet-efcore', 'Api/Migrations/20240301120000_Initial.cs', 'EF Core migration (1 migration file)'],
  ])('passes %s and names the migration tool', async (fixture, path, note) => {
    const { migrations } = await dataFacts(fixture)
    expect(migrations.found).toBe(true)
    expect(migrations.evidence[0]).toEqual({ path, note })
  })

  it('fails a Django app whose migrations folder holds only __init__.py', async () => {
    expect((await dataFacts('data-django-no-migrations')).migrations.found).toBe(false)
  })

  it('fails an alembic folder with env.py and no revisions', async () => {
    expect((await dataFacts('data-fastapi-alembic-empty')).migrations.found).toBe(false)
  })

  it('fails GORM AutoMigrate, which changes the schema without versioned files', async () => {
    const { used, migrations } = await dataFacts('data-go-gorm-automigrate')
    expect(used.found).toBe(true)
    expect(migrations).toEqual({ id: 'db.hasMigrations', found: false, evidence: [] })
  })

  it.each(['data-express-mongoose', 'data-typeorm-sync'])('fails %s, which has no migration files', async (fixture) => {
    expect((await dataFacts(fixture)).migrations.found).toBe(false)
  })
})
