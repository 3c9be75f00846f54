/** @module Flask routes: `@app.route('/x', methods=[...])`, `@bp.post`, Blueprint url_prefix + register_blueprint, add_url_rule and Flask-RESTful resources. Pure. */
import type { Family } from '../family.js'
import { extractDecorated, type DecoratedSpec } from './decorated.js'

const SPEC: DecoratedSpec = {
  framework: 'flask',
  package: 'flask',
  rival: 'fastapi',
  factories: { Flask: null, Blueprint: 'url_prefix', Api: 'prefix' },
  wraps: ['Api'],
  verbs: { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' },
  routeNames: ['route'],
  mounts: { register_blueprint: { keyword: 'url_prefix', replaces: true } },
  ruleCalls: ['add_url_rule'],
  resourceCall: 'add_resource',
}

/** Decorated routes on any object (`@bp.route(`): microblog-style files import their blueprint, not flask. */
const DECORATED_ROUTE = /@\w+\.(?:route|get|post|put|patch|delete)\(/

export const flask: Family = {
  name: 'flask',
  grammars: ['python'],
  wants: (file) => file.text.includes('flask') || file.text.includes('register_blueprint(') || DECORATED_ROUTE.test(file.text),
  extract: (candidates, ctx) => extractDecorated(SPEC, candidates, ctx),
}
