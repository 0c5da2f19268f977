import { awayFromZero, on, passesWithOneArgument, defineFunction, math, one, operatorName as fn, outside, parens as paren, squared as square, atZero, type Builder, type FunctionSpec, type NodeId } from './spec.js';

/** 1 / sqrt(q) */
const invSqrt = (b: Builder, q: NodeId): NodeId => b.div(one(b), b.call('sqrt', [q]));

/** The six trigonometric functions and their inverses. */
export const TRIGONOMETRIC: readonly FunctionSpec[] = [
  defineFunction({
    name: 'sin', passesNonFinite: passesWithOneArgument, smooth: [on(-3, 3)], arity: [1, 1], rule: 'sin', scalar: Math.sin, inline: math('sin'), field: ([z], F) => F.sin(z!),
    partial: (b, [u]) => b.call('cos', [u!]), latex: ([x]) => `\\sin${paren(x!)}`,
  }),
  defineFunction({
    name: 'cos', passesNonFinite: passesWithOneArgument, smooth: [on(-3, 3)], arity: [1, 1], rule: 'cos', scalar: Math.cos, inline: math('cos'), field: ([z], F) => F.cos(z!),
    partial: (b, [u]) => b.neg(b.call('sin', [u!])), latex: ([x]) => `\\cos${paren(x!)}`,
  }),
  defineFunction({
    name: 'tan', passesNonFinite: passesWithOneArgument, smooth: [on(-1.2, 1.2)], arity: [1, 1], rule: 'tan', scalar: Math.tan, inline: math('tan'), field: ([z], F) => F.tan(z!),
    partial: (b, [u]) => square(b, b.call('sec', [u!])), latex: ([x]) => `\\tan${paren(x!)}`,
  }),
  defineFunction({
    name: 'sec', smooth: [on(-1.2, 1.2)], arity: [1, 1], rule: 'sec', scalar: (x: number) => 1 / Math.cos(x),
    partial: (b, [u], self) => b.mul(self, b.call('tan', [u!])), latex: ([x]) => `\\sec${paren(x!)}`,
  }),
  defineFunction({
    name: 'csc', smooth: [on(0.2, 2.7)], arity: [1, 1], rule: 'csc', scalar: (x: number) => 1 / Math.sin(x),
    domain: outside((x) => Math.sin(x) === 0, 'csc is undefined where sin is 0'),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call('cot', [u!]))), latex: ([x]) => `\\csc${paren(x!)}`,
  }),
  defineFunction({
    name: 'cot', smooth: [on(0.2, 2.7)], arity: [1, 1], rule: 'cot', scalar: (x: number) => 1 / Math.tan(x),
    domain: outside((x) => Math.sin(x) === 0, 'cot is undefined where sin is 0'),
    partial: (b, [u]) => b.neg(square(b, b.call('csc', [u!]))), latex: ([x]) => `\\cot${paren(x!)}`,
  }),
  defineFunction({
    name: 'asin', smooth: [on(-0.9, 0.9)], arity: [1, 1], rule: 'asin', scalar: Math.asin, inline: math('asin'),
    domain: outside((x) => Math.abs(x) > 1, 'asin is defined on [-1, 1] only'),
    partial: (b, [u]) => invSqrt(b, b.sub(one(b), square(b, u!))), latex: ([x]) => `\\arcsin${paren(x!)}`,
  }),
  defineFunction({
    name: 'acos', smooth: [on(-0.9, 0.9)], arity: [1, 1], rule: 'acos', scalar: Math.acos, inline: math('acos'),
    domain: outside((x) => Math.abs(x) > 1, 'acos is defined on [-1, 1] only'),
    partial: (b, [u]) => b.neg(invSqrt(b, b.sub(one(b), square(b, u!)))), latex: ([x]) => `\\arccos${paren(x!)}`,
  }),
  defineFunction({
    name: 'atan', smooth: [on(-3, 3)], arity: [1, 1], rule: 'atan', scalar: Math.atan, inline: math('atan'), field: ([z], F) => F.atan(z!),
    partial: (b, [u]) => b.div(one(b), b.add(one(b), square(b, u!))), latex: ([x]) => `\\arctan${paren(x!)}`,
  }),
  defineFunction({
    name: 'asec', smooth: [awayFromZero(1.1, 4.1)], arity: [1, 1], rule: 'asec', scalar: (x: number) => Math.acos(1 / x),
    domain: outside((x) => Math.abs(x) < 1, 'asec is defined for |x| >= 1 only'),
    partial: (b, [u]) =>
      b.div(one(b), b.mul(b.call('abs', [u!]), b.call('sqrt', [b.sub(square(b, u!), one(b))]))),
    latex: ([x]) => `${fn('arcsec')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'acsc', smooth: [awayFromZero(1.1, 4.1)], arity: [1, 1], rule: 'acsc', scalar: (x: number) => Math.asin(1 / x),
    domain: outside((x) => Math.abs(x) < 1, 'acsc is defined for |x| >= 1 only'),
    partial: (b, [u]) =>
      b.neg(b.div(one(b), b.mul(b.call('abs', [u!]), b.call('sqrt', [b.sub(square(b, u!), one(b))])))),
    latex: ([x]) => `${fn('arccsc')}${paren(x!)}`,
  }),
  defineFunction({
    // acot(x) = atan(1/x), as mathjs defines it (range (−π/2, π/2], jump at 0).
    name: 'acot', smooth: [awayFromZero(0.2, 3.2)], arity: [1, 1], rule: 'acot', scalar: (x: number) => Math.atan(1 / x),
    partial: (b, [u]) => b.neg(b.div(one(b), b.add(one(b), square(b, u!)))),
    latex: ([x]) => `${fn('arccot')}${paren(x!)}`,
    kink: atZero, convention: "acot jumps by pi at 0 (from -pi/2 to pi/2); acot'(0) = -1, the slope on either side",
  }),
  defineFunction({
    name: 'atan2', smooth: [awayFromZero(0.2, 2.2), on(-2, 2)], arity: [2, 2], rule: 'atan2', scalar: Math.atan2, inline: math('atan2'),
    parameters: ['y', 'x'], summary: 'the angle of the point (x, y), in (−π, π]; no gradient at (0, 0)',
    partial: (b, [y, x], _self, i) => {
      const r2 = b.add(square(b, x!), square(b, y!));
      // ∂/∂y = x / (x² + y²), ∂/∂x = −y / (x² + y²)
      return i === 0 ? b.div(x!, r2) : b.neg(b.div(y!, r2));
    },
    latex: ([y, x]) => `${fn('atan2')}${paren(`${y!}, ${x!}`)}`,
    kink: ([y, x]) => y === 0 && x! < 0,
    convention: 'atan2 jumps by 2pi across the negative x axis (y = 0, x < 0); its partials there are the slopes on either side',
    field: ([y, x], F) => {
      const ry = F.real(y!);
      const rx = F.real(x!);
      // atan(y/x) plus the quadrant's multiple of π where |x| ≥ |y|, else ±π/2 − atan(x/y): no pole on the way.
      if (Math.abs(rx) < Math.abs(ry)) return F.sub(F.constant(ry > 0 ? Math.PI / 2 : -Math.PI / 2), F.atan(F.div(x!, y!)));
      const angle = F.atan(F.div(y!, x!));
      return rx >= 0 ? angle : F.add(angle, F.constant(ry < 0 || Object.is(ry, -0) ? -Math.PI : Math.PI));
    },
  }),
];

/** The six hyperbolic functions and their inverses. */
export const HYPERBOLIC: readonly FunctionSpec[] = [
  defineFunction({
    name: 'sinh', passesNonFinite: passesWithOneArgument, smooth: [on(-2, 2)], arity: [1, 1], rule: 'sinh', scalar: Math.sinh, inline: math('sinh'), field: ([z], F) => F.sinh(z!),
    partial: (b, [u]) => b.call('cosh', [u!]), latex: ([x]) => `\\sinh${paren(x!)}`,
  }),
  defineFunction({
    name: 'cosh', passesNonFinite: passesWithOneArgument, smooth: [on(-2, 2)], arity: [1, 1], rule: 'cosh', scalar: Math.cosh, inline: math('cosh'), field: ([z], F) => F.cosh(z!),
    partial: (b, [u]) => b.call('sinh', [u!]), latex: ([x]) => `\\cosh${paren(x!)}`,
  }),
  defineFunction({
    name: 'tanh', smooth: [on(-2, 2)], arity: [1, 1], rule: 'tanh', scalar: Math.tanh, inline: math('tanh'), field: ([z], F) => F.tanh(z!),
    partial: (b, _args, self) => b.sub(one(b), square(b, self)), latex: ([x]) => `\\tanh${paren(x!)}`,
  }),
  defineFunction({
    name: 'sech', smooth: [on(-2, 2)], arity: [1, 1], rule: 'sech', scalar: (x: number) => 1 / Math.cosh(x),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call('tanh', [u!]))), latex: ([x]) => `${fn('sech')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'csch', smooth: [awayFromZero(0.2, 2.2)], arity: [1, 1], rule: 'csch', scalar: (x: number) => 1 / Math.sinh(x),
    domain: outside((x) => x === 0, 'csch is undefined at 0'),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call('coth', [u!]))), latex: ([x]) => `${fn('csch')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'coth', smooth: [awayFromZero(0.2, 2.2)], arity: [1, 1], rule: 'coth', scalar: (x: number) => 1 / Math.tanh(x),
    domain: outside((x) => x === 0, 'coth is undefined at 0'),
    partial: (b, _args, self) => b.sub(one(b), square(b, self)), latex: ([x]) => `\\coth${paren(x!)}`,
  }),
  defineFunction({
    name: 'asinh', smooth: [on(-3, 3)], arity: [1, 1], rule: 'asinh', scalar: Math.asinh, inline: math('asinh'),
    partial: (b, [u]) => invSqrt(b, b.add(square(b, u!), one(b))), latex: ([x]) => `${fn('arsinh')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'acosh', smooth: [on(1.1, 5.1)], arity: [1, 1], rule: 'acosh', scalar: Math.acosh, inline: math('acosh'),
    domain: outside((x) => x < 1, 'acosh is defined for arguments >= 1 only'),
    partial: (b, [u]) => invSqrt(b, b.sub(square(b, u!), one(b))), latex: ([x]) => `${fn('arcosh')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'atanh', smooth: [on(-0.9, 0.9)], arity: [1, 1], rule: 'atanh', scalar: Math.atanh, inline: math('atanh'),
    domain: outside((x) => Math.abs(x) >= 1, 'atanh is defined on (-1, 1) only'),
    partial: (b, [u]) => b.div(one(b), b.sub(one(b), square(b, u!))), latex: ([x]) => `${fn('artanh')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'asech', smooth: [on(0.1, 0.95)], arity: [1, 1], rule: 'asech', scalar: (x: number) => Math.acosh(1 / x),
    domain: outside((x) => x <= 0 || x > 1, 'asech is defined on (0, 1] only'),
    partial: (b, [u]) =>
      b.neg(b.div(one(b), b.mul(u!, b.call('sqrt', [b.sub(one(b), square(b, u!))])))),
    latex: ([x]) => `${fn('arsech')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'acsch', smooth: [awayFromZero(0.2, 3.2)], arity: [1, 1], rule: 'acsch', scalar: (x: number) => Math.asinh(1 / x),
    domain: outside((x) => x === 0, 'acsch is undefined at 0'),
    partial: (b, [u]) =>
      b.neg(b.div(one(b), b.mul(b.call('abs', [u!]), b.call('sqrt', [b.add(one(b), square(b, u!))])))),
    latex: ([x]) => `${fn('arcsch')}${paren(x!)}`,
  }),
  defineFunction({
    name: 'acoth', smooth: [awayFromZero(1.1, 4.1)], arity: [1, 1], rule: 'acoth', scalar: (x: number) => Math.atanh(1 / x),
    domain: outside((x) => Math.abs(x) <= 1, 'acoth is defined for |x| > 1 only'),
    partial: (b, [u]) => b.div(one(b), b.sub(one(b), square(b, u!))), latex: ([x]) => `${fn('arcoth')}${paren(x!)}`,
  }),
];
