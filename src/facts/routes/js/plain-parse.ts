/**
 * @module parsePlain: the syntax tree of a plainly written JavaScript/TypeScript module (imports, `const x = a.b(...)`,
 * `router.get('/x', auth, ctrl.list)`, `module.exports = x`, `export default x`, whole-line comments), built in
 * JavaScript exactly as tree-sitter builds it, or undefined for anything else. Thin router files are most of the
 * route candidates of a big layered API, and asking the native parser for each of their nodes costs far more than
 * reading them here. Pure.
 */
import { PlainNode, PlainSource } from './plain-node.js'
import { tokenize, type Token } from './plain-scan.js'

/** Words that are not plain identifiers in some grammar or position: the native parser decides those files. */
const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements package protected interface private public await async of get set from as type declare abstract readonly ' +
    'namespace global keyof infer is asserts unique satisfies override accessor out undefined arguments eval')
    .split(' '),
)
/** TypeScript reads `module` as a keyword in places; JavaScript's CommonJS needs it (`module.exports`). */
const TS_RESERVED = new Set([
  'module', 'enum', 'any', 'number', 'string', 'boolean', 'symbol', 'object', 'never', 'unknown', 'bigint',
])

/** The syntax tree of `text`, or undefined when it is not written plainly enough to be read here. */
export function parsePlain(text: string, typescript: boolean): PlainNode | undefined {
  const tokens = tokenize(text)
  if (!tokens || tokens.length === 0) return undefined
  try {
    return new Parser(text, tokens, typescript).program()
  } catch (error) {
    if (error === NOT_PLAIN) return undefined
    throw error
  }
}

/** The tree of an empty file, for a file that could not be parsed at all. */
export function emptyProgram(): PlainNode {
  return new PlainNode(new PlainSource(''), 'program', true, 0, 0)
}

const NOT_PLAIN = new Error('not plain')
function fail(): never {
  throw NOT_PLAIN
}

/** A recursive-descent parser for the plain subset; any other shape throws NOT_PLAIN. */
class Parser {
  private at = 0
  private readonly shared: PlainSource

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
    private readonly typescript: boolean,
  ) {
    this.shared = new PlainSource(source)
  }

  program(): PlainNode {
    const root = this.node('program', true, this.tokens[0]!.start, this.source.length)
    while (this.at < this.tokens.length) {
      const token = this.tokens[this.at]!
      if (token.type === 'comment') {
        this.at++
        root.add(this.leaf(token, 'comment', true))
      } else root.add(this.statement())
    }
    return root
  }

  private statement(): PlainNode {
    const token = this.peek()!
    if (token.type === 'id' && token.text === 'import') return this.importStatement()
    if (token.type === 'id' && token.text === 'export') return this.exportStatement()
    if (token.type === 'id' && (token.text === 'const' || token.text === 'let' || token.text === 'var')) return this.declaration()
    const statement = this.node('expression_statement', true, token.start, 0)
    const expression = this.expression()
    if (this.isPunct('=')) {
      const kind = expression.kind()
      if (kind !== 'identifier' && kind !== 'member_expression') fail()
      const assignment = this.node('assignment_expression', true, expression.start, 0)
      assignment.add(expression, 'left')
      assignment.add(this.leaf(this.next(), '=', false))
      const right = assignment.add(this.expression(), 'right')
      assignment.end = right.end
      statement.add(assignment)
    } else statement.add(expression)
    return this.terminate(statement)
  }

  /**
   * The statement's optional `;`, or its end by automatic semicolon insertion: a line break (a whole-line comment
   * after it belongs to the program, as in tree-sitter) or the end of the file.
   */
  private terminate(statement: PlainNode): PlainNode {
    statement.end = statement.children().at(-1)!.end
    const next = this.tokens[this.at]
    if (next?.type === 'punct' && next.text === ';') statement.end = statement.add(this.leaf(this.next(), ';', false)).end
    else if (next && !next.newline) fail()
    return statement
  }

  private importStatement(): PlainNode {
    const statement = this.node('import_statement', true, this.nextStart(), 0)
    statement.add(this.keyword('import'))
    if (this.peek()?.type !== 'string') {
      const clause = statement.add(this.node('import_clause', true, this.nextStart(), 0))
      if (this.peek()?.type === 'id') {
        clause.add(this.identifier())
        if (this.isPunct(',')) {
          clause.add(this.leaf(this.next(), ',', false))
          clause.add(this.isPunct('*') ? this.namespaceImport() : this.namedImports())
        }
      } else clause.add(this.isPunct('*') ? this.namespaceImport() : this.namedImports())
      clause.end = clause.children().at(-1)!.end
      statement.add(this.keyword('from'))
    }
    statement.add(this.string(), 'source')
    return this.terminate(statement)
  }

  private namespaceImport(): PlainNode {
    const node = this.node('namespace_import', true, this.nextStart(), 0)
    node.add(this.punct('*'))
    node.add(this.keyword('as'))
    node.end = node.add(this.identifier()).end
    return node
  }

  private namedImports(): PlainNode {
    const node = this.node('named_imports', true, this.nextStart(), 0)
    node.add(this.punct('{'))
    while (!this.isPunct('}')) {
      const spec = node.add(this.node('import_specifier', true, this.nextStart(), 0))
      spec.end = spec.add(this.identifier(), 'name').end
      if (this.isWord('as')) {
        spec.add(this.keyword('as'))
        spec.end = spec.add(this.identifier(), 'alias').end
      }
      if (!this.isPunct('}')) node.add(this.punct(','))
    }
    node.end = node.add(this.punct('}')).end
    return node
  }

  private exportStatement(): PlainNode {
    const statement = this.node('export_statement', true, this.nextStart(), 0)
    statement.add(this.keyword('export'))
    if (this.isWord('default')) {
      statement.add(this.keyword('default'))
      statement.add(this.expression(), 'value')
      return this.terminate(statement)
    }
    if (!this.isWord('const') && !this.isWord('let') && !this.isWord('var')) fail()
    statement.end = statement.add(this.declaration(), 'declaration').end
    return statement
  }

  /** `const x = ...`, `let { a, b: c } = ...`, `var x = ...`: one declarator with a value. */
  private declaration(): PlainNode {
    const word = this.tokens[this.at]!.text
    const declaration = this.node(word === 'var' ? 'variable_declaration' : 'lexical_declaration', true, this.nextStart(), 0)
    declaration.add(this.keyword(word), word === 'var' ? undefined : 'kind')
    const declarator = declaration.add(this.node('variable_declarator', true, this.nextStart(), 0))
    declarator.add(this.isPunct('{') ? this.objectPattern() : this.identifier(), 'name')
    declarator.add(this.punct('='))
    declarator.end = declarator.add(this.expression(), 'value').end
    return this.terminate(declaration)
  }

  private objectPattern(): PlainNode {
    const node = this.node('object_pattern', true, this.nextStart(), 0)
    node.add(this.punct('{'))
    while (!this.isPunct('}')) {
      const key = this.identifier()
      if (this.isPunct(':')) {
        const pair = node.add(this.node('pair_pattern', true, key.start, 0))
        pair.add(this.retype(key, 'property_identifier'), 'key')
        pair.add(this.punct(':'))
        pair.end = pair.add(this.identifier(), 'value').end
      } else node.add(this.retype(key, 'shorthand_property_identifier_pattern'))
      if (!this.isPunct('}')) {
        node.add(this.punct(','))
        if (this.isPunct('}')) fail() // a trailing comma: left to the native parser
      }
    }
    node.end = node.add(this.punct('}')).end
    return node
  }

  /** An identifier or string, then any chain of `.name` and `(arguments)` (across line breaks, as JavaScript reads it). */
  private expression(): PlainNode {
    let expression = this.peek()?.type === 'string' ? this.string() : this.identifier()
    for (;;) {
      if (this.isPunct('.')) {
        const member = this.node('member_expression', true, expression.start, 0)
        member.add(expression, 'object')
        member.add(this.punct('.'))
        const property = this.next()
        if (property?.type !== 'id') fail()
        member.end = member.add(this.leaf(property, 'property_identifier', true), 'property').end
        expression = member
      } else if (this.isPunct('(')) {
        const call = this.node('call_expression', true, expression.start, 0)
        call.add(expression, 'function')
        const args = call.add(this.node('arguments', true, this.nextStart(), 0), 'arguments')
        args.add(this.punct('('))
        while (!this.isPunct(')')) {
          args.add(this.expression())
          if (!this.isPunct(')')) {
            args.add(this.punct(','))
            if (this.isPunct(')')) fail() // a trailing comma: left to the native parser
          }
        }
        call.end = args.end = args.add(this.punct(')')).end
        expression = call
      } else return expression
    }
  }

  private identifier(): PlainNode {
    const token = this.next()
    if (token?.type !== 'id' || RESERVED.has(token.text) || (this.typescript && TS_RESERVED.has(token.text))) fail()
    return this.leaf(token, 'identifier', true)
  }

  private string(): PlainNode {
    const token = this.next()
    if (token?.type !== 'string') fail()
    const node = this.leaf(token, 'string', true)
    const quote = token.text[0]!
    node.add(this.node(quote, false, token.start, token.start + 1))
    if (token.end - token.start > 2) node.add(this.node('string_fragment', true, token.start + 1, token.end - 1))
    node.add(this.node(quote, false, token.end - 1, token.end))
    return node
  }

  private keyword(word: string): PlainNode {
    const token = this.next()
    if (token?.type !== 'id' || token.text !== word) fail()
    return this.leaf(token, word, false)
  }

  private punct(text: string): PlainNode {
    const token = this.next()
    if (token?.type !== 'punct' || token.text !== text) fail()
    return this.leaf(token, text, false)
  }

  private retype(node: PlainNode, kind: string): PlainNode {
    return this.node(kind, true, node.start, node.end)
  }

  private leaf(token: Token, kind: string, named: boolean): PlainNode {
    return this.node(kind, named, token.start, token.end)
  }

  private node(kind: string, named: boolean, start: number, end: number): PlainNode {
    return new PlainNode(this.shared, kind, named, start, end)
  }

  private isPunct(text: string): boolean {
    const token = this.peek()
    return token?.type === 'punct' && token.text === text
  }

  private isWord(text: string): boolean {
    const token = this.peek()
    return token?.type === 'id' && token.text === text
  }

  /** Where the next token of a statement starts (failing like next() at the end or at a comment). */
  private nextStart(): number {
    const token = this.tokens[this.at]
    if (!token || token.type === 'comment') fail()
    return token.start
  }

  private peek(): Token | undefined {
    return this.tokens[this.at]
  }

  /** The next token of a statement; a comment inside one is left to the native parser (it decides where it belongs). */
  private next(): Token {
    const token = this.tokens[this.at]
    if (!token || token.type === 'comment') fail()
    this.at++
    return token
  }
}
