import * as mathjs from 'mathjs';
import type { EvalFunction, MathNode } from 'mathjs';

/**
 * An independent evaluator for straight-line programs, used only as the reference that the docs
 * check @bp/symbolic against. It runs on mathjs's own evaluator, not on @bp/symbolic's parser or
 * graph, so a bug in the package cannot hide by agreeing with itself.
 */
export interface ReferenceProgram {
  /** Assigned names in program order; the last one is the output. */
  readonly names: readonly string[];
  /** Names read before they are assigned: the inputs. */
  readonly inputs: readonly string[];
  readonly output: string;
  /**
   * Runs the program at `point`. `nudge` adds an amount to an intermediate right after it is
   * assigned, which is how a finite difference measures the derivative with respect to it.
   */
  run(point: Readonly<Record<string, number>>, nudge?: { readonly name: string; readonly by: number }): Record<string, number>;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const softplus = (x: number): number => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

/** The neural-network functions that mathjs does not have, written out from their definitions. */
export const NETWORK_FUNCTIONS: Readonly<Record<string, (...args: number[]) => number>> = {
  sigmoid,
  relu: (x) => Math.max(0, x),
  leakyRelu: (x, alpha = 0.01) => (x > 0 ? x : alpha * x),
  elu: (x, alpha = 1) => (x > 0 ? x : alpha * Math.expm1(x)),
  softplus,
  gelu: (x) => 0.5 * x * (1 + mathjs.erf(x / Math.SQRT2)),
};

interface Statement {
  readonly name: string;
  readonly code: EvalFunction;
}

function symbolsOf(node: MathNode): string[] {
  // A function's name is a SymbolNode too, under the `fn` path of its call.
  return node
    .filter((child, path) => child.type === 'SymbolNode' && path !== 'fn')
    .map((child) => (child as unknown as { name: string }).name);
}

/**
 * Compiles a program such as `a = x*y; b = a + z; c = b^2` (or a single expression, whose output
 * is named `f`) with mathjs.
 * @throws {Error} when a statement is not an assignment or mathjs cannot parse it.
 * @example
 * referenceProgram('a = x*y; c = a^2').run({ x: 1, y: 2 }).c; // 4
 */
export function referenceProgram(source: string): ReferenceProgram {
  const parts = source.split(/[;\n]/).map((part) => part.trim()).filter(Boolean);
  const statements: Statement[] = [];
  const inputs = new Set<string>();
  const assigned = new Set<string>();
  parts.forEach((part, index) => {
    const node = mathjs.parse(part);
    let name: string;
    let expression: MathNode;
    if (node.type === 'AssignmentNode') {
      const assignment = node as unknown as { object: { name: string }; value: MathNode };
      name = assignment.object.name;
      expression = assignment.value;
    } else if (parts.length === 1) {
      name = 'f';
      expression = node;
    } else {
      throw new Error(`statement ${index + 1} of the program is not an assignment: "${part}"`);
    }
    for (const symbol of symbolsOf(expression)) {
      if (!assigned.has(symbol) && !['pi', 'e'].includes(symbol)) {
        inputs.add(symbol);
      }
    }
    assigned.add(name);
    statements.push({ name, code: expression.compile() });
  });
  const names = statements.map((statement) => statement.name);
  return {
    names,
    inputs: [...inputs],
    output: names[names.length - 1]!,
    run(point, nudge) {
      const scope: Record<string, unknown> = { ...NETWORK_FUNCTIONS, ...point };
      const values: Record<string, number> = { ...point };
      for (const statement of statements) {
        let value = statement.code.evaluate(scope) as unknown;
        if (typeof value !== 'number') throw new Error(`${statement.name} is not a real number at this point`);
        if (nudge?.name === statement.name) value += nudge.by;
        scope[statement.name] = value;
        values[statement.name] = value;
      }
      return values;
    },
  };
}
