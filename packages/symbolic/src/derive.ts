import type { Assumption } from './assumption.js';
import { isSymbolicError, SymbolicError } from './errors.js';
import { operationOf, type NodeId } from './functions.js';
import { gradientGraph } from './gradient-graph.js';
import type { Graph } from './graph.js';
import { parseAsWritten, type Program } from './parse.js';
import { keepDerivedOrder, presentDerivation, sameExpression, type PresentedDerivative } from './present/derivation.js';
import { simplifyForPresentation } from './presentation.js';
import { fitsInCompact, latexName, MAX_TEXT, printLatex, Printer, printText } from './print.js';
import { refuseNonInputs, spanned, sweepOf, toProgram } from './program.js';
import { forwardDerivative, isVariablePower } from './tangent.js';

/**
 * One step of a derivation, as a teacher would write it: which rule, what was differentiated
 * with respect to what, and the result.
 */
export interface Step {
  /** Kebab-case rule id: `sum`, `product`, `chain`, `sum-over-paths`, `sigmoid`, … */
  readonly rule: string;
  /** The expression differentiated, in the program's own names. */
  readonly expression: string;
  /** What it is differentiated with respect to (an input, an intermediate or an inner expression). */
  readonly wrt: string;
  /** The derivative. */
  readonly result: string;
  /** The whole step as one line of LaTeX. */
  readonly latex: string;
  /** The whole step as one line of plain text. */
  readonly text: string;
  /** For `identity`: which identity (`softmax-cross-entropy`, `sigmoid-binary-cross-entropy`, `named-intermediates`). */
  readonly identity?: string;
  /** For `assume`: the assumptions the step uses (`y_a + y_b + y_c = 1`). */
  readonly assumptions?: readonly string[];
  /** For `sum-over-paths`: each path from the variable to the output and its product. */
  readonly paths?: readonly { readonly nodes: readonly string[]; readonly product: string }[];
}

/** A derivative with its rule trace. */
export interface Derivation {
  readonly wrt: string;
  /**
   * The derivative written in the inputs alone; equal to `compact` when that would be enormous
   * (then `expanded` is false and `note` says so).
   */
  readonly derivative: string;
  /**
   * The derivative using the program's intermediate names where they occur. When the expression
   * would be long, it is a program: the `adjoints` lines (`δ_z = …`), then the derivative in them.
   */
  readonly compact: string;
  readonly latex: string;
  /** The LaTeX of `compact`'s last expression (the `adjoints` carry their own). */
  readonly compactLatex: string;
  /** Named backward quantities `compact` uses, from the output down; absent when it needs none. */
  readonly adjoints?: readonly Adjoint[];
  /** Whether `derivative` is spelled out in the inputs alone. */
  readonly expanded: boolean;
  /** Why `derivative` is not spelled out in the inputs, when it is not. */
  readonly note?: string;
  readonly steps: readonly Step[];
  /** False when `wrt` does not occur in the source (its derivative is then 0). */
  readonly occurs: boolean;
  /** With `simplify: true`: the derivative simplified by mathjs, for presentation. */
  readonly simplified?: string;
  /**
   * The assumptions (from {@link DeriveOptions.assumptions}) that `derivative` and `compact` use:
   * they are right only where these hold. Absent when none was used.
   */
  readonly assumptions?: readonly string[];
  /** With `assumptions`: the exact derivative in the program's names, right at every point. */
  readonly general?: string;
}

/** Options for {@link derive}. */
export interface DeriveOptions {
  /** Most steps to list; a longer trace ends with a note step. Default 500. */
  readonly maxSteps?: number;
  /**
   * Spell the derivative out in the inputs alone (default). With `false`, `derivative` and
   * `latex` repeat the compact form: for deep programs whose expansion would be enormous.
   */
  readonly expand?: boolean;
  /** Also give `simplified`: mathjs's full simplify of `derivative`, for presentation (slow on large inputs). */
  readonly simplify?: boolean;
  /**
   * Name the backward quantities (`adjoints`, δ lines) of a program with named intermediates even
   * when its compact derivative would be short. Default: only when it would be long.
   */
  readonly adjoints?: boolean;
  /**
   * Facts about the inputs (from {@link parseAssumption}) the presented derivative may use, as a
   * step of its own (`assume`); the derivation lists those it used. Default: none.
   */
  readonly assumptions?: readonly Assumption[];
}

/** Paths are listed one by one up to this many; beyond it they are summed by reverse accumulation. */
const MAX_PATHS = 16;

/**
 * Characters of step text (expression, result, text and LaTeX) after which the trace stops with a
 * note: a long source has as many steps as operations, and listing them all would make the
 * output grow faster than the source.
 */
const STEP_CHARACTERS = 1_000_000;

/** A compact derivative longer than this is written with named backward quantities (δ lines) instead. */
export const COMPACT_CHARACTERS = 400;

interface Context {
  readonly graph: Graph;
  readonly steps: Step[];
  readonly maxSteps: number;
  /** Name of the output for ∂-notation. */
  readonly outputName: string;
  /** ∂ notation (a program, or several inputs) rather than d/dx (an expression in one variable). */
  readonly partial: boolean;
  /** Compact-mode printers shared by every step, so each subexpression is printed once. */
  readonly text: Printer;
  readonly latex: Printer;
  /** Characters of the steps so far. */
  characters: number;
  /** Set once the trace has stopped listing steps (too many, too long). */
  truncated: boolean;
}

const text = (ctx: Context, id: NodeId): string => ctx.text.print(id, true);
const tex = (ctx: Context, id: NodeId): string => ctx.latex.print(id, true);
const ref = (ctx: Context, id: NodeId): string => ctx.text.print(id);
const refTex = (ctx: Context, id: NodeId): string => ctx.latex.print(id);

/** A variable (or one LaTeX symbol) stands alone after ∂; an inner expression needs parentheses. */
function differential(text: string, latex: string): { text: string; latex: string } {
  const simpleText = /^[A-Za-z_$][\w$]*$/.test(text);
  const simpleLatex = /^(\\?[A-Za-z]+|\\mathrm\{[^}]*\})(_\{[^}]*\})?$/.test(latex);
  return { text: simpleText ? text : `(${text})`, latex: simpleLatex ? latex : `\\left(${latex}\\right)` };
}

/** Adds a step unless the trace is already full; a step too long to print ends the trace instead. */
function record(ctx: Context, build: () => Step): void {
  if (ctx.truncated) return;
  let step: Step;
  try {
    step = build();
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== 'too-large') throw error;
    ctx.truncated = true;
    return;
  }
  ctx.steps.push(step);
  ctx.characters += step.text.length + step.latex.length + step.expression.length + step.result.length;
  if (ctx.steps.length >= ctx.maxSteps || ctx.characters > STEP_CHARACTERS) ctx.truncated = true;
}

type StepParts = Omit<Step, 'text' | 'latex'> & {
  latexWrt: string; latexExpression: string; latexResult: string;
  /** The expression rewritten before differentiating (x^x as e^(x·log x)), shown between the two sides. */
  via?: { readonly text: string; readonly latex: string };
};

function push(ctx: Context, build: () => StepParts): void {
  record(ctx, () => {
    const step = build();
    const { latexWrt, latexExpression, latexResult, via, ...rest } = step;
    const by = differential(step.wrt, latexWrt);
    const operator = ctx.partial
      ? { text: `∂/∂${by.text}`, latex: `\\frac{\\partial}{\\partial ${by.latex}}` }
      : { text: `d/d${by.text}`, latex: `\\frac{d}{d ${by.latex}}` };
    const middle = via === undefined ? { text: '', latex: '' } : {
      text: ` = ${operator.text} [${via.text}]`, latex: ` = ${operator.latex}\\left(${via.latex}\\right)`,
    };
    return {
      ...rest,
      text: `${operator.text} [${step.expression}]${middle.text} = ${step.result}`,
      latex: `${operator.latex}\\left(${latexExpression}\\right)${middle.latex} = ${latexResult}`,
    };
  });
}

/** The rule a node's own operation follows when only some of its arguments depend on the variable. */
function ruleOf(graph: Graph, id: NodeId, dependent: readonly boolean[]): string {
  const node = graph.node(id);
  const constant = node.args.map((arg, i) => !dependent[i] && graph.isConstant[arg] === true);
  return operationOf(node)?.ruleOf(dependent, constant) ?? 'variable';
}

/** Whether a node's rule already covers an inner argument (sum, product…) or needs a separate chain step (functions, powers). */
function isOuterFunction(graph: Graph, id: NodeId): boolean {
  const op = graph.node(id).op;
  return op === 'call' || op === 'pow';
}

/**
 * Textbook forward differentiation of `root` with respect to `variable`, treating `isLeaf`
 * nodes as independent ({@link forwardDerivative}), each step naming its rule, local derivative before chain.
 */
function textbook(ctx: Context, root: NodeId, variable: NodeId, isLeaf: (id: NodeId) => boolean, wrtText: string, wrtTex: string): NodeId {
  const g = ctx.graph;
  const rootNode = g.node(root);
  if (root === variable || (rootNode.op === 'name' && rootNode.args[0] === variable)) {
    push(ctx, () => ({ rule: 'variable', expression: wrtText, wrt: wrtText, result: '1', latexWrt: wrtTex, latexExpression: wrtTex, latexResult: '1' }));
  }
  return forwardDerivative(g, root, variable, isLeaf, ({ id, dependent, partials, derivative }) => {
    if (!ctx.truncated) textbookSteps(ctx, id, variable, dependent, partials, derivative, wrtText, wrtTex);
  });
}

/** The steps of one node of {@link textbook}: its rule, or each local derivative then the chain rule. */
function textbookSteps(
  ctx: Context, id: NodeId, variable: NodeId, dependent: readonly boolean[], partials: readonly NodeId[],
  derivative: NodeId, wrtText: string, wrtTex: string,
): void {
  const g = ctx.graph;
  const node = g.node(id);
  const rule = ruleOf(g, id, dependent);
  const directArgs = node.args.every((arg, i) => !dependent[i] || arg === variable);
  if (isVariablePower(g, id, dependent)) {
    // f^g = e^(g·log f): one step that says so, its inner derivatives already listed.
    const [f, power] = node.args as [NodeId, NodeId];
    const exponent = g.mul(power, g.call('log', [f]));
    push(ctx, () => ({
      rule, expression: text(ctx, id), wrt: wrtText, result: ref(ctx, derivative),
      latexWrt: wrtTex, latexExpression: tex(ctx, id), latexResult: refTex(ctx, derivative),
      via: { text: `e ^ (${ref(ctx, exponent)})`, latex: `e^{${refTex(ctx, exponent)}}` },
    }));
  } else if (isOuterFunction(g, id) && !directArgs) {
    // Local derivative first, with respect to each inner argument, then the chain rule.
    node.args.forEach((arg, i) => {
      if (!dependent[i] || arg === variable) return;
      push(ctx, () => ({
        rule, expression: text(ctx, id), wrt: ref(ctx, arg), result: ref(ctx, partials[i]!),
        latexWrt: refTex(ctx, arg), latexExpression: tex(ctx, id), latexResult: refTex(ctx, partials[i]!),
      }));
    });
    push(ctx, () => ({
      rule: 'chain', expression: text(ctx, id), wrt: wrtText, result: ref(ctx, derivative),
      latexWrt: wrtTex, latexExpression: tex(ctx, id), latexResult: refTex(ctx, derivative),
    }));
  } else {
    push(ctx, () => ({
      rule, expression: text(ctx, id), wrt: wrtText, result: ref(ctx, derivative),
      latexWrt: wrtTex, latexExpression: tex(ctx, id), latexResult: refTex(ctx, derivative),
    }));
  }
}

interface NamedEdge {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly local: NodeId;
}

/** The name a node goes by at the named level of a program. */
function nameOf(program: Program, ctx: Context, id: NodeId): string {
  return id === program.output ? ctx.outputName : (ctx.graph.labels.get(id) ?? ctx.graph.node(id).name!);
}

/**
 * The named level of a program: every edge from a named node (or the output) to a named node or
 * input it reads, with its local derivative, each derived step by step.
 */
function named(program: Program, ctx: Context, x: NodeId, isNamed: (id: NodeId) => boolean): NamedEdge[] {
  const g = ctx.graph;
  const dependsOnX = new Set<NodeId>();
  for (const id of g.reachable([program.output])) {
    if (id === x || g.node(id).args.some((arg) => dependsOnX.has(arg))) dependsOnX.add(id);
  }
  const namedNodes = [...dependsOnX].filter((id) => id === program.output || isNamed(id) || id === x).sort((a, b) => a - b);
  const edges: NamedEdge[] = [];
  for (const v of namedNodes) {
    if (v === x) continue;
    const leaf = (id: NodeId): boolean => id !== v && (isNamed(id) || g.node(id).op === 'input');
    const predecessors = g.reachable([v], leaf).filter((id) => id !== v && leaf(id) && dependsOnX.has(id));
    for (const u of predecessors) {
      const uName = nameOf(program, ctx, u);
      const before = ctx.steps.length;
      const local = textbook(ctx, v, u, (id) => id !== u && leaf(id), uName, latexName(uName));
      // Name the result ∂v/∂u in the last step so the trace reads as the seed tables do.
      const last = ctx.steps[ctx.steps.length - 1];
      if (ctx.steps.length > before && last !== undefined) {
        const vName = nameOf(program, ctx, v);
        ctx.steps[ctx.steps.length - 1] = {
          ...last,
          text: `∂${vName}/∂${uName} = ${last.result}`,
          latex: `\\frac{\\partial ${latexName(vName)}}{\\partial ${latexName(uName)}} = ${last.latex.slice(last.latex.indexOf('=') + 2)}`,
        };
      }
      edges.push({ from: v, to: u, local });
    }
  }
  return edges;
}

/**
 * The paths from the output to `x` along named edges, or undefined when there are more than
 * {@link MAX_PATHS}. Paths are counted first (edges run from higher ids to lower), so a program
 * with many paths costs one pass, and listed without recursion, so a long chain cannot overflow the stack.
 */
function pathsTo(out: NodeId, x: NodeId, edges: readonly NamedEdge[]): NamedEdge[][] | undefined {
  const from = new Map<NodeId, NamedEdge[]>();
  for (const edge of edges) {
    const list = from.get(edge.from);
    if (list === undefined) from.set(edge.from, [edge]);
    else list.push(edge);
  }
  const count = new Map<NodeId, number>([[x, 1]]);
  const nodes = [...new Set(edges.map((e) => e.from))].sort((a, b) => a - b);
  for (const v of nodes) {
    count.set(v, Math.min(MAX_PATHS + 1, from.get(v)!.reduce((sum, e) => sum + (count.get(e.to) ?? 0), 0)));
  }
  if ((count.get(out) ?? 0) > MAX_PATHS) return undefined;
  // Partial paths as linked lists (each entry points at the one before), so a path is not copied per edge.
  interface Partial { readonly edge: NamedEdge; readonly before: Partial | undefined }
  const paths: NamedEdge[][] = [];
  const stack: { node: NodeId; path: Partial | undefined }[] = [{ node: out, path: undefined }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === x) {
      const edges: NamedEdge[] = [];
      for (let p = path; p !== undefined; p = p.before) edges.push(p.edge);
      paths.push(edges.reverse());
      continue;
    }
    const next = from.get(node) ?? [];
    for (let k = next.length - 1; k >= 0; k--) {
      const edge = next[k]!;
      if ((count.get(edge.to) ?? 0) > 0) stack.push({ node: edge.to, path: { edge, before: path } });
    }
  }
  return paths;
}

function chain(program: Program, ctx: Context, x: NodeId, wrt: string, edges: readonly NamedEdge[], compact: Compact): void {
  const g = ctx.graph;
  const out = program.output;
  const symbol = (id: NodeId): string => nameOf(program, ctx, id);
  const head = `∂${ctx.outputName}/∂${wrt}`;
  const headTex = `\\frac{\\partial ${latexName(ctx.outputName)}}{\\partial ${latexName(wrt)}}`;
  const paths = pathsTo(out, x, edges);
  if (paths === undefined) {
    record(ctx, () => ({
      rule: 'sum-over-paths', expression: symbol(out), wrt, result: compact.result,
      text: `${head} = sum over more than ${MAX_PATHS} paths (by reverse accumulation) = ${compact.result}`,
      latex: `${headTex} = ${compact.resultLatex}`,
    }));
    return;
  }
  const products = paths.map((path) => path.reduce((acc, edge) => g.mul(acc, edge.local), g.constant(1)));
  const total = products.reduce((acc, p) => g.add(acc, p), g.constant(0));
  const factorsText = (path: NamedEdge[]): string => path.map((e) => `∂${symbol(e.from)}/∂${symbol(e.to)}`).join(' · ');
  const factorsTex = (path: NamedEdge[]): string =>
    path.map((e) => `\\frac{\\partial ${latexName(symbol(e.from))}}{\\partial ${latexName(symbol(e.to))}}`).join(' \\cdot ');
  const valuesText = (path: NamedEdge[]): string => path.map((e) => `(${ref(ctx, e.local)})`).join(' · ');
  if (paths.length === 1) {
    const path = paths[0]!;
    if (path.length < 2) return; // the output reads the variable directly: the local step is the answer
    record(ctx, () => ({
      rule: 'chain', expression: symbol(out), wrt, result: ref(ctx, total),
      text: `${head} = ${factorsText(path)} = ${valuesText(path)} = ${ref(ctx, total)}`,
      latex: `${headTex} = ${factorsTex(path)} = ${refTex(ctx, total)}`,
    }));
    return;
  }
  record(ctx, () => ({
    rule: 'sum-over-paths', expression: symbol(out), wrt, result: ref(ctx, total),
    paths: paths.map((path, i) => ({ nodes: [symbol(out), ...path.map((e) => symbol(e.to))], product: ref(ctx, products[i]!) })),
    text: [head, paths.map(factorsText).join(' + '), products.map((p) => ref(ctx, p)).join(' + '), ref(ctx, total)]
      .filter((part, i, all) => i === 0 || part !== all[i - 1])
      .join(' = '),
    latex: `${headTex} = ${paths.map(factorsTex).join(' + ')} = ${refTex(ctx, total)}`,
  }));
}

/** One named backward quantity of a compact derivative: `δ_z = ∂L/∂z`, in earlier names. */
export interface Adjoint {
  /** `δ_` and the intermediate's name. */
  readonly name: string;
  /** The intermediate it is the adjoint of. */
  readonly of: string;
  readonly expression: string;
  readonly latex: string;
}

/** The compact derivative: one expression, or (when that would be long) δ lines and a last expression in them. */
interface Compact {
  /** The derivative's last expression. */
  readonly result: string;
  readonly resultLatex: string;
  readonly adjoints: readonly Adjoint[];
}

/** An unused name for the adjoint of `of`: `δ_of`, or `δ2_of`… when the program already uses it. */
function adjointName(program: Program, of: string, taken: Set<string>): string {
  let name = `δ_${of}`;
  for (let k = 2; taken.has(name) || program.inputs.includes(name) || program.definitions.has(name); k++) name = `δ${k}_${of}`;
  taken.add(name);
  return name;
}

/**
 * The derivative with each named intermediate's adjoint named, as seed 003 writes it: from the
 * output down, δ_u = Σ δ_v · ∂v/∂u over the named nodes v that read u. Each line refers to earlier
 * ones, so the text grows with the program instead of doubling per layer.
 */
function adjointForm(program: Program, ctx: Context, x: NodeId, edges: readonly NamedEdge[]): Compact {
  const g = ctx.graph;
  const into = new Map<NodeId, NamedEdge[]>();
  for (const edge of edges) {
    const list = into.get(edge.to);
    if (list === undefined) into.set(edge.to, [edge]);
    else list.push(edge);
  }
  const delta = new Map<NodeId, NodeId>([[program.output, g.constant(1)]]);
  const adjoints: Adjoint[] = [];
  const taken = new Set<string>();
  let result = g.constant(0);
  for (const u of [...into.keys()].sort((a, b) => b - a)) {
    const sum = into.get(u)!.reduce((acc, e) => g.add(acc, g.mul(delta.get(e.from) ?? g.constant(0), e.local)), g.constant(0));
    if (u === x) {
      result = sum;
      continue;
    }
    const op = g.node(sum).op;
    if (op === 'const' || op === 'input' || op === 'name') {
      delta.set(u, sum);
      continue;
    }
    const of = nameOf(program, ctx, u);
    const name = adjointName(program, of, taken);
    adjoints.push({ name, of, expression: ref(ctx, sum), latex: refTex(ctx, sum) });
    delta.set(u, g.alias(name, sum));
  }
  return { result: ref(ctx, result), resultLatex: refTex(ctx, result), adjoints };
}

/** The compact derivative: one expression when it is short, otherwise in δ names (programs with names only). */
function compactForm(
  program: Program, ctx: Context, derivative: NodeId, x: NodeId, edges: readonly NamedEdge[] | undefined, always: boolean,
): Compact {
  if (edges !== undefined && always) return adjointForm(program, ctx, x, edges);
  if (edges !== undefined && !fitsInCompact(ctx.graph, derivative, COMPACT_CHARACTERS)) return adjointForm(program, ctx, x, edges);
  return { result: ref(ctx, derivative), resultLatex: refTex(ctx, derivative), adjoints: [] };
}

/** A program's text: the δ lines, then the last expression. */
function programText(compact: Compact): string {
  return [...compact.adjoints.map((a) => `${a.name} = ${a.expression}`), compact.result].join('; ');
}

/**
 * Refuses a function or derivative that a name's constant value makes undefined for every input
 * (`a = 0; 1/(a*y)` is 1/0; the derivative of `a = 0; sqrt(a*y)` is 0/0), as grad does at each
 * point, rather than printing a number for it.
 * @throws {SymbolicError} `domain` with the span of the operation that is undefined.
 */
function refuseUndefinedEverywhere(program: Program, g: Graph, wrt: string): void {
  const rebuilt = new Map<NodeId, NodeId>();
  const whole = { start: 0, end: program.source.length };
  // Spelling a node out in the inputs may be too large for a long program: then the question stays
  // open here, and evaluation at a point still reports an undefined operation where it is met.
  const undefinedEverywhere = (id: NodeId): boolean => {
    try {
      return g.isUndefinedConstant(g.expandNames(id, rebuilt));
    } catch (error) {
      if (isSymbolicError(error) && error.code === 'too-large') return false;
      throw error;
    }
  };
  for (const id of g.reachable([program.output, ...program.guards])) {
    if (undefinedEverywhere(id)) {
      throw new SymbolicError('domain', `${printText(g, id, 'compact', true)} is undefined for every value of the inputs (its names hold constants)`, g.spans.get(id) ?? whole);
    }
  }
  for (const edge of gradientGraph(program, [wrt]).edges) {
    if (undefinedEverywhere(edge.local)) {
      throw new SymbolicError('domain', `the derivative of ${printText(g, edge.consumer, 'compact', true)} with respect to ${wrt} does not exist for any value of the inputs (its names hold constants)`, g.spans.get(edge.consumer) ?? whole);
    }
  }
}

/**
 * Differentiates an expression or program with respect to one input, with the rule trace a
 * teacher would write: for an expression, each subexpression's rule (local derivative, then
 * chain); for a program, each named edge's local derivative, then the chain rule, or a
 * sum-over-paths step when the input reaches the output along several paths.
 * Time and output grow linearly with the source: a long trace stops with a note step, a compact
 * derivative that would be long names its backward quantities (`adjoints`), and a derivative that
 * would be enormous spelled out in the inputs is given in the program's names instead (`expanded: false`).
 * @throws {SymbolicError} any parse error of the source; `too-large` when even the compact
 *   derivative would be enormous (an expression without named intermediates to name it by);
 *   `invalid-argument` when `wrt` is an intermediate or a constant the source uses; `domain` when
 *   constant intermediates make the function or its derivative undefined for every input.
 * @example
 * derive('a = x*y; b = a + z; c = b^2', 'x').compact; // → '2 * b * y'
 */
export function derive(source: string | Program, wrt: string, options: DeriveOptions = {}): Derivation {
  const program = toProgram(source);
  refuseNonInputs(program, [wrt]);
  return spanned(program, () => deriveProgram(program, wrt, options));
}

/**
 * Whether a derivation of the program is written with ∂ (it has named intermediates or several
 * inputs) rather than d/dx (one expression in one variable), as a teacher would write it.
 * @example
 * usesPartialNotation(parse('x^2')); // → false
 */
export function usesPartialNotation(program: Program): boolean {
  return program.assignments.length > 0 || program.inputs.length > 1;
}

function deriveProgram(program: Program, wrt: string, options: DeriveOptions): Derivation {
  // Every node this derivation builds goes into its own extension of the program's graph.
  const sweep = sweepOf(program);
  const g = sweep.graph.extend();
  const outputName = program.outputName ?? (program.inputs.includes('f') ? 'f_out' : 'f');
  const ctx: Context = {
    graph: g, steps: [], maxSteps: options.maxSteps ?? 500, outputName, partial: usesPartialNotation(program),
    text: new Printer(g, 'compact', 'text'), latex: new Printer(g, 'compact', 'latex'), characters: 0, truncated: false,
  };
  const x = g.inputs.get(wrt);
  const reachable = g.reachable([program.output]);
  const occurs = x !== undefined && reachable.includes(x);
  const derivativeNode = x === undefined ? g.constant(0) : (sweep.adjoint.get(x) ?? g.constant(0));
  const isNamed = (id: NodeId): boolean => g.labels.has(id) && id !== program.output;
  const edges = occurs && reachable.some((id) => isNamed(id) && !g.isConstant[id]) ? named(program, ctx, x, isNamed) : undefined;
  if (!occurs) {
    push(ctx, () => ({
      rule: 'constant', expression: text(ctx, program.output), wrt, result: '0',
      latexWrt: latexName(wrt), latexExpression: tex(ctx, program.output), latexResult: '0',
    }));
  }
  const traced = occurs && edges === undefined ? textbook(ctx, parseAsWritten(program, g) ?? program.output, x, () => false, wrt, latexName(wrt)) : undefined;
  const compact = compactForm(program, ctx, derivativeNode, x ?? derivativeNode, edges, options.adjoints === true);
  if (traced !== undefined) simplifyStep(ctx, traced, derivativeNode, compact, wrt);
  if (edges !== undefined) chain(program, ctx, x!, wrt, edges, compact);
  if (ctx.truncated) {
    ctx.steps.push({
      rule: 'chain', expression: text(ctx, program.output), wrt, result: compact.result,
      text: `… (the trace is longer than ${ctx.steps.length} steps) … = ${compact.result}`,
      latex: `\\cdots = ${compact.resultLatex}`,
    });
  }
  return finish(program, g, wrt, ctx.steps, x !== undefined, compact, derivativeNode, options);
}

/**
 * Whether two nodes are one expression with the operands of some sums and products swapped
 * (`1 + x` and `x + 1`): then there is no simplification to show. Iterative, so depth costs no stack.
 */
function sameUpToOrder(graph: Graph, a: NodeId, b: NodeId): boolean {
  const pending: [NodeId, NodeId][] = [[a, b]];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const [p, q] = pending.pop()!;
    if (p === q || seen.has(`${p},${q}`)) continue;
    seen.add(`${p},${q}`);
    const np = graph.node(p);
    const nq = graph.node(q);
    if (np.op !== nq.op || np.name !== nq.name || np.value !== nq.value || np.args.length !== nq.args.length) return false;
    const [p0, p1] = np.args;
    const [q0, q1] = nq.args;
    // A swapped sum or product: compare crosswise (a commutative node's operands are otherwise in order).
    const swapped = (np.op === 'add' || np.op === 'mul') && p0 !== q0 && (p0 === q1 || p1 === q0 || sameOp(graph, p0!, q1!));
    np.args.forEach((arg, i) => pending.push([arg, nq.args[swapped ? 1 - i : i]!]));
  }
  return true;
}

/** Whether two nodes have the same operation (and function name), a cheap guess at which operands pair up. */
function sameOp(graph: Graph, a: NodeId, b: NodeId): boolean {
  return graph.node(a).op === graph.node(b).op && graph.node(a).name === graph.node(b).name;
}

/**
 * The step from the textbook derivative of the source as typed to bp's simplified derivative
 * (`x * x + 2 * x ^ 2` → `3 * x ^ 2`), when the two are written differently.
 */
function simplifyStep(ctx: Context, traced: NodeId, derivative: NodeId, compact: Compact, wrt: string): void {
  if (ctx.truncated) return;
  let before: string;
  try {
    before = ref(ctx, traced);
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== 'too-large') throw error;
    ctx.truncated = true;
    return;
  }
  if (before === compact.result || sameUpToOrder(ctx.graph, traced, derivative)) return;
  record(ctx, () => ({
    rule: 'simplify', expression: before, wrt, result: compact.result,
    text: `${before} = ${compact.result}`, latex: `${refTex(ctx, traced)} = ${compact.resultLatex}`,
  }));
}

/** An assumption's LaTeX: `y_{a} + y_{b} = 1`. */
function assumptionLatex(text: string): string {
  const [sum, total] = text.split(' = ');
  return `${sum!.split(' + ').map(latexName).join(' + ')} = ${total!}`;
}

/** The presentation's steps (`cancel`, `collect`, `simplify`, `identity`, `assume`) as derivation steps. */
function presentationSteps(shown: PresentedDerivative, wrt: string): Step[] {
  return shown.steps.map((s) => {
    const using = s.assumptions === undefined ? undefined : s.assumptions.join(', ');
    const usingLatex = s.assumptions === undefined ? '' : ` \\quad \\text{using } ${s.assumptions.map(assumptionLatex).join(',\\ ')}`;
    return {
      rule: s.rule, ...(s.identity === undefined ? {} : { identity: s.identity }), ...(s.assumptions === undefined ? {} : { assumptions: s.assumptions }),
      expression: s.before, wrt, result: s.after,
      text: `${s.before} = ${s.after}${using === undefined ? '' : `, using ${using}`}`, latex: `${s.latexBefore} = ${s.latexAfter}${usingLatex}`,
    };
  });
}

/**
 * The presentation with its first step starting from the last rule step's result as printed
 * there, when the two are one expression written differently ((1 − y)/(1 − a) and −(y − 1)/(1 − a)),
 * so the trace reads on without a change of spelling.
 */
function continuing(shown: PresentedDerivative, last: Step | undefined): PresentedDerivative {
  const first = shown.steps[0];
  if (last === undefined || first === undefined || first.before === last.result || !sameExpression(first.before, last.result)) return shown;
  const sides = last.latex.lastIndexOf(' = ');
  if (sides < 0) return shown;
  return { ...shown, steps: [{ ...first, before: last.result, latexBefore: last.latex.slice(sides + 3) }, ...shown.steps.slice(1)] };
}

/**
 * The steps with the presentation's: a reordering of the derived form (`2 * y * x` → `2 * x * y`)
 * is written into the last rule step's result rather than shown as a step of its own; it needs
 * no step when no step shows the derived form, and where that step's text cannot take it the
 * derived order is kept.
 */
export function withPresentation(presented: PresentedDerivative, steps: readonly Step[], wrt: string): { shown: PresentedDerivative; steps: Step[] } {
  const last = steps.at(-1);
  const shown = continuing(presented, last);
  const r = shown.reorder;
  if (r === undefined) return { shown, steps: [...steps, ...presentationSteps(shown, wrt)] };
  // No step shows the derived form (the trace ends in the program's names): the order is free.
  if (last === undefined || last.result !== r.before) return { shown, steps: [...steps, ...presentationSteps(shown, wrt)] };
  // A step's last side is its result, an expression (no "="), in text and in LaTeX.
  const sides = last.latex.lastIndexOf(' = ');
  if (!last.text.endsWith(` = ${r.before}`) || sides < 0) {
    const kept = keepDerivedOrder(shown);
    return { shown: kept, steps: [...steps, ...presentationSteps(kept, wrt)] };
  }
  const folded: Step = {
    ...last, result: r.after, text: `${last.text.slice(0, -r.before.length)}${r.after}`, latex: `${last.latex.slice(0, sides)} = ${r.latexAfter}`,
  };
  return { shown, steps: [...steps.slice(0, -1), folded, ...presentationSteps(shown, wrt)] };
}

/** A node spelled out in the inputs alone, as a node and as text, or undefined when that would be enormous. */
export function spelledOut(graph: Graph, node: NodeId): { node: NodeId; text: string } | undefined {
  try {
    const expanded = graph.expandNames(node);
    return { node: expanded, text: printText(graph, expanded) };
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== 'too-large') throw error;
    return undefined;
  }
}

/** The derivative spelled out in the inputs alone as text and LaTeX, or undefined when it would be enormous. */
function expandedForm(graph: Graph, derivative: NodeId): { text: string; latex: string } | undefined {
  const spelled = spelledOut(graph, derivative);
  if (spelled === undefined) return undefined;
  try {
    return { text: spelled.text, latex: printLatex(graph, spelled.node) };
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== 'too-large') throw error;
    return undefined;
  }
}

function finish(
  program: Program, graph: Graph, wrt: string, steps: readonly Step[], occurs: boolean, compact: Compact, derivative: NodeId, options: DeriveOptions,
): Derivation {
  const compactText = programText(compact);
  if (options.expand !== false) refuseUndefinedEverywhere(program, graph, wrt);
  const expanded = options.expand === false ? undefined : expandedForm(graph, derivative);
  const note = options.expand === false || expanded !== undefined
    ? undefined
    : `spelled out in the inputs alone the derivative would be longer than ${MAX_TEXT} characters; it is given in the program's intermediate names`;
  const presented = expanded === undefined || compact.adjoints.length > 0 ? undefined : presentDerivation(program, expanded.text, compactText, options.assumptions);
  const trace = presented === undefined ? undefined : withPresentation(presented, steps, wrt);
  const shown = trace?.shown;
  const derivativeText = shown?.inputs ?? expanded?.text ?? compactText;
  return {
    wrt,
    derivative: derivativeText,
    compact: shown?.named ?? compactText,
    latex: shown?.latex ?? expanded?.latex ?? compact.resultLatex,
    compactLatex: shown?.namedLatex ?? compact.resultLatex,
    steps: trace?.steps ?? steps,
    occurs,
    expanded: expanded !== undefined,
    ...(compact.adjoints.length > 0 ? { adjoints: compact.adjoints } : {}),
    ...(note === undefined ? {} : { note }),
    ...(options.simplify === true ? { simplified: simplifyForPresentation(derivativeText) } : {}),
    ...(shown?.general === undefined ? {} : { assumptions: shown.assumptions, general: shown.general }),
  };
}
