/** @module The one stylesheet, served from /assets/site-<hash>.css (CSP allows styles from 'self' only: no inline styles). */
import { createHash } from 'node:crypto'

export const SITE_CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--link:#0a58ca;--pass:#1a7f37;--fail:#b42318;--skip:#57606a;--mid:#8a5a00;--focus:#0a58ca}
*{box-sizing:border-box}
html{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:2}
header.site,footer.site{background:var(--panel);border-bottom:1px solid var(--line);padding:.5rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
footer.site{border-top:1px solid var(--line);border-bottom:0;margin-top:3rem;color:var(--muted);font-size:.875rem}
header.site .brand{font-weight:700;text-decoration:none;color:var(--fg)}
header.site nav{margin-left:auto;display:flex;gap:.75rem;align-items:center}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}h3{font-size:1.05rem}
.muted{color:var(--muted)}
/* A long command or path in running text (fix texts quote them) wraps instead of widening a phone screen. */
p,li{overflow-wrap:break-word}
.lede{font-size:1.1rem;max-width:48rem}
.summary{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.stat{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.5rem .9rem;min-width:9rem}
.stat b{display:block;font-size:1.5rem}
.table-wrap{overflow-x:auto;max-width:100%;position:relative}
table{border-collapse:collapse;width:100%;font-size:.925rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--panel);position:sticky;top:0}
th.layer-row{background:#eef1f4;font-weight:600}
tbody th[scope=row]{font-weight:400}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.matrix td.cell{text-align:center;white-space:nowrap}
.matrix thead th.repo-col{vertical-align:bottom;text-align:center}
.matrix .vertical{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:10rem;overflow:hidden;text-overflow:ellipsis}
.matrix tbody th[scope=row],.matrix thead th:first-child{position:sticky;left:0;z-index:1;background:var(--bg);min-width:11rem}
.matrix thead th:first-child{background:var(--panel)}
.matrix th.layer-row span{position:sticky;left:.5rem}
.repos th[scope=row]{min-width:11rem}.repos time,.repos td code{white-space:nowrap}
.st{font-weight:600;white-space:nowrap}
.st-pass{color:var(--pass)}.st-fail{color:var(--fail)}.st-skip,.st-none{color:var(--skip)}
.level{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.8rem;border:1px solid currentColor;white-space:nowrap}
.level-portfolio-ready{color:var(--pass)}.level-building{color:var(--mid)}.level-foundations{color:var(--fail)}
.private{font-size:.75rem;border:1px solid var(--muted);color:var(--muted);border-radius:4px;padding:0 .3rem;margin-left:.3rem}
.desc{color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
svg.spark{color:#0a58ca;vertical-align:middle}.spark-ready{stroke:var(--line);stroke-dasharray:2 2}svg.spark polyline{fill:none;stroke:currentColor;stroke-width:1.5;stroke-linejoin:round}svg.spark circle{fill:currentColor}
svg.bars{vertical-align:middle}.bar-bg{fill:#eaeef2}.bar-hi{fill:var(--pass)}.bar-mid{fill:var(--mid)}.bar-lo{fill:var(--fail)}.bar-na{fill:none;stroke:var(--muted);stroke-dasharray:2 2}
svg.history{width:100%;max-width:40rem;height:auto;display:block;overflow:visible}
svg.history .grid line{stroke:var(--line)}svg.history text{font-size:11px;fill:var(--muted)}
svg.history .line{stroke:#0a58ca}svg.history .dot{stroke:#fff;stroke-width:1.5}
.dot-portfolio-ready{fill:var(--pass)}.dot-building{fill:var(--mid)}.dot-foundations{fill:var(--fail)}
ol.steps li{margin:.5rem 0}
.gap{font-size:.75rem;background:#fff4e5;border:1px solid var(--mid);color:#6b4500;border-radius:4px;padding:0 .3rem}
.check{border:1px solid var(--line);border-radius:6px;padding:.5rem .9rem;margin:.6rem 0}
.check h3{margin:.2rem 0;display:flex;gap:.5rem;flex-wrap:wrap;align-items:baseline}
.check .id{font-family:ui-monospace,monospace;font-size:.8rem;color:var(--muted)}
.evidence{margin:.25rem 0;padding-left:1.2rem;font-size:.9rem}.evidence,.notes{overflow-wrap:anywhere}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem}
pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.6rem;overflow-x:auto}
form.inline{display:inline}
button,input[type=text]{font:inherit;padding:.3rem .6rem;border:1px solid var(--line);border-radius:6px;background:#fff}
button{cursor:pointer;background:var(--panel)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.notice{background:#ddf4ff;border:1px solid #54aeff;border-radius:6px;padding:.6rem .9rem;overflow-wrap:anywhere}
/* On a phone the history chart shrinks to ~60%: bigger chart text, and the level names move to the legend below it. */
@media (max-width:40rem){main{padding:.5rem}h1{font-size:1.3rem}.stat{min-width:7rem}th,td{padding:.3rem}svg.history text{font-size:18px}svg.history .band{display:none}}
`

/** Content hash in the URL, so the file can be cached for a year and still change with a release. */
export const SITE_CSS_PATH = `/assets/site-${createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 10)}.css`
