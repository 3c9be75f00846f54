/** @module Setup sections of a README (by heading words or by content: install + start commands) and the commands in them. Pure. */
import { installsDependencies, isCommand, startsApp } from './commands.js'
import type { Block, Line, Section } from './doc.js'

/** A command found in a README with the line it is on. */
export type Command = Line

/**
 * The commands of some blocks: shell-looking lines of code blocks, and inline code in prose or list items that
 * reads as a command (`npm install`). A command joined with `&&` stays one line.
 */
export function commandsIn(blocks: Block[]): Command[] {
  const out: Command[] = []
  for (const block of blocks) {
    if (block.type === 'code') {
      for (const line of block.lines) if (isCommand(line.text, block.lang)) out.push(line)
    } else if (block.type !== 'heading') {
      for (const span of block.inline ?? []) if (isCommand(span.text, '', true)) out.push(span)
    }
  }
  return out
}

/** A setup section, why it counts, and its commands. */
export type SetupSection = { section: Section; by: 'heading' | 'content'; commands: Command[] }

/**
 * Setup sections: a heading that names setup (or prerequisites holding a command), or any section whose commands
 * both install dependencies and start the app. A section found by content that encloses another setup section is left out.
 */
export function setupSections(sections: Section[]): SetupSection[] {
  const byHeading: SetupSection[] = []
  const byContent: SetupSection[] = []
  for (const section of sections) {
    const commands = commandsIn(section.blocks)
    if (section.kinds.has('setup') || (section.kinds.has('prerequisites') && commands.length > 0)) {
      byHeading.push({ section, by: 'heading', commands })
    } else if (commands.some((c) => installsDependencies(c.text)) && commands.some((c) => startsApp(c.text))) {
      byContent.push({ section, by: 'content', commands })
    }
  }
  // a section found by its commands that holds another setup section (the README title around "Getting started") adds nothing
  const all = [...byHeading, ...byContent]
  const innermost = byContent.filter(
    (outer) => !all.some((inner) => inner !== outer && inner.section.line > outer.section.line && contains(outer.section, inner.section)),
  )
  return [...byHeading, ...innermost].sort((a, b) => a.section.line - b.section.line)
}

function contains(outer: Section, inner: Section): boolean {
  const last = outer.blocks[outer.blocks.length - 1]?.line ?? outer.line
  return inner.line >= outer.line && inner.line <= last
}
