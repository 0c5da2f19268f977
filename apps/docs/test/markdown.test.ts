import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { bpMarkdown, bpMath } from '../.vitepress/bp/markdown.js';

const site = fileURLToPath(new URL('..', import.meta.url));

function markdown(): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  md.use(bpMath);
  md.use(bpMarkdown);
  return md;
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || ['node_modules', 'test', 'public'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

describe('bpMarkdown', () => {
  it('renders a worked example as checked KaTeX lines', () => {
    const html = markdown().render('```worked\nprogram: y = x^2\nat: x=3\nclaim: dy/dx = 2*x\n```\n');
    expect(html).toContain('class="bp-worked"');
    expect(html).toContain('class="katex"');
    expect(html).toContain('✓');
  });

  it('fails with the page and line when a claim is wrong', () => {
    const source = 'Intro\n\n```worked\nprogram: y = x^2\nat: x=3\nclaim: dy/dx = 7\n```\n';
    expect(() => markdown().render(source, { relativePath: 'learn/x.md' })).toThrow(/^learn\/x\.md:3: /);
  });

  it('renders $…$ and $$…$$ with KaTeX, shielded from Vue', () => {
    const html = markdown().render('Inline $x^{{2}}$ and\n\n$$\\frac{a}{b}$$\n');
    expect(html.match(/<span v-pre><span class="katex">/g)).toHaveLength(1);
    expect(html).toContain('<div v-pre class="bp-math-display"><span class="katex-display">');
  });

  it('fails instead of printing math KaTeX cannot parse', () => {
    expect(() => markdown().render('Broken $\\frac{a}$ math\n')).toThrow(/KaTeX parse error/);
  });

  it('hands Mermaid diagrams to the browser component', () => {
    const html = markdown().render('```mermaid\nflowchart LR\n  a --> b\n```\n');
    expect(html).toContain(`<BpMermaid code="${encodeURIComponent('flowchart LR\n  a --> b\n')}" />`);
  });

  it.each(pages(site).map((page) => [relative(site, page), page] as const))('%s renders and every claim on it holds', (name, page) => {
    expect(() => markdown().render(readFileSync(page, 'utf8'), { relativePath: name, path: page })).not.toThrow();
  });
});

describe('the generated API reference', () => {
  it('lists every export of @bp/symbolic with its declaration and the error codes', () => {
    const page = join(site, 'reference', 'symbolic.md');
    const html = markdown().render(readFileSync(page, 'utf8'), { relativePath: 'reference/symbolic.md', path: page });
    for (const name of ['parse', 'derive', 'gradient', 'backprop', 'SymbolicError']) expect(html).toContain(`<h3>${name}</h3>`);
    expect(html).toContain('function gradient(source: string | Program, at: Point');
    expect(html).toMatch(/<code>SymbolicErrorCode<\/code>: <code>syntax<\/code>/);
  });
});

describe('the functions fence', () => {
  it('lists every function a source can call, each row rendered by KaTeX without error', () => {
    const html = markdown().render('```functions\n```\n');
    for (const name of ['abs(x)', 'atan2(y, x)', 'hypot(x, y)', 'square(x)', 'cube(x)', 'expm1(x)', 'log1p(x)', 'silu(x)', 'swish(x)', 'gelu(x)', 'mish(x)', 'softsign(x)', 'hardtanh(x)', 'tau', 'phi', 'PI', 'E']) {
      expect(html).toContain(`<code>${name}</code>`);
    }
    expect(html).toContain('class="katex"');
    expect(html).not.toContain('katex-error');
  });
});
