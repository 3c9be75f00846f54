import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

describe('rails routes', () => {
  it('expands devise_for into Devise routes, including POST /users for sign-up', async () => {
    const { routes } = await fixtureRoutes('routes-rails-devise')
    const devise = routes.filter((r) => r.framework === 'devise').map((r) => `${r.method} ${r.path}`)
    expect(devise).toContain('POST /users')
    expect(devise).toContain('POST /users/sign_in')
    expect(devise).toContain('DELETE /users/sign_out')
    expect(routes.filter((r) => r.framework === 'devise').every((r) => r.file === 'config/routes.rb' && r.line === 2)).toBe(true)
  })

  it('reads resources with nesting, member and collection routes, namespaces, singular resources and drawn files', async () => {
    const { routes } = await fixtureRoutes('routes-rails-devise')
    expect(lines(routes.filter((r) => r.framework === 'rails'))).toEqual([
      'GET /up config/routes.rb:5',
      'GET / config/routes.rb:7',
      'DELETE /recipes/:id config/routes.rb:9',
      'GET /recipes config/routes.rb:9',
      'GET /recipes/:id config/routes.rb:9',
      'GET /recipes/:id/edit config/routes.rb:9',
      'GET /recipes/new config/routes.rb:9',
      'PATCH /recipes/:id config/routes.rb:9',
      'POST /recipes config/routes.rb:9',
      'PUT /recipes/:id config/routes.rb:9',
      'GET /recipes/:recipe_id/reviews config/routes.rb:10',
      'POST /recipes/:recipe_id/reviews config/routes.rb:10',
      'POST /recipes/:id/favorite config/routes.rb:12',
      'GET /recipes/search config/routes.rb:14',
      'GET /api/v1/recipes config/routes.rb:19',
      'GET /api/v1/recipes/:id config/routes.rb:19',
      'GET /api/v1/profile config/routes.rb:20',
      'PATCH /api/v1/profile config/routes.rb:20',
      'PUT /api/v1/profile config/routes.rb:20',
      'GET /admin/stats config/routes/admin.rb:2',
    ])
  })

  it('ignores commented-out routes', async () => {
    const { routes } = await fixtureRoutes('routes-rails-devise')
    expect(routes.some((r) => r.path.includes('drafts'))).toBe(false)
  })

  it('reads match via:, scope paths, hash-rocket routes and Sinatra apps', async () => {
    const { routes } = await memoryRoutes({
      'Gemfile': 'source "https://rubygems.org"\ngem "rails"\ngem "sinatra"\n',
      'config/routes.rb': [
        'Rails.application.routes.draw do',
        "  scope '/api' do",
        "    match 'login', to: 'sessions#create', via: [:post]",
        "    post 'signup' => 'users#create'",
        '  end',
        'end',
      ].join('\n'),
      'app.rb': ["require 'sinatra'", '', "get '/health' do", "  'ok'", 'end'].join('\n'),
    })
    expect(routes.map((r) => `${r.framework} ${r.method} ${r.path} ${r.file}:${r.line}`)).toEqual([
      'sinatra GET /health app.rb:3',
      'rails POST /api/login config/routes.rb:3',
      'rails POST /api/signup config/routes.rb:4',
    ])
  })
})
