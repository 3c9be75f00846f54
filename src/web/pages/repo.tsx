/** @module The repo page: latest scan with every check, history chart, changes since the previous scan, badge snippet. */
import type { RepoRecord } from '../../store/types.js'
import type { Changes } from '../changes.js'
import { HistoryChart } from '../charts/history-chart.js'
import type { RepoDetail } from '../data.js'
import { accountPath, badgePath, checkAnchor, type ForgeLinks, repoPath, shortSha } from '../links.js'
import { LAYERS } from '../portfolio.js'
import { CheckItem } from './check-item.js'
import { LevelPill, StatusWord } from './status.js'

const ORDER = { fail: 0, pass: 1, skip: 2 } as const

export type RepoPageProps = { repo: RepoRecord; detail: RepoDetail; changes?: Changes; forge: ForgeLinks; baseUrl: string; login: string }

export function RepoPage({ repo, detail, changes, forge, baseUrl, login }: RepoPageProps) {
  const scan = detail.latest
  const commitLink = (commit: string) => forge.commit(repo.name, commit)
  const Commit = ({ commit }: { commit: string }) => {
    const href = commitLink(commit)
    return href ? <a href={href}>{shortSha(commit)}</a> : <code>{shortSha(commit)}</code>
  }
  const repoUrl = forge.repo(repo.name)
  return (
    <>
      <nav aria-label="Breadcrumb">
        <a href={accountPath(login)}>{login}</a> / <span>{repo.name}</span>
      </nav>
      <h1>
        {repo.name}
        {repo.private && <span class="private">private</span>}
      </h1>
      {repo.description && <p class="desc lede">{repo.description}</p>}
      {repoUrl && (
        <p>
          <a href={repoUrl}>Open on GitHub</a>
        </p>
      )}
      {!scan ? (
        <p>No scan yet. The first scan runs when the app is installed, or with <code>portfolio-check scan . --save</code>.</p>
      ) : (
        <>
          <section aria-labelledby="latest" class="summary">
            <h2 id="latest" class="sr">Latest scan</h2>
            <div class="stat">
              Score <b>{scan.score}</b>
              <LevelPill level={scan.level} />
            </div>
            <div class="stat">
              Scanned <b>{scan.createdAt.slice(0, 10)}</b>
              <span>
                commit <Commit commit={scan.commit} />
              </span>
            </div>
            <div class="stat">
              Track <b>{scan.track}</b>
              <span class="muted">{`${scan.source} scan`}</span>
            </div>
          </section>
          <section aria-labelledby="history">
            <h2 id="history">History</h2>
            <HistoryChart points={detail.history} commitUrl={commitLink} />
            <p class="muted">
              Levels: portfolio-ready 80–100, building 50–79, foundations 0–49.
              {forge.enabled ? ' Each point links to the commit it scanned.' : ''}
            </p>
          </section>
          <section aria-labelledby="changes">
            <h2 id="changes">Changes since the previous scan</h2>
            {!changes ? (
              <p class="muted">This is the first scan.</p>
            ) : (
              <>
                <p>
                  <Commit commit={changes.from.commit} /> → <Commit commit={changes.to.commit} />: score {changes.from.score} → {changes.to.score}{' '}
                  <strong>{`(${changes.delta >= 0 ? '+' : ''}${changes.delta})`}</strong>
                  {(() => {
                    const href = forge.compare(repo.name, changes.from.commit, changes.to.commit)
                    return href ? <> · <a href={href}>compare the commits</a></> : null
                  })()}
                </p>
                {changes.fixed.length + changes.regressed.length + changes.other.length === 0 ? (
                  <p class="muted">No check changed.</p>
                ) : (
                  <ul>
                    {[...changes.fixed, ...changes.regressed, ...changes.other].map((c) => (
                      <li>
                        <a href={`#${checkAnchor(c.id)}`}>{c.title}</a>: {c.from === 'absent' ? 'new check' : <StatusWord status={c.from} />} →{' '}
                        {c.to === 'absent' ? 'removed' : <StatusWord status={c.to} />}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
          <section aria-labelledby="checks">
            <h2 id="checks">Checks</h2>
            <p>
              {(['pass', 'fail', 'skip'] as const).map((status, i) => (
                <>
                  {i > 0 && ' · '}
                  {`${scan.report.checks.filter((c) => c.status === status).length} `}
                  <StatusWord status={status} />
                </>
              ))}
            </p>
            {LAYERS.map((layer) => {
              // What to fix first, then what already passes, then what was not judged.
              const checks = scan.report.checks.filter((c) => c.layer === layer.id).sort((a, b) => ORDER[a.status] - ORDER[b.status])
              const score = scan.report.layers.find((l) => l.id === layer.id)?.score
              return checks.length === 0 ? null : (
                <>
                  <h3>{`${layer.name}: ${score ?? 'n/a'}`}</h3>
                  {checks.map((check) => (
                    <CheckItem check={check} fileUrl={(path, line) => forge.file(repo.name, scan.commit, path, line)} />
                  ))}
                </>
              )
            })}
          </section>
          {scan.report.notes.length > 0 && (
            <section aria-labelledby="notes">
              <h2 id="notes">Notes from the scan</h2>
              <ul class="notes">
                {scan.report.notes.slice(0, 50).map((n) => (
                  <li>
                    {`${n.level}: ${n.message}`}
                    {n.path && <code>{` ${n.path}`}</code>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <section aria-labelledby="badge">
        <h2 id="badge">Badge</h2>
        <p>
          <img src={badgePath(login, repo.name)} alt={scan ? `readiness: ${scan.score} ${scan.level}` : 'readiness: unknown'} />
        </p>
        <p>Markdown for your README:</p>
        <pre>
          <code>{`[![readiness](${baseUrl}${badgePath(login, repo.name)})](${baseUrl}${repoPath(login, repo.name)})`}</code>
        </pre>
      </section>
    </>
  )
}
