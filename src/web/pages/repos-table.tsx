/** @module The repos table: score, level, layer bars, last scan and trend sparkline per repository. */
import { LayerBars } from '../charts/layer-bars.js'
import { Sparkline } from '../charts/sparkline.js'
import { type ForgeLinks, repoPath, shortSha } from '../links.js'
import type { Portfolio } from '../portfolio.js'
import { LevelPill } from './status.js'

export function ReposTable({ portfolio, forge }: { portfolio: Portfolio; forge: ForgeLinks }) {
  const login = portfolio.account.login
  return (
    <>
      {/* The bars have no room for labels: their order and scale are said once, in words, above the table. */}
      <p class="muted" id="layer-legend">
        Layer bars, left to right: docs, testing, API, data, security, delivery. Full height is 100; a dashed outline means
        nothing to judge in that layer.
      </p>
      <div class="table-wrap">
        <table class="repos" id="repos">
          <caption class="sr">Repositories with their latest score</caption>
          <thead>
            <tr>
              <th scope="col">Repository</th>
              <th scope="col" class="num">Score</th>
              <th scope="col">Level</th>
              <th scope="col" aria-describedby="layer-legend">Layers</th>
              <th scope="col">Last scan</th>
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody>
            {portfolio.repos.map((r) => {
              const commitUrl = r.scan && forge.commit(r.name, r.scan.commit)
              return (
                <tr>
                  <th scope="row">
                    <a href={repoPath(login, r.name)}>{r.name}</a>
                    {r.private && <span class="private">private</span>}
                    {r.description && <div class="desc">{r.description}</div>}
                  </th>
                  <td class="num">{r.scan ? r.scan.score : '–'}</td>
                  <td>{r.scan ? <LevelPill level={r.scan.level} /> : <span class="muted">not scanned</span>}</td>
                  <td>{r.scan && <LayerBars layers={r.scan.layers} />}</td>
                  <td>
                    {r.scan && (
                      <>
                        <time datetime={r.scan.createdAt}>{r.scan.createdAt.slice(0, 10)}</time>{' '}
                        {commitUrl ? <a href={commitUrl}>{shortSha(r.scan.commit)}</a> : <code>{shortSha(r.scan.commit)}</code>}
                      </>
                    )}
                  </td>
                  <td>
                    <Sparkline points={r.trend} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
