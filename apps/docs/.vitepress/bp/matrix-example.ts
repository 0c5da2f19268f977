import { deriveMatrix, formatShape, parseMatrix, type MatrixDerivation, type MatrixOptions, type Shape } from '@bp/symbolic';
import { crossValidateMatrix } from '@bp/verify';
import { WorkedExampleError } from './worked-example.js';

/** A matrix program derived by bp when the page is built, and checked entry by entry. */
export interface MatrixExample {
  readonly program: string;
  readonly shapes: Readonly<Record<string, Shape>>;
  readonly distributions: readonly string[];
  readonly derivations: readonly MatrixDerivation[];
  /** Entries compared (each three ways) at the random points. */
  readonly entries: number;
  readonly points: number;
}

/** `W=3x2, x=2` as shapes. */
function shapesOf(text: string): Record<string, Shape> {
  const shapes: Record<string, Shape> = {};
  for (const part of text.split(',')) {
    const match = /^\s*(\w+)\s*=\s*(\d+)(?:x(\d+))?\s*$/.exec(part);
    if (match === null) throw new WorkedExampleError(`shapes: expected name=rows or name=rowsxcolumns, found "${part.trim()}"`);
    shapes[match[1]!] = [Number(match[2]), Number(match[3] ?? 1)];
  }
  return shapes;
}

/**
 * Reads a ```` ```matrix ```` fence (`program:`, `shapes:`, optional `distributions:`, `wrt:` and
 * `expect: W = …` lines), derives each gradient with @bp/symbolic in matrix form, checks every
 * entry against finite differences and the compiled kernel with @bp/verify, and checks each
 * `expect` against the derived text. Any failure throws, so a wrong formula stops the build.
 * @example
 * checkMatrixExample("program: x'*x\nshapes: x=3\nexpect: x = 2 * x").derivations[0]!.compact; // '2 * x'
 */
export function checkMatrixExample(text: string): MatrixExample {
  const fields = new Map<string, string[]>();
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new WorkedExampleError(`expected "key: value", found "${line.trim()}"`);
    const key = line.slice(0, colon).trim();
    fields.set(key, [...(fields.get(key) ?? []), line.slice(colon + 1).trim()]);
  }
  const program = fields.get('program')?.[0];
  if (program === undefined) throw new WorkedExampleError('a matrix example needs a "program:" line');
  const shapes = shapesOf(fields.get('shapes')?.[0] ?? '');
  const distributions = (fields.get('distributions')?.[0] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const options: MatrixOptions = { shapes, distributions };
  const parsed = parseMatrix(program, options);
  const wrt = (fields.get('wrt')?.[0] ?? parsed.inputs.join(',')).split(',').map((s) => s.trim());
  const derivations = wrt.map((name) => deriveMatrix(parsed, { ...options, wrt: name }));
  for (const line of fields.get('expect') ?? []) {
    const [name, form] = line.split(/=(.*)/s).map((s) => s.trim()) as [string, string];
    const found = derivations.find((d) => d.wrt === name) ?? deriveMatrix(parsed, { ...options, wrt: name });
    if (found.compact !== form && found.derivative !== form) {
      throw new WorkedExampleError(`∂/∂${name}: the page says ${form}, bp derives ${found.compact}`);
    }
  }
  const check = crossValidateMatrix(parsed, { ...options, wrt: parsed.inputs.filter((n) => wrt.includes(n)), points: 3, seed: 1 });
  if (!check.ok) {
    const worst = check.worst[0]!;
    throw new WorkedExampleError(`∂/∂${worst.input}[${worst.entry.join(', ')}] (${worst.check}): ${worst.actual} against ${worst.expected}`);
  }
  return { program, shapes, distributions, derivations, entries: check.worst.length / 2 / check.points.length, points: check.points.length };
}

/** The checked example as HTML: the program, the shapes, and each derivation's steps and result. */
export function renderMatrixExample(example: MatrixExample, renderTex: (tex: string, display?: boolean) => string, escape: (text: string) => string): string {
  const shapes = Object.entries(example.shapes).map(([name, shape]) => `${escape(name)}: ${formatShape(shape)}`).join(', ');
  const parts = [
    '<div class="bp-worked bp-matrix">',
    `<pre><code>${escape(example.program)}</code></pre>`,
    `<p class="bp-worked-subtitle">Shapes: ${shapes}${example.distributions.length > 0 ? `; columns of ${escape(example.distributions.join(', '))} sum to 1` : ''}</p>`,
  ];
  for (const d of example.derivations) {
    const steps = d.steps.map((s) => `<li><span class="bp-rule">${escape(s.rule)}</span> (${formatShape(s.shape)}) ${renderTex(s.latex)}</li>`);
    parts.push(
      `<p class="bp-worked-subtitle">With respect to ${escape(d.wrt)} (${formatShape(d.shape)}), rule by rule</p>`,
      `<ol class="bp-steps">${steps.join('\n')}</ol>`,
      renderTex(`\\frac{\\partial L}{\\partial ${d.wrt}} = ${d.compactLatex}`, true),
      `<p class="bp-worked-note">In mathjs syntax: <code>${escape(d.compact)}</code></p>`,
    );
  }
  parts.push(
    `<p class="bp-worked-note">Derived by @bp/symbolic when this page was built; each of the ${example.entries} gradient entries agrees with central differences and with the compiled gemm kernel at ${example.points} random points (@bp/verify). A mismatch stops the build.</p>`,
    '</div>',
  );
  return parts.join('\n');
}
