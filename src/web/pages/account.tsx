/** @module The portfolio page: readiness summary, coverage matrix, repos table, next steps (and sharing for the owner). */
import type { ShareLinkRecord } from '../../store/types.js'
import type { ForgeLinks } from '../links.js'
import type { Portfolio } from '../portfolio.js'
import { CoverageMatrix } from './coverage-matrix.js'
import { NextSteps } from './next-steps.js'
import { ReposTable } from './repos-table.js'
import { Sharing } from './sharing.js'

export type AccountPageProps = {
  portfolio: Portfolio
  forge: ForgeLinks
  mode: 'owner' | 'share' | 'user' | 'anonymous'
  shareLinks?: ShareLinkRecord[]
}

export function AccountPage({ portfolio, forge, mode, shareLinks }: AccountPageProps) {
  const { account, readiness, repos } = portfolio
  const scanned = repos.filter((r) => r.scan)
  const ready = scanned.filter((r) => r.scan!.level === 'portfolio-ready').length
  return (
    <>
      <h1>{`${account.login}'s backend portfolio`}</h1>
      {mode === 'share' && <p class="notice">You are viewing a shared portfolio, read-only.</p>}
      <section aria-labelledby="readiness" class="summary">
        <h2 id="readiness" class="sr">Readiness</h2>
        <div class="stat">
          Portfolio readiness <b>{`${readiness.percent}%`}</b>
          <span class="muted">{`${readiness.proven} of ${readiness.applicable} checks proven somewhere`}</span>
        </div>
        <div class="stat">
          Repositories <b>{repos.length}</b>
          <span class="muted">{`${scanned.length} scanned`}</span>
        </div>
        <div class="stat">
          Portfolio-ready <b>{ready}</b>
          <span class="muted">repositories scoring 80+</span>
        </div>
      </section>
      <section aria-labelledby="next-steps">
        <h2 id="next-steps">Next steps</h2>
        <NextSteps portfolio={portfolio} />
      </section>
      <section aria-labelledby="coverage">
        <h2 id="coverage">Coverage</h2>
        <CoverageMatrix portfolio={portfolio} />
      </section>
      <section aria-labelledby="repositories">
        <h2 id="repositories">Repositories</h2>
        <ReposTable portfolio={portfolio} forge={forge} />
      </section>
      {mode === 'owner' && <Sharing login={account.login} publicPage={account.publicPage} links={shareLinks ?? []} />}
    </>
  )
}
