/** @module A check status as a symbol plus a word (never colour alone), and a level pill. */
import type { Level, Status } from '../../types.js'

const WORDS: Record<Status | 'none', [symbol: string, word: string]> = {
  pass: ['✓', 'pass'],
  fail: ['✗', 'missing'],
  skip: ['–', 'not applicable'],
  none: ['·', 'not scanned'],
}

/** Compact form for table cells: the symbol shows, the word is read out (and shown on hover). */
export function StatusMark({ status }: { status: Status | 'none' }) {
  const [symbol, word] = WORDS[status]
  return (
    <span class={`st st-${status}`} title={word}>
      <span aria-hidden="true">{symbol}</span>
      <span class="sr">{word}</span>
    </span>
  )
}

/** Long form: symbol and word both visible. */
export function StatusWord({ status }: { status: Status | 'none' }) {
  const [symbol, word] = WORDS[status]
  return <span class={`st st-${status}`}>{`${symbol} ${word}`}</span>
}

export function LevelPill({ level }: { level: Level }) {
  return <span class={`level level-${level}`}>{level}</span>
}
