import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

describe('fastapi routes', () => {
  it('applies include_router prefixes (a settings constant from another module) and APIRouter prefixes', async () => {
    const { routes } = await fixtureRoutes('routes-fastapi-router')
    expect(lines(routes)).toEqual([
      'GET /api/v1/items app/api/routes/items.py:6',
      'PATCH /api/v1/items/{item_id} app/api/routes/items.py:11',
      'PUT /api/v1/items/{item_id} app/api/routes/items.py:11',
      'POST /api/v1/login/access-token app/api/routes/login.py:7',
      'POST /api/v1/users/signup app/api/routes/users.py:12',
      'GET /api/v1/users/{user_id} app/api/routes/users.py:17',
      'GET /health app/main.py:11',
    ])
    expect(routes.every((r) => r.framework === 'fastapi')).toBe(true)
  })

  it('does not count a commented-out decorator, a path in a string or a function that is never routed', async () => {
    const { routes } = await fixtureRoutes('routes-fastapi-router')
    const paths = routes.map((r) => r.path)
    expect(paths.some((p) => p.includes('magic-link'))).toBe(false)
    expect(paths.some((p) => p.endsWith('/ready'))).toBe(false)
  })
})

describe('flask routes', () => {
  it('uses register_blueprint url_prefix over the Blueprint one, and reads methods=[...]', async () => {
    const { routes } = await fixtureRoutes('routes-flask-blueprint')
    expect(lines(routes)).toEqual([
      'DELETE /api/todos/<int:todo_id> app/__init__.py:16',
      'GET /api/todos/<int:todo_id> app/__init__.py:16',
      'GET /healthcheck app/__init__.py:18',
      'GET /account/register app/auth/routes.py:6',
      'POST /account/register app/auth/routes.py:6',
      'GET /account/login app/auth/routes.py:13',
      'POST /account/login app/auth/routes.py:13',
      'POST /account/logout app/auth/routes.py:18',
      'GET / app/main/views.py:4',
    ])
    expect(routes.every((r) => r.framework === 'flask')).toBe(true)
  })

  it('keeps a Blueprint url_prefix when register_blueprint gives none', async () => {
    const { routes } = await memoryRoutes({
      'requirements.txt': 'Flask==3.0.3\n',
      'app.py': [
        'from flask import Flask, Blueprint',
        "auth = Blueprint('auth', __name__, url_prefix='/auth')",
        "@auth.route('/signin', methods=['POST'])",
        'def signin():',
        '    return {}',
        'app = Flask(__name__)',
        'app.register_blueprint(auth)',
        "app.add_url_rule('/ping', view_func=lambda: 'pong')",
      ].join('\n'),
    })
    expect(lines(routes)).toEqual(['POST /auth/signin app.py:3', 'GET /ping app.py:8'])
  })
})

describe('django routes', () => {
  it('follows include() into apps, expands django.contrib.auth.urls and reads DRF routers and actions', async () => {
    const { routes } = await fixtureRoutes('routes-django-include')
    expect(routes.map((r) => `${r.framework} ${r.method} ${r.path} ${r.file}:${r.line}`)).toEqual([
      'django ANY /accounts/signup accounts/urls.py:8',
      'django ANY /accounts/profile/(?P<username>[\\w.-]+) accounts/urls.py:9',
      'drf ANY /api/books api/urls.py:7',
      'drf ANY /api/books/{pk} api/urls.py:7',
      'drf ANY /api/auth api/urls.py:8',
      'drf ANY /api/auth/{pk} api/urls.py:8',
      'drf POST /api/auth/register api/views.py:11',
      'drf POST /api/auth/token api/views.py:15',
      'django ANY /admin mysite/urls.py:7',
      'django.contrib.auth ANY /accounts/login mysite/urls.py:8',
      'django.contrib.auth ANY /accounts/logout mysite/urls.py:8',
      'django.contrib.auth ANY /accounts/password_change mysite/urls.py:8',
      'django.contrib.auth ANY /accounts/password_change/done mysite/urls.py:8',
      'django.contrib.auth ANY /accounts/password_reset mysite/urls.py:8',
      'django.contrib.auth ANY /accounts/password_reset/done mysite/urls.py:8',
      'django.contrib.auth ANY /accounts/reset/<uidb64>/<token> mysite/urls.py:8',
      'django.contrib.auth ANY /accounts/reset/done mysite/urls.py:8',
      'django ANY /healthz mysite/urls.py:11',
    ])
  })

  it('does not follow a commented-out include', async () => {
    const { routes } = await fixtureRoutes('routes-django-include')
    expect(routes.some((r) => r.path.startsWith('/legacy'))).toBe(false)
  })

  it('reads url() regex patterns and inline include lists', async () => {
    const { routes } = await memoryRoutes({
      'requirements.txt': 'Django==4.2\n',
      'site/urls.py': [
        'from django.conf.urls import url, include',
        'from django.urls import path',
        'from . import views',
        'urlpatterns = [',
        "    url(r'^api/', include([path('register/', views.register), path('login/', views.login)])),",
        "    url(r'^status/$', views.status),",
        ']',
      ].join('\n'),
    })
    expect(lines(routes)).toEqual(['ANY /api/login site/urls.py:5', 'ANY /api/register site/urls.py:5', 'ANY /status site/urls.py:6'])
  })
})
