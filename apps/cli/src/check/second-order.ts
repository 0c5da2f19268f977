import { hessian, type Program } from '@bp/symbolic';
import { formatJunit } from '@bp/verify';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import type { Context } from '../context.js';
import { numberForTerminal, jsonLine, table, write } from '../output.js';
import { outputName } from '../actions/shared.js';
import { crossCheckHessian, type HessianCheckJson } from './cross-check-hessian.js';
import { parseClaim, type Point } from './cross-check.js';
import { workflowCommand } from './github.js';
import { entryLines } from '../hessian-entries.js';
import { hessianClaimProblem, hessianDisagreement, hessianPointCases, hessianProblems, secondPartial } from './hessian-messages.js';
import { describePoint, randomPointsNote } from './messages.js';

const NAME = '[\\p{L}_$][\\p{L}\\p{N}_$]*';
const CLAIM = new RegExp(`^\\s*(${NAME})\\s*,\\s*(${NAME})\\s*=(.*)$`, 'su');

/**
 * Second-order claims `x,y=EXPR` (∂²f/∂x∂y; `y,x` names the same entry), keyed `"x,y"` as the
 * user wrote them; each comes with the label its errors name (`--claim`, `"claims.x,y"`), and
 * `fail` makes the error.
 */
export function parseSecondClaims(program: Program, texts: readonly [string, string][], fail: (message: string) => CliError): Map<string, string> {
  const claims = new Map<string, string>();
  const entries = new Set<string>();
  for (const [label, text] of texts) {
    const match = CLAIM.exec(text);
    if (match === null) throw fail(`${label} takes two inputs and an expression at second order (x,y=2*x), found "${text}"`);
    const [, a, b, expression] = match as unknown as [string, string, string, string];
    for (const name of [a, b]) {
      if (!program.inputs.includes(name)) throw fail(`${label}: "${name}" is not an input of the source (inputs: ${program.inputs.join(', ')})`);
    }
    const entry = [a, b].sort().join(',');
    if (entries.has(entry)) throw fail(`${label} gives ∂²/∂${a}∂${b} twice (${a},${b} and ${b},${a} are the same entry)`);
    entries.add(entry);
    claims.set(`${a},${b}`, parseClaim(program, expression, `${label} ${a},${b}=…`, fail));
  }
  return claims;
}

function pointTable(context: Context, program: Program, json: HessianCheckJson, index: number): string {
  const c = context.colors;
  const out = outputName(program);
  const report = json.points[index]!;
  const rows = [['', 'symbolic', 'compiled', 'finite differences', ''].map((cell) => c.dim(cell))];
  program.inputs.forEach((a, i) => {
    for (const b of program.inputs.slice(i)) {
      const failed = report.failures.some((f) => (f.wrt[0] === a && f.wrt[1] === b) || (f.wrt[0] === b && f.wrt[1] === a));
      const cells = [report.hessian, report.compiled, report.numeric].map((h) => numberForTerminal(h[a]![b]!));
      rows.push([secondPartial(out, [a, b]), ...cells, failed ? c.red('FAIL') : c.green('ok')]);
    }
  });
  return table(rows, '   ', ['left', 'left', 'left', 'left', 'left']).replace(/^/gm, '  ');
}

/** The text report: the symbolic second partials, tables for the given and failed points, claims, a summary. */
function textReport(context: Context, program: Program, json: HessianCheckJson): string {
  const c = context.colors;
  const out = outputName(program);
  const lines: string[] = [c.dim(program.source.trim().replace(/\s*[\r\n]+\s*/g, '; ')), ''];
  const symbolic = withSource(program.source, () => hessian(program, { expand: false }));
  lines.push(...entryLines(symbolic.entries, (e) => secondPartial(out, e.wrt), c));
  const given = context.options.at === undefined ? 0 : 1;
  json.points.forEach((report, index) => {
    if (index < given || !report.ok) lines.push('', c.dim(`at ${describePoint(report.at)}:`), pointTable(context, program, json, index));
  });
  const note = randomPointsNote(json.randomPoints);
  if (note !== undefined) lines.push('', c.yellow(`! ${note}`));
  const randomOk = json.points.slice(given).filter((report) => report.ok).length;
  if (randomOk > 0) lines.push('', `${c.green('✓')} ${randomOk} random point${randomOk === 1 ? '' : 's'} (seed ${String(context.options.seed)}): every second partial agrees`);
  for (const claim of json.claims ?? []) {
    const head = `claim ${secondPartial(out, claim.wrt)} = ${claim.expression}`;
    lines.push('', claim.ok ? `${c.green('✓')} ${head} agrees at every point` : `${c.red('✗')} ${hessianClaimProblem(claim, out)}`);
  }
  const failures = json.points.flatMap((report) => report.failures.map((f) => ({ f, at: report.at })));
  if (failures.length > 0) lines.push('');
  for (const { f, at } of failures.slice(0, 5)) lines.push(`${c.red('✗')} ${hessianDisagreement(f, out)} at ${describePoint(at)}`);
  if (failures.length > 5) lines.push(c.red(`  … and ${failures.length - 5} more`));
  for (const kink of json.kinks) lines.push(c.yellow(`! ${kink.expression} at ${describePoint(kink.at)} is at a kink: ${kink.convention}`));
  lines.push('', json.ok
    ? `${c.green('✓')} the Hessian agrees three ways (symbolic, compiled Hessian-vector products, finite differences of the gradient) at ${json.points.length} point${json.points.length === 1 ? '' : 's'}; max abs error ${json.maxAbsError.toExponential(1)}, max rel error ${json.maxRelError.toExponential(1)}`
    : `${c.red('✗')} the check failed`);
  return `${lines.join('\n')}\n`;
}

/** `bp check --order 2`: every second partial checked three ways, and the user's second-order claims. */
export async function runSecondOrder(context: Context, program: Program, given: Point | undefined): Promise<number> {
  if (context.options.scheme !== undefined && context.options.scheme !== 'central') {
    throw new CliError('usage', '--order 2 takes finite differences of the gradient by central differences only; drop --scheme', { argument: '--scheme' });
  }
  const texts = ((context.options.claim as string[] | undefined) ?? []).map((text): [string, string] => ['--claim', text]);
  const claims = parseSecondClaims(program, texts, (message) => new CliError('invalid-option', message, { argument: '--claim' }));
  const rtol = context.options.rtol as number | undefined;
  const atol = context.options.atol as number | undefined;
  const json = crossCheckHessian(program, {
    ...(given === undefined ? {} : { given }),
    count: context.options.points as number,
    seed: context.options.seed as number,
    ...(rtol === undefined ? {} : { rtol }),
    ...(atol === undefined ? {} : { atol }),
    claims,
    pointOption: '--at',
    position: { argument: '--at' },
  });
  const out = outputName(program);
  const format = context.json ? 'json' : (context.options.report as string);
  if (format === 'json') await write(process.stdout, jsonLine(json));
  else if (format === 'junit') await write(process.stdout, formatJunit(hessianPointCases(json, out), { suite: 'bp check --order 2' }));
  else if (format === 'github') {
    const commands = hessianProblems(json, out).map((problem) => workflowCommand('error', { title: `bp check: ${problem.title}` }, problem.message));
    await write(process.stdout, commands.join(''));
  } else await write(process.stdout, textReport(context, program, json));
  return json.ok ? EXIT_CODES.success : EXIT_CODES.failed;
}
