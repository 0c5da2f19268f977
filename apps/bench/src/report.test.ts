import { describe, expect, it } from 'vitest';
import { evaluateGoals, formatReport, gflopsChart, withRates, type MeasureResult } from './report.js';

const machine = { cpu: 'Test CPU', cores: 2, node: '20.0.0', platform: 'linux-x64', load: [0.5, 1.5] as const };

function result(size: number, bpMs: number, peerMs: number): MeasureResult {
  const flops = 2 * size ** 3;
  return {
    id: `matmul-${size}`,
    title: `matmul n=${size}`,
    flops,
    timings: [
      { name: 'bp wasm', medianMs: bpMs, samplesMs: [bpMs], iterations: 1, gflops: flops / bpMs / 1e6, bpSpeedup: 1 },
      { name: 'tfjs-wasm', medianMs: peerMs, samplesMs: [peerMs], iterations: 1, gflops: flops / peerMs / 1e6, bpSpeedup: peerMs / bpMs },
    ],
    rejected: [],
    goals: [{ peer: 'tfjs-wasm', atLeast: 1, speedup: peerMs / bpMs, met: peerMs >= bpMs }],
  };
}

describe('formatReport', () => {
  it('shows rates, the fraction of OpenBLAS, speedups and whether each goal is met', () => {
    const text = formatReport(machine, [result(100, 0.1, 0.4), result(200, 1, 0.5)]);
    // 2·100³ flops in 0.1 ms is 20 GFLOP/s, 26.3% of 76.
    expect(text).toMatch(/matmul n=100\s+bp wasm\s+0\.100\s+20\.00\s+26\.3%\s+1\.00×/);
    expect(text).toMatch(/tfjs-wasm\s+0\.400\s+5\.00\s+6\.6%\s+4\.00×/);
    expect(text).toMatch(/matmul n=100\s+bp wasm ≥ 1× tfjs-wasm\s+4\.00×\s+met/);
    expect(text).toMatch(/matmul n=200\s+bp wasm ≥ 1× tfjs-wasm\s+0\.50×\s+MISSED/);
    expect(text).toContain('load average 0.50 before and 1.50 after');
  });
});

describe('gflopsChart', () => {
  it('draws one line per contender through the square sizes', () => {
    const svg = gflopsChart([result(128, 0.1, 0.2), result(512, 6, 12)], ['bp wasm', 'tfjs-wasm', 'absent']);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(4);
    expect(svg).not.toContain('absent');
  });
});

describe('evaluateGoals', () => {
  const timings = withRates(
    [
      { name: 'bp', medianMs: 2, samplesMs: [2], iterations: 1 },
      { name: 'peer', medianMs: 9, samplesMs: [9], iterations: 1 },
      { name: 'bp Aᵀ', medianMs: 2.4, samplesMs: [2.4], iterations: 1 },
    ],
    4e8,
    'bp',
  );

  it('compares bp with a peer, a variant with bp, and reads absolute times and rates', () => {
    const results = evaluateGoals(
      [
        { peer: 'peer', atLeast: 4 },
        { peer: 'peer', atLeast: 5 },
        { peer: 'bp Aᵀ', atMost: 1.15 },
        { peer: 'bp Aᵀ', atMost: 1.25 },
        { maxMs: 2 },
        { maxMs: 1.9 },
        { contender: 'bp Aᵀ', minGflops: 150 },
        { contender: 'absent', minGflops: 1 },
      ],
      timings,
      'bp',
    );
    // 9 / 2 = 4.5×; 2.4 / 2 = 1.2; 4e8 flops in 2.4 ms = 166.7 GFLOP/s.
    expect(results.map((r) => r.met)).toEqual([true, false, false, true, true, false, true, false]);
    expect(results[0]!.speedup).toBeCloseTo(4.5, 12);
    expect(results[2]!.speedup).toBeCloseTo(1.2, 12);
    expect(results[6]!.speedup).toBeCloseTo(400 / 2.4, 9);
    expect(results[7]!.speedup).toBeNaN();
  });
});
