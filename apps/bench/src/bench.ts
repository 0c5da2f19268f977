import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { gemmBackendName } from '@bp/numeric';
import type { MeasureOptions } from './harness.js';
import { MATMUL_CASES, measureMatmul } from './matmul.js';
import { measureMatrixStep } from './matrix-step.js';
import { KERNEL_CASES, measureKernel } from './kernels.js';
import { measureMlp } from './mlp.js';
import { formatReport, gflopsChart, type Machine, type MeasureResult } from './report.js';
import { HVP_PROGRAMS, measureHvp, measureSymbolicHessian } from './second-order.js';
import { measureStartup } from './startup.js';
import { measureCheckBatch } from './check-batch.js';

const USAGE = `Usage: pnpm bench [-- options]
  --json          print the results as JSON instead of a table
  --runs N        samples per contender (default 5); the median is reported
  --only TEXT     run only the measures whose id contains TEXT (matmul-…, kernel-…, mlp-train-step, cli-startup, hvp-…, hessian-100, check-batch, matrix-train-step)
  --svg FILE      also write a chart of GFLOP/s against n for the square products
  --relaxed-simd  turn on WebAssembly relaxed SIMD (fused multiply-add) on Node 20, where it is
                  behind a V8 flag; Node 22 and later have it on anyway`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      svg: { type: 'string' },
      help: { type: 'boolean', default: false },
      'relaxed-simd': { type: 'boolean', default: false },
    },
  });
  // V8 reads the flag when a module compiles; bp compiles its gemm module on first use.
  if (values['relaxed-simd']) setFlagsFromString('--experimental-wasm-relaxed-simd');
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer, found ${values.runs}`);
  const options: MeasureOptions = { runs, sampleMs: 150, warmupMs: 300 };
  const loadBefore = loadavg()[0] ?? Number.NaN;

  const results: MeasureResult[] = [];
  for (const matmulCase of MATMUL_CASES) {
    if (values.only !== undefined && !matmulCase.id.includes(values.only)) continue;
    process.stderr.write(`measuring ${matmulCase.title}…\n`);
    results.push(await measureMatmul(matmulCase, options));
  }
  const others: readonly { id: string; title: string; measure: () => Promise<MeasureResult> }[] = [
    { id: 'mlp-train-step', title: 'the MLP train step', measure: () => measureMlp(options) },
    { id: 'matrix-train-step', title: 'the compiled matrix program step', measure: () => measureMatrixStep(options) },
    // Start-up samples are single spawns of a few hundred ms: three times as many as the others.
    { id: 'cli-startup', title: 'CLI start-up', measure: () => measureStartup({ ...options, runs: 3 * runs }) },
    ...HVP_PROGRAMS.map((program) => ({ id: `hvp-${program.id}`, title: program.title, measure: () => measureHvp(program, options) })),
    { id: 'hessian-100', title: 'the symbolic Hessian of 100 inputs', measure: () => measureSymbolicHessian(options) },
    // Each sample is a whole batch of 2 000 lines (seconds): the runs given, no more.
    { id: 'check-batch', title: 'bp check --batch', measure: () => measureCheckBatch(options) },
  ];
  for (const kernelCase of KERNEL_CASES) {
    if (values.only !== undefined && !kernelCase.id.includes(values.only)) continue;
    process.stderr.write(`measuring the ${kernelCase.title} kernel…\n`);
    results.push(await measureKernel(kernelCase, options));
  }
  for (const other of others) {
    if (values.only !== undefined && !other.id.includes(values.only)) continue;
    process.stderr.write(`measuring ${other.title}…\n`);
    results.push(await other.measure());
  }

  const machine: Machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    node: process.versions.node,
    platform: `${process.platform}-${process.arch}`,
    load: [loadBefore, loadavg()[0] ?? Number.NaN],
    gemm: gemmBackendName('float32'),
  };
  if (values.json) process.stdout.write(`${JSON.stringify({ machine, options: { runs }, results }, null, 2)}\n`);
  else process.stdout.write(`${formatReport(machine, results)}\n`);
  if (values.svg !== undefined) writeFileSync(values.svg, gflopsChart(results, ['bp wasm', 'bp threads', 'jax-js', 'tfjs-wasm', 'tfjs-cpu', 'js loop']));
  if (results.some((r) => r.rejected.length > 0)) process.exitCode = 1;
}

await main();
