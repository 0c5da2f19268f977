import { formatNumber, hessianWriteup, latexName, type Program } from '@bp/symbolic';
import { crossValidateHessian, domainPoints, type HessianCrossValidation } from '@bp/verify';
import { EXIT_CODES } from '../commands.js';
import { withSource } from '../errors.js';
import type { CommandContext } from '../context.js';
import { numberForTerminal as fullNumber } from '../output.js';
import { pointObject } from '../point.js';
import { emit, outputName, parsedInput, warnKinks } from './shared.js';

/** How many random points the Check section uses when no point is given, and their seed. */
const RANDOM_POINTS = 3;
const SEED = 1;

/** `$\frac{\partial^2 f}{\partial x \, \partial y}$` for a table cell. */
function secondCell(program: Program, a: string, b: string): string {
  const out = latexName(outputName(program));
  return a === b
    ? `$\\frac{\\partial^2 ${out}}{\\partial ${latexName(a)}^2}$`
    : `$\\frac{\\partial^2 ${out}}{\\partial ${latexName(a)}\\,\\partial ${latexName(b)}}$`;
}

/** What the Check section says it did: at the given point, or at seeded random points. */
function checkIntro(run: HessianCrossValidation, given: boolean): string {
  const verdict = run.ok ? 'agree on every entry' : 'disagree';
  const where = given
    ? 'At the given point'
    : `No point was given (\`--at\`), so at ${run.points.length} random points inside the function's domain (coordinates drawn from [-2, 2], seed ${SEED})`;
  return `${where}, every second partial was computed three ways: the symbolic Hessian above, the compiled kernel's Hessian-vector products (@bp/numeric) and central finite differences of the gradient (@bp/verify). They ${verdict} (max abs error ${run.maxAbsError.toExponential(1)}, max rel error ${run.maxRelError.toExponential(1)}).`;
}

/** The Check section: each entry on and above the diagonal, at each point, three ways. */
function checkSection(program: Program, run: HessianCrossValidation, given: boolean): string {
  const failed = new Set(run.disagreements.map((d) => `${d.point}:${[...d.wrt].sort().join(',')}`));
  const lines = [
    '## Check',
    '',
    checkIntro(run, given),
    '',
    '| point | second partial | symbolic | compiled | finite differences | |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  run.points.forEach((point, index) => {
    // Coordinates to 12 digits, so a reader can repeat the check with --at.
    const at = run.inputs.map((name) => `${name} = ${fullNumber(point.at[name]!)}`).join(', ');
    run.wrt.forEach((a, i) => {
      for (const b of run.wrt.slice(i)) {
        const status = failed.has(`${index}:${[a, b].sort().join(',')}`) ? 'FAIL' : point.kinks.length > 0 ? 'kink' : 'ok';
        const cells = [point.symbolic, point.compiled, point.numeric].map((h) => formatNumber(h[a]![b]!));
        lines.push(`| ${at} | ${secondCell(program, a, b)} | ${cells.join(' | ')} | ${status} |`);
      }
    });
  });
  return `${lines.join('\n')}\n`;
}

/** The points of the Check section: the given one, or seeded random points inside the domain. */
function checkRun(program: Program, point: Readonly<Record<string, number>> | undefined): HessianCrossValidation | undefined {
  if (point !== undefined) return crossValidateHessian(program, [point]);
  const found = domainPoints(program, RANDOM_POINTS, { seed: SEED });
  return found.points.length === 0 ? undefined : crossValidateHessian(program, found.points);
}

/**
 * `bp writeup --order 2`: @bp/symbolic's Hessian write-up (every second partial with its rule
 * trace, and with `--at` the Hessian's values and Newton's step), then the check that proves it.
 */
export async function runHessianWriteup(context: CommandContext<'writeup'>): Promise<number> {
  const { source, program, point, hasPoint } = await parsedInput(context);
  const at = hasPoint ? pointObject(point) : undefined;
  const page = withSource(source, () => hessianWriteup(program, at === undefined ? {} : { at }));
  const run = withSource(source, () => checkRun(program, at));
  if (run !== undefined) warnKinks(context, hasPoint ? run.points[0]!.kinks : []);
  const check = run === undefined
    ? "## Check\n\nNo point was given (`--at`), and no random point in [-2, 2] is inside the function's domain, so nothing was checked; give a point with `--at` to check the Hessian there.\n"
    : checkSection(program, run, hasPoint);
  await emit(context, `${page.trimEnd()}\n\n${check}`);
  return run === undefined || run.ok ? EXIT_CODES.success : EXIT_CODES.failed;
}
