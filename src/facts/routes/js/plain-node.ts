/** @module PlainNode: a syntax node built in JavaScript (see plain-parse.ts) that answers the parts of ast-grep's SgNode API the JavaScript families use, with the same results as the node tree-sitter would build. Pure. */
import type { SgNode } from '@ast-grep/napi'

/** What PlainNode.findAll understands: the rule keys the JavaScript families use. */
type Rule = { kind?: string; regex?: string; any?: Rule[]; all?: Rule[]; has?: Rule & { field?: string } }

type Position = { line: number; column: number; index: number }

/** The source text of one tree and its line starts, shared by all its nodes. */
export class PlainSource {
  private readonly starts: number[] = [0]
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  /** Line and column of an offset, as ast-grep reports them (both from 0). */
  position(index: number): Position {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid]! <= index) low = mid
      else high = mid - 1
    }
    return { line: low, column: index - this.starts[low]!, index }
  }
}

const NO_CHILDREN: PlainNode[] = []

/**
 * One node. Only ASCII sources are built this way, so string offsets, byte offsets and columns agree, as they do
 * in tree-sitter's positions. Kept small (a plain tree has a node per token): leaves share one empty child list,
 * and a child carries the name of the field it fills in its parent.
 */
export class PlainNode {
  private parentNode: PlainNode | null = null
  private childNodes: PlainNode[] = NO_CHILDREN
  private fieldName: string | undefined = undefined

  constructor(
    private readonly source: PlainSource,
    private readonly type: string,
    private readonly named: boolean,
    public start: number,
    public end: number,
  ) {}

  /** Appends a child (under a field name, if any) and returns it. */
  add(child: PlainNode, field?: string): PlainNode {
    child.parentNode = this
    child.fieldName = field
    if (this.childNodes === NO_CHILDREN) this.childNodes = []
    this.childNodes.push(child)
    return child
  }

  kind(): string {
    return this.type
  }

  isNamed(): boolean {
    return this.named
  }

  text(): string {
    return this.source.text.slice(this.start, this.end)
  }

  range(): { start: Position; end: Position } {
    return { start: this.source.position(this.start), end: this.source.position(this.end) }
  }

  field(name: string): PlainNode | null {
    const children = this.childNodes
    for (let i = 0; i < children.length; i++) if (children[i]!.fieldName === name) return children[i]!
    return null
  }

  children(): PlainNode[] {
    return [...this.childNodes]
  }

  namedChildren(): PlainNode[] {
    return this.childNodes.filter((c) => c.named)
  }

  parent(): PlainNode | null {
    return this.parentNode
  }

  ancestors(): PlainNode[] {
    const out: PlainNode[] = []
    for (let p = this.parentNode; p; p = p.parentNode) out.push(p)
    return out
  }

  /** Nodes matching the rule, this one included, in the pre-order ast-grep walks them. */
  findAll(matcher: { rule: Rule }): PlainNode[] {
    const out: PlainNode[] = []
    collect(this, compile(matcher.rule), out)
    return out
  }

  find(matcher: { rule: Rule }): PlainNode | null {
    return this.findAll(matcher)[0] ?? null
  }

  /** Whether any direct child passes `test` (ast-grep's `has` without a field). */
  someChild(test: (node: PlainNode) => boolean): boolean {
    const children = this.childNodes
    for (let i = 0; i < children.length; i++) if (test(children[i]!)) return true
    return false
  }

  /** The direct children, not copied: for walking the tree here. */
  childList(): readonly PlainNode[] {
    return this.childNodes
  }

  /** This node typed as ast-grep's, for code written against SgNode. */
  asSgNode(): SgNode {
    return this as unknown as SgNode
  }
}

type Test = (node: PlainNode) => boolean
const compiled = new WeakMap<Rule, Test>()

/**
 * Pre-order walk. Plain loops, no closures or iterators: this runs for every node of every rule, and in code
 * not yet optimised each of those would be an allocation.
 */
function collect(node: PlainNode, test: Test, out: PlainNode[]): void {
  if (test(node)) out.push(node)
  const children = node.childList()
  for (let i = 0; i < children.length; i++) collect(children[i]!, test, out)
}

function some(tests: Test[], node: PlainNode): boolean {
  for (let i = 0; i < tests.length; i++) if (tests[i]!(node)) return true
  return false
}

function every(tests: Test[], node: PlainNode): boolean {
  for (let i = 0; i < tests.length; i++) if (!tests[i]!(node)) return false
  return true
}

/**
 * A rule as a function, with ast-grep's semantics for kind (named nodes only), regex (on the node's text),
 * any, all and has (a direct child, or the child in one field). Compiled once per rule object.
 */
function compile(rule: Rule): Test {
  let test = compiled.get(rule)
  if (test) return test
  const parts: Test[] = []
  for (const key of Object.keys(rule)) {
    if (key === 'kind') {
      const kind = rule.kind
      parts.push((node) => node.isNamed() && node.kind() === kind)
    } else if (key === 'regex') {
      const re = new RegExp(rule.regex!)
      parts.push((node) => re.test(node.text()))
    } else if (key === 'any') {
      const tests = rule.any!.map(compile)
      parts.push((node) => some(tests, node))
    } else if (key === 'all') {
      const tests = rule.all!.map(compile)
      parts.push((node) => every(tests, node))
    } else if (key === 'has') {
      const { field, ...inner } = rule.has!
      const t = compile(inner)
      parts.push(field === undefined ? (node) => node.someChild(t) : (node) => {
        const child = node.field(field)
        return child !== null && t(child)
      })
    } else throw new Error(`rule key "${key}" is not supported on a plain syntax tree`)
  }
  test = parts.length === 1 ? parts[0]! : (node) => every(parts, node)
  compiled.set(rule, test)
  return test
}
