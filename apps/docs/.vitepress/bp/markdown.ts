import { tex } from '@mdit/plugin-tex';
import type MarkdownIt from 'markdown-it';
import { toMermaid } from '@bp/symbolic';
import { basename, dirname, resolve } from 'node:path';
import { apiReference, type ApiEntry } from './api-reference.js';
import { cliReference } from './cli-reference.js';
import { functionTable } from './function-table.js';
import { checkDenseExample, type DenseExample } from './dense-example.js';
import { numberForPage } from './format.js';
import { checkHessianExample } from './hessian-example.js';
import { renderHessianExample } from './hessian-markdown.js';
import { checkMatrixExample, renderMatrixExample } from './matrix-example.js';
import { renderTex, texExpression, texName } from './tex.js';
import { checkWorkedExample, WorkedExampleError, type CheckedClaim, type CheckedDerivation, type WorkedExample } from './worked-example.js';

interface PageEnv {
  readonly relativePath?: string;
  /** The page's absolute path, set by VitePress. */
  readonly path?: string;
}

const KIND_ORDER: readonly ApiEntry['kind'][] = ['function', 'class', 'constant', 'interface', 'type'];
const KIND_TITLE: Readonly<Record<ApiEntry['kind'], string>> = {
  function: 'Functions',
  class: 'Classes',
  constant: 'Constants',
  interface: 'Interfaces',
  type: 'Types',
};

/** A package's API (or one of its other entry points') as Markdown, generated from its sources (see `api-reference.ts`). */
function apiMarkdown(packageDir: string, entry?: string): string {
  const { entries, errorCodes } = apiReference(packageDir, entry);
  const prose = (text: string): string => text.replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`');
  const out: string[] = [];
  for (const kind of KIND_ORDER) {
    const group = entries.filter((entry) => entry.kind === kind);
    if (group.length === 0) continue;
    out.push(`## ${KIND_TITLE[kind]}`, '');
    for (const entry of group) {
      out.push(`### ${entry.name}`, '', prose(entry.summary) || '_No description yet._', '', '```ts', entry.signature, '```', '');
      for (const text of entry.throws) out.push(`**Throws** ${prose(text)}`, '');
      for (const example of entry.examples) out.push('**Example**', '', '```ts', example, '```', '');
    }
  }
  if (errorCodes.length > 0) {
    out.push('## Error codes', '');
    for (const { type, codes } of errorCodes) out.push(`\`${type}\`: ${codes.map((code) => `\`${code}\``).join(', ')}.`, '');
  }
  return out.join('\n');
}

type Escape = (text: string) => string;

function partial(of: string, wrt: string): string {
  return `\\frac{\\partial ${texName(of)}}{\\partial ${texName(wrt)}}`;
}

function claimTex(claim: CheckedClaim): string {
  const left = claim.kind === 'value' ? texName(claim.of) : partial(claim.of, claim.wrt!);
  const right = claim.formula === undefined ? claim.text.split(/=|≈/)[1]!.trim().replace('−', '-') : texExpression(claim.formula);
  return `${left} = ${right}`;
}

function renderClaim(claim: CheckedClaim, example: WorkedExample): string {
  const symbolic = claim.formula === undefined ? numberForPage(claim.actual) : `${numberForPage(claim.actual)} (formula: ${numberForPage(claim.formulaValue!)}, and at ${example.extraPoints} more points)`;
  const reference = claim.kind === 'value' ? `${numberForPage(claim.reference)} (mathjs)` : `${numberForPage(claim.reference)} (central difference)`;
  return `<tr><td>${renderTex(claimTex(claim))}</td><td>${symbolic}</td><td>${reference}</td><td class="bp-ok" title="checked at build time">✓</td></tr>`;
}

function renderDerivation({ derivation, points }: CheckedDerivation, output: string, escape: Escape): string {
  const steps = derivation.steps
    .map((step) => `<li><span class="bp-rule">${escape(step.rule)}</span> ${renderTex(step.latex)}</li>`)
    .join('\n');
  const results = [derivation.compactLatex, ...(derivation.latex === derivation.compactLatex ? [] : [derivation.latex])];
  const result = renderTex(`${partial(output, derivation.wrt)} = ${results.join(' = ')}`, true);
  return [
    `<p class="bp-worked-subtitle">Derivation with respect to ${renderTex(texName(derivation.wrt))}, rule by rule</p>`,
    `<ol class="bp-steps">${steps}</ol>`,
    result,
    `<p class="bp-worked-note">The result above agrees with central differences at ${points} points.</p>`,
  ].join('\n');
}

function renderGradient(example: WorkedExample, output: string): string {
  const rows = example.backprop.program.inputs.map((name) => {
    const row = example.gradient.rows.find((r) => r.name === name)!;
    const numeric = row.kink ? 'kink: no derivative here' : numberForPage(row.numeric);
    return `<tr><td>${renderTex(partial(output, name))}</td><td>${numberForPage(row.analytic)}</td><td>${numeric}</td><td>${row.absError.toExponential(1)}</td></tr>`;
  });
  return [
    '<table class="bp-worked-gradient"><thead><tr><th>component</th><th>reverse mode</th><th>central difference</th><th>|difference|</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
    `<p class="bp-worked-note">Checked by @bp/verify's <code>checkGradient</code>: central differences on mathjs, rtol ${example.gradient.rtol.toExponential(0)}, atol ${example.gradient.atol.toExponential(0)}.</p>`,
  ].join('\n');
}

function renderBackward(example: WorkedExample, output: string): string {
  const { nodes, contributions } = example.backprop;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const rows = contributions.map((c) => {
    const from = byId.get(c.from)!;
    const to = byId.get(c.to)!;
    return `<tr><td>${renderTex(`${texName(from.label)} \to ${texName(to.label)}`)}</td><td>${renderTex(`${partial(output, from.label)} = ${numberForPage(c.upstreamValue!)}`)}</td><td>${renderTex(`${partial(from.label, to.label)} = ${c.localLatex}`)}</td><td>${numberForPage(c.value!)}</td></tr>`;
  });
  return [
    '<p class="bp-worked-subtitle">The backward pass, one edge at a time: upstream × local</p>',
    '<table class="bp-worked-backward"><thead><tr><th>edge</th><th>upstream</th><th>local</th><th>contribution</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

function renderExample(example: WorkedExample, escape: Escape): string {
  const output = example.backprop.program.outputName ?? 'f';
  const point = Object.entries(example.point)
    .map(([name, value]) => `${texName(name)} = ${value}`)
    .join(',\\ ');
  const parts = [
    '<div class="bp-worked">',
    example.title === undefined ? '' : `<p class="bp-worked-title">${escape(example.title)}</p>`,
    `<p class="bp-worked-program"><code>${escape(example.program)}</code> at ${renderTex(point)}</p>`,
  ];
  if (example.claims.length > 0) {
    parts.push(
      '<table class="bp-worked-claims"><thead><tr><th>stated</th><th>@bp/symbolic</th><th>independent check</th><th></th></tr></thead><tbody>',
      ...example.claims.map((claim) => renderClaim(claim, example)),
      '</tbody></table>',
    );
  }
  for (const derivation of example.derivations) parts.push(renderDerivation(derivation, output, escape));
  if (example.show.gradient) parts.push(renderGradient(example, output));
  if (example.show.backward) parts.push(renderBackward(example, output));
  if (example.show.graph) parts.push(`<BpMermaid code="${encodeURIComponent(toMermaid(example.backprop))}" />`);
  parts.push('<p class="bp-worked-note">Computed by @bp/symbolic when this page was built and checked against mathjs and central differences; a wrong line stops the build.</p>', '</div>');
  return parts.join('\n');
}

function texMatrix(rows: readonly (readonly number[])[]): string {
  const body = rows.map((row) => row.map((v) => numberForPage(v).replace('−', '-')).join(' & ')).join(' \\\\ ');
  return `\\begin{bmatrix} ${body} \\end{bmatrix}`;
}

function renderDense(example: DenseExample): string {
  const column = (values: readonly number[]): number[][] => values.map((v) => [v]);
  const f = example.activation === 'sigmoid' ? '\\sigma' : `\\operatorname{${example.activation}}`;
  const lines = [
    `W = ${texMatrix(example.W)},\\quad b = ${texMatrix(column(example.b))}`,
    `A^{l-1} = ${texMatrix(example.X)},\\quad Y = ${texMatrix(example.Y)}`,
    `Z = W A^{l-1} + b = ${texMatrix(example.Z)}`,
    `A = ${f}(Z) = ${texMatrix(example.A)}`,
    `L = \\tfrac{1}{2n}\\textstyle\\sum (A - Y)^2 = ${numberForPage(example.loss).replace('−', '-')},\\quad dA = \\tfrac{1}{n}(A - Y)`,
    `dZ = dA \\odot ${f}'(Z) = ${texMatrix(example.dZ)}`,
    `dW = dZ\\,(A^{l-1})^{\\mathsf T} = ${texMatrix(example.dW)}`,
    `db = \\textstyle\\sum_{\\text{batch}} dZ = ${texMatrix(column(example.db))}`,
    `dA^{l-1} = W^{\\mathsf T} dZ = ${texMatrix(example.dX)}`,
  ];
  return [
    '<div class="bp-worked bp-dense">',
    ...lines.map((line) => renderTex(line, true)),
    `<p class="bp-worked-note">Computed by @bp/numeric's <code>denseForward</code> and <code>denseBackward</code> when this page was built (n = ${example.X[0]!.length} examples). Each of the ${example.entries} entries of dW, db and dA<sup>l−1</sup> matches @bp/symbolic's reverse mode on the same layer written out as scalars, and central differences on mathjs; a mismatch stops the build.</p>`,
    '</div>',
  ].join('\n');
}

/**
 * `$…$` and `$$…$$` math rendered by KaTeX at build time. Unlike the usual plugins, which print
 * a red error in the page, a formula KaTeX cannot parse throws, so the build fails.
 * @example
 * md.use(bpMath);
 */
export function bpMath(md: MarkdownIt): void {
  md.use(tex, { render: (content: string, displayMode: boolean) => renderTex(content, displayMode) });
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
    if (lang === 'errors') {
      const rows = token.content
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .flatMap((dir) => {
          const packageDir = resolve(dirname(env.path ?? '.'), dir);
          const name = basename(packageDir);
          return apiReference(packageDir).errorCodes.map(({ type, codes }) => `| \`@bp/${name}\` | \`${type}\` | ${codes.map((code) => `\`${code}\``).join(', ')} |`);
        });
      return md.render(['| package | type | codes |', '| --- | --- | --- |', ...rows].join('\n'), env);
    }
    if (lang === 'cli') {
      const cli = resolve(dirname(env.path ?? '.'), token.content.trim());
      return md.render(cliReference(cli), env);
    }
    if (lang === 'functions') {
      return md.render(functionTable(), env);
    }
    if (lang === 'api') {
      // `<package directory> [entry]`: the entry point's file name in src, index.ts by default.
      const [dir, entry] = token.content.trim().split(/\s+/) as [string, string | undefined];
      const packageDir = resolve(dirname(env.path ?? '.'), dir);
      return md.render(apiMarkdown(packageDir, entry), { ...env, relativePath: `${env.relativePath ?? ''}#api` });
    }
    if (lang === 'dense') {
      const where = `${env.relativePath ?? '(page)'}:${(token.map?.[0] ?? 0) + 1}`;
      try {
        return renderDense(checkDenseExample(token.content));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new WorkedExampleError(`${where}: dense example failed its check: ${message}`, { cause: error });
      }
    }
    if (lang === 'hessian') {
      const where = `${env.relativePath ?? '(page)'}:${(token.map?.[0] ?? 0) + 1}`;
      try {
        return renderHessianExample(checkHessianExample(token.content), md.utils.escapeHtml);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new WorkedExampleError(`${where}: Hessian example failed its check: ${message}`, { cause: error });
      }
    }
    if (lang === 'matrix') {
      const where = `${env.relativePath ?? '(page)'}:${(token.map?.[0] ?? 0) + 1}`;
      try {
        return renderMatrixExample(checkMatrixExample(token.content), renderTex, md.utils.escapeHtml);
      } catch (error) {
        throw new WorkedExampleError(`${where}: matrix example failed its check: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
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
