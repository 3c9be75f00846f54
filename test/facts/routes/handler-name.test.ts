import { describe, expect, it } from 'vitest'
import type { Route } from '../../../src/types.js'
import { memoryRoutes } from './route-helpers.js'

/** `METHOD /path handler` per route ('-' when no handler is named). */
function named(routes: readonly Route[]): string[] {
  return routes.map((r) => `${r.method} ${r.path} ${r.handler ?? '-'}`)
}

describe('route handler names', () => {
  it('reads Express handlers through middlewares, wrappers and bind, and none for inline functions', async () => {
    const { routes } = await memoryRoutes({
      'package.json': '{ "dependencies": { "express": "4.21.0" } }',
      'app.js': [
        "const app = require('express')()",
        "const auth = require('./auth')",
        "app.post('/users', validate(schema), auth.register)",
        "app.post('/sessions', asyncHandler(auth.logIn))",
        "app.post('/tokens', auth.issue.bind(auth))",
        "app.get('/health', (req, res) => res.end())",
      ].join('\n'),
    })
    expect(named(routes)).toEqual(['POST /users register', 'POST /sessions logIn', 'POST /tokens issue', 'GET /health -'])
  })

  it('reads Go method values, http.HandlerFunc wrappers and handler factories', async () => {
    const { routes } = await memoryRoutes({
      'go.mod': 'module example.com/journal\n\ngo 1.22\n',
      'main.go': [
        'package main',
        '',
        'import "net/http"',
        '',
        'func routes(s *Server, db *DB) *http.ServeMux {',
        '\tmux := http.NewServeMux()',
        '\tmux.HandleFunc("POST /api/users", s.register)',
        '\tmux.Handle("POST /api/login", s.auth(http.HandlerFunc(s.login)))',
        '\tmux.HandleFunc("POST /api/entries", createEntry(db))',
        '\treturn mux',
        '}',
      ].join('\n'),
    })
    expect(named(routes)).toEqual(['POST /api/users register', 'POST /api/login login', 'POST /api/entries createEntry'])
  })

  it('reads the decorated function of FastAPI and Flask routes and the view of Django paths', async () => {
    const fastapi = await memoryRoutes({
      'requirements.txt': 'fastapi==0.111.0\n',
      'main.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.post("/members")\ndef sign_up(body: dict):\n    return body\n',
    })
    expect(named(fastapi.routes)).toEqual(['POST /members sign_up'])
    const django = await memoryRoutes({
      'requirements.txt': 'Django==5.0.6\n',
      'site/urls.py': [
        'from django.contrib import admin',
        'from django.urls import path',
        'from accounts import views',
        '',
        'urlpatterns = [',
        '    path("admin/", admin.site.urls),',
        '    path("accounts/", views.SignUpView.as_view()),',
        '    path("welcome/", views.welcome),',
        ']',
      ].join('\n'),
    })
    expect(named(django.routes)).toEqual(['ANY /admin -', 'ANY /accounts SignUpView', 'ANY /welcome welcome'])
  })

  it('reads controller method names: NestJS, Spring, ASP.NET Core, Laravel and Symfony', async () => {
    const nest = await memoryRoutes({
      'package.json': '{ "dependencies": { "@nestjs/common": "10.0.0", "@nestjs/core": "10.0.0" } }',
      'src/members.controller.ts': [
        "import { Body, Controller, Post } from '@nestjs/common'",
        "@Controller('members')",
        'export class MembersController {',
        '  @Post()',
        '  // a new member signs up here',
        '  join(@Body() body: unknown) { return body }',
        '}',
      ].join('\n'),
    })
    expect(named(nest.routes)).toEqual(['POST /members join'])
    const spring = await memoryRoutes({
      'pom.xml': '<project><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>',
      'src/main/kotlin/demo/AccountController.kt': [
        'package demo',
        '@RestController',
        '@RequestMapping("/accounts")',
        'class AccountController {',
        '    @PostMapping',
        '    fun createAccount(@RequestBody body: String) = body',
        '}',
      ].join('\n'),
    })
    expect(named(spring.routes)).toEqual(['POST /accounts createAccount'])
    const aspnet = await memoryRoutes({
      'Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
      'Api/Program.cs': 'var app = WebApplication.Create(args);\napp.MapPost("/users", UserHandlers.Register);\napp.Run();\n',
    })
    expect(named(aspnet.routes)).toEqual(['POST /users Register'])
    const laravel = await memoryRoutes({
      'composer.json': '{ "require": { "laravel/framework": "^11.0" } }',
      'routes/api.php': "<?php\nRoute::post('/members', [MemberController::class, 'signUp']);\nRoute::post('/sessions', 'SessionController@store');\n",
    })
    expect(named(laravel.routes)).toEqual(['POST /api/members signUp', 'POST /api/sessions store'])
    const symfony = await memoryRoutes({
      'composer.json': '{ "require": { "symfony/framework-bundle": "7.1.*" } }',
      'src/Controller/MemberController.php': [
        '<?php',
        'class MemberController',
        '{',
        "    #[Route('/members', methods: ['POST'])]",
        '    public function register(): Response {}',
        '}',
      ].join('\n'),
    })
    expect(named(symfony.routes)).toEqual(['POST /members register'])
  })
})
