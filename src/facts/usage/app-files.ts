/** @module The app's own non-test source files, inside the backend project roots. Pure. */
import type { AnalyzerContext, CodeIndex, SourceFile } from '../context.js'
import { isUnder } from '../util/paths.js'

/**
 * Non-test source files that lie inside a backend root (all of them when no root was found), so a
 * React form's zod schema in frontend/ never passes a backend check.
 */
export async function appFiles(ctx: AnalyzerContext): Promise<SourceFile[]> {
  const [code, project] = await Promise.all([ctx.code(), ctx.project()])
  // One list per scan (the code index and the project are made once per scan): the analyzers share it, and with
  // it the module index filesImporting builds per list. Callers only read it.
  let files = shared.get(code)
  if (!files) {
    const roots = project.roots.map((r) => r.path)
    files = code.files.filter((f) => !f.isTest && (roots.length === 0 || roots.some((root) => isUnder(f.path, root))))
    shared.set(code, files)
  }
  return files
}

const shared = new WeakMap<CodeIndex, SourceFile[]>()
