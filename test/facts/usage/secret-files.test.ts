import { describe, expect, it } from 'vitest'
import { envFileKind, isKeyFileName, isRelaxedPath, isScannedText } from '../../../src/facts/usage/secret-files.js'

describe('which files the secret scan reads', () => {
  it.each([
    ['.env', 'env'],
    ['api/.env.local', 'env'],
    ['.env.production', 'env'],
    ['deploy/prod.env', 'env'],
    ['.env.example', 'example'],
    ['.env.sample', 'example'],
    ['backend/.env.template', 'example'],
    ['.env.test', 'test'],
    ['.env.testing', 'test'],
    ['src/env.ts', undefined],
    ['environment.yml', undefined],
  ])('classifies %s as %s', (path, kind) => {
    expect(envFileKind(path)).toBe(kind)
  })

  it('names private key files by their extension or SSH name, not public keys', () => {
    expect(['certs/server.key', 'keys/private.pem', 'id_rsa', 'deploy/id_ed25519', 'store.p12'].every(isKeyFileName)).toBe(true)
    expect(['id_rsa.pub', 'keys.ts', 'monkey.js'].some(isKeyFileName)).toBe(false)
  })

  it('skips lock files and source maps but reads config, docs and Dockerfiles', () => {
    expect(['package-lock.json', 'poetry.lock', 'dist.js.map'].some(isScannedText)).toBe(false)
    expect(['config/default.json', 'README.md', 'Dockerfile', 'docker-compose.yml', '.npmrc'].every(isScannedText)).toBe(true)
  })

  it('relaxes tests, fixtures and test env files only', () => {
    expect(['tests/conftest.py', 'src/__tests__/a.test.ts', 'test/fixtures/mock-cert.pem', 'pkg/testdata/key.pem', '.env.test'].every(isRelaxedPath)).toBe(true)
    expect(['src/config.js', 'config/master.key', '.env'].some(isRelaxedPath)).toBe(false)
  })
})
