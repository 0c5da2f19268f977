import { deriveMatrix, formatShape, matrixBackprop, matrixEntries, matrixGradient, nestMatrix, parseMatrix, type MatrixProgram, type Shape } from '@bp/symbolic';
import { printMatrixText } from '@bp/symbolic/engine';
import { crossValidateMatrix } from '@bp/verify';
import { numberForPage } from './format.js';
import type { PlaygroundError, PlaygroundResult } from './playground-types.js';
import { renderTex, texName } from './tex.js';

/** A matrix as text, `[[1, 2], [3, 4]]`, with the site's number format. */
function matrixText(values: ArrayLike<number>, shape: Shape): string {
  const nested = nestMatrix(Array.from(values, (v) => Number(numberForPage(v).replace('−', '-'))), shape);
  return JSON.stringify(nested).replace(/,/g, ', ');
}

/** Mermaid for the matrix program: each node with its shape and ∂L/∂node. */
function mermaid(program: MatrixProgram): string {
  const bp = matrixBackprop(program);
  const g = bp.graph;
  const lines = ['flowchart LR'];
  for (let id = 0; id <= bp.output; id++) {
    const n = g.node(id);
    const adjoint = bp.adjoints.get(id);
    if (adjoint === undefined || n.op === 'constant' || n.op === 'ones') continue;
    const label = n.op === 'input' ? n.name! : g.labels.get(id) ?? printMatrixText(g, id, 'compact', id);
    const text = `${label} (${formatShape(n.shape)})<br/>∂L/∂ = ${printMatrixText(g, adjoint, 'compact', -1)}`;
    lines.push(`  n${id}["${text.replace(/"/g, '#quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/&lt;br\/&gt;/, '<br/>')}"]`);
    for (const arg of n.args) if (bp.adjoints.has(arg) && g.node(arg).op !== 'constant') lines.push(`  n${arg} --> n${id}`);
  }
  return lines.join('\n');
}

/**
 * The playground for a matrix program: the point is JSON (`{"W": [[1, 2], [3, 4]], "x": [1, 2]}`,
 * a flat array is a column), which gives every input its shape; the gradient is derived in matrix
 * form and every entry checked against finite differences and the compiled kernel.
 * @example
 * matrixPlayground("x'*x", '{"x": [1, 2]}', 'x'); // { result: { gradient: [{ value: '[2, 4]', … }], … } }
 */
export function matrixPlayground(source: string, pointText: string, wrt: string | undefined): { result: PlaygroundResult } | { error: PlaygroundError } {
  const at: Record<string, number[]> = {};
  const shapes: Record<string, Shape> = {};
  try {
    const object = JSON.parse(pointText) as unknown;
    if (typeof object !== 'object' || object === null || Array.isArray(object)) throw new Error('the point must be a JSON object of name: value');
    for (const [name, value] of Object.entries(object)) {
      const entries = matrixEntries(value, name);
      at[name] = entries.values;
      shapes[name] = entries.shape;
    }
  } catch (error) {
    return { error: { field: 'point', code: 'point', message: error instanceof Error ? error.message : String(error), position: undefined } };
  }
  const program = parseMatrix(source, { shapes });
  const missing = program.inputs.filter((name) => !(name in at));
  if (missing.length > 0) return { error: { field: 'point', code: 'missing-input', message: `give a value for ${missing.join(', ')}`, position: undefined } };
  const output = program.outputName ?? 'f';
  const chosen = wrt !== undefined && program.inputs.includes(wrt) ? wrt : program.inputs[0]!;
  const result = matrixGradient(program, { shapes, at });
  const derivation = deriveMatrix(program, { shapes, wrt: chosen });
  const check = crossValidateMatrix(program, { shapes, points: [at] });
  const partial = (name: string): string => `\\frac{\\partial ${texName(output)}}{\\partial ${texName(name)}}`;
  const rows = program.inputs.map((name) => {
    const mine = check.worst.filter((e) => e.input === name && e.check === 'symbolic-vs-numeric');
    const numeric = new Float64Array(mine.length);
    for (const e of mine) numeric[e.entry[0] * shapes[name]![1] + e.entry[1]] = e.expected;
    const worst = mine[0]!;
    return { name, analytic: worst.actual, numeric: worst.expected, absError: worst.absError, relError: worst.relError, ok: mine.every((e) => e.ok), kink: false, numericText: matrixText(numeric, shapes[name]!) };
  });
  return {
    result: {
      inputs: program.inputs,
      output,
      wrt: chosen,
      value: numberForPage(result.value),
      gradient: program.inputs.map((name) => ({ name, html: renderTex(partial(name)), value: matrixText(result.gradient[name]!, shapes[name]!) })),
      steps: derivation.steps.map((step) => ({ rule: `${step.rule} (${formatShape(step.shape)})`, html: renderTex(step.latex) })),
      resultHtml: renderTex(`${partial(chosen)} = ${derivation.compactLatex}${derivation.latex === derivation.compactLatex ? '' : ` = ${derivation.latex}`}`, true),
      mermaid: mermaid(program),
      check: { ok: check.ok, maxAbsError: check.maxAbsError, maxRelError: check.maxRelError, rows, rtol: check.rtol, atol: check.atol },
      kinks: [],
    },
  };
}
