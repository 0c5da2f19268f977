import { softplus as softplus64, sigmoid as sigmoid64 } from '@bp/symbolic/engine';
import { describe, expect, it } from 'vitest';
import { call, encodeModule, get, I32, i32, OP, set, type WasmFunction } from './kernel-encoder.js';
import { MATH_INDEX, mathFunctions, TRIG_LIMIT, type MathName } from './kernel-math.js';

const OUT = 1 << 24;

/** The WebAssembly JS API (the library's types are ES-only, without the global). */
const WA = (globalThis as unknown as {
  WebAssembly: {
    Memory: new (d: { initial: number }) => { buffer: ArrayBuffer };
    Module: new (bytes: Uint8Array) => object;
    Instance: new (m: object, imports: object) => { exports: Record<string, unknown> };
  };
}).WebAssembly;

/** A module applying one math function to the float32s at [0, bytes) and writing them at OUT; returns global 0. */
function probe(name: MathName): (x: Float32Array) => { y: Float32Array; flag: number } {
  const loop = [
    0x02, 0x40, 0x03, 0x40, ...get(1), ...get(0), 0x4f, 0x0d, 1,
    ...get(1), ...i32(OUT), 0x6a, ...call(MATH_INDEX[name], [...get(1), 0xfd, OP.load, 4, 0]), 0xfd, OP.store, 4, 0,
    ...set(1, [...get(1), ...i32(16), 0x6a]), 0x0c, 0, 0x0b, 0x0b,
  ];
  const mapper: WasmFunction = { params: [I32], results: [I32], locals: [{ count: 1, type: I32 }], body: [...i32(0), 0x24, 0, ...loop, 0x23, 0] };
  const memory = new WA.Memory({ initial: 512 });
  const instance = new WA.Instance(new WA.Module(encodeModule([...mathFunctions(), mapper])), { env: { memory } });
  const run = instance.exports.run as (bytes: number) => number;
  return (x) => {
    const heap = new Float32Array(memory.buffer);
    heap.set(x);
    const flag = run(Math.ceil(x.length / 4) * 16);
    return { y: heap.slice(OUT / 4, OUT / 4 + x.length), flag };
  };
}

/** Float32 bits as an integer that orders like the floats, so the difference of two counts ulps. */
function ordinal(value: number): number {
  const bits = new Int32Array(Float32Array.of(value).buffer)[0]!;
  return bits < 0 ? -0x80000000 - bits - 1 : bits;
}

/** The largest distance in float32 ulps from fround(reference(x)); NaN against non-NaN counts as Infinity, −0 against +0 as 1. */
function worstUlps(name: MathName, reference: (x: number) => number, xs: Float32Array): { ulps: number; at: number } {
  const { y } = probe(name)(xs);
  let worst = { ulps: 0, at: Number.NaN };
  xs.forEach((x, i) => {
    const want = Math.fround(reference(x));
    const got = y[i]!;
    const ulps = Number.isNaN(want) || Number.isNaN(got) ? (Number.isNaN(want) === Number.isNaN(got) ? 0 : Infinity) : Math.abs(ordinal(got) - ordinal(want));
    if (ulps > worst.ulps) worst = { ulps, at: x };
  });
  return worst;
}

/** Evenly spread float32s over [lo, hi], plus the specials every function must handle. */
function grid(lo: number, hi: number, count = 60_000): Float32Array {
  const specials = [0, -0, Infinity, -Infinity, Number.NaN, 1e-45, -1e-45, 1.1754942e-38, -1.1754942e-38, 1e-30, -1e-30, 3.4028235e38, -3.4028235e38];
  return Float32Array.from([...specials, ...Array.from({ length: count }, (_, k) => lo + ((hi - lo) * k) / (count - 1))]);
}

/** Every 997th positive float32 bit pattern: each exponent, subnormals included. */
function positives(): Float32Array {
  const bits = Int32Array.from({ length: 0x7f800000 / 997 }, (_, k) => k * 997);
  return new Float32Array(bits.buffer);
}

/** The float32s nearest k·π/2 and their neighbours (where sin or cos is near 0 and reduction errors show most), both signs. */
function nearMultiplesOfHalfPi(): Float32Array {
  const xs: number[] = [];
  for (let k = 1; k * Math.PI / 2 <= TRIG_LIMIT; k++) {
    const x = Math.fround((k * Math.PI) / 2);
    const bits = new Int32Array(Float32Array.of(x).buffer)[0]!;
    for (const d of [-1, 0, 1]) xs.push(new Float32Array(Int32Array.of(bits + d).buffer)[0]!);
  }
  return Float32Array.from([...xs, ...xs.map((x) => -x)]);
}

/** The arguments sin and cos reduce accurately. */
const inRange = (xs: Float32Array): Float32Array => xs.filter((x) => !(Math.abs(x) > TRIG_LIMIT));

// Bounds in float32 ulps of the correctly rounded result, over every argument listed (±0, ±Inf,
// NaN, subnormals, overflow and underflow included): the measured maximum, so a regression fails.
describe('float32 SIMD math functions against Math.* in float64, rounded to float32', () => {
  it.each([
    ['exp', Math.exp, grid(-110, 95)],
    ['exp', Math.exp, Float32Array.from(positives(), (v) => -v)],
    ['log', Math.log, positives()],
    ['log', Math.log, grid(-10, 10)],
    ['tanh', Math.tanh, grid(-20, 20)],
    ['tanh', Math.tanh, positives()],
    ['sigmoid', sigmoid64, grid(-110, 110)],
    ['softplus', softplus64, grid(-110, 110)],
    ['sin', Math.sin, inRange(grid(-TRIG_LIMIT, TRIG_LIMIT))],
    ['cos', Math.cos, inRange(grid(-TRIG_LIMIT, TRIG_LIMIT))],
    ['sin', Math.sin, inRange(grid(-4, 4))],
    ['cos', Math.cos, inRange(grid(-4, 4))],
    ['sin', Math.sin, inRange(positives())],
    ['sin', Math.sin, inRange(nearMultiplesOfHalfPi())],
    ['cos', Math.cos, inRange(nearMultiplesOfHalfPi())],
    ['cos', Math.cos, inRange(positives())],
  ] as const)('%s is within its bound', (name, reference, xs) => {
    const bound = name === 'sigmoid' || name === 'softplus' ? 2 : 1;
    const worst = worstUlps(name, reference, xs);
    expect(worst.ulps, `${name}(${worst.at})`).toBeLessThanOrEqual(bound);
  });

  it.each([
    ['exp', 88.7, 3.3259768e38], ['exp', 88.73, Infinity], ['exp', -103.28, 1.4e-45], ['exp', -104, 0], ['exp', Infinity, Infinity], ['exp', -Infinity, 0],
    ['log', 0, -Infinity], ['log', -0, -Infinity], ['log', -1, Number.NaN], ['log', -Infinity, Number.NaN], ['log', Infinity, Infinity], ['log', 1e-45, -103.27893],
    ['tanh', -0, -0], ['tanh', Infinity, 1], ['tanh', -Infinity, -1], ['sigmoid', -Infinity, 0], ['sigmoid', Infinity, 1],
    ['softplus', Infinity, Infinity], ['softplus', -Infinity, 0], ['sin', -0, -0], ['cos', -0, 1], ['sin', Number.NaN, Number.NaN],
  ] as const)('%s(%d) is %d (hand-derived; exact zeros keep their sign)', (name, x, expected) => {
    const got = probe(name)(Float32Array.of(x, x, x, x)).y;
    for (const value of got) expect(Object.is(value, Math.fround(expected)) || (Math.abs(value - expected) <= 1e-6 * Math.abs(expected)), `${name}(${x}) = ${value}`).toBe(true);
  });

  it('flags sin and cos of an argument beyond the range they reduce accurately, NaN and the range itself not', () => {
    for (const name of ['sin', 'cos'] as const) {
      expect(probe(name)(Float32Array.of(0, -TRIG_LIMIT, TRIG_LIMIT, Number.NaN)).flag).toBe(0);
      expect(probe(name)(Float32Array.of(0, 1, Math.fround(TRIG_LIMIT * 1.0001), 2)).flag).toBe(1);
      expect(probe(name)(Float32Array.of(-Infinity, 0, 0, 0)).flag).toBe(1);
    }
  });
});
