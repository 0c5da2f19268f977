/*
 * How source positions are found. mathjs parses the text into a tree but records no positions in
 * it, and every error and span bp reports must point into the source. So the text is also split
 * into tokens by bp's own tokenizer (tokenize.ts), each with its [start, end), and the converter
 * walks the mathjs tree in the order the text reads, holding a cursor into the token list. Each
 * tree node lists what its text consists of, in order (`Frame.items`): the tokens it must find
 * there (an operator, a name, a parenthesis, a comma) and its children; a child's text lies
 * between them. `take` consumes the token under the cursor when it is the expected one, so a
 * node's span runs from the first token read while its frame was open to the last. Typeset
 * operators (×, ÷, −) are replaced by ASCII ones of the same length before either parser sees the
 * text, so offsets are the user's. If a token is not the one the tree expects (the tree and the
 * text disagree, for a construct this walk does not model), `aligned` turns false for the rest of
 * the source: later nodes get no span of their own and errors name the whole source rather than
 * a wrong place.
 */
import { create, parseDependencies, type MathNode } from 'mathjs/number';
import { SymbolicError, type SourceSpan } from './errors.js';
import { FUNCTIONS, type NodeId } from './functions.js';
import { Graph, type Op } from './graph.js';
import { suggestFunction } from './suggest.js';
import { tokenize, type Token } from './tokenize.js';

/** One `name = expression` of a program. */
export interface Assignment {
  readonly name: string;
  /** Where the name is written on the left of `=`. */
  readonly span: SourceSpan;
}

/**
 * A validated program: its computation graph, inputs and named intermediates. Build one with
 * {@link parse}; every other function accepts either a Program or source text.
 */
export interface Program {
  readonly source: string;
  /** Free symbols, in order of first appearance. */
  readonly inputs: readonly string[];
  /** The output's name when the last statement is an assignment. */
  readonly outputName: string | undefined;
  readonly assignments: readonly Assignment[];
  /** The hash-consed graph; ids ascend in topological order. */
  readonly graph: Graph;
  /** The output node. */
  readonly output: NodeId;
  /** Each assigned name's node. */
  readonly definitions: ReadonlyMap<string, NodeId>;
  /**
   * Operations of the source as written that the output does not compute as such: those that
   * simplification rewrote (`x/x` became 1; this keeps `x/x`) and unused assignments. The program
   * is defined only where each of them is, so cancelling never widens the domain.
   */
  readonly guards: readonly NodeId[];
}

/** Operators people (and bp's own output) write that mathjs does not read, each one UTF-16 unit like its replacement. */
const TYPESET_OPERATORS: ReadonlyMap<string, string> = new Map([['×', '*'], ['·', '*'], ['⋅', '*'], ['÷', '/'], ['−', '-']]);

/** The source with ×, ·, ÷ and the minus sign − read as *, / and -; positions are unchanged. */
function plainOperators(source: string): string {
  return source.replace(/[×·⋅÷−]/g, (c) => TYPESET_OPERATORS.get(c)!);
}

let mathParse: ((source: string) => MathNode) | undefined;

/** mathjs's parser alone (not all of mathjs), created on first use so importing bp costs nothing. */
function parseWithMathjs(source: string): MathNode {
  mathParse ??= create({ parseDependencies: parseDependencies! }).parse as (source: string) => MathNode;
  return mathParse(source);
}

interface MathError {
  message: string;
  char?: number;
}

function syntaxError(source: string, tokens: readonly Token[], error: unknown): SymbolicError {
  if (error instanceof RangeError) {
    return new SymbolicError('too-deep', 'the expression nests too deeply to parse', { start: 0, end: source.length }, { cause: error });
  }
  const { message, char } = error as MathError;
  const text = String(message).replace(/\s*\(char \d+\)$/, '');
  if (typeof char !== 'number') return new SymbolicError('syntax', text, { start: 0, end: source.length }, { cause: error });
  const start = Math.min(Math.max(char - 1, 0), source.length);
  const token = tokens.find((t) => t.start <= start && start < t.end);
  const end = token ? token.end : Math.min(start + 1, source.length);
  return new SymbolicError('syntax', text.charAt(0).toLowerCase() + text.slice(1), { start, end }, { cause: error });
}

type Item = { readonly token: (t: Token) => boolean } | { readonly child: MathNode };

interface Frame {
  readonly node: MathNode;
  readonly items: readonly Item[];
  index: number;
  readonly first: number;
  readonly results: NodeId[];
}

const BINARY: ReadonlyMap<string, 'add' | 'sub' | 'mul' | 'div' | 'pow'> = new Map([
  ['add', 'add'],
  ['subtract', 'sub'],
  ['multiply', 'mul'],
  ['divide', 'div'],
  ['pow', 'pow'],
]);

const isText = (text: string) => (t: Token): boolean => t.text === text;
const isKind = (kind: Token['kind']) => (t: Token): boolean => t.kind === kind;

/**
 * Parses one expression, or a straight-line program of assignments separated by `;` or new
 * lines whose last statement is the output, and validates it into a computation graph.
 * Free symbols are inputs; `pi` and `e` are constants unless the program assigns them.
 * @throws {SymbolicError} `syntax`, `unknown-function`, `unsupported`, `undefined-variable`,
 *   `reassigned`, `arity` or `too-deep`, each with the span of the offending text.
 * @example
 * parse('a = x*y; b = a + z; c = b^2').inputs; // → ['x', 'y', 'z']
 */
export function parse(source: string): Program {
  if (typeof source !== 'string') throw new SymbolicError('invalid-argument', 'the source must be a string');
  const { tokens, statements } = statementsOf(source);
  const program = new Converter(source, tokens).program(statements);
  program.graph.freeze();
  return program;
}

function statementsOf(source: string): { tokens: readonly Token[]; statements: readonly MathNode[] } {
  const text = plainOperators(source);
  const tokens = tokenize(text);
  if (!tokens.some((t) => t.kind !== 'sep')) {
    throw new SymbolicError('syntax', 'the source is empty: write an expression such as x^2 * y', { start: 0, end: source.length });
  }
  let tree: MathNode;
  try {
    tree = parseWithMathjs(text);
  } catch (error) {
    throw syntaxError(text, tokens, error);
  }
  const statements: MathNode[] = tree.type === 'BlockNode'
    ? (tree as unknown as { blocks: { node: MathNode }[] }).blocks.map((block) => block.node)
    : [tree];
  return { tokens, statements };
}

/**
 * The output of a one-expression program exactly as typed, built without rewriting (`x*x*x` stays
 * a product of products, operands in the order written) into `graph`, an extension of the
 * program's graph, so a derivation can follow the rules the user wrote. Undefined for a program
 * with assignments, whose trace walks its names. Values and gradients keep using the simplified `output`.
 * @throws {SymbolicError} any error {@link parse} gives for the program's source.
 */
export function parseAsWritten(program: Program, graph: Graph): NodeId | undefined {
  if (program.assignments.length > 0) return undefined;
  const { tokens, statements } = statementsOf(program.source);
  return new Converter(program.source, tokens, graph, true).program(statements).output;
}

class Converter {
  private cursor = 0;
  private aligned = true;
  private readonly definitions = new Map<string, NodeId>();
  private readonly assignedAt = new Map<string, number>();
  private readonly inputs: string[] = [];
  private readonly guards: NodeId[] = [];
  private statement = 0;

  /** With `asWritten`, operations are built as typed ({@link Graph.written}) instead of simplified. */
  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
    private readonly graph: Graph = new Graph(),
    private readonly asWritten = false,
  ) {}

  program(statements: readonly MathNode[]): Program {
    const assignments: Assignment[] = [];
    // Where each name is assigned, so a use before its assignment is an error rather than an input.
    statements.forEach((node, index) => {
      if (node.type === 'AssignmentNode') {
        const name = (node as unknown as { object: { name?: string } }).object.name;
        if (name !== undefined && !this.assignedAt.has(name)) this.assignedAt.set(name, index);
      }
    });
    let output: NodeId = -1;
    let outputName: string | undefined;
    statements.forEach((node, index) => {
      this.statement = index;
      this.skipSeparators();
      const last = index === statements.length - 1;
      if (node.type === 'AssignmentNode') {
        const target = (node as unknown as { object: MathNode & { name?: string } }).object;
        const nameToken = this.take(isKind('name'));
        if (target.type !== 'SymbolNode' || nameToken === undefined) {
          throw new SymbolicError('unsupported', 'only a plain name can be assigned to', this.here());
        }
        const name = target.name!;
        const span = { start: nameToken.start, end: nameToken.end };
        if (this.definitions.has(name)) {
          throw new SymbolicError('reassigned', `"${name}" is assigned twice; give each intermediate its own name`, span);
        }
        if (FUNCTIONS.has(name) && FUNCTIONS.get(name)!.arity[1] !== 0) {
          throw new SymbolicError('unsupported', `"${name}" is a function and cannot be assigned to`, span);
        }
        this.take(isKind('='));
        const id = this.graph.name(name, this.expression((node as unknown as { value: MathNode }).value));
        this.definitions.set(name, id);
        assignments.push({ name, span });
        if (last) {
          output = id;
          outputName = name;
        } else {
          this.guards.push(id);
        }
      } else if (node.type === 'FunctionAssignmentNode') {
        throw new SymbolicError('unsupported', 'function definitions such as f(x) = ... are not supported; assign intermediates instead', this.statementSpan());
      } else if (last) {
        output = this.expression(node);
      } else {
        throw new SymbolicError('unsupported', 'only the last statement may be a bare expression; name this one with "name = ..."', this.statementSpan());
      }
    });
    return {
      source: this.source,
      inputs: this.inputs,
      outputName,
      assignments,
      graph: this.graph,
      output,
      definitions: this.definitions,
      guards: this.guards,
    };
  }

  private skipSeparators(): void {
    while (this.aligned && this.tokens[this.cursor]?.kind === 'sep') this.cursor++;
  }

  /** The current token's span, or the whole source once positions can no longer be trusted. */
  private here(): SourceSpan {
    const token = this.aligned ? this.tokens[this.cursor] : undefined;
    return token ? { start: token.start, end: token.end } : { start: 0, end: this.source.length };
  }

  private statementSpan(): SourceSpan {
    const first = this.tokens[this.cursor];
    if (!this.aligned || first === undefined) return { start: 0, end: this.source.length };
    let last = this.cursor;
    while (this.tokens[last + 1] !== undefined && this.tokens[last + 1]!.kind !== 'sep') last++;
    return { start: first.start, end: this.tokens[last]!.end };
  }

  /** Consumes the next token when it is what the tree says comes next; otherwise positions are no longer trusted. */
  private take(expected: (t: Token) => boolean): Token | undefined {
    if (!this.aligned) return undefined;
    const token = this.tokens[this.cursor];
    if (token === undefined || !expected(token)) {
      this.aligned = false;
      return undefined;
    }
    this.cursor++;
    return token;
  }

  /** Converts one mathjs tree into graph nodes, iteratively, so 100 000 terms do not overflow the stack. */
  private expression(root: MathNode): NodeId {
    const stack: Frame[] = [this.frame(root)];
    let result: NodeId = -1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const item = top.items[top.index];
      if (item !== undefined) {
        top.index++;
        if ('token' in item) this.take(item.token);
        else stack.push(this.frame(item.child));
        continue;
      }
      stack.pop();
      const last = this.aligned ? this.cursor - 1 : -1;
      const span = last >= top.first && this.aligned
        ? { start: this.tokens[top.first]!.start, end: this.tokens[last]!.end }
        : undefined;
      const id = this.build(top.node, top.results, span);
      if (span !== undefined) this.graph.markSpan(id, span);
      if (stack.length > 0) stack[stack.length - 1]!.results.push(id);
      else result = id;
    }
    return result;
  }

  private frame(node: MathNode): Frame {
    const first = this.cursor;
    const n = node as unknown as {
      type: string; op?: string; fn?: string | { name?: string; type?: string }; args?: MathNode[];
      implicit?: boolean; content?: MathNode; name?: string; value?: unknown;
    };
    let items: Item[];
    switch (n.type) {
      case 'ConstantNode':
        if (typeof n.value !== 'number') {
          throw new SymbolicError('unsupported', `the constant ${JSON.stringify(n.value)} cannot be differentiated`, this.here());
        }
        items = [{ token: isKind('number') }];
        break;
      case 'SymbolNode':
        items = [{ token: isText(n.name!) }];
        break;
      case 'ParenthesisNode':
        items = [{ token: isKind('(') }, { child: n.content! }, { token: isKind(')') }];
        break;
      case 'OperatorNode': {
        const args = n.args!;
        if (args.length === 1) items = [{ token: isText(n.op!) }, { child: args[0]! }];
        else if (n.implicit === true) items = [{ child: args[0]! }, { child: args[1]! }];
        else items = [{ child: args[0]! }, { token: isText(n.op!) }, { child: args[1]! }];
        break;
      }
      case 'FunctionNode': {
        const args = n.args!;
        items = [{ token: isKind('name') }, { token: isKind('(') }];
        args.forEach((arg, i) => {
          if (i > 0) items.push({ token: isKind(',') });
          items.push({ child: arg });
        });
        items.push({ token: isKind(')') });
        break;
      }
      case 'AssignmentNode':
        throw new SymbolicError('unsupported', 'an assignment can only be a statement of its own', this.here());
      default:
        throw new SymbolicError('unsupported', `${n.type.replace(/Node$/, '').toLowerCase()} expressions cannot be differentiated`, this.here());
    }
    return { node, items, index: 0, first, results: [] };
  }

  private build(node: MathNode, args: readonly NodeId[], span: SourceSpan | undefined): NodeId {
    const g = this.graph;
    const n = node as unknown as { type: string; fn?: string | { name: string }; name?: string; value?: number };
    switch (n.type) {
      case 'ConstantNode':
        if (!Number.isFinite(n.value)) {
          throw new SymbolicError('unsupported', `the number ${String(n.value)} is not finite`, span);
        }
        return g.constant(n.value!);
      case 'SymbolNode':
        return this.symbol(n.name!, span);
      case 'ParenthesisNode':
        return args[0]!;
      case 'OperatorNode': {
        const fn = n.fn as string;
        if (fn === 'unaryMinus') return this.asWritten ? g.written('neg', [args[0]!]) : g.neg(args[0]!);
        if (fn === 'unaryPlus') return args[0]!;
        const op = BINARY.get(fn);
        if (op === undefined) throw new SymbolicError('unsupported', `the operator "${fn}" cannot be differentiated`, span);
        if (this.asWritten) return g.written(op, [args[0]!, args[1]!]);
        return this.guarded(op, [args[0]!, args[1]!], g[op](args[0]!, args[1]!), span);
      }
      case 'FunctionNode':
        return this.call((n.fn as { name: string }).name, args, span);
      default:
        throw new SymbolicError('unsupported', `${n.type} cannot be differentiated`, span);
    }
  }

  private symbol(name: string, span: SourceSpan | undefined): NodeId {
    const defined = this.definitions.get(name);
    if (defined !== undefined) return defined;
    const assigned = this.assignedAt.get(name);
    if (assigned !== undefined && assigned >= this.statement) {
      throw new SymbolicError('undefined-variable', `"${name}" is used before it is assigned`, span);
    }
    const constant = FUNCTIONS.get(name);
    if (constant?.arity[1] === 0) return this.graph.call(constant.name, []);
    if (FUNCTIONS.has(name)) {
      throw new SymbolicError('syntax', `"${name}" is a function: call it with parentheses, as ${name}(x)`, span);
    }
    if (!this.graph.inputs.has(name)) this.inputs.push(name);
    return this.graph.input(name);
  }

  private call(name: string, args: readonly NodeId[], span: SourceSpan | undefined): NodeId {
    const g = this.graph;
    const nameSpan = span && { start: span.start, end: span.start + name.length };
    const spec = FUNCTIONS.get(name);
    if (spec === undefined || (spec.arity[1] === 0 && args.length > 0)) {
      const isVariable = this.definitions.has(name) || this.graph.inputs.has(name) || /^[a-zA-Z]$/.test(name);
      const hint = isVariable
        ? `; to multiply, write ${name} * (...)`
        : (suggestFunction(name) ?? '');
      throw new SymbolicError('unknown-function', `unknown function "${name}"${hint}`, nameSpan);
    }
    const [min, max] = spec.arity;
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      throw new SymbolicError('arity', `${name} takes ${expected} argument${max === 1 ? '' : 's'}, found ${args.length}`, span);
    }
    if (spec.name === 'pow') return this.asWritten ? g.written('pow', args) : this.guarded('pow', args, g.pow(args[0]!, args[1]!), span);
    const full = [...args];
    for (let i = args.length; i < min + (spec.defaults?.length ?? 0); i++) {
      const fallback = spec.defaults?.[i - min];
      if (fallback !== undefined) full.push(g.constant(fallback));
    }
    return this.asWritten ? g.written('call', full, spec.name) : this.guarded('call', full, g.call(spec.name, full), span, spec.name);
  }

  /**
   * The simplified node, remembering the operation as written when simplification changed it, so
   * the program stays undefined wherever the source is (x/x at 0). Folding literal numbers is exact.
   */
  private guarded(op: Op, args: readonly NodeId[], simplified: NodeId, span: SourceSpan | undefined, name?: string): NodeId {
    const g = this.graph;
    if (g.node(simplified).op === 'const' && args.every((arg) => g.node(arg).op === 'const')) return simplified;
    // +, − and × of operands defined everywhere are defined everywhere: rewriting them loses nothing.
    if ((op === 'add' || op === 'sub' || op === 'mul') && args.every((arg) => g.isEverywhereDefined(arg))) return simplified;
    const raw = g.raw(op, args, name);
    if (raw !== simplified) {
      this.guards.push(raw);
      if (span !== undefined) g.markSpan(raw, span);
    }
    return simplified;
  }
}
