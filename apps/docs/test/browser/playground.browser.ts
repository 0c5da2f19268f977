import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, watchProblems } from './browser.js';
import { serveStatic } from './static-server.js';

const site = fileURLToPath(new URL('../..', import.meta.url));
const screenshots = join(site, 'test', 'browser', 'screenshots');

describe('the playground in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serveStatic(join(site, '.vitepress', 'dist'));
    browser = await launchBrowser();
    page = await browser.context.newPage();
    problems = watchProblems(page);
    await page.goto(`${server.url}/playground`, { waitUntil: 'networkidle' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function enter(source: string, point: string): Promise<void> {
    await page.getByTestId('source').fill(source);
    await page.getByTestId('point').fill(point);
  }

  it('computes x^2*y at (3, 2): value, gradient, steps, graph and a passing check', async () => {
    await enter('x^2*y', 'x=3, y=2');
    await expect.poll(() => page.getByTestId('value').innerText()).toBe('18');
    // By hand: ∂/∂x = 2xy = 12, ∂/∂y = x² = 9.
    expect(await page.getByTestId('gradient-value').allInnerTexts()).toEqual(['12', '9']);
    expect(await page.getByTestId('check').getAttribute('data-ok')).toBe('true');
    expect(await page.locator('[data-testid="steps"] .katex').count()).toBeGreaterThan(0);
    await page.waitForSelector('.bp-playground .bp-mermaid-svg > svg');
    await page.screenshot({ path: join(screenshots, 'playground-x2y.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('computes a program, with the derivation for the input chosen', async () => {
    await enter('a = x*y\nb = a + x\nc = a*b', 'x=2, y=3');
    await expect.poll(() => page.getByTestId('value').innerText()).toBe('48');
    // c = x²y² + x²y: ∂c/∂x = 2xy² + 2xy = 48, ∂c/∂y = 2x²y + x² = 28.
    expect(await page.getByTestId('gradient-value').allInnerTexts()).toEqual(['48', '28']);
    await page.getByTestId('wrt').selectOption('y');
    await expect.poll(() => page.getByTestId('steps').innerText()).toContain('sum-over-paths');
    await page.waitForSelector('.bp-playground .bp-mermaid-svg > svg');
    expect(await page.locator('.bp-playground .bp-mermaid-svg svg .node').count()).toBe(5);
    expect(problems).toEqual([]);
  });

  it('shows the error and its position for x +* 2 and for a bad point, and recovers', async () => {
    await enter('x +* 2', 'x=1');
    await page.getByTestId('error').waitFor();
    expect(await page.getByTestId('error').innerText()).toMatch(/^syntax at column 4 of the program/);
    expect(await page.getByTestId('error-span').innerText()).toBe('*');
    expect(await page.getByTestId('value').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'playground-error.png') });
    await enter('x*y', 'x=1, y=');
    await expect.poll(() => page.getByTestId('error-span').innerText()).toBe('y=');
    expect(await page.getByTestId('error').innerText()).toMatch(/^point at column 6 of the point/);
    await enter('x + 2', 'x=1');
    await expect.poll(() => page.getByTestId('value').innerText()).toBe('3');
    expect(problems).toEqual([]);
  });
});
