import { derive, evaluate, formatNumber, latexName, type Assumption, type Program } from '@bp/symbolic';
import type { Point } from '../check/cross-check.js';
import { outputName } from './shared.js';

/** Largest |form − backward pass| (relative to max(1, |backward pass|)) a form that uses an assumption may show and be `ok`. */
const AGREEMENT = 1e-9;

/**
 * The section that checks the partials written with an assumption: at each checked point (all of
 * which satisfy it), the form that uses it against the exact backward pass. Empty when no partial
 * uses an assumption.
 */
export function assumptionSection(
  program: Program, assumptions: readonly Assumption[], points: readonly Readonly<Point>[], backward: readonly Readonly<Record<string, number>>[],
): string {
  if (assumptions.length === 0) return '';
  const used = program.inputs
    .map((name) => ({ name, d: derive(program, name, { assumptions }) }))
    .filter(({ d }) => d.assumptions !== undefined);
  if (used.length === 0) return '';
  const facts = [...new Set(used.flatMap(({ d }) => d.assumptions!))].map((a) => `\`${a}\``).join(', ');
  const lines = [
    '## The assumption',
    '',
    `The partials marked (assumed) use ${facts}. Every point checked here satisfies it, and at each one the form that uses it is compared with the backward pass, which is exact everywhere.`,
    '',
    '| point | partial | form using the assumption | backward pass | |',
    '| --- | --- | --- | --- | --- |',
  ];
  points.forEach((point, index) => {
    for (const { name, d } of used) {
      const form = evaluate(d.derivative, point);
      const exact = backward[index]![name]!;
      const ok = Math.abs(form - exact) <= AGREEMENT * Math.max(1, Math.abs(exact));
      lines.push(`| ${index + 1} | $\\frac{\\partial ${latexName(outputName(program))}}{\\partial ${latexName(name)}} = ${d.compactLatex}$ | ${formatNumber(form)} | ${formatNumber(exact)} | ${ok ? 'ok' : 'FAIL'} |`);
    }
  });
  return `${lines.join('\n')}\n`;
}
