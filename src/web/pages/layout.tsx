/** @module The page shell: landmarks (header, nav, main, footer), skip link, stylesheet, and the sign-in state. */
import type { Child } from 'hono/jsx'
import { SITE_CSS_PATH } from '../assets.js'
import type { Viewer } from '../context.js'

export type LayoutProps = { title: string; viewer: Viewer; signInEnabled: boolean; path: string; children?: Child }

/** Every page: no script at all, one stylesheet, the viewer's sign-in state in the header. */
export function Layout({ title, viewer, signInEnabled, path, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · portfolio-check`}</title>
        <link rel="stylesheet" href={SITE_CSS_PATH} />
      </head>
      <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site">
          <a class="brand" href="/">portfolio-check</a>
          {/* No empty landmark: the nav exists only when there is something to sign in or out of. */}
          {(viewer.login || signInEnabled) && (
            <nav aria-label="Account">
              {viewer.login ? (
                <>
                  <span>
                    Signed in as <a href={`/${encodeURIComponent(viewer.login)}`}>{viewer.login}</a>
                  </span>
                  <form class="inline" method="post" action="/auth/logout">
                    <button type="submit">Sign out</button>
                  </form>
                </>
              ) : (
                <a href={`/auth/login?next=${encodeURIComponent(path)}`}>Sign in with GitHub</a>
              )}
            </nav>
          )}
        </header>
        <main id="content">{children}</main>
        <footer class="site">
          <span>portfolio-check: is this backend portfolio ready for a job?</span>
          <a href="/">About</a>
        </footer>
      </body>
    </html>
  )
}
