import { Graph, gradientGraph, operationOf, type GraphNode, type MatrixProgram, type NodeId, type Program } from '@bp/symbolic';
import { NumericError } from './errors.js';
import { compileMatrix, type MatrixCompileOptions, type MatrixKernel } from './matrix-compile.js';
import { SCALAR_FUNCTIONS, scalarSource } from './internal/scalar-functions.js';
import { arrayConstructor, type Dtype, type FloatArray } from './dtype.js';

/** An array of the kernel's dtype: the same type as {@link FloatArray}, under the name the kernel API has used. */
export type KernelArray = FloatArray;

/** Options for {@link compile}. */
export interface CompileOptions {
  /** Inputs to differentiate with respect to; default every input. A name that does not occur gets 0. */
  readonly wrt?: readonly string[];
  /** Default `float64`. */
  readonly dtype?: Dtype;
}

/** Each input as an array of N points, or a number used for every point. */
export type KernelInputs =
  | Readonly<Record<string, KernelArray | number>>
  | ReadonlyMap<string, KernelArray | number>;

/** A kernel's output: the value and every requested partial, each of length N. */
export interface KernelResult {
  readonly value: KernelArray;
  readonly gradient: Readonly<Record<string, KernelArray>>;
}

/** A compiled value-and-gradient kernel. */
export interface Kernel {
  /** The inputs `evaluate` needs, in order of first appearance. */
  readonly inputs: readonly string[];
  readonly wrt: readonly string[];
  readonly dtype: Dtype;
  /** The generated JavaScript, with a comment naming each intermediate (for reading; not what runs). */
  readonly source: string;
  /**
   * A standalone ES module with no dependency on bp: the kernel, the implementations of the
   * functions it calls, and `export function evaluate(inputs)` returning `{ value, gradient }`.
   */
  readonly module: string;
  /**
   * Evaluates the value and gradient at N points. With `out`, writes into its arrays and
   * allocates nothing.
   * @throws {NumericError} `missing-input`, `length-mismatch` or `dtype`, naming the input.
   */
  evaluate(inputs: KernelInputs, out?: KernelResult): KernelResult;
}

/** The generated loop: `ins` and `outs` hold one array per slot, `table` the scalar functions. */
export type RawKernel = (n: number, ins: readonly KernelArray[], outs: readonly KernelArray[], table: readonly unknown[]) => void;

/** A finite number as a JavaScript literal: digits, `.`, `e` and a sign only. */
function literal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`bp internal error: constant ${value} is not finite`);
  const text = String(value);
  return value < 0 ? `(${text})` : text;
}

/** A variable name as the parser reads one: a letter, `_` or `$`, then letters, digits, `_` or `$`. */
const NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** Throws `invalid-option` at the first `wrt` entry that is not a string holding a variable name. */
function checkWrt(wrt: unknown): void {
  if (!Array.isArray(wrt)) throw new NumericError('invalid-option', 'wrt must be an array of input names', { argument: 'wrt' });
  wrt.forEach((name: unknown, index) => {
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw new NumericError('invalid-option', `wrt[${index}] must be a variable name, found ${JSON.stringify(name) ?? String(name)}`, { argument: 'wrt', index });
    }
  });
}

/**
 * Text for a `//` comment: control characters and the JavaScript line terminators (U+2028,
 * U+2029) become `\uXXXX`, so a name, however it was made, can never end the comment and start code.
 */
function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** JSON for a string literal in generated code, with U+2028 and U+2029 escaped as well. */
function jsonLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

const TABLE_NAMES: readonly string[] = [...SCALAR_FUNCTIONS.keys()];

/** The implementations generated code calls as `f<index>`, in {@link TABLE_NAMES} order. */
export const FUNCTION_TABLE: readonly ((...args: number[]) => number)[] = TABLE_NAMES.map((name) => SCALAR_FUNCTIONS.get(name)!);

/** Turns a generated body into a function. The body is built from a validated graph only. */
export function instantiate(body: string): RawKernel {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the body holds slots, numeric literals and table indices, never source text.
  return new Function('n', 'ins', 'outs', 'table', body) as RawKernel;
}

/** Generated code: the function body that runs and a commented copy for people. */
export interface Generated {
  /** Indices into the function table that the code calls. */
  readonly used: readonly number[];
  /** What runs: built from the graph alone (slots, numeric literals, table indices). */
  readonly body: string;
  /** What people read: the same code with comments naming intermediates. */
  readonly readable: string;
}

/** Functions whose value is non-finite whenever their argument is (log(Inf) = Inf, sin(Inf) = NaN); exp(-Inf) = 0 is not. */
const PASSES_ON: ReadonlySet<string> = new Set(['sqrt', 'cbrt', 'abs', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'sinh', 'cosh']);

/** Whether a consumer's value is surely non-finite when this argument is (x + Inf, Inf * y, Inf / y); x / Inf = 0 is not. */
function passesOn(graph: Graph, node: GraphNode, index: number): boolean {
  switch (node.op) {
    case 'add': case 'sub': case 'mul': case 'neg': case 'name':
      return true;
    case 'div':
      return index === 0 && node.args[0] !== node.args[1];
    case 'pow': {
      const exponent = graph.numberOf(node.args[1]!);
      return index === 0 && exponent !== undefined && exponent > 0;
    }
    case 'call':
      return node.args.length === 1 && PASSES_ON.has(node.name!);
    default:
      return false;
  }
}

/**
 * The nodes whose values a kernel must test to be NaN exactly where @bp/symbolic reports an error:
 * those whose non-finite value would not surely reach an output or a tested node of its kind (the
 * value for `forward` nodes, a partial for the others), such as a denominator (x / Inf = 0).
 */
function nodesToTest(graph: Graph, schedule: readonly NodeId[], forward: ReadonlySet<NodeId>, outputs: readonly NodeId[]): NodeId[] {
  const covered = new Set<NodeId>(outputs.slice(1).filter((id) => !forward.has(id)));
  if (outputs[0] !== undefined) covered.add(outputs[0]);
  const consumers = new Map<NodeId, NodeId[]>();
  for (const id of schedule) {
    const node = graph.node(id);
    node.args.forEach((arg, i) => {
      if (!passesOn(graph, node, i) || forward.has(arg) !== forward.has(id)) return;
      const list = consumers.get(arg);
      if (list === undefined) consumers.set(arg, [id]);
      else list.push(id);
    });
  }
  const tested: NodeId[] = [];
  for (let k = schedule.length - 1; k >= 0; k--) {
    const id = schedule[k]!;
    const op = graph.node(id).op;
    if (covered.has(id) || op === 'const' || op === 'input') continue;
    if (!(consumers.get(id) ?? []).some((c) => covered.has(c))) tested.push(id);
    covered.add(id);
  }
  return tested;
}

/**
 * Statements (and inputs) above which a kernel is split into functions of at most this many
 * statements each. V8 gives every local of a function a register in one stack frame, and a
 * straight-line function of tens of thousands of locals overflows the stack when it runs (a
 * 100,000-input sum did); 2,000 locals is far from that and large enough that the calls between
 * parts cost nothing measurable.
 */
export const CHUNK_STATEMENTS = 2_000;

/** One computed node: its operation's inline code (`a + b`, `Math.exp(a)`), or a call of its table entry. */
function expressionOf(graph: Graph, node: GraphNode, args: readonly string[], usedTable: Set<number>): string {
  if (node.op === 'name') return args[0]!;
  const operation = operationOf(node);
  if (operation === undefined) throw new Error(`bp internal error: ${node.op} is not computed`);
  const callee = (name: string): string => {
    const index = TABLE_NAMES.indexOf(name);
    if (index < 0) throw new Error(`bp internal error: no compiled implementation of ${name}`);
    usedTable.add(index);
    return `f${index}`;
  };
  return operation.inline?.(args, callee, node.args.map((arg) => graph.numberOf(arg))) ?? `${callee(node.name!)}(${args.join(', ')})`;
}

/** A statement of the loop: the node it computes (or the output it stores), with its arguments. */
interface Statement {
  readonly id: NodeId;
  /** For a store: the output's index. */
  readonly output?: number;
  readonly comment?: string;
  /** For a computed node whose finiteness decides where the value or the gradient exists: which flag it feeds. */
  readonly check?: 'okValue' | 'okGradient';
}

/**
 * Straight-line code for one loop over N points. Identifiers are slots (`x0`, `t3`), constants are
 * numeric literals and functions are `Math.*` or indices into a fixed table, so no text from the
 * user's source can reach the generated code; only the readable copy carries comments. A large
 * program is split into parts of at most {@link CHUNK_STATEMENTS} statements (see there).
 * With `forward` (the value's nodes), the code also tests the values that decide where the function
 * and its gradient exist: a point where the value does not is NaN throughout, one where the gradient
 * does not has NaN partials.
 */
export function generate(
  graph: Graph,
  schedule: readonly NodeId[],
  inputSlots: ReadonlyMap<NodeId, number>,
  outputs: readonly NodeId[],
  broadcast: readonly boolean[],
  describe: (id: NodeId) => string | undefined,
  forward?: ReadonlySet<NodeId>,
): Generated {
  const tested = new Set(forward === undefined ? [] : nodesToTest(graph, schedule, forward, outputs));
  const statements: Statement[] = [];
  for (const id of schedule) {
    const node = graph.node(id);
    if (node.op === 'const' || inputSlots.has(id)) continue;
    if (node.op === 'input') throw new Error(`bp internal error: input ${node.name ?? ''} has no slot`);
    const comment = describe(id);
    const check = tested.has(id) ? (forward!.has(id) ? 'okValue' : 'okGradient') : undefined;
    statements.push({ id, ...(comment === undefined ? {} : { comment }), ...(check === undefined ? {} : { check }) });
  }
  outputs.forEach((id, output) => statements.push({ id, output }));
  const checked = forward !== undefined;
  const parts = statements.length + inputSlots.size <= CHUNK_STATEMENTS ? [statements] : chunks(statements);
  return parts.length === 1
    ? flat(graph, statements, inputSlots, outputs, broadcast, checked)
    : split(graph, parts, inputSlots, broadcast, outputs.length, checked);
}

function chunks(statements: readonly Statement[]): Statement[][] {
  const parts: Statement[][] = [];
  for (let k = 0; k < statements.length; k += CHUNK_STATEMENTS) parts.push(statements.slice(k, k + CHUNK_STATEMENTS));
  return parts;
}

function assemble(header: readonly string[], lines: readonly { code: string; comment?: string }[], footer: readonly string[], indent: string): (withComments: boolean) => string {
  return (withComments) => [
    ...header,
    ...lines.map((l) => `${indent}${l.code}${withComments && l.comment !== undefined ? ` // ${l.comment}` : ''}`),
    ...footer,
  ].join('\n');
}

/** One function: inputs read once per point into locals, every node a local. */
function flat(
  graph: Graph, statements: readonly Statement[], inputSlots: ReadonlyMap<NodeId, number>, outputs: readonly NodeId[], broadcast: readonly boolean[], checked: boolean,
): Generated {
  const names = new Map<NodeId, string>();
  const usedTable = new Set<number>();
  const ref = (id: NodeId): string => refOf(graph, names, id);
  const loop: { code: string; comment?: string }[] = [];
  inputSlots.forEach((slot, id) => {
    names.set(id, `x${slot}`);
    if (!broadcast[slot]) loop.push({ code: `const x${slot} = a${slot}[i];` });
  });
  if (checked) loop.unshift({ code: 'let okValue = 0;' }, { code: 'let okGradient = 0;' });
  let temp = 0;
  for (const statement of statements) {
    if (statement.output !== undefined) continue;
    const node = graph.node(statement.id);
    const code = `const t${temp} = ${expressionOf(graph, node, node.args.map(ref), usedTable)};`;
    names.set(statement.id, `t${temp}`);
    loop.push(statement.comment === undefined ? { code } : { code, comment: statement.comment });
    // x − x is 0 for a finite x and NaN otherwise.
    if (statement.check !== undefined) loop.push({ code: `${statement.check} += t${temp} - t${temp};` });
    temp++;
  }
  const stores = (checked ? checkedStores(outputs, ref) : outputs.map((id, k) => `o${k}[i] = ${ref(id)};`)).map((line) => `  ${line}`);
  const used = [...usedTable].sort((x, y) => x - y);
  const header: string[] = ['"use strict";', ...used.map((index) => `const f${index} = table[${index}];`)];
  inputSlots.forEach((slot) => {
    header.push(`const a${slot} = ins[${slot}];`);
    if (broadcast[slot]) header.push(`const x${slot} = a${slot}[0];`);
  });
  outputs.forEach((_id, k) => header.push(`const o${k} = outs[${k}];`));
  const text = assemble([...header, 'for (let i = 0; i < n; i++) {'], loop, [...stores, '}'], '  ');
  return { body: text(false), readable: text(true), used };
}

function refOf(graph: Graph, names: ReadonlyMap<NodeId, string>, id: NodeId): string {
  const node = graph.node(id);
  if (node.op === 'const') return literal(node.value!);
  const name = names.get(id);
  if (name === undefined) throw new Error(`bp internal error: node ${id} used before it is computed`);
  return name;
}

/**
 * Several functions called in turn for each point. A value one part computes and a later part
 * reads goes through the scratch array `s` (one slot per such value, reused for every point);
 * each part reads the inputs it needs itself, so no function holds more than a part's locals.
 */
function split(
  graph: Graph, parts: readonly Statement[][], inputSlots: ReadonlyMap<NodeId, number>, broadcast: readonly boolean[], outputCount: number, checked: boolean,
): Generated {
  const partOf = new Map<NodeId, number>();
  parts.forEach((part, p) => { for (const st of part) if (st.output === undefined) partOf.set(st.id, p); });
  const scratch = new Map<NodeId, number>();
  const argsOf = (st: Statement): readonly NodeId[] => (st.output === undefined ? graph.node(st.id).args : [st.id]);
  parts.forEach((part, p) => {
    for (const st of part) for (const arg of argsOf(st)) if ((partOf.get(arg) ?? p) !== p && !scratch.has(arg)) scratch.set(arg, scratch.size);
  });
  const usedTable = new Set<number>();
  const functions = parts.map((part, p) => {
    const names = new Map<NodeId, string>();
    const lines: { code: string; comment?: string }[] = [];
    const ref = (id: NodeId): string => {
      const slot = inputSlots.get(id);
      if (slot !== undefined && !names.has(id)) {
        names.set(id, `x${slot}`);
        lines.push({ code: `const x${slot} = ins[${slot}][${broadcast[slot] ? '0' : 'i'}];` });
      }
      if ((partOf.get(id) ?? p) !== p) return `s[${scratch.get(id)!}]`;
      return refOf(graph, names, id);
    };
    let temp = 0;
    for (const st of part) {
      if (st.output !== undefined) {
        lines.push({ code: `outs[${st.output}][i] = ${ref(st.id)};` });
        continue;
      }
      const node = graph.node(st.id);
      const code = `const t${temp} = ${expressionOf(graph, node, node.args.map(ref), usedTable)};`;
      names.set(st.id, `t${temp}`);
      lines.push(st.comment === undefined ? { code } : { code, comment: st.comment });
      if (st.check !== undefined) lines.push({ code: `${st.check} += t${temp} - t${temp};` });
      if (scratch.has(st.id)) lines.push({ code: `s[${scratch.get(st.id)!}] = t${temp};` });
      temp++;
    }
    return assemble([`function part${p}(i) {`], lines, ['}'], '  ');
  });
  const used = [...usedTable].sort((x, y) => x - y);
  const flags = checked ? ['let okValue = 0;', 'let okGradient = 0;'] : [];
  const header = ['"use strict";', ...used.map((index) => `const f${index} = table[${index}];`), `const s = new Float64Array(${scratch.size});`, ...flags];
  const reset = checked ? ['  okValue = 0;', '  okGradient = 0;'] : [];
  const loop = ['for (let i = 0; i < n; i++) {', ...reset, ...parts.map((_part, p) => `  part${p}(i);`), ...(checked ? splitChecks(outputCount) : []), '}'];
  const text = (withComments: boolean): string => [...header, ...functions.map((f) => f(withComments)), ...loop].join('\n');
  return { body: text(false), readable: text(true), used };
}

/** The checks of a split kernel, once every part has stored its outputs: the same rule as {@link checkedStores}. */
function splitChecks(outputCount: number): string[] {
  const test = (k: number): string => ` + (outs[${k}][i] - outs[${k}][i])`;
  const partials = Array.from({ length: outputCount - 1 }, (_, k) => k + 1);
  return [
    `  if (okValue${test(0)} !== 0) {`,
    ...Array.from({ length: outputCount }, (_, k) => `    outs[${k}][i] = NaN;`),
    `  } else if (okGradient${partials.map(test).join('')} !== 0) {`,
    ...partials.map((k) => `    outs[${k}][i] = NaN;`),
    '  }',
  ];
}

/** The stores of a checked kernel: NaN throughout where the value does not exist, NaN partials where the gradient does not. */
function checkedStores(outputs: readonly NodeId[], ref: (id: NodeId) => string): string[] {
  const [value, ...partials] = outputs.map(ref);
  const test = (name: string): string => (/^t\d+$|^x\d+$/.test(name) ? ` + (${name} - ${name})` : '');
  return [
    `if (okValue${test(value!)} !== 0) {`,
    ...outputs.map((_id, k) => `  o${k}[i] = NaN;`),
    '} else {',
    `  o0[i] = ${value!};`,
    `  if (okGradient${partials.map(test).join('')} !== 0) {`,
    ...partials.map((_p, k) => `    o${k + 1}[i] = NaN;`),
    '  } else {',
    ...partials.map((p, k) => `    o${k + 1}[i] = ${p};`),
    '  }',
    '}',
  ];
}

function standaloneModule(readable: string, used: readonly number[], inputs: readonly string[], wrt: readonly string[], dtype: Dtype): string {
  const array = dtype === 'float32' ? 'Float32Array' : 'Float64Array';
  return `// Generated by bp (@bp/numeric compile): the value and gradient of one program over n points,
// with no dependency on bp. evaluate({ name: ${array} | number, … }) returns { value, gradient }.
const table = [];
${used.map((i) => `table[${i}] = ${scalarSource(TABLE_NAMES[i]!)}; // ${TABLE_NAMES[i]!}`).join('\n')}

function kernel(n, ins, outs, table) {
${readable.split('\n').map((line) => `  ${line}`).join('\n')}
}

export const inputs = ${jsonLiteral(inputs)};
export const wrt = ${jsonLiteral(wrt)};
export const dtype = ${jsonLiteral(dtype)};

export function evaluate(given) {
  let n = -1;
  const ins = inputs.map((name) => {
    const value = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : undefined;
    if (typeof value === 'number') return value;
    if (!(value instanceof ${array})) throw new TypeError(\`input "\${name}" must be a ${array} or a number\`);
    if (n >= 0 && value.length !== n) throw new RangeError(\`input "\${name}" has \${value.length} points, another has \${n}\`);
    n = value.length;
    return value;
  });
  if (n < 0) n = 1;
  const arrays = ins.map((value) => (typeof value === 'number' ? new ${array}(n).fill(value) : value));
  const outs = [new ${array}(n), ...wrt.map(() => new ${array}(n))];
  kernel(n, arrays, outs, table);
  return { value: outs[0], gradient: Object.fromEntries(wrt.map((name, k) => [name, outs[k + 1]])) };
}

export default evaluate;
`;
}

/** Checks the options of {@link compile} and returns the dtype. */
function checkOptions(options: CompileOptions): Dtype {
  const dtype = options.dtype ?? 'float64';
  if (dtype !== 'float64' && dtype !== 'float32') {
    throw new NumericError('invalid-option', `dtype must be "float64" or "float32", found ${JSON.stringify(dtype)}`, { argument: 'dtype' });
  }
  if (options.wrt !== undefined) checkWrt(options.wrt);
  return dtype;
}

/** The comment lines that open `kernel.source`, naming slots, outputs and table entries (names escaped), and the function's head. */
function kernelHeader(dtype: Dtype, inputs: readonly string[], wrt: readonly string[]): string[] {
  return [
    `// bp kernel (${dtype}): value and ∂/∂${wrt.length ? wrt.map(commentText).join(', ∂/∂') : '(nothing)'} at n points`,
    `// inputs: ${inputs.map((name, slot) => `a${slot} = ${commentText(name)}`).join(', ') || 'none'}`,
    `// outputs: o0 = value${wrt.map((name, k) => `, o${k + 1} = ∂/∂${commentText(name)}`).join('')}`,
    `// table: ${TABLE_NAMES.map((name, i) => `f${i} = ${name}`).join(', ')}`,
    'function kernel(n, ins, outs, table) {',
  ];
}


function lookup(inputs: KernelInputs, name: string): KernelArray | number | undefined {
  if (inputs instanceof Map) return (inputs as ReadonlyMap<string, KernelArray | number>).get(name);
  // Own properties only: "constructor" or "__proto__" must never resolve to Object.prototype's.
  return Object.prototype.hasOwnProperty.call(inputs, name) ? (inputs as Record<string, KernelArray | number>)[name] : undefined;
}

/**
 * Compiles an expression or program and its gradient into one straight-line JavaScript loop over
 * N points held in typed arrays; shared subexpressions are computed once per point. With
 * `shapes`, compiles a matrix program instead (see {@link compileMatrix}).
 * @throws {NumericError} `invalid-option` for a bad dtype, a `wrt` entry that is not a variable
 * name (`position.index` says which), or a source that is neither text nor a Program;
 * {@link SymbolicError}s of the source pass through.
 * @example
 * const kernel = compile('x^2 * y');
 * kernel.evaluate({ x: new Float64Array([1, 2]), y: 3 });
 * // → { value: new Float64Array([3, 12]), gradient: { x: new Float64Array([6, 12]), y: new Float64Array([1, 4]) } }
 */
export function compile(source: string | MatrixProgram, options: MatrixCompileOptions): MatrixKernel;
export function compile(source: string | Program, options?: CompileOptions): Kernel;
export function compile(source: string | Program | MatrixProgram, options: CompileOptions | MatrixCompileOptions = {}): Kernel | MatrixKernel {
  // A program over matrices (options.shapes) is compiled onto gemm; see matrix-compile.ts.
  if ('shapes' in options) return compileMatrix(source as string | MatrixProgram, options);
  return compileScalar(source as string | Program, options);
}

function compileScalar(source: string | Program, options: CompileOptions): Kernel {
  const dtype = checkOptions(options);
  if (typeof source !== 'string' && !(typeof source === 'object' && source !== null && (source as Partial<Program>).graph instanceof Graph)) {
    throw new NumericError('invalid-option', 'the source must be text or a Program from parse()', { argument: 'source' });
  }
  const gg = gradientGraph(source, options.wrt);
  const { graph, schedule, program } = gg;
  const wrt = [...gg.gradient.keys()];
  const outputs = [gg.output, ...gg.gradient.values()];
  // Every input the source declares, even one that cancels (x - x + y): callers pass what the source names.
  const inputs = program.inputs;
  const forward = new Set(gg.forward);
  const inputSlots = new Map(inputs.map((name, slot) => [graph.inputs.get(name)!, slot]));
  const describe = (id: NodeId): string | undefined => (graph.labels.has(id) ? commentText(graph.labels.get(id)!) : undefined);
  const table = FUNCTION_TABLE;
  const cache = new Map<string, RawKernel>();
  const kernelFor = (broadcast: readonly boolean[]): RawKernel => {
    const key = broadcast.map((b) => (b ? '1' : '0')).join('');
    let raw = cache.get(key);
    if (raw === undefined) {
      raw = instantiate(generate(graph, schedule, inputSlots, outputs, broadcast, () => undefined, forward).body);
      cache.set(key, raw);
    }
    return raw;
  };
  const generated = generate(graph, schedule, inputSlots, outputs, inputs.map(() => false), describe, forward);
  const readable = generated.readable;
  const ArrayType = arrayConstructor(dtype);
  const header = kernelHeader(dtype, inputs, wrt);

  return {
    inputs,
    wrt,
    dtype,
    source: `${header.join('\n')}\n${readable.split('\n').map((l) => `  ${l}`).join('\n')}\n}\n`,
    module: standaloneModule(readable, generated.used, inputs, wrt, dtype),
    evaluate(given: KernelInputs, out?: KernelResult): KernelResult {
      if (given === null || typeof given !== 'object') {
        throw new NumericError('missing-input', 'inputs must be an object mapping input names to arrays or numbers', { argument: 'inputs' });
      }
      let n = -1;
      let sizedBy = '';
      const arrays: KernelArray[] = [];
      const broadcast: boolean[] = [];
      for (const name of inputs) {
        const value = lookup(given, name);
        if (value === undefined) throw new NumericError('missing-input', `no value for the input "${name}"`, { argument: name });
        if (typeof value === 'number') {
          if (Number.isNaN(value)) throw new NumericError('invalid-option', `the input "${name}" is NaN`, { argument: name });
          arrays.push(new ArrayType([value]));
          broadcast.push(true);
          continue;
        }
        if (!(value instanceof ArrayType)) {
          throw new NumericError('dtype', `the input "${name}" must be a ${ArrayType.name} for a ${dtype} kernel, found ${describeValue(value)}`, { argument: name });
        }
        if (n >= 0 && value.length !== n) {
          throw new NumericError('length-mismatch', `the input "${name}" has ${value.length} points but "${sizedBy}" has ${n}`, { argument: name });
        }
        n = value.length;
        sizedBy = name;
        arrays.push(value);
        broadcast.push(false);
      }
      if (n < 0) n = 1;
      const result = out ?? { value: new ArrayType(n), gradient: Object.fromEntries(wrt.map((name) => [name, new ArrayType(n)])) };
      kernelFor(broadcast)(n, arrays, outputArrays(result, wrt, n, ArrayType), table);
      return result;
    },
  };
}

/** The arrays a kernel writes: the value's, then each partial's, checked for dtype and length. */
function outputArrays(result: KernelResult, wrt: readonly string[], n: number, ArrayType: Float64ArrayConstructor | Float32ArrayConstructor): KernelArray[] {
  const outs: KernelArray[] = [result.value, ...wrt.map((name) => {
    const array = Object.prototype.hasOwnProperty.call(result.gradient, name) ? result.gradient[name] : undefined;
    if (array === undefined) throw new NumericError('missing-input', `out.gradient has no array for "${name}"`, { argument: `out.gradient.${name}` });
    return array;
  })];
  outs.forEach((array, k) => {
    const label = k === 0 ? 'out.value' : `out.gradient.${wrt[k - 1]!}`;
    if (!(array instanceof ArrayType)) throw new NumericError('dtype', `${label} must be a ${ArrayType.name}`, { argument: label });
    if (array.length !== n) throw new NumericError('length-mismatch', `${label} has length ${array.length}, expected ${n}`, { argument: label });
  });
  return outs;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a plain array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value;
}
