// Bundles the CLI with esbuild: one entry file plus lazily loaded chunks, with the packages and
// their dependencies tree-shaken in. Loading hundreds of separate ES modules (mathjs alone is
// several hundred) dominated start-up; one bundle starts in a fraction of the time.
// Types are checked by `tsc --noEmit` (typecheck); declarations come from tsc in the build script.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

await rm(join(import.meta.dirname, 'dist', 'chunks'), { recursive: true, force: true });
await build({
  entryPoints: {
    cli: join(import.meta.dirname, 'src/cli.ts'),
    commands: join(import.meta.dirname, 'src/commands.ts'),
    // The thread `bp check --batch --workers N` starts: its own entry, next to cli.js.
    'check-worker': join(import.meta.dirname, 'src/check/worker.ts'),
  },
  outdir: join(import.meta.dirname, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify: true,
  keepNames: true,
  legalComments: 'linked',
  // CommonJS dependencies (commander, cli-progress) call require() for Node's modules; an ES
  // module bundle needs a real require for that.
  banner: { js: "import { createRequire as __bpCreateRequire } from 'node:module'; const require = __bpCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
