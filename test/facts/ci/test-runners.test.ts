import { describe, expect, it } from 'vitest'
import { directRunner, unwrap } from '../../../src/facts/ci/test-runners.js'

const runner = (line: string) => {
  const verdict = directRunner(line.split(' '))
  return verdict && 'runner' in verdict ? verdict.runner : verdict
}

describe('directRunner', () => {
  it.each([
    ['npx jest --ci', 'jest'],
    ['npx vitest run', 'vitest'],
    ['./node_modules/.bin/mocha test/**/*.spec.js', 'mocha'],
    ['CI=true cross-env NODE_ENV=test jest', 'jest'],
    ['node --test', 'node --test'],
    ['node --experimental-vm-modules node_modules/jest/bin/jest.js', 'jest'],
    ['pytest -q', 'pytest'],
    ['python -m pytest tests/', 'pytest'],
    ['python3 manage.py test --parallel', 'manage.py test'],
    ['poetry run pytest', 'pytest'],
    ['uv run --frozen pytest', 'pytest'],
    ['coverage run -m pytest', 'pytest'],
    ['coverage run --source=app manage.py test', 'manage.py test'],
    ['tox -e py312', 'tox'],
    ['go test -race ./...', 'go test'],
    ['mvn -B verify', 'mvn verify'],
    ['./mvnw clean package', 'mvn package'],
    ['./gradlew build', 'gradle build'],
    ['gradle :api:test', 'gradle test'],
    ['bundle exec rspec', 'rspec'],
    ['bin/rails test', 'rails test'],
    ['bundle exec rake', 'rake (default: test)'],
    ['php artisan test --parallel', 'artisan test'],
    ['vendor/bin/phpunit', 'phpunit'],
    ['./vendor/bin/pest', 'pest'],
    ['dotnet test --no-build', 'dotnet test'],
    ['bun test', 'bun test'],
    ['deno test -A', 'deno test'],
  ])('%s runs tests (%s)', (line, expected) => {
    expect(runner(line)).toBe(expected)
  })

  it.each([
    'npx eslint .',
    'npx tsc --noEmit',
    'go vet ./...',
    'go build ./...',
    'mvn compile',
    './gradlew assemble',
    'gradle testClasses',
    'dotnet build',
    'python manage.py migrate',
    'pip install -r requirements.txt',
    'npx cypress open',
    'jest --version',
    'node src/server.js',
  ])('%s does not run tests', (line) => {
    expect(runner(line)).toBeUndefined()
  })

  it('says when a build skips its tests', () => {
    expect(directRunner(['mvn', 'package', '-DskipTests'])).toEqual({ skipped: 'maven runs with -DskipTests' })
    expect(directRunner(['./gradlew', 'build', '-x', 'test'])).toEqual({ skipped: 'gradle runs with -x test' })
  })
})

describe('unwrap', () => {
  it('removes environment assignments and wrappers but keeps the command', () => {
    expect(unwrap(['sudo', '-E', 'env', 'A=1', 'timeout', '10m', 'npx', '--yes', 'jest', '--ci'])).toEqual(['jest', '--ci'])
    expect(unwrap(['npm', 'test'])).toEqual(['npm', 'test'])
  })
})
