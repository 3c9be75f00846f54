import { describe, expect, it } from 'vitest'
import { fixtureRoutes, lines, memoryRoutes } from './route-helpers.js'

describe('laravel routes', () => {
  it('prefixes routes/api.php with /api, nests prefix groups, expands apiResource()->only() and reads health: /up', async () => {
    const { routes } = await fixtureRoutes('routes-laravel')
    expect(lines(routes)).toEqual([
      'GET /up bootstrap/app.php:12',
      'POST /api/tokens routes/api.php:8',
      'GET /api/user routes/api.php:11',
      'DELETE /api/v1/recipes/{recipe} routes/api.php:16',
      'GET /api/v1/recipes routes/api.php:16',
      'POST /api/v1/recipes routes/api.php:16',
      'GET /register routes/auth.php:8',
      'POST /register routes/auth.php:9',
      'GET /login routes/auth.php:11',
      'POST /login routes/auth.php:12',
      'POST /logout routes/auth.php:16',
      'GET / routes/web.php:5',
      'GET /dashboard routes/web.php:7',
    ])
    expect(routes.every((r) => r.framework === 'laravel')).toBe(true)
  })

  it('ignores a commented-out route', async () => {
    const { routes } = await fixtureRoutes('routes-laravel')
    expect(routes.some((r) => r.path.includes('everything'))).toBe(false)
  })

  it('reads Route::group arrays, match(), resource() and an older RouteServiceProvider prefix', async () => {
    const { routes } = await memoryRoutes({
      'composer.json': '{ "require": { "laravel/framework": "^10.0" } }',
      'app/Providers/RouteServiceProvider.php': [
        '<?php',
        'class RouteServiceProvider {',
        '  public function boot() {',
        "    Route::middleware('api')->prefix('api/v2')->group(base_path('routes/api.php'));",
        '  }',
        '}',
      ].join('\n'),
      'routes/api.php': [
        '<?php',
        "Route::group(['prefix' => 'admin', 'middleware' => 'auth'], function () {",
        "    Route::match(['get', 'post'], '/search', SearchController::class);",
        "    Route::resource('photos', PhotoController::class)->except(['create', 'edit', 'show', 'update']);",
        '});',
      ].join('\n'),
    })
    expect(lines(routes)).toEqual([
      'GET /api/v2/admin/search routes/api.php:3',
      'POST /api/v2/admin/search routes/api.php:3',
      'DELETE /api/v2/admin/photos/{photo} routes/api.php:4',
      'GET /api/v2/admin/photos routes/api.php:4',
      'POST /api/v2/admin/photos routes/api.php:4',
    ])
  })
})

describe('slim and symfony routes', () => {
  it('reads Slim routes inside a group', async () => {
    const { routes } = await memoryRoutes({
      'composer.json': '{ "require": { "slim/slim": "^4.14" } }',
      'public/index.php': [
        '<?php',
        'use Slim\\Factory\\AppFactory;',
        'use Slim\\Routing\\RouteCollectorProxy;',
        '$app = AppFactory::create();',
        "$app->get('/health', function ($request, $response) { return $response; });",
        "$app->group('/api', function (RouteCollectorProxy $group) {",
        "    $group->post('/register', RegisterAction::class);",
        "    $group->map(['POST'], '/login', LoginAction::class);",
        '});',
        '$app->run();',
      ].join('\n'),
    })
    expect(routes.map((r) => `${r.framework} ${r.method} ${r.path} ${r.line}`)).toEqual([
      'slim GET /health 5',
      'slim POST /api/register 7',
      'slim POST /api/login 8',
    ])
  })

  it('reads Symfony #[Route] attributes with a class prefix and methods', async () => {
    const { routes } = await memoryRoutes({
      'composer.json': '{ "require": { "symfony/framework-bundle": "^7.1" } }',
      'src/Controller/SecurityController.php': [
        '<?php',
        'namespace App\\Controller;',
        'use Symfony\\Component\\Routing\\Attribute\\Route;',
        "#[Route('/api', name: 'api_')]",
        'class SecurityController extends AbstractController',
        '{',
        "    #[Route('/login', name: 'login', methods: ['POST'])]",
        '    public function login(): JsonResponse { return $this->json([]); }',
        '',
        "    // #[Route('/register', methods: ['POST'])]",
        '    public function register(): JsonResponse { return $this->json([]); }',
        '}',
      ].join('\n'),
    })
    expect(routes.map((r) => `${r.framework} ${r.method} ${r.path} ${r.line}`)).toEqual(['symfony POST /api/login 7'])
  })
})
