/** @module The owner's controls: public page on/off and share links (create, revoke). Plain forms, POSTed same-origin. */
import type { ShareLinkRecord } from '../../store/types.js'
import { accountPath } from '../links.js'

export function Sharing({ login, publicPage, links }: { login: string; publicPage: boolean; links: ShareLinkRecord[] }) {
  const base = accountPath(login)
  const active = links.filter((l) => !l.revokedAt)
  return (
    <section aria-labelledby="sharing">
      <h2 id="sharing">Sharing and visibility</h2>
      <p>
        Your public page is <strong>{publicPage ? 'on' : 'off'}</strong>:{' '}
        {publicPage
          ? 'anyone can see your public repositories here. Private repositories show only to people GitHub lets read them.'
          : 'only you, people with a share link and collaborators see this page.'}
      </p>
      <form method="post" action={`${base}/settings`}>
        <input type="hidden" name="publicPage" value={publicPage ? 'off' : 'on'} />
        <button type="submit">{publicPage ? 'Turn the public page off' : 'Turn the public page on'}</button>
      </form>
      <h3>Share links</h3>
      <p class="muted">A share link opens this portfolio read-only, private repositories included, without signing in. Revoke it when the review is over.</p>
      <form method="post" action={`${base}/share-links`}>
        <label for="share-label">Label (optional) </label>
        <input id="share-label" type="text" name="label" maxlength={100} placeholder="for my mentor" />{' '}
        <button type="submit">Create a share link</button>
      </form>
      {active.length > 0 && (
        <ul>
          {active.map((link) => (
            <li>
              {link.label ?? 'unlabelled link'} <span class="muted">(created {link.createdAt.slice(0, 10)})</span>{' '}
              <form class="inline" method="post" action={`${base}/share-links/${link.id}/revoke`}>
                <button type="submit">Revoke</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Shown once after creating a link: the token is not stored, so this is the only time it can be copied. */
export function ShareCreated({ login, url }: { login: string; url: string }) {
  return (
    <>
      <h1>Share link created</h1>
      <p class="notice">
        <strong>Copy it now</strong>, it is shown only once: <code>{url}</code>
      </p>
      <p>
        Anyone with this link sees the portfolio of {login} read-only until you revoke it. <a href={accountPath(login)}>Back to the portfolio</a>
      </p>
    </>
  )
}
