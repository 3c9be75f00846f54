import { describe, expect, it } from 'vitest'
import { validation } from '../../src/facts/validation.js'
import { runAnalyzer } from '../helpers/context.js'

async function validates(fixture: string) {
  const { facts } = await runAnalyzer(validation, fixture)
  return facts['validation.validatesInput']!
}

describe('validation analyzer', () => {
  it.each([
    ['val-express-zod', 'src/schemas/bookmark.js', 3, 'zod'],
    ['val-nest-class-validator', 'src/orders/dto/create-order.dto.ts', 4, 'class-validator'],
    ['val-fastify-schema', 'src/routes/todos.js', 4, 'Fastify route schema'],
    ['val-fastapi-pydantic', 'app/routers/users.py', 9, 'pydantic'],
    ['val-django-forms', 'contact/views.py', 8, 'Django form'],
    ['val-go-validator', 'handlers/events.go', 11, 'validate tags'],
    ['val-spring-valid', 'src/main/java/com/example/shop/ProductController.java', 11, '@Valid'],
    ['val-laravel-formrequest', 'app/Http/Controllers/PostController.php', 12, 'Laravel'],
    ['val-rails-validates', 'app/models/book.rb', 2, 'model validations'],
    ['val-aspnet-fluent', 'Todo.Api/NewTodoValidator.cs', 7, 'AbstractValidator'],
  ])('passes %s with evidence where the input is validated', async (fixture, path, line, note) => {
    const fact = await validates(fixture)
    expect(fact.found).toBe(true)
    expect(fact.evidence[0]).toMatchObject({ path, line })
    expect(fact.evidence[0]!.note).toContain(note)
  })

  it('passes NestJS DTOs only together with the ValidationPipe that switches them on', async () => {
    const fact = await validates('val-nest-class-validator')
    expect(fact.evidence[1]).toMatchObject({ path: 'src/main.ts', line: 7 })
  })

  it('shows Rails strong parameters beside the model validations', async () => {
    const fact = await validates('val-rails-validates')
    expect(fact.evidence).toContainEqual({ path: 'app/controllers/books_controller.rb', line: 14, note: 'Rails strong parameters' })
  })

  it('fails when the only zod schema file is imported by nothing but a test', async () => {
    expect(await validates('val-express-zod-unused')).toEqual({ id: 'validation.validatesInput', found: false, evidence: [] })
  })

  it('fails when class-validator decorators are never switched on by a ValidationPipe', async () => {
    expect((await validates('val-nest-no-pipe')).found).toBe(false)
  })

  it('fails a FastAPI app whose pydantic model is only a response model', async () => {
    expect((await validates('val-fastapi-unused-model')).found).toBe(false)
  })

  it('fails Spring constraint annotations without @Valid on the request body', async () => {
    expect((await validates('val-spring-plain')).found).toBe(false)
  })

  it('fails Rails strong parameters without model validations (they filter input, they do not validate it)', async () => {
    expect((await validates('val-rails-permit-only')).found).toBe(false)
  })

  it('fails DataAnnotations on a minimal API, which never checks them', async () => {
    expect((await validates('val-aspnet-minimal')).found).toBe(false)
  })

  it.each(['val-express-manual', 'val-flask-manual', 'val-go-plain', 'val-laravel-plain'])(
    'fails %s, which checks fields by hand or not at all',
    async (fixture) => {
      expect((await validates(fixture)).found).toBe(false)
    },
  )
})

describe('validation analyzer in a monorepo', () => {
  it('does not let a zod schema in the React frontend pass the backend check', async () => {
    expect((await validates('val-monorepo-frontend-zod')).found).toBe(false)
  })
})

describe('validation analyzer: Symfony Validator', () => {
  it('passes #[Assert] constraints on a DTO mapped with #[MapRequestPayload]', async () => {
    expect(await validates('acc-symfony-validator')).toEqual({
      id: 'validation.validatesInput',
      found: true,
      evidence: [
        { path: 'src/Dto/NewTicket.php', line: 10, note: 'Symfony Validator constraints' },
        { path: 'src/Controller/TicketController.php', line: 14, note: 'constraints checked on request input' },
      ],
    })
  })

  it('fails constraints nothing runs: the payload is json_decoded by hand (the mapped version commented out)', async () => {
    expect(await validates('acc-symfony-unchecked')).toEqual({ id: 'validation.validatesInput', found: false, evidence: [] })
  })
})
