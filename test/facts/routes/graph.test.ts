import { describe, expect, it } from 'vitest'
import { RouterGraph } from '../../../src/facts/routes/graph.js'

const route = (owner: string, path: string) => ({ owner, path, method: 'GET', file: 'app.js', line: 1, framework: 'express' })

describe('RouterGraph', () => {
  it('applies every prefix a router is mounted under', () => {
    const graph = new RouterGraph()
    graph.addRoute(route('auth#router', '/login'))
    graph.mount({ parent: 'app#app', child: 'auth#router', prefix: '/auth' })
    graph.mount({ parent: 'app#app', child: 'auth#router', prefix: '/v2/auth' })
    expect(graph.resolve().map((r) => r.path)).toEqual(['/auth/login', '/v2/auth/login'])
  })

  it('names the owners routes are served under: their own and every owner above them, not unrelated ones', () => {
    const graph = new RouterGraph()
    graph.addRoute(route('books#router', '/'))
    graph.mount({ parent: 'api#router', child: 'books#router', prefix: '/books' })
    graph.mount({ parent: 'app#app', child: 'api#router', prefix: '/api' })
    graph.mount({ parent: 'app#app', child: 'schema#Book', prefix: '' })
    const served = graph.servedOwners()
    expect([...served].sort()).toEqual(['api#router', 'app#app', 'books#router'])
    graph.mount({ parent: 'server#app', child: 'app#app', prefix: '' })
    graph.reachUp('server#app', served)
    expect(served.has('server#app')).toBe(true)
    expect(served.has('schema#Book')).toBe(false)
  })
})
