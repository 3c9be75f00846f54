/** @module The --help text. */

/** Usage, options, exit codes and environment, as printed by `portfolio-check --help`. */
export const HELP = `portfolio-check: is this backend portfolio ready for a job?

Usage
  portfolio-check scan <path | owner/repo> [options]   check a project; print the report
  portfolio-check routes <path> [--json]               show the HTTP routes the checker found
  portfolio-check rules                                list the checks with their layer and weight
  portfolio-check --help | --version

Options for scan
  --format text|markdown|json|sarif    output format (default: text)
  --track general|saas|data|platform   weigh the layers for a direction (default: the repo config's, else general)
  --min-score N                        exit with 1 when the score is below N (0-100)
  --config FILE                        use FILE instead of the repo's .github/portfolio-check.yml
  --save                               also save the scan in the local store (DATABASE_URL, default ./data/portfolio-check.db)

Exit codes
  0 done · 1 score below --min-score · 2 usage error or unreadable path · 3 internal error

Environment
  GITHUB_TOKEN (or GH_TOKEN)   needed to scan owner/repo through the GitHub API
  GITHUB_API_URL               API address for GitHub Enterprise Server (default https://api.github.com)
  NO_COLOR                     set to turn colours off in text output
`
