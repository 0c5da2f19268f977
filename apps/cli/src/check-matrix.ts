import { deriveMatrix, formatShape, writeupMatrix, type Shape } from '@bp/symbolic';
import { crossValidateMatrix, type MatrixCrossValidation, type MatrixEntryCheck } from '@bp/verify';
import { EXIT_CODES } from './commands.js';
import { CliError, withSource } from './errors.js';
import type { CommandContext, SharedContext } from './context.js';
import { jsonLine, write } from './output.js';
import { matrixInput, nest } from './matrix.js';

type Nested = number | number[] | number[][];

/** A failed or listed entry as `bp check --json` prints it: the scalar fields plus `entry`. */
interface EntryJson {
  readonly wrt: string;
  readonly entry: readonly [number, number];
  readonly check: MatrixEntryCheck['check'];
  readonly expected: number;
  readonly actual: number;
  readonly absError: number;
  readonly relError: number;
}

const entryJson = (e: MatrixEntryCheck): EntryJson => ({
  wrt: e.input, entry: e.entry, check: e.check, expected: e.expected, actual: e.actual, absError: e.absError, relError: e.relError,
});

/** Rebuilds one of the three gradients at a point from the compared entries, nested in each input's shape. */
function gradients(result: MatrixCrossValidation, point: number, pick: (e: MatrixEntryCheck) => number | undefined): Record<string, Nested> {
  const flat: Record<string, Float64Array> = {};
  for (const name of result.wrt) flat[name] = new Float64Array(result.shapes[name]![0] * result.shapes[name]![1]);
  for (const e of result.worst) {
    const value = e.point === point ? pick(e) : undefined;
    if (value !== undefined) flat[e.input]![e.entry[0] * result.shapes[e.input]![1] + e.entry[1]] = value;
  }
  return Object.fromEntries(result.wrt.map((name) => [name, nest(flat[name]!, result.shapes[name]!)]));
}

/** The `bp check --json` contract for a matrix program: gradients nested in their inputs' shapes, failures naming the entry. */
export function matrixCheckJson(result: MatrixCrossValidation): Record<string, unknown> {
  const shapes = result.shapes as Record<string, Shape>;
  return {
    ok: result.ok,
    maxAbsError: result.maxAbsError,
    maxRelError: result.maxRelError,
    kinks: result.kinks.map((k) => ({
      at: Object.fromEntries(Object.entries(result.points[k.point]!.at).map(([n, v]) => [n, nest(v, shapes[n]!)])),
      function: 'kink',
      expression: `${k.input}[${k.entry[0]}, ${k.entry[1]}]`,
      convention: 'the one-sided slopes differ; the symbolic value lies between them',
    })),
    points: result.points.map((p, i) => ({
      at: Object.fromEntries(Object.entries(p.at).map(([n, v]) => [n, nest(v, shapes[n]!)])),
      value: p.value,
      gradient: gradients(result, i, (e) => (e.check === 'symbolic-vs-numeric' ? e.actual : undefined)),
      compiled: gradients(result, i, (e) => (e.check === 'compiled-vs-symbolic' ? e.actual : undefined)),
      numeric: gradients(result, i, (e) => (e.check === 'symbolic-vs-numeric' ? e.expected : undefined)),
      ok: p.ok,
      failures: result.worst.filter((e) => e.point === i && !e.ok).map(entryJson),
    })),
  };
}

function text(context: SharedContext, source: string, result: MatrixCrossValidation, options: Parameters<typeof deriveMatrix>[1]): string {
  const c = context.colors;
  const lines = [c.dim(source.trim().replace(/\s*[\r\n]+\s*/g, '; ')), ''];
  for (const name of result.wrt) {
    const d = deriveMatrix(source, { ...options, wrt: name });
    lines.push(`${c.bold(`∂/∂${name}`)} = ${d.compact}   ${c.dim(`(${formatShape(d.shape)})`)}`);
  }
  const failed = result.worst.filter((e) => !e.ok);
  lines.push('');
  for (const e of failed.slice(0, 5)) {
    lines.push(`${c.red('✗')} ${e.check} at point ${e.point + 1}: ∂/∂${e.input}[${e.entry[0]}, ${e.entry[1]}] is ${e.actual}, expected ${e.expected} (rel error ${e.relError.toExponential(1)})`);
  }
  if (failed.length > 5) lines.push(c.red(`  … and ${failed.length - 5} more entries`));
  for (const k of result.kinks) lines.push(c.yellow(`! ∂/∂${k.input}[${k.entry[0]}, ${k.entry[1]}] at point ${k.point + 1} is at a kink`));
  const entries = result.worst.length / 2 / result.points.length;
  lines.push(result.ok
    ? `${c.green('✓')} every entry agrees three ways (symbolic, compiled, finite differences): ${entries} entries at each of ${result.points.length} point${result.points.length === 1 ? '' : 's'}; max rel error ${result.maxRelError.toExponential(1)}`
    : `${c.red('✗')} the check failed: ${failed.length} of ${result.worst.length} comparisons disagree`);
  return `${lines.join('\n')}\n`;
}

/** `bp check --shape …` (or with a JSON `--at`): a matrix program checked entry by entry. */
export async function runMatrixCheck(context: CommandContext<'check'>): Promise<number> {
  const { source, program, point } = await matrixInput(context);
  const count = context.options.points;
  const given = Object.keys(point.values).length > 0;
  if (given) {
    const unset = program.inputs.filter((name) => !(name in point.values));
    if (unset.length > 0) throw new CliError('invalid-point', `--at gives no value for ${unset.join(', ')}`, { argument: '--at' });
  }
  const points = given ? [point.values] : [];
  const rtol = context.options.rtol;
  const atol = context.options.atol;
  const options = {
    ...program.options,
    seed: context.options.seed,
    ...(rtol === undefined ? {} : { rtol }),
    ...(atol === undefined ? {} : { atol }),
  };
  const runs = [
    ...(points.length > 0 ? [withSource(source, () => crossValidateMatrix(program, { ...options, points }))] : []),
    ...(count > 0 ? [withSource(source, () => crossValidateMatrix(program, { ...options, points: count }))] : []),
  ];
  if (runs.length === 0) throw new CliError('missing-argument', 'nothing to check: give a point with --at or random points with --points N', { argument: '--points' });
  const result = mergeMatrixRuns(runs);
  if (context.json || context.options.report === 'json') await write(process.stdout, jsonLine(matrixCheckJson(result)));
  else await write(process.stdout, text(context, source, result, { ...program.options, wrt: '' }));
  return result.ok ? EXIT_CODES.success : EXIT_CODES.failed;
}

/** Given and random points as one result, points renumbered. */
export function mergeMatrixRuns(runs: readonly MatrixCrossValidation[]): MatrixCrossValidation {
  if (runs.length === 1) return runs[0]!;
  const [a, b] = runs as [MatrixCrossValidation, MatrixCrossValidation];
  const shift = a.points.length;
  const worst = [...a.worst, ...b.worst.map((e) => ({ ...e, point: e.point + shift }))];
  worst.sort((x, y) => Number(x.ok) - Number(y.ok) || y.relError - x.relError);
  return {
    ...a,
    ok: a.ok && b.ok,
    maxAbsError: Math.max(a.maxAbsError, b.maxAbsError),
    maxRelError: Math.max(a.maxRelError, b.maxRelError),
    points: [...a.points, ...b.points],
    worst,
    kinks: [...a.kinks, ...b.kinks.map((k) => ({ ...k, point: k.point + shift }))],
  };
}

/** `bp writeup --shape …`: the matrix-form derivation, and the entry-by-entry check that proves it. */
export async function runMatrixWriteup(context: SharedContext, emit: (context: SharedContext, text: string) => Promise<void>): Promise<number> {
  const { source, program, point } = await matrixInput(context);
  const text = withSource(source, () => writeupMatrix(program, program.options));
  const given = Object.keys(point.values).length > 0;
  const result = withSource(source, () => crossValidateMatrix(program, { ...program.options, ...(given ? { points: [point.values] } : {}) }));
  const lines = [
    '## Check',
    '',
    `At ${given ? 'the given point' : `${result.points.length} random points`}, every entry of every gradient was compared three ways (symbolic, the compiled gemm kernel, central finite differences): ${result.ok ? 'all agree' : 'some disagree'}.`,
    '',
    '| input | shape | entries | worst abs error | |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const name of result.wrt) {
    const mine = result.worst.filter((e) => e.input === name);
    const worst = mine.reduce((m, e) => Math.max(m, e.absError), 0);
    lines.push(`| ${name} | ${formatShape(result.shapes[name]!)} | ${mine.length / 2 / result.points.length} | ${worst.toExponential(1)} | ${mine.every((e) => e.ok) ? 'ok' : 'FAIL'} |`);
  }
  await emit(context, `${text.trimEnd()}\n\n${lines.join('\n')}\n`);
  return result.ok ? EXIT_CODES.success : EXIT_CODES.failed;
}
