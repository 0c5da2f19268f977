import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, watchProblems } from './browser.js';
import { serveStatic } from './static-server.js';

const site = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(site, '.vitepress', 'dist');
const screenshots = join(site, 'test', 'browser', 'screenshots');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') && entry.name !== '404.html' ? [path] : [];
  });
}

/** What a page's Markdown source promises: how much math and how many diagrams. */
function expectations(route: string): { math: boolean; diagrams: number } {
  const source = join(site, route === '/' ? 'index.md' : route.endsWith('/') ? `${route}index.md` : `${route}.md`);
  const text = readFileSync(source, 'utf8');
  const fences = [...text.matchAll(/^```(\w*)[^\n]*\n[\s\S]*?^```/gm)];
  const prose = text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return {
    math: /\$[^$\n]+\$/.test(prose) || fences.some((fence) => fence[1] === 'worked' || fence[1] === 'functions') || /<BpPlayground\b/.test(text),
    diagrams:
      fences.filter((fence) => fence[1] === 'mermaid' || (fence[1] === 'worked' && /^show:.*\bgraph\b/m.test(fence[0]))).length +
      (text.match(/<BpPlayground\b/g)?.length ?? 0),
  };
}

const routes = existsSync(dist)
  ? htmlFiles(dist).map((file) => `/${relative(dist, file).replace(/\\/g, '/').replace(/index\.html$/, '').replace(/\.html$/, '')}`)
  : [];

describe('the built site in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  const links = new Map<string, string>();

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error(`no built site at ${dist}: run "pnpm --filter docs build" first`);
    mkdirSync(screenshots, { recursive: true });
    server = await serveStatic(dist);
    browser = await launchBrowser();
    context = browser.context;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has pages to check', () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  it.each(routes)('%s loads cleanly, with its math and diagrams rendered', async (route) => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
    const want = expectations(route);
    await page.waitForFunction((n) => document.querySelectorAll('.bp-mermaid-svg > svg').length >= n, want.diagrams, { timeout: 20_000 });
    expect(await page.locator('.bp-mermaid-svg > svg').count()).toBe(want.diagrams);
    expect(await page.locator('.bp-mermaid-error').count()).toBe(0);
    expect((await page.locator('.katex').count()) > 0).toBe(want.math);
    // Math that KaTeX could not parse would show as its red error span or as raw TeX.
    expect(await page.locator('.katex-error').count()).toBe(0);
    // TeX left raw in the prose (not in code, where LaTeX output is shown on purpose).
    const prose = await page.evaluate(() => {
      const doc = document.querySelector('.vp-doc')?.cloneNode(true) as HTMLElement | undefined;
      doc?.querySelectorAll('pre, code, .katex').forEach((element) => element.remove());
      return doc?.textContent ?? '';
    });
    expect(prose).not.toMatch(/\$\$|\\frac|\\partial/);
    expect(problems).toEqual([]);
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) if (href.startsWith(server.url)) links.set(href.split('#')[0]!, route);
    if (process.env.BP_SCREENSHOTS) await page.screenshot({ path: join(screenshots, `page${route.replace(/\//g, '-')}.png`), fullPage: true });
    await page.close();
  });

  it('links only to pages that exist, and every page is linked from another', async () => {
    expect(routes.filter((route) => !links.has(`${server.url}${route}`))).toEqual([]);
    const dead: string[] = [];
    for (const [href, from] of links) {
      const response = await fetch(href);
      if (response.status !== 200) dead.push(`${href} (from ${from})`);
    }
    expect(dead).toEqual([]);
  });

  it.each(['/learn/chain-rule', '/learn/neuron', '/learn/dense-layer', '/playground'])('%s lays out for a phone without sideways scrolling', async (route) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: join(screenshots, `phone${route.replace(/\//g, '-')}.png`), fullPage: false });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('redraws diagrams in dark mode without errors', async () => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${server.url}/learn/chain-rule`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.bp-mermaid svg');
    await page.locator('.VPNavBarAppearance .VPSwitchAppearance').click();
    await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
    await page.waitForSelector('.bp-mermaid svg');
    await page.screenshot({ path: join(screenshots, 'chain-rule-dark.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds a page with the local search', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    await page.locator('.DocSearch, .VPNavBarSearchButton, #local-search button').first().click();
    // The search index loads on first open, so type only once its input is there.
    await page.locator('.VPLocalSearchBox input').fill('chain rule');
    await page.waitForSelector('.VPLocalSearchBox .result', { timeout: 20_000 });
    expect(await page.locator('.VPLocalSearchBox .result').count()).toBeGreaterThan(0);
    await page.close();
  });
});
