// Derivation speed and size: bp's derive of a nested sigmoid chain against mathjs's `derivative`
// in the same process. Run with `pnpm --filter @bp/symbolic bench` (after a build).
import { derivative } from 'mathjs';
import { derive, parse } from '../dist/index.js';

const chain = (depth) => `${'sigmoid('.repeat(depth)}x${')'.repeat(depth)}`;
// mathjs has no sigmoid: the same chain written out as 1 / (1 + exp(-u)).
const mathjsChain = (depth) => {
  let s = 'x';
  for (let i = 0; i < depth; i++) s = `1 / (1 + exp(-(${s})))`;
  return s;
};

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const json = process.argv.includes('--json');
const rows = [];
for (const depth of [2, 4, 6]) {
  const runs = depth < 6 ? 9 : 3;
  // Interleave the two so machine noise hits both alike.
  const bpTimes = [];
  const mjTimes = [];
  for (let i = 0; i < runs; i++) {
    bpTimes.push(time(() => derive(chain(depth), 'x'), 1));
    mjTimes.push(time(() => derivative(mathjsChain(depth), 'x'), 1));
  }
  const bp = median(bpTimes);
  const mj = median(mjTimes);
  rows.push({ measure: `derive sigmoid chain, depth ${depth}`, bpMs: bp, peer: 'mathjs derivative', peerMs: mj, ratio: mj / bp });
}
for (const depth of [8, 200]) {
  rows.push({ measure: `derive sigmoid chain, depth ${depth}`, bpMs: time(() => derive(chain(depth), 'x'), 5) });
}
// Deep chains as programs (s1 = sigmoid(x); s2 = sigmoid(s1); …): mathjs's recursive parser
// cannot read a single expression nested 1000 deep.
const programChain = (depth) => Array.from({ length: depth }, (_, i) => `s${i + 1} = sigmoid(${i === 0 ? 'x' : `s${i}`})`).join('\n');
const sizes = [10, 100, 1000].map((depth) => {
  const program = parse(programChain(depth));
  const before = program.graph.size;
  const d = derive(program, 'x', { maxSteps: 0, expand: false });
  let expandedChars = 'over 4 000 000 (refused: too-large)';
  try {
    expandedChars = derive(program, 'x', { maxSteps: 0 }).derivative.length;
  } catch {
    // The expansion is refused above MAX_TEXT; the message above says so.
  }
  return { depth, derivativeNodes: program.graph.size - before, compactChars: d.compact.length, expandedChars };
});

if (json) {
  console.log(JSON.stringify({ rows, sizes }));
} else {
  console.log('measure                              bp (ms)   peer (ms)   peer / bp');
  for (const r of rows) {
    const peer = r.peerMs === undefined ? '' : `${r.peerMs.toFixed(1).padStart(10)}   ${r.ratio.toFixed(0).padStart(6)}×  (${r.peer})`;
    console.log(`${r.measure.padEnd(36)} ${r.bpMs.toFixed(2).padStart(8)}  ${peer}`);
  }
  console.log('\nresult size (graph nodes added by the derivative; printed lengths)');
  for (const s of sizes) {
    console.log(`depth ${String(s.depth).padStart(4)}: ${String(s.derivativeNodes).padStart(6)} nodes, compact ${s.compactChars} chars, expanded ${s.expandedChars} chars`);
  }
}
