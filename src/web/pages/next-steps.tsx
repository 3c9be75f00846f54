/** @module "Next steps": failing checks ranked by the score they would add across the whole portfolio. */
import { checkAnchor, repoPath } from '../links.js'
import type { Portfolio } from '../portfolio.js'

const SHOWN = 8

export function NextSteps({ portfolio }: { portfolio: Portfolio }) {
  const steps = portfolio.nextSteps.slice(0, SHOWN)
  if (steps.length === 0) return <p>Nothing left to fix in the scanned repositories. Well done.</p>
  const login = portfolio.account.login
  return (
    <ol class="steps">
      {steps.map((step) => (
        <li>
          <strong>{step.title}</strong> <span class="muted">({step.id})</span>: <strong>{`+${step.gain} points`}</strong> across{' '}
          {step.repos.length === 1 ? '1 repository' : `${step.repos.length} repositories`}, effort {step.effort}
          {step.gap && (
            <>
              {' '}
              <span class="gap">no repository proves this yet</span>
            </>
          )}
          <br />
          <span class="muted">Start with </span>
          {step.repos.slice(0, 3).map((r, i) => (
            <>
              {i > 0 && ', '}
              <a href={`${repoPath(login, r.name)}#${checkAnchor(step.id)}`}>{r.name}</a> (+{r.gain})
            </>
          ))}
          {step.repos.length > 3 && <span class="muted">{`, and ${step.repos.length - 3} more`}</span>}
        </li>
      ))}
    </ol>
  )
}
