/** @module How a database shows in code, per ecosystem, and how an in-memory-only one shows. Data only. */
import type { Language } from '../../types.js'
import type { Signal } from './signals.js'

const JS: Language[] = ['javascript']
const PY: Language[] = ['python']

/**
 * ORMs and drivers of durable databases (SQL or document), used by the app's own code.
 * Redis/ioredis/memcached are left out on purpose: learners use them as a cache, session store or queue
 * beside the real database, and the roadmap's "database" stage is about durable, queryable data with a
 * schema. lowdb and hand-written JSON files are not databases either (CATALOG.md).
 */
export const DATABASE_SIGNALS: readonly Signal[] = [
  { label: 'Prisma client', languages: JS, modules: ['@prisma/client'], pattern: /\bPrismaClient\b/ },
  {
    label: 'database driver or ORM',
    languages: JS,
    modules: [
      'mongoose', 'mongodb', 'pg', 'pg-promise', 'postgres', 'mysql', 'mysql2', 'mariadb', 'sqlite3', 'sqlite', 'better-sqlite3',
      'libsql', '@libsql/client', 'mssql', 'tedious', 'oracledb', 'typeorm', 'sequelize', 'sequelize-typescript', 'knex', 'objection',
      'drizzle-orm', '@mikro-orm', 'kysely', '@nestjs/typeorm', '@nestjs/mongoose', '@nestjs/sequelize', '@fastify/postgres',
      '@fastify/mongodb', '@fastify/mysql', '@neondatabase/serverless', '@planetscale/database', '@supabase/supabase-js',
    ],
  },
  { label: 'Firestore', languages: JS, modules: ['firebase-admin'], scope: 'project', pattern: /\bfirestore\s*\(|\bgetFirestore\s*\(/ },
  {
    label: 'SQLAlchemy / SQLModel',
    languages: PY,
    modules: ['sqlalchemy', 'flask_sqlalchemy', 'sqlmodel'],
    pattern: /\b(create_engine|create_async_engine|declarative_base|sessionmaker|SQLAlchemy|mapped_column|Column)\s*\(|\bDeclarativeBase\b|\bdb\.Model\b|table\s*=\s*True/,
  },
  {
    label: 'database driver or ORM',
    languages: PY,
    modules: [
      'psycopg2', 'psycopg', 'psycopg_pool', 'asyncpg', 'pymongo', 'motor', 'mongoengine', 'beanie', 'odmantic', 'tortoise', 'peewee',
      'pymysql', 'MySQLdb', 'mysql.connector', 'aiomysql', 'databases', 'sqlite3', 'aiosqlite', 'piccolo', 'ormar', 'pony.orm',
    ],
  },
  {
    label: 'Django models with DATABASES configured',
    all: [
      { label: 'Django model', languages: PY, pattern: /^\s*class\s+\w+\s*\([^)]*\b(models\.Model|AbstractUser|AbstractBaseUser)\b/ },
      { label: 'DATABASES setting', languages: PY, pattern: /^\s*DATABASES\s*=/ },
    ],
  },
  { label: 'database/sql', languages: ['go'], modules: ['database/sql'], pattern: /\bsql\.Open(DB)?\s*\(/ },
  { label: 'GORM', languages: ['go'], modules: ['gorm.io/gorm', 'github.com/jinzhu/gorm'], pattern: /\bgorm\.Open\s*\(/ },
  { label: 'sqlx', languages: ['go'], modules: ['github.com/jmoiron/sqlx'], pattern: /\bsqlx\.(Connect|Open|MustConnect|MustOpen|NewDb)\s*\(/ },
  { label: 'pgx', languages: ['go'], modules: ['github.com/jackc/pgx'], pattern: /\b(pgxpool|pgx)\.(New|Connect|ConnectConfig|NewWithConfig)\s*\(/ },
  { label: 'MongoDB Go driver', languages: ['go'], modules: ['go.mongodb.org/mongo-driver'], pattern: /\bmongo\.(Connect|NewClient)\s*\(/ },
  { label: 'ent / bun client', languages: ['go'], pattern: /\bent\.Open\s*\(|\bbun\.NewDB\s*\(/ },
  {
    label: 'Spring Data repository',
    languages: ['java'],
    pattern: /(\bextends|:)\s*(JpaRepository|CrudRepository|MongoRepository|PagingAndSortingRepository|ListCrudRepository|ReactiveCrudRepository|ReactiveMongoRepository|R2dbcRepository)\s*</,
  },
  { label: 'JDBC / JPA access', languages: ['java'], pattern: /\b(JdbcTemplate|NamedParameterJdbcTemplate|JdbcClient|DSLContext)\b|DriverManager\.getConnection\s*\(|@PersistenceContext\b/ },
  { label: 'Eloquent model', languages: ['php'], pattern: /\bclass\s+\w+\s+extends\s+(Model|Authenticatable|Pivot)\b/ },
  { label: 'database access', languages: ['php'], pattern: /\bDB::(table|select|insert|update|statement|connection)\s*\(|\bnew\s+\\?PDO\s*\(|EntityManagerInterface\b|#\[ORM\\Entity/ },
  { label: 'ActiveRecord model', languages: ['ruby'], pattern: /\bclass\s+(?!ApplicationRecord\b)[\w:]+\s*<\s*(ApplicationRecord|ActiveRecord::Base)\b/ },
  { label: 'Mongoid / Sequel', languages: ['ruby'], pattern: /\binclude\s+Mongoid::Document\b|\bSequel\.(connect|sqlite|postgres)\b|\bSequel::Model\b/ },
  {
    label: 'EF Core DbContext with a provider',
    all: [
      { label: 'DbContext', languages: ['csharp'], pattern: /:\s*(IdentityDbContext|DbContext)\b/ },
      { label: 'database provider', languages: ['csharp'], pattern: /\.Use(SqlServer|Npgsql|Sqlite|MySql|MySQL|Oracle|Cosmos|Jet|Firebird)\s*\(/ },
    ],
  },
  { label: 'Dapper / ADO.NET', languages: ['csharp'], pattern: /\bnew\s+(SqlConnection|NpgsqlConnection|MySqlConnection|SqliteConnection)\s*\(/ },
  { label: 'MongoDB .NET driver', languages: ['csharp'], pattern: /\bnew\s+MongoClient\s*\(/ },
]

/** A database that lives only in memory (gone on restart): not a database for db.present. */
export const IN_MEMORY = /:memory:|['"]sqlite:\/\/['"]|\bjdbc:h2:mem:|\bUseInMemoryDatabase\s*\(|mongodb-memory-server/

/** Something that points at a durable database: a server URL, a database file, or a database env variable read. */
export const DURABLE_TARGET =
  /\b(postgres(ql)?|mysql|mariadb|mongodb(\+srv)?|mssql|sqlserver|oracle):\/\/|\bjdbc:(postgresql|mysql|mariadb|sqlserver|oracle|sqlite|h2:file)|\w\.(db|sqlite3?)['"]|\b(env|environ|getenv|ENV)\W{1,8}\w*(DATABASE|DB|MONGO|POSTGRES|PG|MYSQL|SQL)/i

/** Java dependencies of an embedded, in-memory-capable database (fine in tests, not the app's database). */
export const EMBEDDED_JAVA_DB = /(^|:)(h2|hsqldb|derby)$|com\.h2database/
/** Java dependencies of a real database driver. */
export const REAL_JAVA_DRIVER = /postgresql|mysql|mariadb|mssql|sqlserver|ojdbc|oracle|sqlite|mongodb|cassandra|neo4j|db2|r2dbc-(postgresql|mysql|mssql)/
