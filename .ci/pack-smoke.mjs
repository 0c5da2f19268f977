// Packs every library, checks each tarball holds only what users need, installs each one alone
// (with the tarballs of the bp packages it depends on, nothing from the workspace) into an empty
// npm project, imports it from plain ESM and type-checks a strict TypeScript consumer against it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bp-pack-'));
const tarballs = join(work, 'tarballs');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const libraries = readdirSync(join(root, 'packages')).map((dir) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  return { dir: join(root, 'packages', dir), manifest };
});

const tarballOf = new Map();
for (const { dir, manifest } of libraries) {
  const out = run('pnpm', ['pack', '--pack-destination', tarballs, '--json'], dir);
  const { filename, files } = JSON.parse(out.slice(out.indexOf('{')));
  const stray = files.map((f) => f.path).filter((p) => !/^(dist\/.+\.(js|d\.ts|js\.map|d\.ts\.map)|README\.md|LICENSE|package\.json)$/.test(p));
  if (stray.length) throw new Error(`${manifest.name}: tarball holds files users do not need: ${stray.join(', ')}`);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'README.md', 'LICENSE']) {
    if (!files.some((f) => f.path === needed)) throw new Error(`${manifest.name}: tarball lacks ${needed}`);
  }
  tarballOf.set(manifest.name, filename);
  console.log(`${manifest.name}: ${files.length} files in ${filename.split('/').pop()}`);
}

/** A library's own tarball plus those of the bp packages it needs, transitively. */
function closure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const { manifest } = libraries.find((lib) => lib.manifest.name === name);
  for (const dep of Object.keys(manifest.dependencies ?? {})) if (tarballOf.has(dep)) closure(dep, seen);
  return seen;
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
for (const { manifest } of libraries) {
  const name = manifest.name;
  const project = join(work, name.replace('/', '-'));
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const packed = [...closure(name)].map((dep) => tarballOf.get(dep));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed], project);

  const main = `import * as lib from '${name}';\nconst names = Object.keys(lib);\nif (names.length === 0) throw new Error('nothing exported');\nconsole.log('${name}: imports from plain ESM (' + names.length + ' exports)');\n`;
  writeFileSync(join(project, 'main.mjs'), main);
  process.stdout.write(run(process.execPath, ['main.mjs'], project));

  const errorClass = `${name.slice(4, 5).toUpperCase()}${name.slice(5)}Error`;
  writeFileSync(
    join(project, 'consumer.ts'),
    `import { ${errorClass}, is${errorClass} } from '${name}';\nconst error: unknown = new Error('x');\nexport const matched: boolean = is${errorClass}(error) && error instanceof ${errorClass};\n`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], noEmit: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true }, files: ['consumer.ts'] }),
  );
  run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
  console.log(`${name}: types resolve in a strict TypeScript consumer`);
}
