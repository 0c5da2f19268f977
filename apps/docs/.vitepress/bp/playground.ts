import { backprop, derive, gradient, isSymbolicError, parse, toMermaid } from '@bp/symbolic';
import { checkProgramGradient } from './gradient-check.js';
import { numberForPage } from './format.js';
import { matrixPlayground } from './playground-matrix.js';
import { parsePoint, PointError } from './point.js';
import { referenceProgram } from './reference-program.js';
import { renderTex, texName } from './tex.js';

export type { PlaygroundError, PlaygroundResult, PlaygroundStep } from './playground-types.js';
import type { PlaygroundError, PlaygroundResult } from './playground-types.js';

function fail(field: PlaygroundError['field'], error: unknown): { error: PlaygroundError } {
  if (isSymbolicError(error)) return { error: { field, code: error.code, message: error.message, position: error.position } };
  if (error instanceof PointError) return { error: { field, code: 'point', message: error.message, position: error.position } };
  return { error: { field, code: 'invalid', message: error instanceof Error ? error.message : String(error), position: undefined } };
}

/**
 * Runs a source and a point (`x=1, y=2`, or JSON matrices for a matrix program) through @bp/symbolic (value, gradient, derivation with steps, graph)
 * and checks the gradient against central differences on mathjs. Never throws: bad input comes
 * back as an error with its field and position.
 * @example
 * playground('x^2*y', 'x=3, y=2', 'x'); // { result: { value: '18', … } }
 */
export function playground(source: string, pointText: string, wrt: string | undefined): { result: PlaygroundResult } | { error: PlaygroundError } {
  if (pointText.trimStart().startsWith('{')) {
    try {
      return matrixPlayground(source, pointText, wrt);
    } catch (error) {
      return fail('source', error);
    }
  }
  let program;
  try {
    program = parse(source);
  } catch (error) {
    return fail('source', error);
  }
  let point: Record<string, number>;
  try {
    point = parsePoint(pointText);
  } catch (error) {
    return fail('point', error);
  }
  const missing = program.inputs.filter((name) => !(name in point));
  if (missing.length > 0) {
    return { error: { field: 'point', code: 'missing-input', message: `give a value for ${missing.join(', ')}`, position: undefined } };
  }
  try {
    const output = program.outputName ?? 'f';
    const chosen = wrt !== undefined && program.inputs.includes(wrt) ? wrt : program.inputs[0];
    const result = gradient(program, point);
    const derivation = chosen === undefined ? undefined : derive(program, chosen);
    const reference = referenceProgram(source);
    const partial = (name: string): string => `\\frac{\\partial ${texName(output)}}{\\partial ${texName(name)}}`;
    return {
      result: {
        inputs: program.inputs,
        output,
        wrt: chosen ?? '',
        value: numberForPage(result.value),
        gradient: program.inputs.map((name) => ({ name, html: renderTex(partial(name)), value: numberForPage(result.gradient[name] ?? 0) })),
        steps: (derivation?.steps ?? []).map((step) => ({ rule: step.rule, html: renderTex(step.latex) })),
        resultHtml:
          derivation === undefined
            ? ''
            : renderTex(`${partial(derivation.wrt)} = ${derivation.compactLatex}${derivation.latex === derivation.compactLatex ? '' : ` = ${derivation.latex}`}`, true),
        mermaid: toMermaid(backprop(program, { at: point })),
        check: checkProgramGradient(reference, point, result.gradient),
        kinks: result.kinks,
      },
    };
  } catch (error) {
    return fail('source', error);
  }
}
