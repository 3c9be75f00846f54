import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

const GO_MOD = 'module example.com/app\n\ngo 1.22\n'

describe('go routes', () => {
  it('applies Gin group prefixes (a constant too) and follows a group handed to a method in another package', async () => {
    const { routes } = await fixtureRoutes('routes-go-gin')
    expect(lines(routes)).toEqual([
      'GET /api/v1/habits internal/handlers/habits.go:15',
      'POST /api/v1/habits internal/handlers/habits.go:16',
      'DELETE /api/v1/habits/:id internal/handlers/habits.go:17',
      'GET /healthz internal/server/router.go:15',
      'POST /api/v1/auth/register internal/server/router.go:22',
      'POST /api/v1/auth/login internal/server/router.go:23',
    ])
    expect(routes.every((r) => r.framework === 'gin')).toBe(true)
  })

  it('does not count a commented-out route or a path in a doc comment', async () => {
    const { routes } = await fixtureRoutes('routes-go-gin')
    expect(routes.some((r) => r.path.endsWith('/reset'))).toBe(false)
    expect(routes.filter((r) => r.path === '/api/v1/auth/register')).toHaveLength(1)
  })

  it('reads chi Route blocks, Mount of a router returned by a function, and Group without a prefix', async () => {
    const { routes } = await memoryRoutes({
      'go.mod': GO_MOD + 'require github.com/go-chi/chi/v5 v5.1.0\n',
      'main.go': [
        'package main',
        'import (',
        '\t"net/http"',
        '\t"github.com/go-chi/chi/v5"',
        ')',
        'func main() {',
        '\tr := chi.NewRouter()',
        '\tr.Get("/ping", pong)',
        '\tr.Route("/auth", func(r chi.Router) {',
        '\t\tr.Post("/signup", signup)',
        '\t\tr.Group(func(r chi.Router) { r.Post("/login", login) })',
        '\t})',
        '\tr.Mount("/admin", adminRouter())',
        '\thttp.ListenAndServe(":3000", r)',
        '}',
        'func adminRouter() http.Handler {',
        '\tr := chi.NewRouter()',
        '\tr.Delete("/users/{id}", removeUser)',
        '\treturn r',
        '}',
      ].join('\n'),
    })
    expect(routes.map((r) => `${r.framework} ${r.method} ${r.path} ${r.line}`)).toEqual([
      'chi GET /ping 8',
      'chi POST /auth/signup 10',
      'chi POST /auth/login 11',
      'chi DELETE /admin/users/{id} 18',
    ])
  })

  it('reads net/http ServeMux patterns with Go 1.22 methods, and gorilla/mux subrouters with Methods()', async () => {
    const { routes } = await memoryRoutes({
      'go.mod': GO_MOD + 'require github.com/gorilla/mux v1.8.1\n',
      'std/main.go': [
        'package main',
        'import "net/http"',
        'func main() {',
        '\tmux := http.NewServeMux()',
        '\tmux.HandleFunc("POST /users/register", register)',
        '\tmux.HandleFunc("/health", health)',
        '\thttp.ListenAndServe(":8080", mux)',
        '}',
      ].join('\n'),
      'gm/main.go': [
        'package main',
        'import "github.com/gorilla/mux"',
        'func main() {',
        '\tr := mux.NewRouter()',
        '\tapi := r.PathPrefix("/api").Subrouter()',
        '\tapi.HandleFunc("/login", login).Methods("POST")',
        '}',
      ].join('\n'),
    })
    expect(routes.map((r) => `${r.framework} ${r.method} ${r.path} ${r.file}:${r.line}`)).toEqual([
      'gorilla-mux POST /api/login gm/main.go:6',
      'net/http POST /users/register std/main.go:5',
      'net/http ANY /health std/main.go:6',
    ])
  })

  it('reads Echo and Fiber verbs and groups', async () => {
    const { routes } = await memoryRoutes({
      'go.mod': GO_MOD + 'require (\n\tgithub.com/labstack/echo/v4 v4.12.0\n\tgithub.com/gofiber/fiber/v2 v2.52.5\n)\n',
      'echo/main.go': [
        'package main',
        'import "github.com/labstack/echo/v4"',
        'func main() {',
        '\te := echo.New()',
        '\tg := e.Group("/api")',
        '\tg.POST("/signup", signup)',
        '\te.Match([]string{"GET", "HEAD"}, "/status", status)',
        '}',
      ].join('\n'),
      'fiber/main.go': [
        'package main',
        'import "github.com/gofiber/fiber/v2"',
        'func main() {',
        '\tapp := fiber.New()',
        '\tv1 := app.Group("/v1")',
        '\tv1.Post("/login", login)',
        '}',
      ].join('\n'),
    })
    expect(routes.map((r) => `${r.framework} ${r.method} ${r.path} ${r.file}:${r.line}`)).toEqual([
      'echo POST /api/signup echo/main.go:6',
      'echo GET /status echo/main.go:7',
      'echo HEAD /status echo/main.go:7',
      'fiber POST /v1/login fiber/main.go:6',
    ])
  })
})
