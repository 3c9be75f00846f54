/** @module FastAPI routes: `@app.get`/`@router.post` decorators, `APIRouter(prefix=...)`, `include_router(r, prefix=...)` across modules. Pure. */
import type { Family } from '../family.js'
import { extractDecorated, type DecoratedSpec } from './decorated.js'

const SPEC: DecoratedSpec = {
  framework: 'fastapi',
  package: 'fastapi',
  rival: 'flask',
  factories: { FastAPI: null, APIRouter: 'prefix' },
  verbs: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', options: 'OPTIONS', head: 'HEAD', trace: 'TRACE' },
  routeNames: ['api_route'],
  mounts: { include_router: { keyword: 'prefix', replaces: false } },
  ruleCalls: ['add_api_route'],
}

export const fastapi: Family = {
  name: 'fastapi',
  grammars: ['python'],
  wants: (file) => file.text.includes('fastapi') || file.text.includes('include_router(') || file.text.includes('APIRouter'),
  extract: (candidates, ctx) => extractDecorated(SPEC, candidates, ctx),
}
