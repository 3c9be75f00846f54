import { describe, expect, it } from 'vitest'
import { commandText, installsDependencies, isCommand, startsApp } from '../../src/facts/readme/commands.js'

describe('README commands', () => {
  it.each([
    ['npm install', ''], ['$ npm ci && npm start', ''], ['PS C:\\app> dotnet run', ''], ['./mvnw spring-boot:run', ''],
    ['bin/rails server', ''], ['NODE_ENV=production node server.js', ''], ['sudo docker compose up -d', ''],
    ['.\\venv\\Scripts\\activate', ''], ['make run', 'makefile'], ['whatever-tool --flag', 'bash'],
  ])('takes "%s" (fence "%s") as a command', (line, lang) => {
    expect(isCommand(line, lang)).toBe(true)
  })

  it.each([
    ['# install the dependencies', 'bash'], ['PORT=3000', ''], ['http://localhost:3000', 'bash'], ['GET /users', ''],
    ['{ "name": "x" }', 'json'], ['const app = express()', 'js'], ['Install the dependencies', ''],
  ])('does not take "%s" (fence "%s") as a command', (line, lang) => {
    expect(isCommand(line, lang)).toBe(false)
  })

  it('wants an argument for inline code in prose and no version numbers', () => {
    expect(isCommand('npm install', '', true)).toBe(true)
    expect(isCommand('node', '', true)).toBe(false)
    expect(isCommand('node >= 18', '', true)).toBe(false)
    expect(isCommand('python 3.11', '', true)).toBe(false)
    expect(isCommand('.env', '', true)).toBe(false)
  })

  it('removes prompts, sudo and leading variable assignments', () => {
    expect(commandText('user@host:~/app$ sudo PORT=1 npm start')).toBe('npm start')
  })

  it.each(['npm i', 'yarn', 'pip install -r requirements.txt', 'poetry install', 'go mod download', 'composer install',
    'bundle install', 'dotnet restore', './mvnw clean package', 'docker compose up --build'])('knows "%s" installs dependencies', (cmd) => {
    expect(installsDependencies(cmd)).toBe(true)
  })

  it.each(['npm start', 'npm run dev', 'yarn dev', 'uvicorn app.main:app --reload', 'flask --app app run', 'python manage.py runserver',
    'go run ./cmd/api', './gradlew bootRun', 'php artisan serve', 'rails s', 'dotnet run', 'docker-compose up'])('knows "%s" starts the app', (cmd) => {
    expect(startsApp(cmd)).toBe(true)
  })

  it('does not take building or testing for starting', () => {
    for (const cmd of ['npm run build', 'npm test', 'pytest', 'go test ./...', 'docker compose build']) expect(startsApp(cmd), cmd).toBe(false)
  })
})
