import { latexName } from '@bp/symbolic';
import { numberForPage } from './format.js';
import type { HessianExample } from './hessian-example.js';
import { renderTex, texExpression, texName } from './tex.js';

type Escape = (text: string) => string;

const tex = (value: number): string => numberForPage(value).replace('−', '-');

function second(of: string, a: string, b: string): string {
  return a === b
    ? `\\frac{\\partial^2 ${texName(of)}}{\\partial ${texName(a)}^2}`
    : `\\frac{\\partial^2 ${texName(of)}}{\\partial ${texName(a)}\\,\\partial ${texName(b)}}`;
}

function matrixTex(rows: readonly (readonly number[])[]): string {
  return `\\begin{bmatrix} ${rows.map((row) => row.map(tex).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

function renderNewton(example: HessianExample, output: string): string {
  const names = example.wrt.map((name) => renderTex(texName(name))).join('</th><th>');
  const rows = example.newton.map((step, k) =>
    `<tr><td>${k}</td><td>${step.point.map(numberForPage).join('</td><td>')}</td><td>${numberForPage(step.value)}</td><td>${step.gradientNorm === 0 ? '0' : step.gradientNorm.toExponential(2)}</td></tr>`);
  return [
    `<p class="bp-worked-subtitle">Newton's method from this point: each step solves ${renderTex('H\\,d = -\\nabla ' + texName(output))}</p>`,
    `<table class="bp-worked-newton"><thead><tr><th>step</th><th>${names}</th><th>${renderTex(texName(output))}</th><th>${renderTex('\\max_i |\\partial_i ' + texName(output) + '|')}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

/**
 * A checked second-order example as HTML: the stated second partials with their checks, the
 * Hessian's entries symbolically and as a matrix, and Newton's steps, as the page asked.
 */
export function renderHessianExample(example: HessianExample, escape: Escape): string {
  const output = example.output;
  const point = Object.entries(example.point).map(([name, value]) => `${texName(name)} = ${value}`).join(',\\ ');
  const parts = [
    '<div class="bp-worked">',
    example.title === undefined ? '' : `<p class="bp-worked-title">${escape(example.title)}</p>`,
    `<p class="bp-worked-program"><code>${escape(example.program)}</code> at ${renderTex(point)}</p>`,
  ];
  if (example.claims.length > 0) {
    parts.push('<table class="bp-worked-claims"><thead><tr><th>stated</th><th>@bp/symbolic</th><th></th></tr></thead><tbody>');
    for (const claim of example.claims) {
      const right = claim.formula === undefined ? tex(claim.number!) : texExpression(claim.formula);
      parts.push(`<tr><td>${renderTex(`${second(output, claim.wrt[0], claim.wrt[1])} = ${right}`)}</td><td>${numberForPage(claim.actual)}${claim.formula === undefined ? '' : ' (and the formula at 3 more points)'}</td><td class="bp-ok" title="checked at build time">✓</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  if (example.show.entries) {
    const short = example.symbolic.entries.filter((e) => e.adjoints === undefined);
    const lines = short.map((e) => `${second(output, e.wrt[0], e.wrt[1])} &= ${e.compactLatex}`);
    if (lines.length > 0) parts.push(renderTex(`\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`, true));
    for (const e of example.symbolic.entries.filter((entry) => entry.adjoints !== undefined)) {
      // A long entry: the gradient's δ lines, the gradient component, then its own δ lines.
      const named = e.adjoints!.map((a) => `${latexName(a.name)} &= ${a.latex}`);
      named.push(`${second(output, e.wrt[0], e.wrt[1])} &= ${e.compactLatex}`);
      parts.push(renderTex(`\\begin{aligned} ${named.join(' \\\\ ')} \\end{aligned}`, true));
    }
  }
  if (example.show.matrix) {
    const g = example.gradient.map((v) => [v]);
    parts.push(renderTex(`\\nabla ${texName(output)} = ${matrixTex(g)},\\qquad H = ${matrixTex(example.hessian)}`, true));
  }
  if (example.newton.length > 0) parts.push(renderNewton(example, output));
  parts.push(
    `<p class="bp-worked-note">Computed by @bp/symbolic's <code>hessianAt</code> when this page was built; all ${example.checkedEntries} entries checked by @bp/verify's <code>checkHessian</code> against second differences of an independent evaluator (mathjs) and against @bp/numeric's compiled Hessian-vector products. A wrong line stops the build.</p>`,
    '</div>',
  );
  return parts.join('\n');
}
