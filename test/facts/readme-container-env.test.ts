import { describe, expect, it } from 'vitest'
import { isServiceImage, runImage, serviceContainerLines, withoutServiceRuns } from '../../src/facts/readme/container-env.js'

describe('README container variables', () => {
  it('knows database, cache and broker images by repository, whatever the registry, tag or digest', () => {
    for (const image of ['postgres:16', 'docker.io/library/redis:7-alpine', 'bitnami/mongodb@sha256:0abc', 'mcr.microsoft.com/mssql/server:2022-latest', 'mysql']) {
      expect(isServiceImage(image), image).toBe(true)
    }
    for (const image of ['ghcr.io/ana/shelf:latest', 'myapp', 'node:20', 'postgres-backup', 'nginx']) {
      expect(isServiceImage(image), image).toBe(false)
    }
  })

  it('finds the image of a docker run after options with and without values', () => {
    expect(runImage('-d --name pg -e POSTGRES_PASSWORD=x -p5432:5432 --rm -it postgres:16 -c fsync=off')?.image).toBe('postgres:16')
    expect(runImage('--env=A=1 -e REDIS_ARGS="--save 60 1" redis/redis-stack:latest')?.image).toBe('redis/redis-stack:latest')
    expect(runImage('-e')).toBeUndefined()
  })

  it("cuts a database container's docker run out of a line, and keeps the app's own", () => {
    expect(withoutServiceRuns('docker run -e POSTGRES_PASSWORD=x postgres:16 && export DATABASE_URL=postgres://db')).toBe(' && export DATABASE_URL=postgres://db')
    expect(withoutServiceRuns('docker run -e DATABASE_URL=x -p 8080:8080 myapp')).toBe('docker run -e DATABASE_URL=x -p 8080:8080 myapp')
  })

  it('marks continued docker run lines and compose services of database images, not the app service', () => {
    const text = [
      'docker run -d \\', '  -e POSTGRES_PASSWORD=secret \\', '  postgres:16', 'export JWT_SECRET=x',
      'services:', '  db:', '    image: postgres:16', '    environment:', '      POSTGRES_PASSWORD: x', '  api:', '    build: .', '    environment:', '      DATABASE_URL: x',
    ]
    const skipped = serviceContainerLines(text.map((t, i) => ({ text: t, line: i + 1 })))
    expect([...skipped]).toEqual([1, 2, 3, 6, 7, 8, 9])
  })
})
