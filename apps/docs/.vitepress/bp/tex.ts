import katex from 'katex';
import { parse as parseExpression } from 'mathjs';

const GREEK = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'lambda', 'mu', 'nu', 'xi',
  'pi', 'rho', 'sigma', 'tau', 'phi', 'chi', 'psi', 'omega',
]);

/**
 * A program name as TeX: `z1` → `z_{1}`, `alpha` → `\alpha`, `loss` → `\mathrm{loss}`.
 * @example
 * texName('z1'); // "z_{1}"
 */
export function texName(name: string): string {
  const match = /^([A-Za-z]+)_?(\d*)$/.exec(name);
  if (!match) return `\\mathrm{${name.replace(/_/g, '\\_')}}`;
  const [, stem, index] = match;
  const head = GREEK.has(stem!) ? `\\${stem}` : stem!.length === 1 ? stem! : `\\mathrm{${stem}}`;
  return index ? `${head}_{${index}}` : head;
}

/**
 * An expression in program names as TeX, by mathjs's own printer (an independent one: the
 * package's LaTeX is what is being checked elsewhere).
 * @example
 * texExpression('(a - y)*x'); // "\\left(a-y\\right)\\cdot x"
 */
export function texExpression(source: string): string {
  return parseExpression(source).toTex({ parenthesis: 'auto', implicit: 'hide' });
}

/**
 * TeX rendered to KaTeX HTML, with KaTeX's errors thrown rather than shown in red, so a broken
 * formula fails the build instead of reaching a reader. The HTML is wrapped in `v-pre`: KaTeX
 * keeps the TeX source in its MathML, and a `{{` there would otherwise be read by Vue as an
 * interpolation when VitePress compiles the page.
 * @example
 * renderTex('x^2').includes('katex'); // true
 */
export function renderTex(tex: string, displayMode = false): string {
  const html = katex.renderToString(tex, { displayMode, throwOnError: true, output: 'htmlAndMathml', strict: 'error' });
  return displayMode ? `<div v-pre class="bp-math-display">${html}</div>` : `<span v-pre>${html}</span>`;
}
