import type MarkdownIt from 'markdown-it';
import { renderTex, texExpression, texName } from './tex.js';
import { checkWorkedExample, WorkedExampleError, type CheckedClaim, type WorkedExample } from './worked-example.js';

interface PageEnv {
  readonly relativePath?: string;
}

function number(value: number): string {
  if (Object.is(value, -0) || value === 0) return '0';
  const text = Math.abs(value) >= 1e-4 && Math.abs(value) < 1e6 ? String(Number(value.toPrecision(6))) : value.toExponential(4);
  return text.replace('-', '−');
}

function claimTex(claim: CheckedClaim): string {
  const left = claim.kind === 'value' ? texName(claim.of) : `\\frac{\\partial ${texName(claim.of)}}{\\partial ${texName(claim.wrt!)}}`;
  const right = claim.formula === undefined ? claim.text.split(/=|≈/)[1]!.trim().replace('−', '-') : texExpression(claim.formula);
  return `${left} = ${right}`;
}

function renderClaim(claim: CheckedClaim, example: WorkedExample, escape: (text: string) => string): string {
  const evidence =
    claim.formula === undefined
      ? claim.kind === 'value'
        ? `forward value ${number(claim.actual)}`
        : `central difference ${number(claim.actual)}`
      : `formula ${number(claim.formulaValue!)}, central difference ${number(claim.actual)}; agrees at ${example.extraPoints} more points`;
  return `<tr><td>${renderTex(claimTex(claim))}</td><td>${escape(evidence)}</td><td class="bp-ok" title="checked at build time">✓</td></tr>`;
}

function renderExample(example: WorkedExample, escape: (text: string) => string): string {
  const point = Object.entries(example.point)
    .map(([name, value]) => `${texName(name)} = ${value}`)
    .join(',\\ ');
  const title = example.title === undefined ? '' : `<p class="bp-worked-title">${escape(example.title)}</p>`;
  return [
    '<div class="bp-worked">',
    title,
    `<p class="bp-worked-program"><code>${escape(example.program)}</code> at ${renderTex(point)}</p>`,
    '<table class="bp-worked-claims"><thead><tr><th>stated</th><th>checked against</th><th></th></tr></thead><tbody>',
    ...example.claims.map((claim) => renderClaim(claim, example, escape)),
    '</tbody></table>',
    '<p class="bp-worked-note">Every line above was recomputed when this page was built; a wrong one stops the build.</p>',
    '</div>',
  ].join('\n');
}

/**
 * The docs' markdown additions: ```` ```worked ```` fences (worked examples proved at build time,
 * see `worked-example.ts`) and ```` ```mermaid ```` fences (drawn in the browser by the
 * `BpMermaid` component).
 * @example
 * md.use(bpMarkdown);
 */
export function bpMarkdown(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, index, options, env: PageEnv, self) => {
    const token = tokens[index]!;
    const lang = token.info.trim().split(/\s+/)[0];
    if (lang === 'mermaid') {
      return `<BpMermaid code="${encodeURIComponent(token.content)}" />\n`;
    }
    if (lang === 'worked') {
      const where = `${env.relativePath ?? '(page)'}:${(token.map?.[0] ?? 0) + 1}`;
      try {
        return renderExample(checkWorkedExample(token.content), md.utils.escapeHtml);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new WorkedExampleError(`${where}: worked example failed its check: ${message}`, { cause: error });
      }
    }
    return fallback(tokens, index, options, env, self);
  };
}
