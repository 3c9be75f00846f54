/** @module Tell shell commands from other text in a README, and which commands install dependencies or start the app. Pure. */

/** Code block languages that hold shell sessions: every line in them is a command (or its output). */
const SHELL_LANGS = new Set([
  'sh', 'bash', 'shell', 'zsh', 'fish', 'console', 'terminal', 'shell-session', 'shellsession', 'sh-session', 'cmd',
  'bat', 'batch', 'powershell', 'ps', 'ps1', 'pwsh', 'commandline', 'command', 'cli', 'bash-session', 'nu', 'dos',
])

/** Programs a README tells people to run. */
const PROGRAMS = new Set([
  'npm', 'npx', 'yarn', 'pnpm', 'pnpx', 'bun', 'bunx', 'node', 'nodemon', 'deno', 'tsx', 'ts-node', 'nest', 'pm2',
  'pip', 'pip3', 'pipx', 'python', 'python3', 'py', 'poetry', 'pipenv', 'uv', 'uvicorn', 'gunicorn', 'hypercorn',
  'flask', 'django-admin', 'fastapi', 'alembic', 'celery', 'virtualenv', 'conda', 'pytest', 'source',
  'go', 'air', 'swag', 'migrate', 'goose', 'mvn', 'mvnw', 'gradle', 'gradlew', 'java', 'kotlin', 'php', 'composer',
  'artisan', 'symfony', 'bundle', 'rails', 'rake', 'ruby', 'gem', 'rspec', 'foreman', 'dotnet', 'docker',
  'docker-compose', 'podman', 'podman-compose', 'kubectl', 'helm', 'minikube', 'make', 'git', 'gh', 'cd', 'cp',
  'copy', 'mv', 'move', 'mkdir', 'touch', 'cat', 'echo', 'export', 'set', 'setx', 'curl', 'wget', 'http', 'psql',
  'mysql', 'createdb', 'sqlite3', 'mongosh', 'mongo', 'mongod', 'redis-server', 'redis-cli', 'sudo', 'brew', 'apt',
  'apt-get', 'choco', 'winget', 'scoop', 'chmod', 'sh', 'bash', 'cargo', 'prisma', 'sequelize', 'knex', 'typeorm',
  'ng', 'vite', 'serverless', 'sls', 'vercel', 'heroku', 'fly', 'flyctl', 'terraform', 'ansible', 'vagrant',
  'newman', 'openssl', 'ssh', 'scp', 'rm', 'nvm', 'sam', 'aws', 'gcloud', 'az', 'wsl',
])

const PROMPT = /^(?:\$|>|%|❯|➜|PS(?: [^>]*)?>|[A-Za-z]:\\[^>]*>|\w+@[\w.-]+:[^$#]*[$#])\s*/
const ASSIGNMENTS = /^(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+)+/

/** The command part of a line: prompt, `sudo` and leading VAR=value assignments removed. */
export function commandText(line: string): string {
  return line.trim().replace(PROMPT, '').replace(ASSIGNMENTS, '').replace(/^sudo\s+(?:-\w+\s+)*/, '').replace(ASSIGNMENTS, '').trim()
}

/** True for the first word of a known program, a relative script (./mvnw, bin/rails, .\venv\Scripts\activate). */
function isProgram(word: string): boolean {
  const lower = word.toLowerCase()
  if (PROGRAMS.has(lower)) return true
  if (/^(?:\.{1,2}[/\\]|bin\/|scripts?[/\\]|venv[/\\]|\.venv[/\\]|env[/\\])[\w./\\:-]+$/i.test(word)) return true
  return /^[\w-]+\.(?:sh|bat|cmd|ps1|exe)$/i.test(word) || PROGRAMS.has(lower.replace(/\.(?:exe|cmd)$/, ''))
}

/**
 * True when a line is a command to run. In a shell code block any line that is not a comment, blank or
 * obvious output counts; elsewhere the line must start with a known program.
 * @param strict inline code in prose: also require an argument (`npm install`, not a bare `node`)
 */
export function isCommand(line: string, lang = '', strict = false): boolean {
  const text = commandText(line)
  if (!text || /^(?:#|\/\/|rem\s|::|REM\s)/.test(text)) return false
  const first = text.split(/\s+/, 1)[0]!
  // in prose, `node >= 18` or `python 3.11` names a version, not a command
  if (isProgram(first)) return !strict || (/\s\S/.test(text) && !/^\S+\s+(?:v?\d|[<>=~^])/.test(text))
  if (strict) return false
  return SHELL_LANGS.has(lang) && /^[\w.~/\\-]+$/.test(first) && !/^\d/.test(first) && !/^https?:/.test(text)
}

const INSTALL: RegExp[] = [
  /\b(?:npm|pnpm|bun)\s+(?:i|install|ci|add)\b/,
  /\byarn(?:\s+install)?\s*(?:$|&&|;|\|)/,
  /\b(?:pip3?|pipx)\s+install\b/,
  /\bpython3?\s+-m\s+pip\s+install\b/,
  /\b(?:poetry|pipenv)\s+install\b/,
  /\buv\s+(?:sync|pip\s+install)\b/,
  /\bconda\s+(?:env\s+create|install|create)\b/,
  /\bgo\s+(?:mod\s+(?:download|tidy)|get|install|build)\b/,
  /\b(?:mvnw?|\.\/mvnw|mvnw\.cmd)\b.*\b(?:install|package|compile|verify)\b/,
  /\b(?:gradlew?|\.\/gradlew)\b.*\b(?:build|assemble)\b/,
  /\bcomposer\s+(?:install|update|i)\b/,
  /\bbundle(?:\s+install)?\s*(?:$|&&|;)/,
  /\bdotnet\s+(?:restore|build)\b/,
  /\bdocker(?:-compose|\s+compose)\b.*\b(?:up|build)\b/,
  /\bdocker\s+build\b/,
  /\bmake\s+(?:install|setup|deps|init|bootstrap)\b/,
]

const START: RegExp[] = [
  /\b(?:npm|pnpm|bun)\s+(?:start|run\s+(?:dev|start[\w:-]*|serve|server|develop|watch|prod)|dev|serve)\b/,
  /\byarn\s+(?:run\s+)?(?:dev|start[\w:-]*|serve|server|develop)\b/,
  /\b(?:node|nodemon|ts-node|tsx|deno\s+run|bun\s+run)\s+\S+/,
  /\bnest\s+start\b/,
  /\bpm2\s+start\b/,
  /\b(?:uvicorn|gunicorn|hypercorn|daphne|waitress-serve)\s+\S+/,
  /\bflask\s+(?:--app\s+\S+\s+)?run\b/,
  /\bfastapi\s+(?:dev|run)\b/,
  /\bmanage\.py\s+runserver\b/,
  /\bpython3?\s+(?:-m\s+(?:flask|uvicorn|app|src|api|server)\b|[\w/\\.-]*(?:app|main|run|server|wsgi|index|api)\.py\b)/,
  /\bgo\s+run\b/,
  /\bspring-boot:run\b/,
  /\bbootRun\b/,
  /\bjava\s+-jar\b/,
  /\bartisan\s+serve\b/,
  /\bphp\s+-S\b/,
  /\bsymfony\s+(?:serve|server:start)\b/,
  /\b(?:bin\/)?rails\s+(?:s|server)\b/,
  /\bbin\/dev\b/,
  /\b(?:rackup|puma|foreman\s+start)\b/,
  /\bdotnet\s+(?:run|watch)\b/,
  /\bdocker(?:-compose|\s+compose)\b.*\bup\b/,
  /\bdocker\s+run\b/,
  /\bmake\s+(?:run|start|dev|up|serve)\b/,
]

/** True when a command installs dependencies (or builds/starts containers, which does the same). */
export function installsDependencies(command: string): boolean {
  const text = commandText(command)
  return INSTALL.some((re) => re.test(text))
}

/** True when a command starts the app. */
export function startsApp(command: string): boolean {
  const text = commandText(command)
  return START.some((re) => re.test(text))
}
