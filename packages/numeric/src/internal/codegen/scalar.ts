import { operationOf, type Graph, type GraphNode, type NodeId } from '@bp/symbolic/engine';
import type { FloatArray } from '../../dtype.js';
import { nodesToTest } from './domain.js';
import { nameText, numberLiteral } from './escape.js';
import { FUNCTION_TABLE, tableIndex } from './functions.js';


/** The generated loop: `ins` and `outs` hold one array per slot, `table` the scalar functions. */
type RawKernel = (n: number, ins: readonly FloatArray[], outs: readonly FloatArray[], table: readonly unknown[]) => void;

/** A compiled loop over N points: `ins` holds one array per input slot, `outs` one per output. */
export type Loop = (n: number, ins: readonly FloatArray[], outs: readonly FloatArray[]) => void;

/** Turns a generated body into a loop over the function table. The body is built from a validated graph only. */
export function instantiate(body: string): Loop {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the body holds slots, numeric literals and table indices, never source text.
  const raw = new Function('n', 'ins', 'outs', 'table', body) as RawKernel;
  return (n, ins, outs) => raw(n, ins, outs, FUNCTION_TABLE);
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
    const index = tableIndex(name);
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
 * user's source can reach the generated code; only the readable copy carries comments, each name
 * in them through {@link nameText}. A large
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
  label: (id: NodeId) => string | undefined,
  forward?: ReadonlySet<NodeId>,
): Generated {
  const tested = new Set(forward === undefined ? [] : nodesToTest(graph, schedule, forward, outputs));
  const statements: Statement[] = [];
  for (const id of schedule) {
    const node = graph.node(id);
    if (node.op === 'const' || inputSlots.has(id)) continue;
    if (node.op === 'input') throw new Error(`bp internal error: input ${node.name ?? ''} has no slot`);
    const name = label(id);
    const comment = name === undefined ? undefined : nameText(name);
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
  if (node.op === 'const') return numberLiteral(node.value!);
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

/** What one generated loop computes: the nodes it runs, where its inputs come from, what it stores. */
export interface LoopSpec {
  readonly graph: Graph;
  /** The nodes to compute, in order. */
  readonly schedule: readonly NodeId[];
  /** Nodes read from input arrays, by slot. */
  readonly inputSlots: ReadonlyMap<NodeId, number>;
  /** Nodes stored, one output array each. */
  readonly outputs: readonly NodeId[];
  /** The value's nodes: when given, the loop is NaN exactly where @bp/symbolic reports a domain error (see {@link generate}). */
  readonly forward?: ReadonlySet<NodeId>;
}

/** The loop of a spec for one broadcast pattern (`true`: the slot's array holds one number for every point). */
export function compileLoop(spec: LoopSpec, broadcast: readonly boolean[]): Loop {
  return instantiate(generate(spec.graph, spec.schedule, spec.inputSlots, spec.outputs, broadcast, () => undefined, spec.forward).body);
}

/** {@link compileLoop}, generated once per broadcast pattern a caller uses. */
export function loopsByBroadcast(spec: LoopSpec): (broadcast: readonly boolean[]) => Loop {
  const cache = new Map<string, Loop>();
  return (broadcast) => {
    const key = broadcast.map((b) => (b ? '1' : '0')).join('');
    let loop = cache.get(key);
    if (loop === undefined) {
      loop = compileLoop(spec, broadcast);
      cache.set(key, loop);
    }
    return loop;
  };
}

/** The loop with every slot an array, commented with the names `label` gives (escaped), for people to read. */
export function readableLoop(spec: LoopSpec, label: (id: NodeId) => string | undefined): Generated {
  const broadcast = Array.from({ length: spec.inputSlots.size }, () => false);
  return generate(spec.graph, spec.schedule, spec.inputSlots, spec.outputs, broadcast, label, spec.forward);
}
