/** @module One check of a scan on the repo page: verdict, why, evidence linked to file and line at the commit, and the fix. */
import type { Finding } from '../../types.js'
import { checkAnchor } from '../links.js'
import { FixText } from './fix-text.js'
import { StatusWord } from './status.js'

export function CheckItem({ check, fileUrl }: { check: Finding; fileUrl: (path: string, line?: number) => string | undefined }) {
  return (
    <article class="check" id={checkAnchor(check.id)}>
      <h3>
        <StatusWord status={check.status} /> {check.title} <span class="id">{check.id}</span>
        {check.status === 'fail' && check.gain > 0 && <span class="muted">{`+${check.gain} points when fixed`}</span>}
      </h3>
      {check.status === 'skip' && check.reason && <p class="muted">{`Not judged: ${check.reason}`}</p>}
      {check.evidence.length > 0 && (
        <ul class="evidence" aria-label="Evidence">
          {check.evidence.slice(0, 10).map((e) => {
            const where = `${e.path}${e.line ? `:${e.line}` : ''}`
            const href = fileUrl(e.path, e.line)
            return (
              <li>
                {href ? <a href={href}>{where}</a> : <code>{where}</code>}
                {e.note && <span class="muted">{` ${e.note}`}</span>}
              </li>
            )
          })}
          {check.evidence.length > 10 && <li class="muted">{`and ${check.evidence.length - 10} more`}</li>}
        </ul>
      )}
      {check.status === 'fail' && (
        <details open>
          <summary>How to fix it</summary>
          <FixText text={check.fix} />
        </details>
      )}
      <details>
        <summary>Why it matters</summary>
        <FixText text={check.why} />
      </details>
    </article>
  )
}
