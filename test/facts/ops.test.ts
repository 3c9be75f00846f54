import { describe, expect, it } from 'vitest'
import { ops } from '../../src/facts/ops.js'
import { runAnalyzer } from '../helpers/context.js'

async function usesLogger(fixture: string) {
  const { facts } = await runAnalyzer(ops, fixture)
  return facts['ops.usesLogger']!
}

describe('ops analyzer: ops.usesLogger', () => {
  it.each([
    ['log-express-winston', 'src/logger.js', 3, 'logger created'],
    ['log-fastify-logger', 'server.js', 3, 'Fastify logger'],
    ['log-nest-logger', 'src/orders/orders.service.ts', 5, 'NestJS Logger'],
    ['log-fastapi-logging', 'app/main.py', 11, 'Python logging call'],
    ['log-flask-loguru', 'app.py', 9, 'Python logging call'],
    ['log-go-zap', 'main.go', 12, 'zap logger call'],
    ['log-spring-slf4j', 'src/main/java/com/example/api/OrderService.java', 9, 'logger declared'],
    ['log-laravel-facade', 'app/Http/Controllers/OrderController.php', 11, 'Log facade'],
    ['log-rails-logger', 'app/controllers/orders_controller.rb', 3, 'Rails logger'],
    ['log-aspnet-ilogger', 'Api/Controllers/OrdersController.cs', 12, 'ILogger call'],
  ])('passes %s with evidence of the logger in use', async (fixture, path, line, note) => {
    const fact = await usesLogger(fixture)
    expect(fact.found).toBe(true)
    expect(fact.evidence[0]).toMatchObject({ path, line })
    expect(fact.evidence[0]!.note).toContain(note)
  })

  it('passes winston only with a call, and shows the call in another module', async () => {
    const fact = await usesLogger('log-express-winston')
    expect(fact.evidence[1]).toEqual({ path: 'src/app.js', line: 6, note: 'log call' })
  })

  it('fails a pino logger that is created but never called', async () => {
    expect((await usesLogger('log-express-logger-unused')).found).toBe(false)
  })

  it('passes SLF4J only with a call, and shows the call', async () => {
    const fact = await usesLogger('log-spring-slf4j')
    expect(fact.evidence[1]).toMatchObject({ line: 12, note: 'log call' })
  })

  it('fails console.log even when winston is declared (and its require is commented out)', async () => {
    expect(await usesLogger('log-express-console')).toEqual({ id: 'ops.usesLogger', found: false, evidence: [] })
  })

  it("fails when the only logging is the generated alembic env.py and the app prints", async () => {
    expect((await usesLogger('log-alembic-env-only')).found).toBe(false)
  })

  it("fails Django's LOGGING settings dict alone", async () => {
    expect((await usesLogger('log-django-settings-only')).found).toBe(false)
  })

  it('fails logrus that is only configured (SetLevel) while the app prints with fmt', async () => {
    expect((await usesLogger('log-go-logrus-config-only')).found).toBe(false)
  })

  it("fails Go's standard log package (print-level, no levels or structure)", async () => {
    expect((await usesLogger('log-go-stdlog')).found).toBe(false)
  })

  it('fails an SLF4J logger that is declared but never called', async () => {
    expect((await usesLogger('log-spring-sysout')).found).toBe(false)
  })

  it("fails Laravel's config/logging.php and Rails' config.logger without a call in app code", async () => {
    expect((await usesLogger('log-laravel-config-only')).found).toBe(false)
    expect((await usesLogger('log-rails-puts')).found).toBe(false)
  })

  it('fails an ILogger<T> injected by the template but never called', async () => {
    expect((await usesLogger('log-aspnet-injected-unused')).found).toBe(false)
  })
})
