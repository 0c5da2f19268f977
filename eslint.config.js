// @ts-check
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * The workspace's own packages, read from their manifests. Each may import only the `@bp/*`
 * packages it declares, so the layering (symbolic ← numeric ← verify ← apps) lives in one
 * place, the package.json files, and a stray import such as `@bp/verify` in `@bp/symbolic`
 * fails lint instead of working by accident through the workspace's symlinks.
 */
function workspaceLayers() {
  const members = ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(root, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, group, entry.name, 'package.json')))
      .map((entry) => {
        const dir = `${group}/${entry.name}`;
        const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
        return { dir, name: String(manifest.name), manifest };
      }),
  );
  const ours = members.map((member) => member.name).filter((name) => name.startsWith('@bp/'));
  // The subpaths our packages publish in `exports` (`@bp/symbolic/engine`, `@bp/verify/vitest`) are entry points too.
  const subpaths = members
    .filter((member) => member.name.startsWith('@bp/'))
    .flatMap((member) => Object.keys(member.manifest.exports ?? {})
      .filter((key) => key.startsWith('./') && key !== './package.json')
      .map((key) => `!${member.name}${key.slice(1)}`));
  return members.flatMap(({ dir, name, manifest }) => {
    const declared = new Set(
      Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies }),
    );
    const paths = ours
      .filter((other) => other !== name && !declared.has(other))
      .map((other) => ({
        name: other,
        message: `${name} does not declare ${other} in package.json; dependencies point down only (symbolic ← numeric ← verify ← apps).`,
      }));
    const entryPointOnly = { group: ['@bp/*/*', ...subpaths], message: 'Import another package through an entry point its package.json exports.' };
    const layering = { files: [`${dir}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { paths, patterns: [entryPointOnly] }] } };
    if (!dir.startsWith('packages/')) return [layering];
    // Library code runs in the browser too: Node's modules stay in tests and tools.
    const nodeOnly = { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads'], message: 'Library code must run in the browser: no Node built-ins in packages/*/src.' };
    return [
      layering,
      {
        files: [`${dir}/src/**/*.ts`],
        ignores: ['**/*.test.ts'],
        rules: { 'no-restricted-imports': ['error', { paths, patterns: [entryPointOnly, nodeOnly] }] },
      },
    ];
  });
}

export default defineConfig(
  { ignores: ['**/dist/**', '**/coverage/**', '**/.vitepress/cache/**', '**/.vitepress/dist/**', '**/generated/**'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  ...workspaceLayers(),
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename'],
    },
  },
  {
    // A function a reader can hold in their head (issue 13).
    files: ['packages/*/src/**/*.ts', 'apps/cli/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // fast-check's fc.assert and helpers named expect* assert too.
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'fc.assert'] }],
      // Asymmetric matchers (expect.objectContaining, expect.stringContaining) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // Scripts, benchmarks and CI helpers run in Node.
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
);
