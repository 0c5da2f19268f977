import { describe, expect, it } from 'vitest';
import { formatReport, gflopsChart, type MeasureResult } from './report.js';

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
