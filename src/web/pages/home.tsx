/** @module The home page: what portfolio-check does, how to install the app, how to run the CLI. */

export function HomePage({ appInstallUrl }: { appInstallUrl?: string }) {
  return (
    <>
      <h1>Is this backend portfolio ready for a job?</h1>
      <p class="lede">
        portfolio-check reads your repositories the way a hiring reviewer would. It checks the outputs backend roadmaps ask
        for (a README that says how to run the project, tests, CI that runs them, a Dockerfile, auth with hashed
        passwords, input validation, migrations, an env example, logging, a health endpoint) and answers with evidence:
        a verdict per check, the file and line behind it, a score out of 100 and the fix for your stack.
      </p>
      <h2>Install the GitHub App</h2>
      <p>
        Install it on your portfolio repositories: each push to the default branch is scanned, one checklist issue per
        repository stays up to date, and your whole portfolio appears at <code>/your-login</code> on this server.
        {appInstallUrl && (
          <>
            {' '}
            <a href={appInstallUrl}>Install the app</a>.
          </>
        )}
      </p>
      <h2>Or run the CLI</h2>
      <pre>
        <code>{`npx portfolio-check scan ./my-api            # a local checkout, offline
npx portfolio-check scan ./my-api --save     # also store it: see it at /local on this server
npx portfolio-check scan owner/repo          # over the GitHub API (GITHUB_TOKEN)`}</code>
      </pre>
      <h2>What you get</h2>
      <ul>
        <li>A coverage matrix: which roadmap outputs your portfolio proves, and the best repository for each.</li>
        <li>Scores and levels per repository, with trends and the changes between scans.</li>
        <li>Next steps ranked by how much they raise your portfolio.</li>
        <li>Badges and a JSON API. Private repositories stay private: only people who can read them on GitHub see them.</li>
      </ul>
    </>
  )
}

/** The one "not found" page: the same bytes for a missing repo and one the viewer may not see. */
export function NotFoundPage() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing here, or you do not have access to it. If it is your private repository, sign in first.</p>
      <p>
        <a href="/">Home</a>
      </p>
    </>
  )
}

export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <>
      <h1>{status === 500 ? 'Something went wrong' : message}</h1>
      <p>{status === 500 ? 'The error was logged. Please try again in a moment.' : `HTTP ${status}`}</p>
      <p>
        <a href="/">Home</a>
      </p>
    </>
  )
}
