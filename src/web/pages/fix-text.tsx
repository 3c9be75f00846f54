/** @module A rule's fix text (paragraphs, fenced code, inline code) as JSX: every character escaped by hono/jsx. */

type Block = { kind: 'p'; text: string } | { kind: 'code'; text: string }

/** Split text into paragraphs and fenced code blocks (``` or longer fences, closed by a fence at least as long). */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let para: string[] = []
  const flush = () => {
    if (para.join('').trim()) blocks.push({ kind: 'p', text: para.join(' ').trim() })
    para = []
  }
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})/.exec(lines[i]!)
    if (!open) {
      if (lines[i]!.trim() === '') flush()
      else para.push(lines[i]!.trim())
      continue
    }
    flush()
    const fence = open[1]!
    const body: string[] = []
    i++
    while (i < lines.length && !(lines[i]!.trim().startsWith(fence) && lines[i]!.trim().replace(/[`~]/g, '') === '')) body.push(lines[i++]!)
    blocks.push({ kind: 'code', text: body.join('\n') })
  }
  flush()
  return blocks
}

/** `code` spans as <code>, the rest as text. */
function Inline({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g)
  return <>{parts.map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? <code>{part.slice(1, -1)}</code> : part))}</>
}

/** A fix or "why" text as paragraphs and code blocks. */
export function FixText({ text }: { text: string }) {
  return (
    <>
      {parseBlocks(text).map((block) =>
        block.kind === 'code' ? (
          <pre>
            <code>{block.text}</code>
          </pre>
        ) : (
          <p>
            <Inline text={block.text} />
          </p>
        ),
      )}
    </>
  )
}
