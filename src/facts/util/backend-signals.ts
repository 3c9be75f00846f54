/** @module Dependency and import names that reveal a backend: web frameworks (named) and server/database libraries (unnamed). Pure. */

/** Framework name by dependency name (lower-case manifest names). */
const FRAMEWORK_DEPS: Record<string, string> = {
  express: 'express', '@nestjs/core': 'nestjs', fastify: 'fastify', koa: 'koa', hono: 'hono',
  '@hapi/hapi': 'hapi', hapi: 'hapi', restify: 'restify', '@adonisjs/core': 'adonis', elysia: 'elysia',
  fastapi: 'fastapi', django: 'django', djangorestframework: 'drf', flask: 'flask', starlette: 'starlette',
  sanic: 'sanic', aiohttp: 'aiohttp', tornado: 'tornado', bottle: 'bottle', falcon: 'falcon', litestar: 'litestar', quart: 'quart',
  'github.com/gin-gonic/gin': 'gin', 'github.com/gorilla/mux': 'net-http',
  'laravel/framework': 'laravel', 'laravel/lumen-framework': 'laravel', 'slim/slim': 'slim',
  'symfony/framework-bundle': 'symfony', 'symfony/http-kernel': 'symfony',
  rails: 'rails', sinatra: 'sinatra', grape: 'grape', hanami: 'hanami', roda: 'roda',
  'microsoft.net.sdk.web': 'aspnet',
}

/** Framework name by dependency prefix (versioned Go paths, Maven groups, NuGet families). */
const FRAMEWORK_PREFIXES: [string, string][] = [
  ['github.com/labstack/echo', 'echo'], ['github.com/go-chi/chi', 'chi'], ['github.com/gofiber/fiber', 'fiber'],
  ['org.springframework.boot', 'spring'], ['org.springframework:spring-webmvc', 'spring'], ['org.springframework:spring-webflux', 'spring'],
  ['io.quarkus', 'quarkus'], ['io.micronaut', 'micronaut'], ['io.javalin', 'javalin'], ['io.ktor:ktor-server', 'ktor'],
  ['microsoft.aspnetcore.', 'aspnet'],
]

/** Server or database libraries: a folder using them is a backend even without a named framework. */
const SERVER_DEPS = new Set([
  'pg', 'mysql', 'mysql2', 'mongoose', 'mongodb', 'sequelize', 'typeorm', '@prisma/client', 'prisma', 'knex', 'sqlite3',
  'better-sqlite3', 'drizzle-orm', '@mikro-orm/core', 'objection', 'ioredis', 'socket.io', '@apollo/server',
  'apollo-server', 'graphql-yoga', 'express-session', 'passport', 'jsonwebtoken', 'bcrypt', 'bcryptjs',
  'sqlalchemy', 'sqlmodel', 'psycopg2', 'psycopg2-binary', 'psycopg', 'asyncpg', 'pymongo', 'motor', 'peewee',
  'tortoise-orm', 'mysqlclient', 'pymysql', 'uvicorn', 'gunicorn', 'alembic',
  'gorm.io/gorm', 'github.com/jackc/pgx', 'github.com/jackc/pgx/v5', 'github.com/lib/pq', 'github.com/go-sql-driver/mysql',
  'github.com/jmoiron/sqlx', 'go.mongodb.org/mongo-driver', 'google.golang.org/grpc',
  'org.postgresql:postgresql', 'com.mysql:mysql-connector-j', 'mysql:mysql-connector-java', 'org.hibernate:hibernate-core',
  'doctrine/orm', 'illuminate/database', 'cakephp/cakephp', 'codeigniter4/framework',
  'pg', 'sequel', 'activerecord', 'puma',
  'npgsql', 'dapper', 'microsoft.entityframeworkcore',
])

/** Frameworks named by a set of dependency names, in a stable order. */
export function frameworksOf(dependencies: Iterable<string>): string[] {
  const found = new Set<string>()
  for (const dep of dependencies) {
    const named = FRAMEWORK_DEPS[dep] ?? FRAMEWORK_PREFIXES.find(([prefix]) => dep.startsWith(prefix))?.[1]
    if (named) found.add(named)
  }
  if (found.has('drf')) found.add('django')
  return [...found].sort()
}

/** True when a dependency is a server or database library (or a framework). */
export function isBackendDependency(dep: string): boolean {
  return SERVER_DEPS.has(dep) || dep.startsWith('microsoft.entityframeworkcore') || frameworksOf([dep]).length > 0
}

/** Framework name by imported module (as written in code), for projects without a manifest. */
const FRAMEWORK_IMPORTS: [string, string][] = [
  ['express', 'express'], ['@nestjs/core', 'nestjs'], ['fastify', 'fastify'], ['koa', 'koa'], ['hono', 'hono'],
  ['fastapi', 'fastapi'], ['django', 'django'], ['rest_framework', 'drf'], ['flask', 'flask'],
  ['github.com/gin-gonic/gin', 'gin'], ['github.com/labstack/echo', 'echo'], ['github.com/go-chi/chi', 'chi'],
  ['github.com/gofiber/fiber', 'fiber'], ['org.springframework', 'spring'], ['illuminate', 'laravel'], ['slim', 'slim'],
  ['symfony\\component', 'symfony'], ['rails', 'rails'], ['sinatra', 'sinatra'], ['microsoft.aspnetcore', 'aspnet'],
]

/** Frameworks named by imported modules ('flask', 'github.com/gin-gonic/gin', 'Illuminate\\Support\\Facades\\Route'). */
export function frameworksOfImports(imports: Iterable<string>): string[] {
  const found = new Set<string>()
  for (const raw of imports) {
    const name = raw.toLowerCase()
    for (const [prefix, framework] of FRAMEWORK_IMPORTS) {
      if (name === prefix || (name.startsWith(prefix) && '/.\\'.includes(name[prefix.length]!))) found.add(framework)
    }
  }
  if (found.has('drf')) found.add('django')
  return [...found].sort()
}
