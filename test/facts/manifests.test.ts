import { describe, expect, it } from 'vitest'
import { parseComposer } from '../../src/facts/manifests/composer.js'
import { parseCsproj } from '../../src/facts/manifests/csproj.js'
import { parseGoMod } from '../../src/facts/manifests/go.js'
import { parseGradle } from '../../src/facts/manifests/gradle.js'
import { parsePom } from '../../src/facts/manifests/maven.js'
import { parsePackageJson } from '../../src/facts/manifests/npm.js'
import { parsePipfile, parsePyproject } from '../../src/facts/manifests/pyproject.js'
import { parseRequirements, parseSetupCfg, parseSetupPy } from '../../src/facts/manifests/python.js'
import { parseGemspec } from '../../src/facts/manifests/ruby.js'
import { extractImports } from '../../src/facts/util/extract-imports.js'
import { stripComments } from '../../src/facts/util/strip-comments.js'

const silent = () => {}

describe('manifest parsers', () => {
  it('reads PEP 621 dependencies, extras, dependency groups and a license classifier', () => {
    const text = [
      '[project]',
      'name = "notes"',
      'dependencies = ["Flask>=3", "Flask_SQLAlchemy", "gunicorn ; sys_platform != \'win32\'"]',
      'classifiers = ["License :: OSI Approved :: MIT License"]',
      '[project.optional-dependencies]',
      'redis = ["redis[hiredis]>=5"]',
      '[dependency-groups]',
      'test = ["pytest"]',
    ].join('\n')
    const parsed = parsePyproject('pyproject.toml', text, silent)!
    expect(parsed.dependencies).toEqual(['flask', 'flask-sqlalchemy', 'gunicorn', 'redis', 'pytest'])
    expect(parsed.license).toBe('MIT License')
    expect(parsed.licenseLine).toBe(4)
  })

  it('treats license = {file = ...} as a pointer, not a named license', () => {
    expect(parsePyproject('pyproject.toml', '[project]\nname = "x"\nlicense = { file = "LICENSE" }\n', silent)!.license).toBeUndefined()
  })

  it('notes invalid TOML without quoting the file', () => {
    const notes: string[] = []
    expect(parsePyproject('pyproject.toml', '[project\nsecret = "hunter2"', (m) => notes.push(m))).toBeUndefined()
    expect(notes).toHaveLength(1)
    expect(notes[0]).not.toContain('hunter2')
  })

  it('reads Pipfile packages and dev-packages', () => {
    const text = '[packages]\ndjango = "*"\ndjangorestframework = "*"\n[dev-packages]\npytest_django = "*"\n[requires]\npython_version = "3.12"\n'
    expect(parsePipfile('Pipfile', text, silent)!.dependencies).toEqual(['django', 'djangorestframework', 'pytest-django'])
  })

  it('reads requirements files, skipping includes, options and comments', () => {
    const text = '# web\n-r base.txt\n--index-url https://pypi.org/simple\nuvicorn[standard]>=0.27  # server\nSQLAlchemy==2.0.27\n\n'
    expect(parseRequirements('requirements-dev.txt', text).dependencies).toEqual(['uvicorn', 'sqlalchemy'])
  })

  it('reads setup.cfg install_requires lists and extras, and setup.py literals', () => {
    const cfg = '[metadata]\nname = shop\nlicense = BSD-3-Clause\n\n[options]\ninstall_requires =\n    flask>=3\n    pymongo\n\n[options.extras_require]\ntest = pytest\n'
    const parsedCfg = parseSetupCfg('setup.cfg', cfg)
    expect(parsedCfg.dependencies).toEqual(['flask', 'pymongo', 'pytest'])
    expect(parsedCfg).toMatchObject({ license: 'BSD-3-Clause', licenseLine: 3 })
    const py = 'from setuptools import setup\n\nsetup(\n    name="shop",\n    license="MIT",\n    install_requires=["fastapi>=0.110", \'psycopg[binary]\'],\n)\n'
    expect(parseSetupPy('setup.py', py)).toMatchObject({ dependencies: ['fastapi', 'psycopg'], license: 'MIT', licenseLine: 5 })
  })

  it('reads npm dependencies of every kind and ignores UNLICENSED and empty licenses', () => {
    const text = JSON.stringify({ dependencies: { Hono: '4' }, peerDependencies: { react: '18' }, optionalDependencies: { pg: '8' }, license: 'UNLICENSED' })
    const parsed = parsePackageJson('package.json', text, silent)!
    expect(parsed.dependencies).toEqual(['hono', 'react', 'pg'])
    expect(parsed.license).toBeUndefined()
    expect(parsePackageJson('package.json', '{"license": "  "}', silent)!.license).toBeUndefined()
    expect(parsePackageJson('package.json', '[1, 2]', silent)).toBeUndefined()
  })

  it('reads go.mod single and block requires, pom.xml coordinates, Gradle maps and plugins', () => {
    expect(parseGoMod('go.mod', 'module x\n\nrequire (\n\tgithub.com/labstack/echo/v4 v4.11.4\n)\nrequire gorm.io/gorm v1.25.7\n').dependencies).toEqual([
      'github.com/labstack/echo/v4',
      'gorm.io/gorm',
    ])
    const pom = '<project><dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency></dependencies></project>'
    expect(parsePom('pom.xml', pom, silent)!.dependencies).toEqual(['io.quarkus:quarkus-rest'])
    const gradle = "plugins {\n  id 'org.springframework.boot' version '3.2.2'\n}\ndependencies {\n  implementation group: 'org.flywaydb', name: 'flyway-core'\n  /* implementation 'com.auth0:java-jwt:4.4.0' */\n}\n"
    expect(parseGradle('build.gradle', gradle).dependencies).toEqual(['org.flywaydb:flyway-core', 'org.springframework.boot'])
  })

  it('reads composer requirements without platform packages, gemspec licenses and csproj references', () => {
    const composer = '{"license": "proprietary", "require": {"php": "^8.2", "ext-json": "*", "Slim/Slim": "^4"}}'
    expect(parseComposer('composer.json', composer, silent)!.dependencies).toEqual(['slim/slim'])
    expect(parseComposer('composer.json', composer, silent)!.license).toBeUndefined()
    const gemspec = "Gem::Specification.new do |spec|\n  spec.name = 'api'\n  spec.licenses = ['MIT']\n  spec.add_dependency 'sinatra'\nend\n"
    expect(parseGemspec('api.gemspec', gemspec)).toMatchObject({ dependencies: ['sinatra'], license: 'MIT', licenseLine: 3 })
    const csproj = '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Serilog" Version="3.1.1" /></ItemGroup></Project>'
    expect(parseCsproj('Api.csproj', csproj).dependencies).toEqual(['microsoft.net.sdk', 'serilog'])
  })
})

describe('hostile input', () => {
  const timed = (work: () => unknown): number => {
    const start = performance.now()
    work()
    return performance.now() - start
  }

  it('parses pathological manifests and sources in linear time', () => {
    const spaces = ' '.repeat(300_000)
    const budget = 500
    expect(timed(() => parseGradle('build.gradle', `implementation${spaces}x\n`.repeat(2)))).toBeLessThan(budget)
    expect(timed(() => parseGradle('build.gradle', '/* '.repeat(100_000)))).toBeLessThan(budget)
    expect(timed(() => parseSetupCfg('setup.cfg', '\n'.repeat(500_000)))).toBeLessThan(budget)
    expect(timed(() => parseSetupPy('setup.py', 'install_requires=['.repeat(30_000)))).toBeLessThan(budget)
    expect(timed(() => parseCsproj('a.csproj', '<PackageReference '.repeat(30_000)))).toBeLessThan(budget)
    expect(timed(() => extractImports('import a '.repeat(50_000), 'javascript'))).toBeLessThan(budget)
    expect(timed(() => extractImports('from a import (\n'.repeat(30_000), 'python'))).toBeLessThan(budget)
    expect(timed(() => extractImports('import (\n'.repeat(50_000), 'go'))).toBeLessThan(budget)
    expect(timed(() => stripComments('"'.repeat(500_000), 'python'))).toBeLessThan(budget)
  })

  it('survives deeply nested JSON, TOML and XML manifests', () => {
    const notes: string[] = []
    const note = (m: string) => notes.push(m)
    expect(() => parsePackageJson('package.json', '['.repeat(100_000) + ']'.repeat(100_000), note)).not.toThrow()
    expect(() => parsePyproject('pyproject.toml', `a = ${'['.repeat(50_000)}${']'.repeat(50_000)}`, note)).not.toThrow()
    expect(() => parsePom('pom.xml', '<project>' + '<a>'.repeat(50_000) + '</a>'.repeat(50_000) + '</project>', note)).not.toThrow()
  })
})

describe('stripComments', () => {
  it('keeps strings that look like comments and the line count', () => {
    const js = "const url = 'http://x' // real comment\n/* a\nb */ const y = `a // b\n`\n"
    const out = stripComments(js, 'javascript')
    expect(out.split('\n')).toHaveLength(js.split('\n').length)
    expect(out).toContain("'http://x'")
    expect(out).not.toContain('real comment')
    expect(out).toContain('`a // b\n`')
  })

  it('does not take the escaped slashes of a JS regex literal for a comment', () => {
    expect(stripComments("const re = /https?:\\/\\//; app.get('/x', h) // old\n", 'javascript')).toBe("const re = /https?:\\/\\//; app.get('/x', h) \n")
  })

  it('keeps PHP 8 attributes, drops Ruby =begin blocks and Python docstrings but not string values', () => {
    expect(stripComments('#[Route("/x")]\n# old\n', 'php')).toBe('#[Route("/x")]\n\n')
    expect(stripComments("=begin\nrequire 'x'\n=end\nputs 1\n", 'ruby')).toBe('\n\n\nputs 1\n')
    expect(stripComments('def f():\n    """Doc\n    import x"""\n    q = """select"""\n', 'python')).toBe('def f():\n    \n\n    q = """select"""\n')
  })
})
