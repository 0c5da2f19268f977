import type { JunitCase } from '@bp/verify';
import type { LineResult } from './batch-line.js';
import type { MatrixLineJson } from './batch-matrix.js';
import type { CheckJson, FailureJson } from './cross-check.js';
import type { HessianCheckJson } from './cross-check-hessian.js';
import { hessianLineCases, hessianProblems } from './hessian-messages.js';
import { lineCases } from './junit-cases.js';
import { problems } from './messages.js';

type MatrixFailure = FailureJson & { readonly entry: readonly [number, number] };

/**
 * A matrix line's JSON as the first-order reports read it: each failure names its entry
 * (`∂L/∂W[0, 1]`) and each point's matrices are JSON text.
 */
function matrixView(json: MatrixLineJson): CheckJson {
  const points = (json.points as { at: Record<string, unknown>; failures: MatrixFailure[] }[]).map((point) => ({
    ...point,
    at: Object.fromEntries(Object.entries(point.at).map(([name, value]) => [name, JSON.stringify(value)])),
    failures: point.failures.map((f) => ({ ...f, wrt: `${f.wrt}[${f.entry[0]}, ${f.entry[1]}]` })),
  }));
  return { ...json, points } as unknown as CheckJson;
}

/** Every failed check of a checked line, one title and one sentence each, whatever its kind. */
export function lineProblems(result: LineResult): { title: string; message: string }[] {
  if (result.kind === 'hessian') return hessianProblems(result.json as unknown as HessianCheckJson, result.output!);
  if (result.kind === 'matrix') return problems(matrixView(result.json as unknown as MatrixLineJson), result.output!);
  return problems(result.json as unknown as CheckJson, result.output!);
}

/** The JUnit test cases of a checked line, whatever its kind. */
export function lineJunitCases(label: string, result: LineResult, classname: string): JunitCase[] {
  if (result.kind === 'hessian') return hessianLineCases(label, result.json as unknown as HessianCheckJson, result.output!, classname);
  if (result.kind === 'matrix') return lineCases(label, matrixView(result.json as unknown as MatrixLineJson), result.output!, classname);
  return lineCases(label, result.json as unknown as CheckJson, result.output!, classname);
}
