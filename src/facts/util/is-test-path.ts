/** @module Whether a path is a test file by its ecosystem's naming convention. Pure. */

const TEST_NAME = new RegExp(
  [
    '\\.(test|spec|e2e-spec)\\.[cm]?[jt]sx?$', // app.test.ts, users.spec.js
    '^test_.*\\.py$', '_tests?\\.py$', '^tests\\.py$', '^conftest\\.py$', // pytest + Django's tests.py
    '_test\\.go$',
    '(Test|Tests|IT|Spec)\\.(java|kt)$',
    '(Test|Tests)\\.cs$',
    'Test\\.php$',
    '_(spec|test)\\.rb$',
  ].join('|'),
)

/** Folders that hold tests whatever the file names inside them. */
const TEST_DIR = /(^|\/)(tests?|spec|specs|__tests__|e2e|src\/test)\/|(^|\/)[\w.-]+\.Tests?\//

/**
 * True for test files: *.test.*, *.spec.*, test_*.py, *_test.py, *_test.go, *Test.java, *Tests.cs,
 * *_spec.rb, and anything under tests/, test/, spec/, __tests__/ or a .NET *.Tests project.
 * @example isTestPath('api/tests/test_users.py') // true
 */
export function isTestPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return TEST_NAME.test(name) || TEST_DIR.test(path)
}
