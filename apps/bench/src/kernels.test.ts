import { compile } from '@bp/numeric';
import type * as jax from '@jax-js/jax';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Jaxjs, jaxArray, loadJaxjs, readFloat32 } from './jaxjs.js';
import { KERNEL_CASES } from './kernels.js';

describe('the jax-js kernels', () => {
  let j: Jaxjs;
  beforeAll(async () => {
    j = await loadJaxjs();
  });

  it.each(KERNEL_CASES.map((c) => [c.title, c] as const))('%s: value and partials equal bp’s float64 kernel', (_, c) => {
    const n = 5;
    const inputs = Object.fromEntries(c.inputs.map(({ name, lo, hi }, index) => [
      name, Float64Array.from({ length: n }, (_, i) => lo + ((hi - lo) * ((i * 7 + index * 3) % 11)) / 11),
    ]));
    const expected = compile(c.source, { wrt: c.inputs.map(({ name }) => name) }).evaluate(inputs);
    const f = j.vmap(j.valueAndGrad(c.jax(j), { argnums: c.inputs.map((_, index) => index) }));
    const args = c.inputs.map(({ name }) => jaxArray(j, Float32Array.from(inputs[name]!), [n]));
    const [value, gradient] = f(...args) as [jax.Array, jax.Array[]];
    const got = [readFloat32(value), ...gradient.map((g) => readFloat32(g))];
    const want = [expected.value, ...c.inputs.map(({ name }) => expected.gradient[name]!)];
    want.forEach((w, o) => w.forEach((v, i) => expect(Math.abs(got[o]![i]! - v)).toBeLessThan(1e-5 * (1 + Math.abs(v)))));
    expect(want.flatMap((w) => Array.from(w)).some((v) => v !== 0)).toBe(true);
  });
});
