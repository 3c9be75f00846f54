/** @module Where CI configuration lives (GitHub Actions, GitLab, CircleCI, Travis, Azure, Jenkins, Bitbucket, Woodpecker, Drone) and the shape every extractor returns: scripts with their folder and line mapping. Pure. */
import type { FileEntry } from '../../types.js'

export type CiKind = 'github' | 'gitlab' | 'circleci' | 'travis' | 'azure' | 'jenkins' | 'bitbucket' | 'woodpecker' | 'drone'

/** A CI configuration file found in the snapshot. */
export type CiFile = { path: string; kind: CiKind }

/**
 * One script a CI configuration runs: its text, the folder it runs in (undefined when unknown, e.g.
 * `${{ matrix.dir }}`), and how to turn a 0-based line of the text into a line of the file.
 * `runner` is set when the step is a known test action rather than a script.
 */
export type CiScript = { path: string; text: string; cwd: string | undefined; lineOf(scriptLine: number): number; runner?: string }

const ROOT_FILES: Record<string, CiKind> = {
  '.gitlab-ci.yml': 'gitlab',
  '.gitlab-ci.yaml': 'gitlab',
  '.circleci/config.yml': 'circleci',
  '.circleci/config.yaml': 'circleci',
  '.travis.yml': 'travis',
  '.travis.yaml': 'travis',
  'azure-pipelines.yml': 'azure',
  'azure-pipelines.yaml': 'azure',
  '.azure-pipelines.yml': 'azure',
  Jenkinsfile: 'jenkins',
  'bitbucket-pipelines.yml': 'bitbucket',
  '.woodpecker.yml': 'woodpecker',
  '.woodpecker.yaml': 'woodpecker',
  '.drone.yml': 'drone',
  '.drone.yaml': 'drone',
}

/**
 * CI configuration files that the CI service would actually run: they must sit where the service
 * looks (the repository root, `.github/workflows/` directly, `.woodpecker/`; a Jenkinsfile anywhere).
 * Copies in sub-folders are returned separately so the learner can be told why they do not count.
 */
export function findCiFiles(files: readonly FileEntry[]): { active: CiFile[]; misplaced: string[] } {
  const active: CiFile[] = []
  const misplaced: string[] = []
  for (const { path } of files) {
    const kind = ROOT_FILES[path] ?? ciKindAnywhere(path)
    // Jenkins reads its Jenkinsfile from whatever path the job names, so one in a sub-folder counts
    if (kind && (ROOT_FILES[path] || kind === 'jenkins' || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /^\.woodpecker\/[^/]+\.ya?ml$/.test(path))) {
      active.push({ path, kind })
      continue
    }
    if (kind) misplaced.push(path)
  }
  return { active, misplaced }
}

/** The kind of a CI file by its name wherever it is, or undefined. */
function ciKindAnywhere(path: string): CiKind | undefined {
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'github'
  if (/(^|\/)\.woodpecker\/[^/]+\.ya?ml$/.test(path)) return 'woodpecker'
  const name = path.slice(path.lastIndexOf('/') + 1)
  const rest = path.includes('/.circleci/') ? '.circleci/' + name : name
  return ROOT_FILES[rest]
}
