import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

const GRADLE_KTS = 'plugins { id("org.springframework.boot") version "3.3.4" }\ndependencies { implementation("org.springframework.boot:spring-boot-starter-web") }\n'

describe('spring routes', () => {
  it('joins class @RequestMapping prefixes (a constant too) with method mappings, and reads method = RequestMethod.POST', async () => {
    const { routes } = await fixtureRoutes('routes-spring')
    const base = 'src/main/java/com/example/todo'
    expect(lines(routes)).toEqual([
      `POST /api/auth/register ${base}/auth/AuthController.java:11`,
      `POST /api/auth/signin ${base}/auth/AuthController.java:17`,
      `GET /api/todos ${base}/todo/TodoController.java:10`,
      `GET /api/todos/{id} ${base}/todo/TodoController.java:15`,
      `GET /api/todos/by-id/{id} ${base}/todo/TodoController.java:15`,
      `DELETE /api/todos/{id} ${base}/todo/TodoController.java:20`,
    ])
    expect(routes.every((r) => r.framework === 'spring')).toBe(true)
  })

  it('ignores a commented-out mapping and a Feign client interface (calls to another service)', async () => {
    const { routes } = await fixtureRoutes('routes-spring')
    expect(routes.some((r) => r.path === '/api/auth/login' || r.path === '/invoices')).toBe(false)
  })

  it('reads Kotlin controllers: arrays in brackets, const val prefixes and RequestMapping methods', async () => {
    const { routes } = await memoryRoutes({
      'build.gradle.kts': GRADLE_KTS,
      'src/main/kotlin/demo/UserController.kt': [
        'package demo',
        '',
        'const val USERS = "/api/users"',
        '',
        '@RestController',
        '@RequestMapping(USERS)',
        'class UserController(private val service: UserService) {',
        '',
        '    @PostMapping("/signup")',
        '    fun signup(@RequestBody body: SignupRequest): ResponseEntity<Unit> = ResponseEntity.ok().build()',
        '',
        '    @GetMapping(value = ["/{id}", "/by-email/{email}"])',
        '    fun get(@PathVariable id: Long) = service.find(id)',
        '',
        '    @RequestMapping("/me", method = [RequestMethod.PUT, RequestMethod.PATCH])',
        '    fun update() {}',
        '}',
      ].join('\n'),
    })
    expect(lines(routes)).toEqual([
      'POST /api/users/signup src/main/kotlin/demo/UserController.kt:9',
      'GET /api/users/{id} src/main/kotlin/demo/UserController.kt:12',
      'GET /api/users/by-email/{email} src/main/kotlin/demo/UserController.kt:12',
      'PATCH /api/users/me src/main/kotlin/demo/UserController.kt:15',
      'PUT /api/users/me src/main/kotlin/demo/UserController.kt:15',
    ])
  })

  it('reads JAX-RS resources (@Path on the class and method, @POST)', async () => {
    const { routes } = await memoryRoutes({
      'pom.xml': '<project><dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency></dependencies></project>',
      'src/main/java/demo/AuthResource.java': [
        'package demo;',
        'import jakarta.ws.rs.*;',
        '@Path("/auth")',
        'public class AuthResource {',
        '    @POST',
        '    @Path("/login")',
        '    public String login() { return "ok"; }',
        '}',
      ].join('\n'),
    })
    expect(lines(routes)).toEqual(['POST /auth/login src/main/java/demo/AuthResource.java:5'])
  })
})
