import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const site = fileURLToPath(new URL('..', import.meta.url));

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'test') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The page a site-absolute link such as `/guide/x` or `/` resolves to. */
function target(link: string): string {
  const path = link.split('#')[0]!.replace(/\.html$/, '');
  return path.endsWith('/') ? join(site, path, 'index.md') : join(site, `${path}.md`);
}

describe('docs pages', () => {
  const all = pages(site);

  it('include a home page', () => {
    expect(all.map((page) => relative(site, page))).toContain('index.md');
  });

  it.each(all.map((page) => [relative(site, page), page] as const))('%s links only to pages that exist', (_name, page) => {
    const text = readFileSync(page, 'utf8');
    const links = [...text.matchAll(/\]\((\/[^)\s]*)\)|link: (\/\S*)/g)].map((match) => (match[1] ?? match[2])!);
    const dead = links.filter((link) => !existsSync(target(link)));
    expect(dead).toEqual([]);
  });
});
