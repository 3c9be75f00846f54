/** @module Next.js API routes, which the file system declares: `pages/api/auth/login.ts` (any method) and App Router `app/api/health/route.ts` exporting `GET`/`POST`. Pure. */
import type { Route } from '../../../types.js'
import type { Family } from '../family.js'
import { lineOf } from '../languages.js'
import { joinPath } from '../paths.js'

const PAGES_API = /(?:^|\/)(?:src\/)?pages\/(api(?:\/.*)?)\.[cm]?[jt]sx?$/
const APP_ROUTE = /(?:^|\/)(?:src\/)?app\/((?:.*\/)?)route\.[cm]?[jt]s$/
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])

export const next: Family = {
  name: 'next',
  grammars: ['typescript', 'tsx', 'javascript'],
  wants: (file) => PAGES_API.test(file.path) || APP_ROUTE.test(file.path),
  async extract(candidates, ctx) {
    const usesNext = ctx.project.roots.some((r) => r.frameworks.includes('next') || r.dependencies.has('next'))
    const routes: Route[] = []
    for (const { file, root } of candidates) {
      if (!usesNext && !file.imports.some((i) => i === 'next' || i.startsWith('next/'))) continue
      const pages = PAGES_API.exec(file.path)
      if (pages) {
        const exported = root.find({ rule: { kind: 'export_statement', regex: '^export\\s+default' } })
        if (exported) routes.push({ method: 'ANY', path: urlOf(pages[1]!.replace(/(?:^|\/)index$/, '')), file: file.path, line: lineOf(exported), framework: 'next' })
        continue
      }
      const app = APP_ROUTE.exec(file.path)
      for (const statement of app ? root.findAll({ rule: { kind: 'export_statement' } }) : []) {
        const names = [statement.field('declaration')?.field('name')?.text(), ...(statement.field('declaration')?.findAll({ rule: { kind: 'variable_declarator' } }).map((d) => d.field('name')?.text()) ?? [])]
        for (const name of names) {
          if (name && METHODS.has(name)) routes.push({ method: name, path: urlOf(app![1]!), file: file.path, line: lineOf(statement), framework: 'next' })
        }
      }
    }
    return routes
  },
}

/** Folder path -> URL path: route groups `(marketing)` and parallel slots `@modal` are not part of the URL. */
function urlOf(folders: string): string {
  return joinPath(...folders.split('/').filter((segment) => segment !== '' && !/^\(.*\)$/.test(segment) && !segment.startsWith('@')))
}
