import { SymbolicError } from './errors.js';
import { FUNCTIONS, type NodeId } from './functions.js';
import { gradientGraph } from './gradient-graph.js';
import type { Graph } from './graph.js';
import { localPartial } from './differentiate.js';
import type { Program } from './parse.js';
import { simplifyForPresentation } from './presentation.js';
import { latexName, printLatex, printText } from './print.js';
import { refuseNonInputs, sweepOf, toProgram } from './program.js';

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
  /** For `sum-over-paths`: each path from the variable to the output and its product. */
  readonly paths?: readonly { readonly nodes: readonly string[]; readonly product: string }[];
}

/** A derivative with its rule trace. */
export interface Derivation {
  readonly wrt: string;
  /** The derivative written in the inputs alone. */
  readonly derivative: string;
  /** The derivative using the program's intermediate names where they occur. */
  readonly compact: string;
  readonly latex: string;
  readonly compactLatex: string;
  readonly steps: readonly Step[];
  /** False when `wrt` does not occur in the source (its derivative is then 0). */
  readonly occurs: boolean;
  /** With `simplify: true`: the derivative simplified by mathjs, for presentation. */
  readonly simplified?: string;
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
}

/** Paths are listed one by one up to this many; beyond it they are summed by reverse accumulation. */
const MAX_PATHS = 16;

interface Context {
  readonly graph: Graph;
  readonly steps: Step[];
  readonly maxSteps: number;
  /** Name of the output for ∂-notation. */
  readonly outputName: string;
}

const text = (g: Graph, id: NodeId): string => printText(g, id, 'compact', true);
const tex = (g: Graph, id: NodeId): string => printLatex(g, id, 'compact', true);
const ref = (g: Graph, id: NodeId): string => printText(g, id, 'compact');
const refTex = (g: Graph, id: NodeId): string => printLatex(g, id, 'compact');

/** A variable (or one LaTeX symbol) stands alone after ∂; an inner expression needs parentheses. */
function differential(text: string, latex: string): { text: string; latex: string } {
  const simpleText = /^[A-Za-z_$][\w$]*$/.test(text);
  const simpleLatex = /^(\\?[A-Za-z]+|\\mathrm\{[^}]*\})(_\{[^}]*\})?$/.test(latex);
  return { text: simpleText ? text : `(${text})`, latex: simpleLatex ? latex : `\\left(${latex}\\right)` };
}

function push(ctx: Context, step: Omit<Step, 'text' | 'latex'> & { latexWrt: string; latexExpression: string; latexResult: string }): void {
  if (ctx.steps.length >= ctx.maxSteps) return;
  const { latexWrt, latexExpression, latexResult, ...rest } = step;
  const by = differential(step.wrt, latexWrt);
  ctx.steps.push({
    ...rest,
    text: `d/d${by.text} [${step.expression}] = ${step.result}`,
    latex: `\\frac{\\partial}{\\partial ${by.latex}}\\left(${latexExpression}\\right) = ${latexResult}`,
  });
}

/** The rule a node's own operation follows when only some of its arguments depend on the variable. */
function ruleOf(graph: Graph, id: NodeId, dependent: readonly boolean[]): string {
  const node = graph.node(id);
  const constantArg = node.args.some((arg, i) => !dependent[i] && graph.isConstant[arg]);
  switch (node.op) {
    case 'add':
      return 'sum';
    case 'sub':
      return 'difference';
    case 'neg':
      return 'constant-multiple';
    case 'mul':
      return constantArg ? 'constant-multiple' : 'product';
    case 'div':
      return dependent[1] ? 'quotient' : constantArg ? 'constant-multiple' : 'quotient';
    case 'pow':
      return dependent[1] && !dependent[0] ? 'exponential' : 'power';
    case 'call':
      return FUNCTIONS.get(node.name!)!.rule;
    default:
      return 'variable';
  }
}

/** Whether a node's rule already covers an inner argument (sum, product…) or needs a separate chain step (functions, powers). */
function isOuterFunction(graph: Graph, id: NodeId): boolean {
  const op = graph.node(id).op;
  return op === 'call' || op === 'pow';
}

/**
 * Textbook forward differentiation of `root` with respect to `variable`, treating `isLeaf`
 * nodes as independent: each node's derivative is built from its arguments' (ascending ids
 * visit arguments first), and each step names its rule, local derivative before chain.
 */
function textbook(ctx: Context, root: NodeId, variable: NodeId, isLeaf: (id: NodeId) => boolean, wrtText: string, wrtTex: string): NodeId {
  const g = ctx.graph;
  const zero = g.constant(0);
  const order = g.reachable([root], (id) => id !== variable && isLeaf(id));
  const d = new Map<NodeId, NodeId>();
  const depends = (id: NodeId): boolean => d.has(id);
  for (const id of order) {
    if (id === variable) {
      d.set(id, g.constant(1));
      if (id === root) {
        push(ctx, { rule: 'variable', expression: wrtText, wrt: wrtText, result: '1', latexWrt: wrtTex, latexExpression: wrtTex, latexResult: '1' });
      }
      continue;
    }
    const node = g.node(id);
    if (isLeaf(id) || g.isConstant[id] || node.args.length === 0 || !node.args.some(depends)) continue;
    if (node.op === 'name') {
      // A name is its definition: same derivative, no rule of its own.
      d.set(id, d.get(node.args[0]!)!);
      if (id === root && node.args[0] === variable) {
        push(ctx, { rule: 'variable', expression: wrtText, wrt: wrtText, result: '1', latexWrt: wrtTex, latexExpression: wrtTex, latexResult: '1' });
      }
      continue;
    }
    const dependent = node.args.map(depends);
    const rule = ruleOf(g, id, dependent);
    const partials = node.args.map((_arg, i) => (dependent[i] ? localPartial(g, id, i) : zero));
    const derivative = node.args.reduce(
      (sum, arg, i) => (dependent[i] ? g.add(sum, g.mul(partials[i]!, d.get(arg)!)) : sum),
      zero,
    );
    d.set(id, derivative);
    const directArgs = node.args.every((arg, i) => !dependent[i] || arg === variable);
    if (isOuterFunction(g, id) && !directArgs) {
      // Local derivative first, with respect to each inner argument, then the chain rule.
      node.args.forEach((arg, i) => {
        if (!dependent[i] || arg === variable) return;
        push(ctx, {
          rule, expression: text(g, id), wrt: ref(g, arg), result: ref(g, partials[i]!),
          latexWrt: refTex(g, arg), latexExpression: tex(g, id), latexResult: refTex(g, partials[i]!),
        });
      });
      push(ctx, {
        rule: 'chain', expression: text(g, id), wrt: wrtText, result: ref(g, derivative),
        latexWrt: wrtTex, latexExpression: tex(g, id), latexResult: refTex(g, derivative),
      });
    } else {
      push(ctx, {
        rule, expression: text(g, id), wrt: wrtText, result: ref(g, derivative),
        latexWrt: wrtTex, latexExpression: tex(g, id), latexResult: refTex(g, derivative),
      });
    }
  }
  return d.get(root) ?? zero;
}

interface NamedEdge {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly local: NodeId;
}

/** The name a node goes by at the named level of a program. */
function nameOf(program: Program, ctx: Context, id: NodeId): string {
  return id === program.output ? ctx.outputName : (program.graph.labels.get(id) ?? program.graph.node(id).name!);
}

/** Derivation of a program with named intermediates: local derivatives per edge, then chain or sum over paths. */
function named(program: Program, ctx: Context, x: NodeId, wrt: string, isNamed: (id: NodeId) => boolean): void {
  const g = program.graph;
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
  chain(program, ctx, x, wrt, edges);
}

function chain(program: Program, ctx: Context, x: NodeId, wrt: string, edges: readonly NamedEdge[]): void {
  const g = program.graph;
  const out = program.output;
  const outName = ctx.outputName;
  const paths: NamedEdge[][] = [];
  let tooMany = false;
  const walk = (node: NodeId, path: NamedEdge[]): void => {
    if (tooMany) return;
    if (node === x) {
      paths.push([...path]);
      tooMany = paths.length > MAX_PATHS;
      return;
    }
    for (const edge of edges) if (edge.from === node) walk(edge.to, [...path, edge]);
  };
  walk(out, []);
  const symbol = (id: NodeId): string => nameOf(program, ctx, id);
  const head = `∂${outName}/∂${wrt}`;
  const headTex = `\\frac{\\partial ${latexName(outName)}}{\\partial ${latexName(wrt)}}`;
  if (tooMany) {
    const total = sweepOf(program).adjoint.get(x) ?? g.constant(0);
    ctx.steps.push({
      rule: 'sum-over-paths', expression: symbol(out), wrt, result: ref(g, total),
      text: `${head} = sum over more than ${MAX_PATHS} paths (by reverse accumulation) = ${ref(g, total)}`,
      latex: `${headTex} = ${refTex(g, total)}`,
    });
    return;
  }
  const products = paths.map((path) => path.reduce((acc, edge) => g.mul(acc, edge.local), g.constant(1)));
  const total = products.reduce((acc, p) => g.add(acc, p), g.constant(0));
  const factorsText = (path: NamedEdge[]): string => path.map((e) => `∂${symbol(e.from)}/∂${symbol(e.to)}`).join(' · ');
  const factorsTex = (path: NamedEdge[]): string =>
    path.map((e) => `\\frac{\\partial ${latexName(symbol(e.from))}}{\\partial ${latexName(symbol(e.to))}}`).join(' \\cdot ');
  const valuesText = (path: NamedEdge[]): string => path.map((e) => `(${ref(g, e.local)})`).join(' · ');
  if (paths.length === 1) {
    const path = paths[0]!;
    if (path.length < 2) return; // the output reads the variable directly: the local step is the answer
    ctx.steps.push({
      rule: 'chain', expression: symbol(out), wrt, result: ref(g, total),
      text: `${head} = ${factorsText(path)} = ${valuesText(path)} = ${ref(g, total)}`,
      latex: `${headTex} = ${factorsTex(path)} = ${refTex(g, total)}`,
    });
    return;
  }
  ctx.steps.push({
    rule: 'sum-over-paths', expression: symbol(out), wrt, result: ref(g, total),
    paths: paths.map((path, i) => ({ nodes: [symbol(out), ...path.map((e) => symbol(e.to))], product: ref(g, products[i]!) })),
    text: [head, paths.map(factorsText).join(' + '), products.map((p) => ref(g, p)).join(' + '), ref(g, total)]
      .filter((part, i, all) => i === 0 || part !== all[i - 1])
      .join(' = '),
    latex: `${headTex} = ${paths.map(factorsTex).join(' + ')} = ${refTex(g, total)}`,
  });
}

/**
 * Refuses a function or derivative that a name's constant value makes undefined for every input
 * (`a = 0; 1/(a*y)` is 1/0; the derivative of `a = 0; sqrt(a*y)` is 0/0), as grad does at each
 * point, rather than printing a number for it.
 * @throws {SymbolicError} `domain` with the span of the operation that is undefined.
 */
function refuseUndefinedEverywhere(program: Program, wrt: string): void {
  const g = program.graph;
  const rebuilt = new Map<NodeId, NodeId>();
  const whole = { start: 0, end: program.source.length };
  for (const id of g.reachable([program.output, ...program.guards])) {
    if (g.isUndefinedConstant(g.expandNames(id, rebuilt))) {
      throw new SymbolicError('domain', `${text(g, id)} is undefined for every value of the inputs (its names hold constants)`, g.spans.get(id) ?? whole);
    }
  }
  for (const edge of gradientGraph(program, [wrt]).edges) {
    if (g.isUndefinedConstant(g.expandNames(edge.local, rebuilt))) {
      throw new SymbolicError('domain', `the derivative of ${text(g, edge.consumer)} with respect to ${wrt} does not exist for any value of the inputs (its names hold constants)`, g.spans.get(edge.consumer) ?? whole);
    }
  }
}

/**
 * Differentiates an expression or program with respect to one input, with the rule trace a
 * teacher would write: for an expression, each subexpression's rule (local derivative, then
 * chain); for a program, each named edge's local derivative, then the chain rule, or a
 * sum-over-paths step when the input reaches the output along several paths.
 * @throws {SymbolicError} any parse error of the source; `too-large` when the derivative spelled
 *   out in the inputs alone would be enormous; `invalid-argument` when `wrt` is an intermediate or a
 *   constant the source uses; `domain` when constant intermediates make the function or its
 *   derivative undefined for every input.
 * @example
 * derive('a = x*y; b = a + z; c = b^2', 'x').compact; // → '2 * b * y'
 */
export function derive(source: string | Program, wrt: string, options: DeriveOptions = {}): Derivation {
  const program = toProgram(source);
  refuseNonInputs(program, [wrt]);
  const g = program.graph;
  const outputName = program.outputName ?? (program.inputs.includes('f') ? 'f_out' : 'f');
  const ctx: Context = { graph: g, steps: [], maxSteps: options.maxSteps ?? 500, outputName };
  const x = g.inputs.get(wrt);
  const derivativeNode = x === undefined ? g.constant(0) : (sweepOf(program).adjoint.get(x) ?? g.constant(0));
  if (x === undefined || !g.reachable([program.output]).includes(x)) {
    push(ctx, {
      rule: 'constant', expression: text(g, program.output), wrt, result: '0',
      latexWrt: latexName(wrt), latexExpression: tex(g, program.output), latexResult: '0',
    });
  } else {
    const isNamed = (id: NodeId): boolean => g.labels.has(id) && id !== program.output;
    const hasNames = g.reachable([program.output]).some((id) => isNamed(id) && !g.isConstant[id]);
    if (hasNames) named(program, ctx, x, wrt, isNamed);
    else textbook(ctx, program.output, x, () => false, wrt, latexName(wrt));
  }
  if (ctx.steps.length >= ctx.maxSteps) {
    ctx.steps.push({
      rule: 'chain', expression: text(g, program.output), wrt, result: ref(g, derivativeNode),
      text: `… (the trace is longer than ${ctx.maxSteps} steps) … = ${ref(g, derivativeNode)}`,
      latex: `\\cdots = ${refTex(g, derivativeNode)}`,
    });
  }
  const compact = ref(g, derivativeNode);
  const compactLatex = refTex(g, derivativeNode);
  const expand = options.expand ?? true;
  const expanded = expand ? g.expandNames(derivativeNode) : derivativeNode;
  if (expand) refuseUndefinedEverywhere(program, wrt);
  return {
    wrt,
    derivative: expand ? printText(g, expanded) : compact,
    compact,
    latex: expand ? printLatex(g, expanded) : compactLatex,
    compactLatex,
    steps: ctx.steps,
    occurs: x !== undefined,
    ...(options.simplify === true ? { simplified: simplifyForPresentation(expand ? printText(g, expanded) : compact) } : {}),
  };
}
