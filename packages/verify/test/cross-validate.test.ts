import { mlp } from '@bp/numeric';
import { describe, expect, it } from 'vitest';
import { parse } from '@bp/symbolic';
import { checkNetwork, crossValidate, crossValidateHessian } from '../src/index.js';

describe('crossValidate', () => {
  it('agrees three ways on the seed graph and a neuron with loss at random points', () => {
    for (const source of ['a = x*y; b = a + z; c = b^2', 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2']) {
      const result = crossValidate(source, 8);
      expect(result.ok).toBe(true);
      expect(result.points).toHaveLength(8);
      expect(result.disagreements).toEqual([]);
      expect(result.maxRelError).toBeLessThan(1e-6);
    }
  });

  it('uses the complex step when asked, to rounding error', () => {
    const result = crossValidate('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', 5, { scheme: 'complex-step' });
    expect(result.ok).toBe(true);
    expect(result.maxRelError).toBeLessThan(1e-13);
  });

  it('draws its random points inside the domain', () => {
    const result = crossValidate('log(x) + sqrt(y) + acosh(z + 2)', 10, { seed: 4 });
    expect(result.ok).toBe(true);
    for (const point of result.points) {
      expect(point.at.x).toBeGreaterThan(0);
      expect(point.at.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('checks hand-derived claims, in the inputs or in the program’s names, and names the wrong one', () => {
    const wrong = crossValidate('x^2 * y', [{ x: 1, y: 2 }, { x: -0.5, y: 3 }], { claims: { x: '2*x', y: 'x^2' } });
    expect(wrong.ok).toBe(false);
    expect(wrong.claims?.map((c) => [c.wrt, c.ok])).toEqual([['x', false], ['y', true]]);
    // at (−0.5, 3) the claim says −1 where ∂/∂x = 2xy = −3: the worse of the two points
    expect(wrong.claims?.[0]?.worst).toMatchObject({ check: 'claim-vs-numeric', component: 'x', point: 1, actual: -1 });
    expect(wrong.claims?.[0]?.worst?.expected).toBeCloseTo(-3, 6);
    const compact = crossValidate('a = x*y; b = a + z; c = b^2', 4, { claims: { x: '2*b*y', z: '2*(x*y + z)' } });
    expect(compact.claims?.every((c) => c.ok)).toBe(true);
  });

  it('keeps inputs named like Object.prototype members as ordinary keys', () => {
    const result = crossValidate('__proto__^2 * constructor', [{ ...JSON.parse('{"__proto__": 2}') as object, constructor: 3 }]);
    expect(Object.keys(result.points[0]!.numeric)).toEqual(['__proto__', 'constructor']);
    expect(result.points[0]!.numeric.__proto__).toBeCloseTo(12, 6);
  });

  it('lists kinks instead of failing them', () => {
    const result = crossValidate('relu(x) + abs(y)', [{ x: 0, y: 1 }]);
    expect(result.ok).toBe(true);
    expect(result.kinks.map((k) => k.function)).toEqual(['relu']);
  });

  it('refuses a function with no point in its domain, and a claim for an input it does not check', () => {
    expect(() => crossValidate('log(-x^2 - 1)', 2)).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'points' } }));
    expect(() => crossValidate('x * y', 1, { wrt: ['x'], claims: { y: 'x' } })).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'claims' } }));
    expect(() => crossValidate('x', 0)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});

describe('checkNetwork', () => {
  const x = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i * 1.7));
  const y = new Float64Array([1, 0, 0, 1, 1, 0]);

  it('passes a correct backward pass: dW, db and dA_prev of every layer', () => {
    const net = mlp({ sizes: [4, 5, 2], hidden: 'tanh', output: 'softmax', loss: 'cross-entropy', seed: 2 });
    const result = checkNetwork(net, x, y);
    expect(result.ok).toBe(true);
    expect(result.layers.map((l) => [l.dW.checked, l.db.checked, l.dAPrev.checked])).toEqual([[20, 5, 12], [10, 2, 15]]);
  });

  it('checks large layers along random directions', () => {
    const net = mlp({ sizes: [4, 120, 2], hidden: 'x * sigmoid(x)', output: 'softmax', loss: 'cross-entropy', seed: 3 });
    const result = checkNetwork(net, x, y, { maxComponents: 100 });
    expect(result.ok).toBe(true);
    expect(result.layers[0]!.dW.kind).toBe('directional');
  });

  it('fails a layer whose dW is wrong, and only that layer', () => {
    const net = mlp({ sizes: [4, 5, 2], hidden: 'sigmoid', output: 'softmax', loss: 'cross-entropy', seed: 2 });
    const broken = {
      ...net,
      gradients: (...args: Parameters<typeof net.gradients>) => {
        const grads = net.gradients(...args);
        grads[1]!.dW[3]! *= 1.01;
        return grads;
      },
    };
    const result = checkNetwork(broken, x, y);
    expect(result.ok).toBe(false);
    expect(result.layers.map((l) => l.dW.ok)).toEqual([true, false]);
    expect(result.layers[1]!.dW.worst[0]!.index).toBe(3);
  });

  it('rejects x and y that do not fit the network', () => {
    const net = mlp({ sizes: [4, 2], output: 'linear', loss: 'mse', seed: 1 });
    expect(() => checkNetwork(net, new Float64Array(5), y)).toThrow(expect.objectContaining({ code: 'dimension', position: { parameter: 'x' } }));
    expect(() => checkNetwork(net, x, new Float64Array(5))).toThrow(expect.objectContaining({ code: 'dimension', position: { parameter: 'y' } }));
  });
});

describe('checking a program', () => {
  it('leaves its graph as parsed, for every input, first and second order, with claims', () => {
    const program = parse('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2');
    const size = program.graph.size;
    for (const name of program.inputs) {
      expect(crossValidate(program, 2, { wrt: [name] }).ok).toBe(true);
      expect(crossValidateHessian(program, 2, { wrt: [name] }).ok).toBe(true);
    }
    // ∂L/∂y = y − a, written by hand.
    expect(crossValidate(program, 2, { claims: { y: 'y - sigmoid(w*x + b)' } }).claims?.[0]?.ok).toBe(true);
    expect(program.graph.size).toBe(size);
  });

  it('judges the claims of each call, however often one program is checked', () => {
    // Hand-derived: ∂(x²·y)/∂x = 2xy, ∂/∂y = x²; 2x and y are wrong at (1, 2).
    const program = parse('x^2 * y');
    const at = [{ x: 1, y: 2 }];
    const verdicts = (claims: Record<string, string>): unknown => crossValidate(program, at, { claims }).claims?.map((c) => [c.wrt, c.expression, c.ok]);
    for (let round = 0; round < 2; round++) {
      expect(verdicts({ x: '2*x*y' })).toEqual([['x', '2*x*y', true]]);
      expect(verdicts({ x: '2*x' })).toEqual([['x', '2*x', false]]);
      expect(verdicts({ y: '2*x*y' })).toEqual([['y', '2*x*y', false]]);
      expect(verdicts({ y: 'x^2', x: 'y' })).toEqual([['y', 'x^2', true], ['x', 'y', false]]);
    }
    // The same claim about another program: 2xy is ∂/∂x of x²·y, not of x²·y + x.
    expect(crossValidate('x^2 * y + x', at, { claims: { x: '2*x*y' } }).claims?.[0]?.ok).toBe(false);
  });
});
