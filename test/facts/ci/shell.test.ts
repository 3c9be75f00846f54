import { describe, expect, it } from 'vitest'
import { splitCommands, tokenize } from '../../../src/facts/ci/shell.js'

describe('splitCommands', () => {
  it('splits chains on && || ; and pipes and keeps the line each command starts on', () => {
    const script = 'npm ci\ncd api && npm test || exit 1; echo done\nnpm run lint | tee lint.log'
    expect(splitCommands(script)).toEqual([
      { text: 'npm ci', line: 0 },
      { text: 'cd api', line: 1 },
      { text: 'npm test', line: 1 },
      { text: 'exit 1', line: 1 },
      { text: 'echo done', line: 1 },
      { text: 'npm run lint', line: 2 },
      { text: 'tee lint.log', line: 2 },
    ])
  })

  it('drops comments but keeps # inside quotes', () => {
    expect(splitCommands('# pytest\necho "#1" # note\n  # go test ./...')).toEqual([{ text: 'echo "#1"', line: 1 }])
  })

  it('joins backslash continuations onto the first line', () => {
    expect(splitCommands('docker compose run --rm \\\n  api \\\n  pytest\necho ok')).toEqual([
      { text: 'docker compose run --rm    api    pytest', line: 0 },
      { text: 'echo ok', line: 3 },
    ])
  })

  it('skips heredoc bodies, which are data and not commands', () => {
    expect(splitCommands("cat > .env <<'EOF'\nnpm test\nEOF\nnpm run build").map((c) => c.text)).toEqual(['cat > .env <<\'EOF\'', 'npm run build'])
  })

  it('looks through if/then and subshells to the command that runs', () => {
    expect(splitCommands('if [ -f package.json ]; then npm test; fi\n(cd web && yarn test)').map((c) => c.text)).toEqual([
      '[ -f package.json ]',
      'npm test',
      'cd web',
      'yarn test',
    ])
  })

  it('keeps a command substitution inside its word', () => {
    expect(splitCommands('cd $(dirname $0)/.. && make test').map((c) => c.text)).toEqual(['cd $(dirname $0)/..', 'make test'])
  })
})

describe('tokenize', () => {
  it('removes quotes and redirections', () => {
    expect(tokenize(`pytest -k "not slow" 'tests/api' > out.txt 2>&1`)).toEqual(['pytest', '-k', 'not slow', 'tests/api'])
  })

  it('keeps escaped spaces inside a word', () => {
    expect(tokenize('bash my\\ script.sh')).toEqual(['bash', 'my script.sh'])
  })
})
