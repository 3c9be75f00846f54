/** @module The coverage matrix: roadmap layers and checks (rows) x repos (columns), with the best repo proving each check. */
import { accountPath, checkAnchor, repoPath } from '../links.js'
import { LAYERS, type Portfolio } from '../portfolio.js'
import { StatusMark } from './status.js'

/** Beyond this many repos the matrix shows the best-scoring ones; the repos table lists them all. */
export const MATRIX_COLUMNS = 12

export function CoverageMatrix({ portfolio }: { portfolio: Portfolio }) {
  const login = portfolio.account.login
  const repos = portfolio.repos.filter((r) => r.scan).slice(0, MATRIX_COLUMNS)
  const scanned = portfolio.repos.filter((r) => r.scan).length
  const span = 3 + repos.length
  if (portfolio.checks.length === 0) return <p class="muted">No scans yet: the matrix fills in after the first scan.</p>
  return (
    <>
      {scanned > repos.length && (
        <p class="muted">
          Showing the {repos.length} highest-scoring of {scanned} scanned repositories; every repository is in the table below.
        </p>
      )}
      <div class="table-wrap">
        <table class="matrix" id="coverage-matrix">
          <caption class="sr">Which repositories pass each check, grouped by roadmap layer</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Proven</th>
              <th scope="col">Best example</th>
              {repos.map((r) => (
                <th scope="col" class="repo-col">
                  {/* Rotated inside the cell: rotating the cell itself tears the header's background. */}
                  <span class="vertical">
                    <a href={repoPath(login, r.name)}>{r.name}</a>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {LAYERS.map((layer) => {
            const checks = portfolio.checks.filter((c) => c.layer === layer.id)
            if (checks.length === 0) return null
            const readiness = portfolio.readiness.layers.find((l) => l.id === layer.id)!
            return (
              <tbody>
                <tr>
                  <th scope="rowgroup" colspan={span} class="layer-row">
                    <span>{`${layer.name}: ${readiness.proven} of ${readiness.applicable} proven`}</span>
                  </th>
                </tr>
                {checks.map((check) => (
                  <tr>
                    <th scope="row">
                      {check.title} <span class="muted">({check.id})</span>
                    </th>
                    <td>{check.proven ? <span class="st st-pass">✓ yes</span> : check.applicable ? <span class="st st-fail">✗ not yet</span> : <span class="st st-skip">– n/a</span>}</td>
                    <td>
                      {check.best ? <a href={`${repoPath(login, check.best.repo)}#${checkAnchor(check.id)}`}>{check.best.repo}</a> : <span class="muted">none</span>}
                    </td>
                    {repos.map((r) => (
                      <td class="cell">
                        <StatusMark status={check.statuses[r.name] ?? 'none'} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            )
          })}
        </table>
      </div>
      <p class="muted">
        <a href={`/api/v1/accounts/${encodeURIComponent(login)}`}>This portfolio as JSON</a> ·{' '}
        <a href={accountPath(login)}>permalink</a>
      </p>
    </>
  )
}
