import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

describe('aspnet routes', () => {
  it('reads minimal APIs through MapGroup and an endpoint extension method, MapMethods, MapHealthChecks', async () => {
    const { routes } = await fixtureRoutes('routes-aspnet-minimal')
    const minimal = routes.filter((r) => r.framework === 'aspnet' && !r.file.includes('Controllers'))
    expect(lines(minimal)).toEqual([
      'GET /api/todos src/TodoApi/Endpoints/TodoEndpoints.cs:8',
      'POST /api/todos src/TodoApi/Endpoints/TodoEndpoints.cs:9',
      'PATCH /api/todos/{id:int} src/TodoApi/Endpoints/TodoEndpoints.cs:15',
      'PUT /api/todos/{id:int} src/TodoApi/Endpoints/TodoEndpoints.cs:15',
      'GET /healthz src/TodoApi/Program.cs:13',
      'GET / src/TodoApi/Program.cs:19',
    ])
  })

  it('expands MapIdentityApi under its group into the Identity endpoints', async () => {
    const { routes } = await fixtureRoutes('routes-aspnet-minimal')
    const identity = routes.filter((r) => r.framework === 'aspnet-identity').map((r) => `${r.method} ${r.path}`)
    expect(identity).toContain('POST /account/register')
    expect(identity).toContain('POST /account/login')
    expect(routes.filter((r) => r.framework === 'aspnet-identity').every((r) => r.line === 12)).toBe(true)
  })

  it('reads controllers: [controller] and [action] tokens, ~/ absolute templates, AcceptVerbs, named arguments', async () => {
    const { routes } = await fixtureRoutes('routes-aspnet-minimal')
    expect(lines(routes.filter((r) => r.file.includes('Controllers')))).toEqual([
      'GET /api/Reports/{id:int} src/TodoApi/Controllers/ReportsController.cs:9',
      'POST /exports/Csv src/TodoApi/Controllers/ReportsController.cs:12',
      'GET /api/Reports/Summary src/TodoApi/Controllers/ReportsController.cs:17',
      'HEAD /api/Reports/Summary src/TodoApi/Controllers/ReportsController.cs:17',
    ])
  })

  it('ignores a commented-out endpoint and a path inside a string', async () => {
    const { routes } = await fixtureRoutes('routes-aspnet-minimal')
    expect(routes.some((r) => r.method === 'DELETE' || r.path.includes('try'))).toBe(false)
  })

  it('combines a controller route prefix with [HttpPost("login")]', async () => {
    const { routes } = await memoryRoutes({
      'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
      'Api/Controllers/AuthController.cs': [
        'namespace Api.Controllers;',
        '[ApiController]',
        '[Route("api/auth")]',
        'public class AuthController : ControllerBase',
        '{',
        '    [HttpPost("register")]',
        '    public IActionResult Register() => Ok();',
        '    [HttpPost("login")]',
        '    public IActionResult Login() => Ok();',
        '}',
      ].join('\n'),
    })
    expect(lines(routes)).toEqual(['POST /api/auth/register Api/Controllers/AuthController.cs:6', 'POST /api/auth/login Api/Controllers/AuthController.cs:8'])
  })

  it('serves the Identity UI pages when AddDefaultIdentity is set up and Razor Pages are mapped', async () => {
    const { routes } = await memoryRoutes({
      'Web/Web.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
      'Web/Program.cs': [
        'var builder = WebApplication.CreateBuilder(args);',
        'builder.Services.AddDefaultIdentity<IdentityUser>().AddEntityFrameworkStores<AppDbContext>();',
        'builder.Services.AddRazorPages();',
        'var app = builder.Build();',
        'app.MapRazorPages();',
        'app.Run();',
      ].join('\n'),
    })
    expect(routes.map((r) => `${r.framework} ${r.path} ${r.line}`)).toContain('aspnet-identity /Identity/Account/Register 5')
  })
})
