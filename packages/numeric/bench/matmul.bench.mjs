// Matrix-product throughput of @bp/numeric's matmul against a plain i-k-j JavaScript loop in the
// same process, for square n×n products in both float types. Run `pnpm --filter @bp/numeric bench`
// (after a build); `--json` prints one JSON line per row instead of the table.
import { gemmBackendName, matmul, matmulTransposeA, matmulTransposeB } from '../dist/index.js';

const SIZES = [128, 512, 1024];
const json = process.argv.includes('--json');

/** The textbook loop order for row-major data: the innermost loop walks rows of B and C contiguously. */
function naive(a, b, n, c) {
  c.fill(0);
  for (let i = 0; i < n; i++) {
    const ci = i * n;
    for (let p = 0; p < n; p++) {
      const aip = a[i * n + p];
      const bp = p * n;
      for (let j = 0; j < n; j++) c[ci + j] += aip * b[bp + j];
    }
  }
  return c;
}

/** This process's CPU time in seconds: on a shared machine it is far steadier than wall-clock time. */
function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Best of several timed runs after a warm-up, in CPU seconds and in wall-clock seconds (each the
 * best of its own); runs until `budget` CPU seconds are spent (at least `min` runs). On a quiet
 * machine the two agree; when they do not, other work took the core.
 */
function best(run, budget, min = 3) {
  // Warm up until the optimising compiler is done with the kernel: its threads count as CPU time too.
  const warm = cpuSeconds();
  do run();
  while (cpuSeconds() - warm < 0.3);
  let cpu = Infinity;
  let wall = Infinity;
  let spent = 0;
  for (let i = 0; i < min || spent < budget; i++) {
    const start = cpuSeconds();
    const clock = performance.now();
    run();
    const seconds = cpuSeconds() - start;
    wall = Math.min(wall, (performance.now() - clock) / 1000);
    cpu = Math.min(cpu, seconds);
    spent += seconds;
    if (i >= 20) break;
  }
  return { cpu, wall };
}

function random(Type, length, seed) {
  const out = new Type(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state / 4294967296 - 0.5;
  }
  return out;
}

const rows = [];
for (const [dtype, Type] of [['float64', Float64Array], ['float32', Float32Array]]) {
  for (const n of SIZES) {
    const a = random(Type, n * n, 1);
    const b = random(Type, n * n, 2);
    const c = new Type(n * n);
    const flops = 2 * n * n * n;
    const gflops = (seconds) => flops / seconds / 1e9;
    const budget = n >= 1024 ? 2 : 1;
    const timed = best(() => matmul(a, b, n, n, n, c), budget);
    const plain = gflops(timed.cpu);
    const ta = gflops(best(() => matmulTransposeA(a, b, n, n, n, c), budget).cpu);
    const tb = gflops(best(() => matmulTransposeB(a, b, n, n, n, c), budget).cpu);
    const loop = gflops(best(() => naive(a, b, n, c), budget, n >= 1024 ? 2 : 3).cpu);
    rows.push({
      dtype, n, backend: gemmBackendName(dtype), matmul: plain, matmulWall: gflops(timed.wall),
      matmulTransposeA: ta, matmulTransposeB: tb, naive: loop, ratio: plain / loop,
    });
    if (json) console.log(JSON.stringify(rows.at(-1)));
  }
}

if (!json) {
  const fixed = (x) => x.toFixed(2).padStart(8);
  console.log(`node ${process.version}, GFLOP/s (2n³ / best CPU time of several runs; "wall": best wall-clock time of matmul)`);
  console.log('dtype      n    backend   matmul     wall      AᵀB      ABᵀ    naive  ratio');
  for (const r of rows) {
    console.log(`${r.dtype}  ${String(r.n).padStart(5)}  ${r.backend.padEnd(6)}${fixed(r.matmul)} ${fixed(r.matmulWall)} ${fixed(r.matmulTransposeA)} ${fixed(r.matmulTransposeB)} ${fixed(r.naive)} ${fixed(r.ratio)}×`);
  }
}
