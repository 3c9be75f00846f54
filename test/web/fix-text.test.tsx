import { describe, expect, it } from 'vitest'
import { FixText, parseBlocks } from '../../src/web/pages/fix-text.js'

describe('fix text (a Markdown subset rendered through JSX)', () => {
  it('splits paragraphs and fenced code, keeping a longer fence around a shorter one', () => {
    const text = 'Add a section:\n\n````md\n## Getting started\n\n```sh\nnpm install\n```\n````\nThen commit.'
    expect(parseBlocks(text)).toEqual([
      { kind: 'p', text: 'Add a section:' },
      { kind: 'code', text: '## Getting started\n\n```sh\nnpm install\n```' },
      { kind: 'p', text: 'Then commit.' },
    ])
  })

  it('renders inline code and escapes everything else, markup included', () => {
    const html = String(<FixText text={'Use `zod` <img src=x onerror=alert(1)> here\n\n```\n<script>alert(1)</script>\n```'} />)
    expect(html).toBe('<p>Use <code>zod</code> &lt;img src=x onerror=alert(1)&gt; here</p><pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>')
  })

  it('keeps an unclosed fence as code to the end', () => {
    expect(parseBlocks('Intro\n```\nline')).toEqual([{ kind: 'p', text: 'Intro' }, { kind: 'code', text: 'line' }])
  })
})
