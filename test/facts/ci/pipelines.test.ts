import { describe, expect, it } from 'vitest'
import { ci } from '../../../src/facts/ci.js'
import { contextOf } from '../../helpers/context.js'
import { memorySnapshot } from './memory-snapshot.js'

async function runsTests(files: Record<string, string>) {
  const facts = await ci.run(contextOf(memorySnapshot(files)))
  return facts.find((f) => f.id === 'ci.runsTests')!
}

describe('CI services other than GitHub Actions', () => {
  it('reads CircleCI run steps with a working_directory', async () => {
    const config = [
      'version: 2.1',
      'jobs:',
      '  test:',
      '    docker:',
      '      - image: cimg/python:3.12',
      '    steps:',
      '      - checkout',
      '      - run: pip install -r api/requirements.txt',
      '      - run:',
      '          name: tests',
      '          working_directory: api',
      '          command: make test',
    ].join('\n')
    const fact = await runsTests({ '.circleci/config.yml': config, 'api/Makefile': 'test:\n\tpytest\n' })
    expect(fact.evidence).toEqual([
      { path: '.circleci/config.yml', line: 12, note: 'runs the tests (pytest)' },
      { path: 'api/Makefile', line: 2, note: 'target "test" runs pytest' },
    ])
  })

  it('counts a CircleCI orb test job', async () => {
    const config = 'version: 2.1\norbs:\n  node: circleci/node@5\nworkflows:\n  ci:\n    jobs:\n      - node/test\n'
    expect((await runsTests({ '.circleci/config.yml': config })).evidence).toEqual([
      { path: '.circleci/config.yml', line: 7, note: 'runs the tests (CircleCI orb node/test)' },
    ])
  })

  it('applies the Travis language default when no script is given', async () => {
    const fact = await runsTests({ '.travis.yml': 'language: node_js\nnode_js:\n  - 20\n', 'package.json': '{"scripts":{"test":"mocha"}}' })
    expect(fact.evidence[0]).toEqual({ path: '.travis.yml', line: 1, note: 'runs the tests (mocha)' })
  })

  it('reads Azure Pipelines script steps and tasks', async () => {
    const azure = [
      'trigger: [main]',
      'pool:',
      '  vmImage: ubuntu-latest',
      'steps:',
      '  - script: dotnet build --configuration Release',
      '  - task: DotNetCoreCLI@2',
      '    inputs:',
      '      command: test',
      "      projects: '**/*Tests.csproj'",
    ].join('\n')
    expect((await runsTests({ 'azure-pipelines.yml': azure })).evidence).toEqual([
      { path: 'azure-pipelines.yml', line: 6, note: 'runs the tests (dotnet test)' },
    ])
  })

  it('reads Bitbucket and Drone pipelines', async () => {
    const bitbucket = 'pipelines:\n  default:\n    - step:\n        name: Test\n        script:\n          - composer install\n          - vendor/bin/phpunit\n'
    expect((await runsTests({ 'bitbucket-pipelines.yml': bitbucket })).evidence).toEqual([
      { path: 'bitbucket-pipelines.yml', line: 7, note: 'runs the tests (phpunit)' },
    ])
    const drone = 'kind: pipeline\nname: default\nsteps:\n  - name: test\n    image: golang:1.22\n    commands:\n      - go vet ./...\n      - go test ./...\n'
    expect((await runsTests({ '.drone.yml': drone })).evidence).toEqual([{ path: '.drone.yml', line: 8, note: 'runs the tests (go test)' }])
  })

  it('skips GitLab jobs that never run', async () => {
    const gitlab = 'test:\n  script:\n    - pytest\n  rules:\n    - when: never\n'
    expect((await runsTests({ '.gitlab-ci.yml': gitlab })).found).toBe(false)
  })
})

describe('GitHub Actions details', () => {
  it('follows a local composite action and a reusable workflow', async () => {
    const files = {
      '.github/workflows/ci.yml': 'on: push\njobs:\n  checks:\n    uses: ./.github/workflows/checks.yml\n',
      '.github/workflows/checks.yml': 'on: workflow_call\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/test\n',
      '.github/actions/test/action.yml': "name: test\nruns:\n  using: composite\n  steps:\n    - run: bundle exec rspec\n      shell: bash\n",
    }
    expect((await runsTests(files)).evidence).toEqual([{ path: '.github/actions/test/action.yml', line: 5, note: 'runs the tests (rspec)' }])
  })

  it('maps each line of a run block to its line in the workflow', async () => {
    const workflow = 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          go vet ./...\n          go test -race ./...\n'
    expect((await runsTests({ '.github/workflows/go.yml': workflow })).evidence).toEqual([
      { path: '.github/workflows/go.yml', line: 8, note: 'runs the tests (go test)' },
    ])
  })

  it('tries every package.json when working-directory is a matrix expression', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  t:',
      '    strategy:',
      '      matrix:',
      '        dir: [api, worker]',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: npm test',
      '        working-directory: ${{ matrix.dir }}',
    ].join('\n')
    const fact = await runsTests({ '.github/workflows/ci.yml': workflow, 'worker/package.json': '{"scripts":{"test":"jest"}}' })
    expect(fact.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['.github/workflows/ci.yml:9', 'worker/package.json:1'])
  })

  it('counts known test actions such as the Gradle action with a build argument', async () => {
    const workflow = 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: gradle/gradle-build-action@v2\n        with:\n          arguments: build\n'
    expect((await runsTests({ '.github/workflows/gradle.yml': workflow })).evidence).toEqual([
      { path: '.github/workflows/gradle.yml', line: 6, note: 'runs the tests (gradle build)' },
    ])
  })

  it('does not count mvn package with -DskipTests and says why', async () => {
    const workflow = 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mvn -B package -DskipTests\n'
    expect(await runsTests({ '.github/workflows/maven.yml': workflow })).toEqual({
      id: 'ci.runsTests',
      found: false,
      evidence: [{ path: '.github/workflows/maven.yml', line: 6, note: 'maven runs with -DskipTests' }],
    })
  })
})
