var __defProp = Object.defineProperty;
var __typeError = (msg) => {
  throw TypeError(msg);
};
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
var __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);
var __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj));
var __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);
var __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);
var __privateMethod = (obj, member, method) => (__accessCheck(obj, member, "access private method"), method);
var __privateWrapper = (obj, member, setter, getter) => ({
  set _(value) {
    __privateSet(obj, member, value, setter);
  },
  get _() {
    return __privateGet(obj, member, getter);
  }
});
var _helpers, _control, _start, _Worker, _size, _task, _align, _free, _top, _exports, _memory, _pool, _shared, _arena, _buffers, _registry, _heap, _control2, _WasmGemm_instances, product_fn, resident_fn, parts_fn, reserveBytes_fn;
import { defineComponent, ref as ref$1, computed, mergeProps, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderList, ssrInterpolate, ssrRenderAttr, ssrRenderComponent } from "vue/server-renderer";
import { create, parseDependencies, simplifyDependencies } from "mathjs/number";
import * as mathjs from "mathjs";
import { _ as _sfc_main$1 } from "./app.js";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
class SymbolicError extends Error {
  constructor(code, message, position, options) {
    super(message, options);
    __publicField(this, "name", "SymbolicError");
    __publicField(this, "code");
    __publicField(this, "position");
    this.code = code;
    this.position = position;
  }
}
function isSymbolicError(value) {
  return value instanceof Error && value.name === "SymbolicError";
}
var Level$1;
(function(Level2) {
  Level2[Level2["Sum"] = 1] = "Sum";
  Level2[Level2["Product"] = 2] = "Product";
  Level2[Level2["Unary"] = 3] = "Unary";
  Level2[Level2["Power"] = 4] = "Power";
  Level2[Level2["Atom"] = 5] = "Atom";
})(Level$1 || (Level$1 = {}));
function defineFunction$1(d) {
  const scalar = d.scalar;
  return {
    ...d,
    value: d.value ?? ((args) => scalar(...args)),
    ruleOf: () => d.rule,
    build: (b, args) => b.call(d.name, args),
    text: (args) => ({ text: d.arity[1] === 0 ? d.name : `${d.name}(${args.map((x) => x.text).join(", ")})`, level: Level$1.Atom, negative: false }),
    tex: (args) => ({ text: d.latex(args.map((x) => x.text)), level: Level$1.Atom, negative: false }),
    quantity: `the value of ${d.name}`
  };
}
const one = (b) => b.constant(1);
const squared = (b, u) => b.pow(u, b.constant(2));
const operatorName = (name) => `\\operatorname{${name}}`;
const parens = (s) => `\\left(${s}\\right)`;
const math$1 = (name) => (args) => `Math.${name}(${args.join(", ")})`;
const atZero = (args) => args[0] === 0;
const outside = (test, what) => (args) => test(args[0]) ? what : void 0;
const wrap = (p, when, open2 = "(", close2 = ")") => when ? `${open2}${p.text}${close2}` : p.text;
const paren = (p, when) => wrap(p, when, "\\left(", "\\right)");
const product$1 = (text2, a) => ({ text: text2, level: Level$1.Product, negative: a.negative && a.level >= Level$1.Product });
function exponentPartial(b, base2, self) {
  var _a;
  return ((_a = b.numberOf) == null ? void 0 : _a.call(b, base2)) === 0 ? b.constant(0) : b.mul(self, b.call("log", [base2]));
}
const add = {
  ruleOf: () => "sum",
  value: ([a, b]) => a + b,
  partial: (b) => b.constant(1),
  build: (b, [x, y]) => b.add(x, y),
  text: ([a, b]) => ({ text: `${a.text} + ${wrap(b, b.negative)}`, level: Level$1.Sum, negative: a.negative }),
  tex: ([a, b]) => ({ text: `${a.text} + ${paren(b, b.negative)}`, level: Level$1.Sum, negative: a.negative }),
  quantity: "the sum",
  scalar: (a, b) => a + b,
  inline: ([a, b]) => `${a} + ${b}`,
  field: ([a, b], F) => F.add(a, b)
};
const sub$1 = {
  ruleOf: () => "difference",
  value: ([a, b]) => a - b,
  partial: (b, _args, _self, i) => b.constant(i === 0 ? 1 : -1),
  build: (b, [x, y]) => b.sub(x, y),
  text: ([a, b]) => ({ text: `${a.text} - ${wrap(b, b.level <= Level$1.Sum || b.negative)}`, level: Level$1.Sum, negative: a.negative }),
  tex: ([a, b]) => ({ text: `${a.text} - ${paren(b, b.level <= Level$1.Sum || b.negative)}`, level: Level$1.Sum, negative: a.negative }),
  quantity: "the difference",
  scalar: (a, b) => a - b,
  inline: ([a, b]) => `${a} - ${b}`,
  field: ([a, b], F) => F.sub(a, b)
};
const mul = {
  ruleOf: (_dependent, constant2) => constant2.some(Boolean) ? "constant-multiple" : "product",
  value: ([a, b]) => a * b,
  partial: (_b, [x, y], _self, i) => i === 0 ? y : x,
  build: (b, [x, y]) => b.mul(x, y),
  // c1 * (c2 * t) stays grouped: it exists only because c1·c2 overflows, and must parse back so.
  text: ([a, b]) => ({
    ...product$1(`${wrap(a, a.level < Level$1.Product)} * ${wrap(b, b.level < Level$1.Product || b.negative || a.number === true && b.scaled === true)}`, a),
    scaled: a.number === true
  }),
  tex: ([a, b]) => product$1(`${paren(a, a.level < Level$1.Product)} \\cdot ${paren(b, b.level < Level$1.Product || b.negative)}`, a),
  quantity: "the product",
  scalar: (a, b) => a * b,
  inline: ([a, b]) => `${a} * ${b}`,
  field: ([a, b], F) => F.mul(a, b)
};
const div = {
  ruleOf: (dependent, constant2) => dependent[1] ? "quotient" : constant2.some(Boolean) ? "constant-multiple" : "quotient",
  value: ([a, b]) => a / b,
  // d(a/b)/da = 1/b, d(a/b)/db = −a/b²
  partial: (b, [x, y], _self, i) => i === 0 ? b.div(b.constant(1), y) : b.neg(b.div(x, b.pow(y, b.constant(2)))),
  build: (b, [x, y]) => b.div(x, y),
  text: ([a, b]) => product$1(`${wrap(a, a.level < Level$1.Product)} / ${wrap(b, b.level <= Level$1.Product || b.negative)}`, a),
  tex: ([a, b]) => ({ text: `\\frac{${a.text}}{${b.text}}`, level: Level$1.Atom, negative: false }),
  domain: ([, b]) => b === 0 ? "division by zero" : void 0,
  quantity: "the quotient",
  scalar: (a, b) => a / b,
  inline: ([a, b]) => `${a} / ${b}`,
  field: ([a, b], F) => F.div(a, b)
};
const neg = {
  ruleOf: () => "constant-multiple",
  value: ([a]) => -a,
  partial: (b) => b.constant(-1),
  build: (b, [x]) => b.neg(x),
  text: ([a]) => ({ text: `-${wrap(a, a.level <= Level$1.Sum || a.negative)}`, level: Level$1.Unary, negative: true }),
  tex: ([a]) => ({ text: `-${paren(a, a.level <= Level$1.Sum || a.negative)}`, level: Level$1.Unary, negative: true }),
  quantity: "the result",
  scalar: (a) => -a,
  inline: ([a]) => `-${a}`,
  field: ([a], F) => F.neg(a)
};
const pow = {
  ruleOf: (dependent) => dependent[1] ? dependent[0] ? "exponential-logarithmic" : "exponential" : "power",
  value: ([a, b]) => Math.pow(a, b),
  // d(a^b)/da = b·a^(b−1) (the power rule); d(a^b)/db through the logarithm.
  partial: (b, [x, y], self, i) => i === 0 ? b.mul(y, b.pow(x, b.sub(y, b.constant(1)))) : exponentPartial(b, x, self),
  build: (b, [x, y]) => b.pow(x, y),
  text: ([a, b]) => ({ text: `${wrap(a, a.level < Level$1.Atom)} ^ ${wrap(b, b.level < Level$1.Atom)}`, level: Level$1.Power, negative: false }),
  tex: ([a, b]) => ({ text: `{${paren(a, a.level < Level$1.Atom)}}^{${b.text}}`, level: Level$1.Power, negative: false }),
  domain: ([a, b]) => a === 0 && b < 0 ? "zero to a negative power" : a < 0 && !Number.isInteger(b) ? "a negative base needs an integer exponent" : void 0,
  quantity: "the power",
  scalar: Math.pow,
  inline: ([a, b], _callee, [, exponent]) => exponent === 2 ? `${a} * ${a}` : exponent === 3 ? `${a} * ${a} * ${a}` : exponent === -1 ? `1 / ${a}` : `Math.pow(${a}, ${b})`,
  field: ([a, b], F) => F.pow(a, b)
};
const OPERATORS = /* @__PURE__ */ new Map([
  ["add", add],
  ["sub", sub$1],
  ["mul", mul],
  ["div", div],
  ["neg", neg],
  ["pow", pow]
]);
function constant(name, scalar, latex, summary, aliases = []) {
  const value = scalar();
  return defineFunction$1({
    name,
    aliases,
    arity: [0, 0],
    rule: "constant",
    helper: true,
    summary,
    scalar,
    value: () => value,
    inline: () => String(value),
    partial: (b) => b.constant(0),
    latex: () => latex,
    field: (_args, F) => F.constant(value)
  });
}
const CONSTANTS = [
  constant("pi", () => Math.PI, "\\pi", "π, the ratio of a circle's circumference to its diameter", ["PI"]),
  constant("e", () => Math.E, "e", "Euler's number, the base of the natural logarithm", ["E"]),
  constant("tau", () => 2 * Math.PI, "\\tau", "τ = 2π, a full turn in radians"),
  constant("phi", () => (1 + Math.sqrt(5)) / 2, "\\varphi", "φ = (1 + √5)/2, the golden ratio")
];
function erf(x) {
  if (Number.isNaN(x))
    return Number.NaN;
  const ax = Math.abs(x);
  if (ax < 2) {
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const add2 = term / (2 * n + 1);
      sum += add2;
      if (Math.abs(add2) < 1e-17 * Math.abs(sum))
        break;
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }
  if (ax > 27)
    return x < 0 ? -1 : 1;
  const tiny = 1e-300;
  let f = ax;
  let c = ax;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = ax + an * d;
    d = d === 0 ? tiny : d;
    c = ax + an / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16)
      break;
  }
  const value = 1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return x < 0 ? -value : value;
}
function sigmoid$1(x) {
  if (x >= 0)
    return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
function softplus$1(x) {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}
function nthRoot(x, n) {
  if (n === 0)
    return Number.NaN;
  if (x < 0)
    return Number.isInteger(n) && Math.abs(n) % 2 === 1 ? -Math.pow(-x, 1 / n) : Number.NaN;
  return Math.pow(x, 1 / n);
}
function power(x, y) {
  return Math.pow(x, y);
}
function share(u, all, m) {
  if (Number.isNaN(m) || Number.isNaN(u))
    return Number.NaN;
  return u === m ? 1 / all.filter((a) => a === m).length : 0;
}
function silu(x) {
  if (x >= 0)
    return x / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return x * e / (1 + e);
}
function gelu(x) {
  return x * (1 + erf(x / Math.SQRT2)) / 2;
}
function mish(x) {
  return x * Math.tanh(x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
}
function hardtanh(x) {
  return x > 1 ? 1 : x < -1 ? -1 : x;
}
const isTie$1 = (args, m) => args.filter((a) => a === m).length > 1;
const DERIVATIVE_HELPERS = [
  defineFunction$1({
    name: "step",
    arity: [1, 1],
    rule: "step",
    scalar: (x) => x > 0 ? 1 : 0,
    helper: true,
    inline: ([x]) => `${x} > 0 ? 1 : 0`,
    partial: (b) => b.constant(0),
    latex: ([x]) => `H${parens(x)}`,
    kink: atZero,
    convention: "step(0) = 0"
  }),
  defineFunction$1({
    name: "heaviside",
    arity: [1, 1],
    rule: "heaviside",
    scalar: (x) => x > 0 ? 1 : x < 0 ? 0 : 0.5,
    helper: true,
    partial: (b) => b.constant(0),
    latex: ([x]) => `H_{\\frac{1}{2}}${parens(x)}`,
    kink: atZero,
    convention: "heaviside(0) = 1/2"
  }),
  defineFunction$1({
    name: "maxShare",
    arity: [2, Infinity],
    rule: "max",
    helper: true,
    scalar: (u, ...all) => {
      const m = Math.max(...all);
      return Number.isNaN(m) || Number.isNaN(u) ? Number.NaN : u === m ? 1 / all.filter((a) => a === m).length : 0;
    },
    value: ([u, ...all]) => share(u, all, Math.max(...all)),
    partial: (b) => b.constant(0),
    latex: (args) => `${operatorName("maxShare")}${parens(args.join(", "))}`,
    kink: ([, ...all]) => isTie$1(all, Math.max(...all)),
    convention: "the share at a tie is 1/k for k tied arguments"
  }),
  defineFunction$1({
    name: "minShare",
    arity: [2, Infinity],
    rule: "min",
    helper: true,
    scalar: (u, ...all) => {
      const m = Math.min(...all);
      return Number.isNaN(m) || Number.isNaN(u) ? Number.NaN : u === m ? 1 / all.filter((a) => a === m).length : 0;
    },
    value: ([u, ...all]) => share(u, all, Math.min(...all)),
    partial: (b) => b.constant(0),
    latex: (args) => `${operatorName("minShare")}${parens(args.join(", "))}`,
    kink: ([, ...all]) => isTie$1(all, Math.min(...all)),
    convention: "the share at a tie is 1/k for k tied arguments"
  }),
  defineFunction$1({
    name: "sign",
    arity: [1, 1],
    rule: "sign",
    scalar: Math.sign,
    inline: math$1("sign"),
    helper: true,
    partial: (b) => b.constant(0),
    latex: ([x]) => `\\operatorname{sign}${parens(x)}`,
    kink: atZero,
    convention: "sign(0) = 0"
  })
];
function absForm(z, F) {
  return F.real(z) < 0 ? F.neg(z) : z;
}
const isSimple = (latex) => /^([A-Za-z0-9.]+|\\[A-Za-z]+)$/.test(latex);
const base = (latex) => isSimple(latex) ? latex : parens(latex);
const ELEMENTARY = [
  defineFunction$1({
    name: "exp",
    arity: [1, 1],
    rule: "exponential",
    scalar: Math.exp,
    inline: math$1("exp"),
    partial: (_b, _args, self) => self,
    latex: ([x]) => `e^{${x}}`,
    field: ([z], F) => F.exp(z)
  }),
  defineFunction$1({
    name: "log",
    arity: [1, 2],
    rule: "logarithm",
    scalar: (x, base2) => base2 === void 0 ? Math.log(x) : Math.log(x) / Math.log(base2),
    value: ([x, base2]) => base2 === void 0 ? Math.log(x) : Math.log(x) / Math.log(base2),
    inline: (args) => args.length === 1 ? `Math.log(${args[0]})` : void 0,
    domain: (args) => args[0] <= 0 ? "log is defined for positive arguments only" : args.length > 1 && (args[1] <= 0 || args[1] === 1) ? "a logarithm base must be positive and not 1" : void 0,
    partial: (b, args, self, i) => {
      const [u, base2] = args;
      if (base2 === void 0)
        return b.div(one(b), u);
      const lnBase = b.call("log", [base2]);
      return i === 0 ? b.div(one(b), b.mul(u, lnBase)) : b.neg(b.div(self, b.mul(base2, lnBase)));
    },
    latex: ([x, base2]) => base2 === void 0 ? `\\ln${parens(x)}` : `\\log_{${base2}}${parens(x)}`,
    field: ([z, base2], F) => base2 === void 0 ? F.log(z) : F.div(F.log(z), F.log(base2))
  }),
  defineFunction$1({
    name: "log10",
    arity: [1, 1],
    rule: "logarithm",
    scalar: Math.log10,
    inline: math$1("log10"),
    domain: outside((x) => x <= 0, "log10 is defined for positive arguments only"),
    partial: (b, [u]) => b.div(one(b), b.mul(u, b.call("log", [b.constant(10)]))),
    latex: ([x]) => `\\log_{10}${parens(x)}`
  }),
  defineFunction$1({
    name: "log2",
    arity: [1, 1],
    rule: "logarithm",
    scalar: Math.log2,
    inline: math$1("log2"),
    domain: outside((x) => x <= 0, "log2 is defined for positive arguments only"),
    partial: (b, [u]) => b.div(one(b), b.mul(u, b.call("log", [b.constant(2)]))),
    latex: ([x]) => `\\log_{2}${parens(x)}`
  }),
  defineFunction$1({
    name: "log1p",
    arity: [1, 1],
    rule: "logarithm",
    scalar: Math.log1p,
    inline: math$1("log1p"),
    summary: "log(1 + x), exact for small x",
    domain: outside((x) => x <= -1, "log1p is defined for arguments above -1 only"),
    partial: (b, [u]) => b.div(one(b), b.add(one(b), u)),
    latex: ([x]) => `\\ln${parens(`1 + ${x}`)}`,
    field: ([z], F) => F.log(F.add(F.constant(1), z))
  }),
  defineFunction$1({
    name: "sqrt",
    arity: [1, 1],
    rule: "sqrt",
    scalar: Math.sqrt,
    inline: math$1("sqrt"),
    domain: outside((x) => x < 0, "sqrt is defined for non-negative arguments only"),
    partial: (b, _args, self) => b.div(one(b), b.mul(b.constant(2), self)),
    latex: ([x]) => `\\sqrt{${x}}`,
    field: ([z], F) => F.sqrt(z)
  }),
  defineFunction$1({
    name: "cbrt",
    arity: [1, 1],
    rule: "cbrt",
    scalar: Math.cbrt,
    inline: math$1("cbrt"),
    partial: (b, _args, self) => b.div(one(b), b.mul(b.constant(3), squared(b, self))),
    latex: ([x]) => `\\sqrt[3]{${x}}`
  }),
  defineFunction$1({
    name: "nthRoot",
    arity: [1, 2],
    defaults: [2],
    rule: "nth-root",
    scalar: nthRoot,
    domain: (args) => args[1] === 0 ? "nthRoot needs a non-zero root n" : args[0] < 0 && !(Number.isInteger(args[1]) && Math.abs(args[1]) % 2 === 1) ? "nthRoot of a negative number needs an odd integer root" : void 0,
    partial: (b, args, self, i) => {
      const [u, n] = args;
      if (i === 0)
        return b.div(one(b), b.mul(n, b.pow(self, b.sub(n, one(b)))));
      return b.neg(b.div(b.mul(self, b.call("log", [u])), squared(b, n)));
    },
    latex: ([x, n]) => `\\sqrt[${n}]{${x}}`
  }),
  defineFunction$1({
    name: "pow",
    arity: [2, 2],
    rule: "power",
    scalar: power,
    // Differentiated through the `^` operator: the parser turns pow(x, y) into x ^ y.
    partial: (b, args, self, i) => i === 0 ? b.mul(args[1], b.pow(args[0], b.sub(args[1], one(b)))) : b.mul(self, b.call("log", [args[0]])),
    latex: ([x, y]) => `{${x}}^{${y}}`
  }),
  defineFunction$1({
    name: "abs",
    arity: [1, 1],
    rule: "abs",
    scalar: Math.abs,
    inline: math$1("abs"),
    partial: (b, [u]) => b.call("sign", [u]),
    latex: ([x]) => `\\left|${x}\\right|`,
    kink: atZero,
    convention: "abs'(0) = 0",
    field: ([z], F) => absForm(z, F)
  }),
  defineFunction$1({
    name: "expm1",
    arity: [1, 1],
    rule: "expm1",
    scalar: Math.expm1,
    inline: math$1("expm1"),
    summary: "e^x − 1, exact for small x",
    partial: (b, [u]) => b.call("exp", [u]),
    latex: ([x]) => parens(`e^{${x}} - 1`),
    // 2·e^(z/2)·sinh(z/2): no cancellation in either part, unlike e^z − 1.
    field: ([z], F) => {
      const half = F.div(z, F.constant(2));
      return F.mul(F.mul(F.constant(2), F.exp(half)), F.sinh(half));
    }
  }),
  defineFunction$1({
    name: "square",
    arity: [1, 1],
    rule: "square",
    scalar: (x) => x * x,
    inline: ([x]) => `${x} * ${x}`,
    summary: "x²",
    partial: (b, [u]) => b.mul(b.constant(2), u),
    latex: ([x]) => `${base(x)}^{2}`,
    field: ([z], F) => F.mul(z, z)
  }),
  defineFunction$1({
    name: "cube",
    arity: [1, 1],
    rule: "cube",
    scalar: (x) => x * x * x,
    inline: ([x]) => `${x} * ${x} * ${x}`,
    summary: "x³",
    partial: (b, [u]) => b.mul(b.constant(3), squared(b, u)),
    latex: ([x]) => `${base(x)}^{3}`,
    field: ([z], F) => F.mul(F.mul(z, z), z)
  }),
  defineFunction$1({
    name: "hypot",
    arity: [2, 2],
    rule: "hypot",
    scalar: Math.hypot,
    inline: math$1("hypot"),
    summary: "√(x² + y²) without overflow; its gradient does not exist at (0, 0), a cone point (a `domain` error, as for sqrt′(0))",
    // ∂/∂x = x / hypot(x, y): 0/0 at the origin, where no gradient exists.
    partial: (b, args, self, i) => b.div(args[i], self),
    latex: ([x, y]) => `\\sqrt{${base(x)}^{2} + ${base(y)}^{2}}`,
    field: ([x, y], F) => F.sqrt(F.add(F.mul(x, x), F.mul(y, y)))
  }),
  defineFunction$1({
    name: "erf",
    arity: [1, 1],
    rule: "erf",
    scalar: erf,
    // d/dx erf(x) = 2/√π · e^(−x²)
    partial: (b, [u]) => b.mul(b.div(b.constant(2), b.call("sqrt", [b.call("pi", [])])), b.call("exp", [b.neg(squared(b, u))])),
    latex: ([x]) => `${operatorName("erf")}${parens(x)}`
  })
];
function sigmoidForm(z, F) {
  if (F.real(z) >= 0)
    return F.div(F.constant(1), F.add(F.constant(1), F.exp(F.neg(z))));
  const e = F.exp(z);
  return F.div(e, F.add(F.constant(1), e));
}
function softplusForm(z, F) {
  if (F.real(z) > 0)
    return F.add(z, F.log(F.add(F.constant(1), F.exp(F.neg(z)))));
  return F.log(F.add(F.constant(1), F.exp(z)));
}
const isTie = (args, m) => args.filter((a) => a === m).length > 1;
function extremePartial(b, args, i, which) {
  if (args.length === 1)
    return one(b);
  if (args.length === 2) {
    const [u, v] = args;
    const ahead = i === 0 === (which === "max") ? b.sub(u, v) : b.sub(v, u);
    return b.call("heaviside", [ahead]);
  }
  return b.call(`${which}Share`, [args[i], ...args]);
}
const extremeForm = (which) => (args, F) => args.reduce((m, v) => (which === "max" ? F.real(m) >= F.real(v) : F.real(m) <= F.real(v)) ? m : v);
const geluSlope = (x) => (1 + erf(x / Math.SQRT2)) / 2 + x * Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
function geluForm(z, F) {
  const a = F.real(z);
  return F.add(F.constant(gelu(a)), F.mul(F.sub(z, F.constant(a)), F.constant(geluSlope(a))));
}
const NEURAL = [
  defineFunction$1({
    name: "sigmoid",
    arity: [1, 1],
    rule: "sigmoid",
    scalar: sigmoid$1,
    field: ([z], F) => sigmoidForm(z, F),
    partial: (b, _args, self) => b.mul(self, b.sub(one(b), self)),
    latex: ([x]) => `\\sigma${parens(x)}`
  }),
  defineFunction$1({
    name: "relu",
    arity: [1, 1],
    rule: "relu",
    scalar: (x) => x <= 0 ? 0 : x,
    value: ([x]) => Math.max(x, 0),
    inline: ([x]) => `${x} <= 0 ? 0 : ${x}`,
    // NaN passes through, as Math.max does
    field: ([z], F) => F.real(z) > 0 ? z : F.constant(0),
    partial: (b, [u]) => b.call("step", [u]),
    latex: ([x]) => `${operatorName("ReLU")}${parens(x)}`,
    kink: atZero,
    convention: "relu'(0) = 0"
  }),
  defineFunction$1({
    name: "leakyRelu",
    arity: [1, 2],
    defaults: [0.01],
    rule: "leaky-relu",
    scalar: (x, alpha) => x > 0 ? x : alpha * x,
    partial: (b, args, _self, i) => {
      const [u, alpha] = args;
      const below = b.sub(one(b), b.call("step", [u]));
      return i === 0 ? b.add(b.call("step", [u]), b.mul(alpha, below)) : b.mul(below, u);
    },
    latex: ([x, alpha]) => `${operatorName("LeakyReLU")}_{${alpha}}${parens(x)}`,
    kink: ([x, alpha]) => x === 0 && alpha !== 1,
    convention: "leakyRelu'(0) = alpha"
  }),
  defineFunction$1({
    name: "softplus",
    arity: [1, 1],
    rule: "softplus",
    scalar: softplus$1,
    field: ([z], F) => softplusForm(z, F),
    partial: (b, [u]) => b.call("sigmoid", [u]),
    latex: ([x]) => `${operatorName("softplus")}${parens(x)}`
  }),
  defineFunction$1({
    name: "elu",
    arity: [1, 2],
    defaults: [1],
    rule: "elu",
    scalar: (x, alpha) => x > 0 ? x : alpha * Math.expm1(x),
    partial: (b, args, self, i) => {
      const [u, alpha] = args;
      const below = b.sub(one(b), b.call("step", [u]));
      if (i === 1)
        return b.mul(below, b.call("elu", [u, one(b)]));
      return b.add(b.call("step", [u]), b.mul(below, b.add(self, alpha)));
    },
    latex: ([x, alpha]) => `${operatorName("ELU")}_{${alpha}}${parens(x)}`,
    kink: ([x, alpha]) => x === 0 && alpha !== 1,
    convention: "elu'(0) = alpha"
  }),
  defineFunction$1({
    name: "silu",
    aliases: ["swish"],
    arity: [1, 1],
    rule: "silu",
    scalar: silu,
    summary: "x·σ(x), also called swish",
    // σ + x·σ(1 − σ) = σ·(1 + x·(1 − σ))
    partial: (b, [u]) => {
      const s = b.call("sigmoid", [u]);
      return b.mul(s, b.add(one(b), b.mul(u, b.sub(one(b), s))));
    },
    latex: ([x]) => `${operatorName("SiLU")}${parens(x)}`,
    field: ([z], F) => F.mul(z, sigmoidForm(z, F))
  }),
  defineFunction$1({
    name: "gelu",
    arity: [1, 1],
    rule: "gelu",
    scalar: gelu,
    uses: ["erf"],
    summary: "x·Φ(x) = x·(1 + erf(x/√2))/2, the exact (erf) form, as @bp/numeric's gelu activation",
    inline: ([x], callee) => `${x} * (1 + ${callee("erf")}(${x} / Math.SQRT2)) / 2`,
    // Φ(x) + x·φ(x), with φ(x) = e^(−x²/2)/√(2π)
    partial: (b, [u]) => {
      const cdf = b.div(b.add(one(b), b.call("erf", [b.div(u, b.call("sqrt", [b.constant(2)]))])), b.constant(2));
      const density = b.div(b.call("exp", [b.neg(b.div(squared(b, u), b.constant(2)))]), b.call("sqrt", [b.mul(b.constant(2), b.call("pi", []))]));
      return b.add(cdf, b.mul(u, density));
    },
    latex: ([x]) => `${operatorName("GELU")}${parens(x)}`,
    field: ([z], F) => geluForm(z, F)
  }),
  defineFunction$1({
    name: "mish",
    arity: [1, 1],
    rule: "mish",
    scalar: mish,
    summary: "x·tanh(softplus(x))",
    // tanh(sp) + x·(1 − tanh²(sp))·σ(x), since softplus′ = σ
    partial: (b, [u]) => {
      const t = b.call("tanh", [b.call("softplus", [u])]);
      return b.add(t, b.mul(b.mul(u, b.sub(one(b), squared(b, t))), b.call("sigmoid", [u])));
    },
    latex: ([x]) => `${operatorName("mish")}${parens(x)}`,
    field: ([z], F) => F.mul(z, F.tanh(softplusForm(z, F)))
  }),
  defineFunction$1({
    name: "softsign",
    arity: [1, 1],
    rule: "softsign",
    scalar: (x) => x / (1 + Math.abs(x)),
    inline: ([x]) => `${x} / (1 + Math.abs(${x}))`,
    summary: "x / (1 + |x|)",
    partial: (b, [u]) => b.div(one(b), squared(b, b.add(one(b), b.call("abs", [u])))),
    latex: ([x]) => `\\frac{${x}}{1 + \\left|${x}\\right|}`,
    field: ([z], F) => F.div(z, F.add(F.constant(1), absForm(z, F)))
  }),
  defineFunction$1({
    name: "hardtanh",
    arity: [1, 1],
    rule: "hardtanh",
    scalar: hardtanh,
    summary: "x clamped to [−1, 1]",
    // 1 strictly inside (−1, 1), 0 outside and at ±1 (the flat side, as relu′(0) = 0)
    partial: (b, [u]) => b.mul(b.call("step", [b.add(u, one(b))]), b.call("step", [b.sub(one(b), u)])),
    latex: ([x]) => `${operatorName("hardtanh")}${parens(x)}`,
    kink: ([x]) => x === 1 || x === -1,
    convention: "hardtanh'(-1) = hardtanh'(1) = 0, the flat side (as relu'(0) = 0)",
    field: ([z], F) => {
      const r = F.real(z);
      return r >= 1 ? F.constant(1) : r <= -1 ? F.constant(-1) : z;
    }
  }),
  defineFunction$1({
    name: "max",
    arity: [1, Infinity],
    rule: "max",
    scalar: Math.max,
    value: (args) => Math.max(...args),
    inline: (args) => `Math.max(${args.join(", ")})`,
    field: extremeForm("max"),
    partial: (b, args, _self, i) => extremePartial(b, args, i, "max"),
    latex: (args) => `\\max${parens(args.join(", "))}`,
    kink: (args) => isTie(args, Math.max(...args)),
    convention: "a tie splits the gradient equally among the tied arguments"
  }),
  defineFunction$1({
    name: "min",
    arity: [1, Infinity],
    rule: "min",
    scalar: Math.min,
    value: (args) => Math.min(...args),
    inline: (args) => `Math.min(${args.join(", ")})`,
    field: extremeForm("min"),
    partial: (b, args, _self, i) => extremePartial(b, args, i, "min"),
    latex: (args) => `\\min${parens(args.join(", "))}`,
    kink: (args) => isTie(args, Math.min(...args)),
    convention: "a tie splits the gradient equally among the tied arguments"
  })
];
const invSqrt = (b, q) => b.div(one(b), b.call("sqrt", [q]));
const TRIGONOMETRIC = [
  defineFunction$1({
    name: "sin",
    arity: [1, 1],
    rule: "sin",
    scalar: Math.sin,
    inline: math$1("sin"),
    field: ([z], F) => F.sin(z),
    partial: (b, [u]) => b.call("cos", [u]),
    latex: ([x]) => `\\sin${parens(x)}`
  }),
  defineFunction$1({
    name: "cos",
    arity: [1, 1],
    rule: "cos",
    scalar: Math.cos,
    inline: math$1("cos"),
    field: ([z], F) => F.cos(z),
    partial: (b, [u]) => b.neg(b.call("sin", [u])),
    latex: ([x]) => `\\cos${parens(x)}`
  }),
  defineFunction$1({
    name: "tan",
    arity: [1, 1],
    rule: "tan",
    scalar: Math.tan,
    inline: math$1("tan"),
    field: ([z], F) => F.tan(z),
    partial: (b, [u]) => squared(b, b.call("sec", [u])),
    latex: ([x]) => `\\tan${parens(x)}`
  }),
  defineFunction$1({
    name: "sec",
    arity: [1, 1],
    rule: "sec",
    scalar: (x) => 1 / Math.cos(x),
    partial: (b, [u], self) => b.mul(self, b.call("tan", [u])),
    latex: ([x]) => `\\sec${parens(x)}`
  }),
  defineFunction$1({
    name: "csc",
    arity: [1, 1],
    rule: "csc",
    scalar: (x) => 1 / Math.sin(x),
    domain: outside((x) => Math.sin(x) === 0, "csc is undefined where sin is 0"),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call("cot", [u]))),
    latex: ([x]) => `\\csc${parens(x)}`
  }),
  defineFunction$1({
    name: "cot",
    arity: [1, 1],
    rule: "cot",
    scalar: (x) => 1 / Math.tan(x),
    domain: outside((x) => Math.sin(x) === 0, "cot is undefined where sin is 0"),
    partial: (b, [u]) => b.neg(squared(b, b.call("csc", [u]))),
    latex: ([x]) => `\\cot${parens(x)}`
  }),
  defineFunction$1({
    name: "asin",
    arity: [1, 1],
    rule: "asin",
    scalar: Math.asin,
    inline: math$1("asin"),
    domain: outside((x) => Math.abs(x) > 1, "asin is defined on [-1, 1] only"),
    partial: (b, [u]) => invSqrt(b, b.sub(one(b), squared(b, u))),
    latex: ([x]) => `\\arcsin${parens(x)}`
  }),
  defineFunction$1({
    name: "acos",
    arity: [1, 1],
    rule: "acos",
    scalar: Math.acos,
    inline: math$1("acos"),
    domain: outside((x) => Math.abs(x) > 1, "acos is defined on [-1, 1] only"),
    partial: (b, [u]) => b.neg(invSqrt(b, b.sub(one(b), squared(b, u)))),
    latex: ([x]) => `\\arccos${parens(x)}`
  }),
  defineFunction$1({
    name: "atan",
    arity: [1, 1],
    rule: "atan",
    scalar: Math.atan,
    inline: math$1("atan"),
    field: ([z], F) => F.atan(z),
    partial: (b, [u]) => b.div(one(b), b.add(one(b), squared(b, u))),
    latex: ([x]) => `\\arctan${parens(x)}`
  }),
  defineFunction$1({
    name: "asec",
    arity: [1, 1],
    rule: "asec",
    scalar: (x) => Math.acos(1 / x),
    domain: outside((x) => Math.abs(x) < 1, "asec is defined for |x| >= 1 only"),
    partial: (b, [u]) => b.div(one(b), b.mul(b.call("abs", [u]), b.call("sqrt", [b.sub(squared(b, u), one(b))]))),
    latex: ([x]) => `${operatorName("arcsec")}${parens(x)}`
  }),
  defineFunction$1({
    name: "acsc",
    arity: [1, 1],
    rule: "acsc",
    scalar: (x) => Math.asin(1 / x),
    domain: outside((x) => Math.abs(x) < 1, "acsc is defined for |x| >= 1 only"),
    partial: (b, [u]) => b.neg(b.div(one(b), b.mul(b.call("abs", [u]), b.call("sqrt", [b.sub(squared(b, u), one(b))])))),
    latex: ([x]) => `${operatorName("arccsc")}${parens(x)}`
  }),
  defineFunction$1({
    // acot(x) = atan(1/x), as mathjs defines it (range (−π/2, π/2], jump at 0).
    name: "acot",
    arity: [1, 1],
    rule: "acot",
    scalar: (x) => Math.atan(1 / x),
    partial: (b, [u]) => b.neg(b.div(one(b), b.add(one(b), squared(b, u)))),
    latex: ([x]) => `${operatorName("arccot")}${parens(x)}`,
    kink: atZero,
    convention: "acot jumps by pi at 0 (from -pi/2 to pi/2); acot'(0) = -1, the slope on either side"
  }),
  defineFunction$1({
    name: "atan2",
    arity: [2, 2],
    rule: "atan2",
    scalar: Math.atan2,
    inline: math$1("atan2"),
    parameters: ["y", "x"],
    summary: "the angle of the point (x, y), in (−π, π]; no gradient at (0, 0)",
    partial: (b, [y, x], _self, i) => {
      const r2 = b.add(squared(b, x), squared(b, y));
      return i === 0 ? b.div(x, r2) : b.neg(b.div(y, r2));
    },
    latex: ([y, x]) => `${operatorName("atan2")}${parens(`${y}, ${x}`)}`,
    kink: ([y, x]) => y === 0 && x < 0,
    convention: "atan2 jumps by 2pi across the negative x axis (y = 0, x < 0); its partials there are the slopes on either side",
    field: ([y, x], F) => {
      const ry = F.real(y);
      const rx = F.real(x);
      if (Math.abs(rx) < Math.abs(ry))
        return F.sub(F.constant(ry > 0 ? Math.PI / 2 : -Math.PI / 2), F.atan(F.div(x, y)));
      const angle = F.atan(F.div(y, x));
      return rx >= 0 ? angle : F.add(angle, F.constant(ry < 0 || Object.is(ry, -0) ? -Math.PI : Math.PI));
    }
  })
];
const HYPERBOLIC = [
  defineFunction$1({
    name: "sinh",
    arity: [1, 1],
    rule: "sinh",
    scalar: Math.sinh,
    inline: math$1("sinh"),
    field: ([z], F) => F.sinh(z),
    partial: (b, [u]) => b.call("cosh", [u]),
    latex: ([x]) => `\\sinh${parens(x)}`
  }),
  defineFunction$1({
    name: "cosh",
    arity: [1, 1],
    rule: "cosh",
    scalar: Math.cosh,
    inline: math$1("cosh"),
    field: ([z], F) => F.cosh(z),
    partial: (b, [u]) => b.call("sinh", [u]),
    latex: ([x]) => `\\cosh${parens(x)}`
  }),
  defineFunction$1({
    name: "tanh",
    arity: [1, 1],
    rule: "tanh",
    scalar: Math.tanh,
    inline: math$1("tanh"),
    field: ([z], F) => F.tanh(z),
    partial: (b, _args, self) => b.sub(one(b), squared(b, self)),
    latex: ([x]) => `\\tanh${parens(x)}`
  }),
  defineFunction$1({
    name: "sech",
    arity: [1, 1],
    rule: "sech",
    scalar: (x) => 1 / Math.cosh(x),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call("tanh", [u]))),
    latex: ([x]) => `${operatorName("sech")}${parens(x)}`
  }),
  defineFunction$1({
    name: "csch",
    arity: [1, 1],
    rule: "csch",
    scalar: (x) => 1 / Math.sinh(x),
    domain: outside((x) => x === 0, "csch is undefined at 0"),
    partial: (b, [u], self) => b.neg(b.mul(self, b.call("coth", [u]))),
    latex: ([x]) => `${operatorName("csch")}${parens(x)}`
  }),
  defineFunction$1({
    name: "coth",
    arity: [1, 1],
    rule: "coth",
    scalar: (x) => 1 / Math.tanh(x),
    domain: outside((x) => x === 0, "coth is undefined at 0"),
    partial: (b, _args, self) => b.sub(one(b), squared(b, self)),
    latex: ([x]) => `\\coth${parens(x)}`
  }),
  defineFunction$1({
    name: "asinh",
    arity: [1, 1],
    rule: "asinh",
    scalar: Math.asinh,
    inline: math$1("asinh"),
    partial: (b, [u]) => invSqrt(b, b.add(squared(b, u), one(b))),
    latex: ([x]) => `${operatorName("arsinh")}${parens(x)}`
  }),
  defineFunction$1({
    name: "acosh",
    arity: [1, 1],
    rule: "acosh",
    scalar: Math.acosh,
    inline: math$1("acosh"),
    domain: outside((x) => x < 1, "acosh is defined for arguments >= 1 only"),
    partial: (b, [u]) => invSqrt(b, b.sub(squared(b, u), one(b))),
    latex: ([x]) => `${operatorName("arcosh")}${parens(x)}`
  }),
  defineFunction$1({
    name: "atanh",
    arity: [1, 1],
    rule: "atanh",
    scalar: Math.atanh,
    inline: math$1("atanh"),
    domain: outside((x) => Math.abs(x) >= 1, "atanh is defined on (-1, 1) only"),
    partial: (b, [u]) => b.div(one(b), b.sub(one(b), squared(b, u))),
    latex: ([x]) => `${operatorName("artanh")}${parens(x)}`
  }),
  defineFunction$1({
    name: "asech",
    arity: [1, 1],
    rule: "asech",
    scalar: (x) => Math.acosh(1 / x),
    domain: outside((x) => x <= 0 || x > 1, "asech is defined on (0, 1] only"),
    partial: (b, [u]) => b.neg(b.div(one(b), b.mul(u, b.call("sqrt", [b.sub(one(b), squared(b, u))])))),
    latex: ([x]) => `${operatorName("arsech")}${parens(x)}`
  }),
  defineFunction$1({
    name: "acsch",
    arity: [1, 1],
    rule: "acsch",
    scalar: (x) => Math.asinh(1 / x),
    domain: outside((x) => x === 0, "acsch is undefined at 0"),
    partial: (b, [u]) => b.neg(b.div(one(b), b.mul(b.call("abs", [u]), b.call("sqrt", [b.add(one(b), squared(b, u))])))),
    latex: ([x]) => `${operatorName("arcsch")}${parens(x)}`
  }),
  defineFunction$1({
    name: "acoth",
    arity: [1, 1],
    rule: "acoth",
    scalar: (x) => Math.atanh(1 / x),
    domain: outside((x) => Math.abs(x) <= 1, "acoth is defined for |x| > 1 only"),
    partial: (b, [u]) => b.div(one(b), b.sub(one(b), squared(b, u))),
    latex: ([x]) => `${operatorName("arcoth")}${parens(x)}`
  })
];
const SPECS$1 = [...ELEMENTARY, ...TRIGONOMETRIC, ...HYPERBOLIC, ...NEURAL, ...DERIVATIVE_HELPERS, ...CONSTANTS];
function registry() {
  const map = new Map(SPECS$1.map((spec) => [spec.name, spec]));
  for (const spec of SPECS$1)
    for (const alias of spec.aliases ?? [])
      map.set(alias, spec);
  return map;
}
const FUNCTIONS = registry();
function functionNames() {
  return [...FUNCTIONS].filter(([, s]) => !s.helper || s.name === "sign").map(([name]) => name);
}
function operationOf(node) {
  if (node.op === "call")
    return FUNCTIONS.get(node.name);
  return OPERATORS.get(node.op);
}
function assert(condition, message) {
  if (!condition)
    throw new Error(`bp internal error: ${typeof message === "string" ? message : message()}`);
}
function applyNode(node, args) {
  if (node.op === "const")
    return node.value;
  if (node.op === "input")
    return Number.NaN;
  if (node.op === "name")
    return args[0];
  return operationOf(node).value(args);
}
const POLYNOMIAL_OPS = /* @__PURE__ */ new Set(["const", "input", "name", "add", "sub", "mul", "neg"]);
function isTidy(value) {
  return Number.isFinite(value) && (Number.isInteger(value) || String(value).length <= 8);
}
class Graph {
  constructor() {
    __publicField(this, "nodes", []);
    /** Whether a node's value is the same for every input (no input below it). */
    __publicField(this, "isConstant", []);
    /** The value of each constant node (NaN or ±Infinity for one that is undefined, such as 0 / 0); NaN for the others. */
    __publicField(this, "constantValues", []);
    /** Whether each node is built from inputs and numbers by +, −, × and names alone, so it is defined for every finite input. */
    __publicField(this, "polynomial", []);
    /** Where each node that came from source text was first written. */
    __publicField(this, "spans", /* @__PURE__ */ new Map());
    /** The names of `name` nodes, for printing in the program's own words. */
    __publicField(this, "labels", /* @__PURE__ */ new Map());
    /** The first `name` node wrapping each definition, so a derivative can say `a * (1 - a)` for σ′. */
    __publicField(this, "namedBy", /* @__PURE__ */ new Map());
    __publicField(this, "inputs", /* @__PURE__ */ new Map());
    __publicField(this, "keys", /* @__PURE__ */ new Map());
  }
  get size() {
    return this.nodes.length;
  }
  node(id) {
    const node = this.nodes[id];
    assert(node !== void 0, () => `no node ${id}`);
    return node;
  }
  /** The number a node holds, when it is a literal constant. */
  numberOf(id) {
    const node = this.nodes[id];
    return node.op === "const" ? node.value : void 0;
  }
  intern(key, make) {
    const found = this.keys.get(key);
    if (found !== void 0)
      return found;
    const node = make();
    const id = this.nodes.length;
    this.nodes.push(node);
    const constant2 = node.op === "const" || node.op !== "input" && node.args.every((a) => this.isConstant[a]);
    this.isConstant.push(constant2);
    this.constantValues.push(constant2 ? applyNode(node, node.args.map((a) => this.constantValues[a])) : Number.NaN);
    this.polynomial.push(POLYNOMIAL_OPS.has(node.op) && node.args.every((a) => this.polynomial[a]));
    this.keys.set(key, id);
    return id;
  }
  make(op2, args, commutative = false, name) {
    const ordered = commutative && args[0] > args[1] ? [args[1], args[0]] : args;
    const key = ordered.length === 2 ? `${op2}:${name ?? ""}:${ordered[0]},${ordered[1]}` : `${op2}:${name ?? ""}:${ordered.join(",")}`;
    return this.intern(key, () => name === void 0 ? { op: op2, args } : { op: op2, args, name });
  }
  constant(value) {
    assert(Number.isFinite(value), "a constant must be a finite number");
    const v = value === 0 ? 0 : value;
    return this.intern(`#${v}`, () => ({ op: "const", args: [], value: v }));
  }
  input(name) {
    const id = this.make("input", [], false, name);
    this.inputs.set(name, id);
    return id;
  }
  /**
   * A named intermediate: an opaque node wrapping its definition. The simplifier never looks
   * inside it, so `u = 2*x; y = 5*u` keeps u, and each name has its own adjoint even when its
   * expression also appears unnamed elsewhere.
   */
  name(label, definition) {
    const id = this.make("name", [definition], false, label);
    this.labels.set(id, label);
    if (!this.namedBy.has(definition))
      this.namedBy.set(definition, id);
    return id;
  }
  /**
   * An operation exactly as written, without rewriting: the parser keeps one for each place where
   * simplification changed the source (x/x → 1), so the function stays undefined where the source is.
   */
  raw(op2, args, name) {
    return this.make(op2, args, op2 === "add" || op2 === "mul", name);
  }
  /**
   * An operation as the user typed it, operands in the order written (`2 * x` is not `x * 2`):
   * the tree a derivation walks so its steps follow the source. Never used for values.
   */
  written(op2, args, name) {
    return this.make(op2, args, false, name);
  }
  /**
   * Whether a node is defined for every finite value of the inputs: built from inputs and numbers by
   * +, −, × and names alone (overflow aside), so rewriting it never changes where a function exists.
   */
  isEverywhereDefined(id) {
    return this.polynomial[id] === true;
  }
  /** Whether a node is a constant whose value does not exist (0 / 0, log(-1)): never folded or dropped. */
  isUndefinedConstant(id) {
    return this.isConstant[id] === true && !Number.isFinite(this.constantValues[id]);
  }
  /** Whether a node may be cancelled as t/t or t^p/t^q: a variable (whose domain the parser guards) or a non-zero constant. */
  isCancellable(id) {
    if (!this.isConstant[id])
      return true;
    const value = this.constantValues[id];
    return Number.isFinite(value) && value !== 0;
  }
  /** A folded constant, or undefined when the result is not a finite number (then the operation is kept). */
  fold(value) {
    return Number.isFinite(value) ? this.constant(value) : void 0;
  }
  /**
   * An opaque node that prints as `label` in compact mode, standing for `definition`: a name a
   * derivation introduces (δ_z for ∂L/∂z), which is not one of the program's names.
   */
  alias(label, definition) {
    return this.make("name", [definition], false, label);
  }
  /** Splits `k·t` into its numeric coefficient and term, so like terms can combine. */
  coefficient(id) {
    const node = this.nodes[id];
    if (node.op === "mul") {
      const k = this.numberOf(node.args[0]);
      if (k !== void 0)
        return [k, node.args[1]];
    }
    if (node.op === "neg")
      return [-1, node.args[0]];
    return [1, id];
  }
  /** Splits `t^p` with a numeric p into base and exponent, so like factors can combine. */
  exponent(id) {
    const node = this.nodes[id];
    if (node.op === "pow") {
      const p = this.numberOf(node.args[1]);
      if (p !== void 0)
        return [node.args[0], p];
    }
    return [id, 1];
  }
  /**
   * Like terms one level into a sum: (p + q) ± b with q (or p) a multiple of b's term becomes
   * p + (q ± b), so x + x·y + x·y is x + 2·x·y rather than growing term by term.
   */
  collect(a, b, sign) {
    const na = this.nodes[a];
    if (na.op !== "add" && na.op !== "sub")
      return void 0;
    const [p, q] = na.args;
    const tb = this.coefficient(b)[1];
    const combine2 = (x, y, s) => s === 1 ? this.add(x, y) : this.sub(x, y);
    if (this.coefficient(q)[1] === tb) {
      return na.op === "add" ? this.add(p, combine2(q, b, sign)) : this.sub(p, combine2(q, b, sign === 1 ? -1 : 1));
    }
    if (this.coefficient(p)[1] === tb) {
      return na.op === "add" ? this.add(combine2(p, b, sign), q) : this.sub(combine2(p, b, sign), q);
    }
    return void 0;
  }
  add(a, b) {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (ca !== void 0 && cb !== void 0)
      return this.fold(ca + cb) ?? this.make("add", [a, b], true);
    if (ca === 0)
      return b;
    if (cb === 0)
      return a;
    if (ca !== void 0)
      return this.add(b, a);
    if (cb !== void 0 && cb < 0)
      return this.sub(a, this.constant(-cb));
    const nb = this.nodes[b];
    if (nb.op === "neg")
      return this.sub(a, nb.args[0]);
    const na = this.nodes[a];
    if (na.op === "neg")
      return this.sub(b, na.args[0]);
    const [ka, ta] = this.coefficient(a);
    const [kb, tb] = this.coefficient(b);
    if (ta === tb && Number.isFinite(ka + kb) && !this.isUndefinedConstant(ta))
      return this.mul(this.constant(ka + kb), ta);
    const merged = this.collect(a, b, 1);
    if (merged !== void 0)
      return merged;
    return this.make("add", [a, b], true);
  }
  sub(a, b) {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (ca !== void 0 && cb !== void 0)
      return this.fold(ca - cb) ?? this.make("sub", [a, b]);
    if (cb === 0)
      return a;
    if (ca === 0)
      return this.neg(b);
    if (a === b && !this.isUndefinedConstant(a))
      return this.constant(0);
    if (cb !== void 0 && cb < 0)
      return this.add(a, this.constant(-cb));
    const nb = this.nodes[b];
    if (nb.op === "neg")
      return this.add(a, nb.args[0]);
    const na = this.nodes[a];
    if (na.op === "add") {
      if (na.args[1] === b)
        return na.args[0];
      if (na.args[0] === b)
        return na.args[1];
    }
    const [ka, ta] = this.coefficient(a);
    const [kb, tb] = this.coefficient(b);
    if (ta === tb && Number.isFinite(ka - kb) && !this.isUndefinedConstant(ta))
      return this.mul(this.constant(ka - kb), ta);
    const merged = this.collect(a, b, -1);
    if (merged !== void 0)
      return merged;
    return this.make("sub", [a, b]);
  }
  mul(a, b) {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (ca !== void 0 && cb !== void 0)
      return this.fold(ca * cb) ?? this.make("mul", [a, b], true);
    if (ca === 0 && !this.isUndefinedConstant(b) || cb === 0 && !this.isUndefinedConstant(a))
      return this.constant(0);
    if (ca === 1)
      return b;
    if (cb === 1)
      return a;
    if (ca === -1)
      return this.neg(b);
    if (cb === -1)
      return this.neg(a);
    if (cb !== void 0)
      return this.mul(b, a);
    const na = this.nodes[a];
    const nb = this.nodes[b];
    if (na.op === "neg")
      return this.neg(this.mul(na.args[0], b));
    if (nb.op === "neg")
      return this.neg(this.mul(a, nb.args[0]));
    if (ca !== void 0 && nb.op === "mul") {
      const k = this.numberOf(nb.args[0]);
      if (k !== void 0 && Number.isFinite(ca * k))
        return this.mul(this.constant(ca * k), nb.args[1]);
    }
    if (ca === void 0 && na.op === "mul" && this.numberOf(na.args[0]) !== void 0) {
      return this.mul(na.args[0], this.mul(na.args[1], b));
    }
    if (ca === void 0 && nb.op === "mul" && this.numberOf(nb.args[0]) !== void 0) {
      return this.mul(nb.args[0], this.mul(a, nb.args[1]));
    }
    if (nb.op === "div")
      return this.div(this.mul(a, nb.args[0]), nb.args[1]);
    if (na.op === "div")
      return this.div(this.mul(na.args[0], b), na.args[1]);
    const [ta, pa] = this.exponent(a);
    const [tb, pb] = this.exponent(b);
    if (ta === tb && ca === void 0 && this.isCancellable(ta))
      return this.pow(ta, this.constant(pa + pb));
    return this.make("mul", [a, b], true);
  }
  div(a, b) {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (ca !== void 0 && cb !== void 0 && cb !== 0) {
      const q = ca / cb;
      if (isTidy(q) && q * cb === ca)
        return this.constant(q);
    }
    if (cb === 1)
      return a;
    if (cb === -1)
      return this.neg(a);
    if (ca === 0 && this.isCancellable(b))
      return this.constant(0);
    if (a === b && this.isCancellable(a))
      return this.constant(1);
    const na = this.nodes[a];
    const nb = this.nodes[b];
    if (na.op === "neg")
      return this.neg(this.div(na.args[0], b));
    if (nb.op === "neg")
      return this.neg(this.div(a, nb.args[0]));
    if (na.op === "div")
      return this.div(na.args[0], this.mul(na.args[1], b));
    if (nb.op === "div")
      return this.div(this.mul(a, nb.args[1]), nb.args[0]);
    if (ca === void 0 && cb === void 0) {
      const [ta, pa] = this.exponent(a);
      const [tb, pb] = this.exponent(b);
      if (ta === tb && this.isCancellable(ta))
        return this.pow(ta, this.constant(pa - pb));
    }
    return this.make("div", [a, b]);
  }
  neg(a) {
    const ca = this.numberOf(a);
    if (ca !== void 0)
      return this.constant(-ca);
    const na = this.nodes[a];
    if (na.op === "neg")
      return na.args[0];
    if (na.op === "sub")
      return this.sub(na.args[1], na.args[0]);
    if (na.op === "mul") {
      const k = this.numberOf(na.args[0]);
      if (k !== void 0)
        return this.mul(this.constant(-k), na.args[1]);
    }
    return this.make("neg", [a]);
  }
  pow(a, b) {
    const ca = this.numberOf(a);
    const cb = this.numberOf(b);
    if (cb === 0 && !this.isUndefinedConstant(a))
      return this.constant(1);
    if (cb === 1)
      return a;
    if (ca === 1 && !this.isUndefinedConstant(b))
      return this.constant(1);
    if (ca !== void 0 && cb !== void 0) {
      const r = Math.pow(ca, cb);
      if (isTidy(r) && (Number.isInteger(cb) || Number.isInteger(r)))
        return this.constant(r);
    }
    const na = this.nodes[a];
    if (cb !== void 0 && Number.isInteger(cb) && na.op === "pow") {
      const p = this.numberOf(na.args[1]);
      if (p !== void 0 && Number.isInteger(p) && Number.isFinite(p * cb))
        return this.pow(na.args[0], this.constant(p * cb));
    }
    return this.make("pow", [a, b]);
  }
  call(name, args) {
    var _a;
    const spec = FUNCTIONS.get(name);
    assert(spec !== void 0, () => `unknown function ${name}`);
    if (args.length > 0 && args.every((a) => this.numberOf(a) !== void 0)) {
      const value = spec.value(args.map((a) => this.numberOf(a)));
      if (isTidy(value) && !((_a = spec.kink) == null ? void 0 : _a.call(spec, args.map((a) => this.numberOf(a)))))
        return this.constant(value);
    }
    if (name === "log" && args.length === 1 && this.isEuler(args[0]))
      return this.constant(1);
    return this.make("call", args, false, name);
  }
  /** Whether a node is the constant e (Euler's number), which parses to the nullary call `e`. */
  isEuler(id) {
    const node = this.nodes[id];
    return node.op === "call" && node.name === "e";
  }
  /**
   * The same value with every name replaced by its definition, rebuilt through the simplifying
   * constructors, so a derivative written in the inputs alone is simplified across names too.
   * `rebuilt` (old node → its expansion) may be shared between calls, so each node is rebuilt once.
   */
  expandNames(root, rebuilt = /* @__PURE__ */ new Map()) {
    for (const id of this.reachable([root], (n) => rebuilt.has(n))) {
      if (rebuilt.has(id))
        continue;
      const node = this.nodes[id];
      const args = node.args.map((arg) => rebuilt.get(arg));
      const value = node.op === "const" || node.op === "input" ? id : node.op === "name" ? args[0] : operationOf(node).build(this, args);
      rebuilt.set(id, value);
    }
    return rebuilt.get(root);
  }
  /** Every node the given roots depend on (themselves included), as a sorted (topological) list. */
  reachable(roots, stop) {
    const seen = /* @__PURE__ */ new Set();
    const stack = [...roots];
    const out = [];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id))
        continue;
      seen.add(id);
      out.push(id);
      if (stop == null ? void 0 : stop(id))
        continue;
      for (const arg of this.nodes[id].args)
        if (!seen.has(arg))
          stack.push(arg);
    }
    return out.sort((x, y) => x - y);
  }
}
const ALIASES = /* @__PURE__ */ new Map([
  ["ln", "log"],
  ["arcsin", "asin"],
  ["arccos", "acos"],
  ["arctan", "atan"],
  ["logistic", "sigmoid"],
  ["expit", "sigmoid"],
  ["leaky_relu", "leakyRelu"],
  ["leakyrelu", "leakyRelu"],
  ["root", "nthRoot"],
  ["power", "pow"]
]);
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++)
    d[i * cols] = i;
  for (let j = 0; j < cols; j++)
    d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}
function suggestFunction(name) {
  const alias = ALIASES.get(name) ?? ALIASES.get(name.toLowerCase());
  if (alias !== void 0)
    return `; did you mean ${alias}?`;
  let best;
  let bestDistance = Infinity;
  for (const candidate of functionNames()) {
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(name.length / 3));
  return best !== void 0 && bestDistance <= limit ? `; did you mean ${best}?` : void 0;
}
const MAX_DEPTH = 200;
const NUMBER$1 = /0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME_START = /[A-Za-z_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]|\uD835[\uDC00-\uDFFF]/y;
const NAME_PART = /[A-Za-z0-9_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]|\uD835[\uDC00-\uDFFF]/y;
const KEYWORDS = /* @__PURE__ */ new Map([
  ["mod", 'the modulo operator "mod"'],
  ["and", 'the logical operator "and"'],
  ["or", 'the logical operator "or"'],
  ["xor", 'the logical operator "xor"'],
  ["not", 'the logical operator "not"'],
  ["to", 'unit conversion with "to"'],
  ["in", 'unit conversion with "in"'],
  ["true", "the boolean true"],
  ["false", "the boolean false"],
  ["null", "null"],
  ["undefined", "undefined"],
  ["Infinity", "Infinity (a non-finite constant)"],
  ["NaN", "NaN (not a number)"]
]);
function unsupported(what, start, end, hint = "") {
  return new SymbolicError("unsupported", `${what} cannot be differentiated by bp${hint}`, { start, end });
}
function match(pattern, source, at2) {
  var _a;
  pattern.lastIndex = at2;
  return (_a = pattern.exec(source)) == null ? void 0 : _a[0];
}
function tokenize(source) {
  const tokens = [];
  const opens = [];
  let i = 0;
  const push2 = (kind, start, end) => {
    tokens.push({ kind, text: source.slice(start, end), start, end });
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1] ?? "";
    if (c === " " || c === "	" || c === "\r" || c === " ") {
      i++;
    } else if (c === "\n") {
      if (opens.length === 0)
        push2("sep", i, i + 1);
      i++;
    } else if (c === "#") {
      while (i < source.length && source[i] !== "\n")
        i++;
    } else if (c === ";") {
      push2("sep", i, ++i);
    } else if (c === ",") {
      push2(",", i, ++i);
    } else if (c === "(") {
      opens.push(i);
      if (opens.length > MAX_DEPTH) {
        throw new SymbolicError("too-deep", `parentheses nest deeper than ${MAX_DEPTH} levels`, { start: i, end: i + 1 });
      }
      push2("(", i, ++i);
    } else if (c === ")") {
      opens.pop();
      push2(")", i, ++i);
    } else if (c === "*" && next === "*") {
      throw new SymbolicError("syntax", "use ^ for powers: write x^2, not x**2", { start: i, end: i + 2 });
    } else if (c === "+" || c === "-" || c === "*" || c === "/" || c === "^") {
      push2("op", i, ++i);
    } else if (c === "=") {
      if (next === "=")
        throw unsupported('the comparison "=="', i, i + 2);
      push2("=", i, ++i);
    } else if (/\d/.test(c) || c === "." && /\d/.test(next)) {
      const text2 = match(NUMBER$1, source, i);
      push2("number", i, i + text2.length);
      i += text2.length;
    } else if (match(NAME_START, source, i) !== void 0) {
      const start = i;
      i += match(NAME_START, source, i).length;
      for (let part = match(NAME_PART, source, i); part !== void 0; part = match(NAME_PART, source, i)) {
        i += part.length;
      }
      const word = source.slice(start, i);
      const keyword = KEYWORDS.get(word);
      if (keyword !== void 0)
        throw unsupported(keyword, start, i);
      push2("name", start, i);
    } else {
      throw rejectCharacter(source, i, tokens[tokens.length - 1]);
    }
  }
  return tokens;
}
function rejectCharacter(source, i, previous) {
  const c = source[i];
  const next = source[i + 1] ?? "";
  const afterValue = previous !== void 0 && previous.end === i && ["name", "number", ")"].includes(previous.kind);
  if (c === '"' || c === "'" && !afterValue) {
    const close2 = source.indexOf(c, i + 1);
    return unsupported("a string", i, close2 < 0 ? source.length : close2 + 1);
  }
  if (c === "'")
    return unsupported(`the transpose operator "'"`, i, i + 1);
  if (c === "[" || c === "]")
    return unsupported('a matrix or index "[...]"', i, i + 1, "; write scalar expressions");
  if (c === "{" || c === "}")
    return unsupported('an object "{...}"', i, i + 1);
  if (c === "!") {
    return next === "=" ? unsupported('the comparison "!="', i, i + 2) : unsupported('the factorial "!"', i, i + 1, "; use gamma-free expressions");
  }
  if (c === "<" || c === ">") {
    const two = next === "=" || next === c;
    return unsupported(`the ${next === c ? "bit shift" : "comparison"} "${source.slice(i, i + (two ? 2 : 1))}"`, i, i + (two ? 2 : 1));
  }
  if (c === "?")
    return unsupported('the conditional "a ? b : c"', i, i + 1);
  if (c === ":")
    return unsupported('a range or conditional ":"', i, i + 1);
  if (c === "%")
    return unsupported('the percent/modulo operator "%"', i, i + 1);
  if (c === "&" || c === "|" || c === "~")
    return unsupported(`the bitwise operator "${c}"`, i, i + 1);
  if (c === ".") {
    return ["*", "/", "^"].includes(next) ? unsupported(`the element-wise operator ".${next}"`, i, i + 2) : unsupported('property access "."', i, i + 1);
  }
  const end = i + (c.codePointAt(0) > 65535 ? 2 : 1);
  return new SymbolicError("syntax", `unexpected character "${source.slice(i, end)}"`, { start: i, end });
}
const TYPESET_OPERATORS = /* @__PURE__ */ new Map([["×", "*"], ["·", "*"], ["⋅", "*"], ["÷", "/"], ["−", "-"]]);
function plainOperators(source) {
  return source.replace(/[×·⋅÷−]/g, (c) => TYPESET_OPERATORS.get(c));
}
let mathParse$1;
function parseWithMathjs$1(source) {
  mathParse$1 ?? (mathParse$1 = create({ parseDependencies }).parse);
  return mathParse$1(source);
}
function syntaxError(source, tokens, error) {
  if (error instanceof RangeError) {
    return new SymbolicError("too-deep", "the expression nests too deeply to parse", { start: 0, end: source.length }, { cause: error });
  }
  const { message, char } = error;
  const text2 = String(message).replace(/\s*\(char \d+\)$/, "");
  if (typeof char !== "number")
    return new SymbolicError("syntax", text2, { start: 0, end: source.length }, { cause: error });
  const start = Math.min(Math.max(char - 1, 0), source.length);
  const token = tokens.find((t) => t.start <= start && start < t.end);
  const end = token ? token.end : Math.min(start + 1, source.length);
  return new SymbolicError("syntax", text2.charAt(0).toLowerCase() + text2.slice(1), { start, end }, { cause: error });
}
const BINARY = /* @__PURE__ */ new Map([
  ["add", "add"],
  ["subtract", "sub"],
  ["multiply", "mul"],
  ["divide", "div"],
  ["pow", "pow"]
]);
const isText = (text2) => (t) => t.text === text2;
const isKind = (kind) => (t) => t.kind === kind;
function parse(source) {
  if (typeof source !== "string")
    throw new SymbolicError("invalid-argument", "the source must be a string");
  const { tokens, statements } = statementsOf(source);
  return new Converter$1(source, tokens).program(statements);
}
function statementsOf(source) {
  const text2 = plainOperators(source);
  const tokens = tokenize(text2);
  if (!tokens.some((t) => t.kind !== "sep")) {
    throw new SymbolicError("syntax", "the source is empty: write an expression such as x^2 * y", { start: 0, end: source.length });
  }
  let tree;
  try {
    tree = parseWithMathjs$1(text2);
  } catch (error) {
    throw syntaxError(text2, tokens, error);
  }
  const statements = tree.type === "BlockNode" ? tree.blocks.map((block) => block.node) : [tree];
  return { tokens, statements };
}
function parseAsWritten(program) {
  if (program.assignments.length > 0)
    return void 0;
  const { tokens, statements } = statementsOf(program.source);
  return new Converter$1(program.source, tokens, program.graph, true).program(statements).output;
}
let Converter$1 = class Converter {
  /** With `asWritten`, operations are built as typed ({@link Graph.written}) instead of simplified. */
  constructor(source, tokens, graph = new Graph(), asWritten = false) {
    __publicField(this, "source");
    __publicField(this, "tokens");
    __publicField(this, "graph");
    __publicField(this, "asWritten");
    __publicField(this, "cursor", 0);
    __publicField(this, "aligned", true);
    __publicField(this, "definitions", /* @__PURE__ */ new Map());
    __publicField(this, "assignedAt", /* @__PURE__ */ new Map());
    __publicField(this, "inputs", []);
    __publicField(this, "guards", []);
    __publicField(this, "statement", 0);
    this.source = source;
    this.tokens = tokens;
    this.graph = graph;
    this.asWritten = asWritten;
  }
  program(statements) {
    const assignments = [];
    statements.forEach((node, index) => {
      if (node.type === "AssignmentNode") {
        const name = node.object.name;
        if (name !== void 0 && !this.assignedAt.has(name))
          this.assignedAt.set(name, index);
      }
    });
    let output = -1;
    let outputName;
    statements.forEach((node, index) => {
      this.statement = index;
      this.skipSeparators();
      const last = index === statements.length - 1;
      if (node.type === "AssignmentNode") {
        const target = node.object;
        const nameToken = this.take(isKind("name"));
        if (target.type !== "SymbolNode" || nameToken === void 0) {
          throw new SymbolicError("unsupported", "only a plain name can be assigned to", this.here());
        }
        const name = target.name;
        const span = { start: nameToken.start, end: nameToken.end };
        if (this.definitions.has(name)) {
          throw new SymbolicError("reassigned", `"${name}" is assigned twice; give each intermediate its own name`, span);
        }
        if (FUNCTIONS.has(name) && FUNCTIONS.get(name).arity[1] !== 0) {
          throw new SymbolicError("unsupported", `"${name}" is a function and cannot be assigned to`, span);
        }
        this.take(isKind("="));
        const id = this.graph.name(name, this.expression(node.value));
        this.definitions.set(name, id);
        assignments.push({ name, span });
        if (last) {
          output = id;
          outputName = name;
        } else {
          this.guards.push(id);
        }
      } else if (node.type === "FunctionAssignmentNode") {
        throw new SymbolicError("unsupported", "function definitions such as f(x) = ... are not supported; assign intermediates instead", this.statementSpan());
      } else if (last) {
        output = this.expression(node);
      } else {
        throw new SymbolicError("unsupported", 'only the last statement may be a bare expression; name this one with "name = ..."', this.statementSpan());
      }
    });
    return {
      source: this.source,
      inputs: this.inputs,
      outputName,
      assignments,
      graph: this.graph,
      output,
      definitions: this.definitions,
      guards: this.guards
    };
  }
  skipSeparators() {
    var _a;
    while (this.aligned && ((_a = this.tokens[this.cursor]) == null ? void 0 : _a.kind) === "sep")
      this.cursor++;
  }
  /** The current token's span, or the whole source once positions can no longer be trusted. */
  here() {
    const token = this.aligned ? this.tokens[this.cursor] : void 0;
    return token ? { start: token.start, end: token.end } : { start: 0, end: this.source.length };
  }
  statementSpan() {
    const first = this.tokens[this.cursor];
    if (!this.aligned || first === void 0)
      return { start: 0, end: this.source.length };
    let last = this.cursor;
    while (this.tokens[last + 1] !== void 0 && this.tokens[last + 1].kind !== "sep")
      last++;
    return { start: first.start, end: this.tokens[last].end };
  }
  /** Consumes the next token when it is what the tree says comes next; otherwise positions are no longer trusted. */
  take(expected) {
    if (!this.aligned)
      return void 0;
    const token = this.tokens[this.cursor];
    if (token === void 0 || !expected(token)) {
      this.aligned = false;
      return void 0;
    }
    this.cursor++;
    return token;
  }
  /** Converts one mathjs tree into graph nodes, iteratively, so 100 000 terms do not overflow the stack. */
  expression(root) {
    const stack = [this.frame(root)];
    let result = -1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const item = top.items[top.index];
      if (item !== void 0) {
        top.index++;
        if ("token" in item)
          this.take(item.token);
        else
          stack.push(this.frame(item.child));
        continue;
      }
      stack.pop();
      const last = this.aligned ? this.cursor - 1 : -1;
      const span = last >= top.first && this.aligned ? { start: this.tokens[top.first].start, end: this.tokens[last].end } : void 0;
      const id = this.build(top.node, top.results, span);
      if (span !== void 0 && !this.graph.spans.has(id))
        this.graph.spans.set(id, span);
      if (stack.length > 0)
        stack[stack.length - 1].results.push(id);
      else
        result = id;
    }
    return result;
  }
  frame(node) {
    const first = this.cursor;
    const n = node;
    let items;
    switch (n.type) {
      case "ConstantNode":
        if (typeof n.value !== "number") {
          throw new SymbolicError("unsupported", `the constant ${JSON.stringify(n.value)} cannot be differentiated`, this.here());
        }
        items = [{ token: isKind("number") }];
        break;
      case "SymbolNode":
        items = [{ token: isText(n.name) }];
        break;
      case "ParenthesisNode":
        items = [{ token: isKind("(") }, { child: n.content }, { token: isKind(")") }];
        break;
      case "OperatorNode": {
        const args = n.args;
        if (args.length === 1)
          items = [{ token: isText(n.op) }, { child: args[0] }];
        else if (n.implicit === true)
          items = [{ child: args[0] }, { child: args[1] }];
        else
          items = [{ child: args[0] }, { token: isText(n.op) }, { child: args[1] }];
        break;
      }
      case "FunctionNode": {
        const args = n.args;
        items = [{ token: isKind("name") }, { token: isKind("(") }];
        args.forEach((arg, i) => {
          if (i > 0)
            items.push({ token: isKind(",") });
          items.push({ child: arg });
        });
        items.push({ token: isKind(")") });
        break;
      }
      case "AssignmentNode":
        throw new SymbolicError("unsupported", "an assignment can only be a statement of its own", this.here());
      default:
        throw new SymbolicError("unsupported", `${n.type.replace(/Node$/, "").toLowerCase()} expressions cannot be differentiated`, this.here());
    }
    return { node, items, index: 0, first, results: [] };
  }
  build(node, args, span) {
    const g = this.graph;
    const n = node;
    switch (n.type) {
      case "ConstantNode":
        if (!Number.isFinite(n.value)) {
          throw new SymbolicError("unsupported", `the number ${String(n.value)} is not finite`, span);
        }
        return g.constant(n.value);
      case "SymbolNode":
        return this.symbol(n.name, span);
      case "ParenthesisNode":
        return args[0];
      case "OperatorNode": {
        const fn = n.fn;
        if (fn === "unaryMinus")
          return this.asWritten ? g.written("neg", [args[0]]) : g.neg(args[0]);
        if (fn === "unaryPlus")
          return args[0];
        const op2 = BINARY.get(fn);
        if (op2 === void 0)
          throw new SymbolicError("unsupported", `the operator "${fn}" cannot be differentiated`, span);
        if (this.asWritten)
          return g.written(op2, [args[0], args[1]]);
        return this.guarded(op2, [args[0], args[1]], g[op2](args[0], args[1]), span);
      }
      case "FunctionNode":
        return this.call(n.fn.name, args, span);
      default:
        throw new SymbolicError("unsupported", `${n.type} cannot be differentiated`, span);
    }
  }
  symbol(name, span) {
    const defined = this.definitions.get(name);
    if (defined !== void 0)
      return defined;
    const assigned = this.assignedAt.get(name);
    if (assigned !== void 0 && assigned >= this.statement) {
      throw new SymbolicError("undefined-variable", `"${name}" is used before it is assigned`, span);
    }
    const constant2 = FUNCTIONS.get(name);
    if ((constant2 == null ? void 0 : constant2.arity[1]) === 0)
      return this.graph.call(constant2.name, []);
    if (FUNCTIONS.has(name)) {
      throw new SymbolicError("syntax", `"${name}" is a function: call it with parentheses, as ${name}(x)`, span);
    }
    if (!this.graph.inputs.has(name))
      this.inputs.push(name);
    return this.graph.input(name);
  }
  call(name, args, span) {
    var _a, _b;
    const g = this.graph;
    const nameSpan = span && { start: span.start, end: span.start + name.length };
    const spec = FUNCTIONS.get(name);
    if (spec === void 0 || spec.arity[1] === 0 && args.length > 0) {
      const isVariable = this.definitions.has(name) || this.graph.inputs.has(name) || /^[a-zA-Z]$/.test(name);
      const hint = isVariable ? `; to multiply, write ${name} * (...)` : suggestFunction(name) ?? "";
      throw new SymbolicError("unknown-function", `unknown function "${name}"${hint}`, nameSpan);
    }
    const [min, max] = spec.arity;
    if (args.length < min || args.length > max) {
      const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      throw new SymbolicError("arity", `${name} takes ${expected} argument${max === 1 ? "" : "s"}, found ${args.length}`, span);
    }
    if (spec.name === "pow")
      return this.asWritten ? g.written("pow", args) : this.guarded("pow", args, g.pow(args[0], args[1]), span);
    const full = [...args];
    for (let i = args.length; i < min + (((_a = spec.defaults) == null ? void 0 : _a.length) ?? 0); i++) {
      const fallback = (_b = spec.defaults) == null ? void 0 : _b[i - min];
      if (fallback !== void 0)
        full.push(g.constant(fallback));
    }
    return this.asWritten ? g.written("call", full, spec.name) : this.guarded("call", full, g.call(spec.name, full), span, spec.name);
  }
  /**
   * The simplified node, remembering the operation as written when simplification changed it, so
   * the program stays undefined wherever the source is (x/x at 0). Folding literal numbers is exact.
   */
  guarded(op2, args, simplified, span, name) {
    const g = this.graph;
    if (g.node(simplified).op === "const" && args.every((arg) => g.node(arg).op === "const"))
      return simplified;
    if ((op2 === "add" || op2 === "sub" || op2 === "mul") && args.every((arg) => g.isEverywhereDefined(arg)))
      return simplified;
    const raw = g.raw(op2, args, name);
    if (raw !== simplified) {
      this.guards.push(raw);
      if (span !== void 0 && !g.spans.has(raw))
        g.spans.set(raw, span);
    }
    return simplified;
  }
};
function localPartial(graph, id, i) {
  const node = graph.node(id);
  if (node.op === "name")
    return graph.constant(1);
  const operation2 = operationOf(node);
  if (operation2 === void 0)
    throw new Error(`bp internal error: ${node.op} has no arguments`);
  return operation2.partial(graph, node.args, graph.namedBy.get(id) ?? id, i);
}
function selfPowerPartial(graph, id) {
  const base2 = graph.node(id).args[0];
  return graph.mul(graph.namedBy.get(id) ?? id, graph.add(graph.call("log", [base2]), graph.constant(1)));
}
function reverseSweep(graph, output) {
  const order = graph.reachable([output]).filter((id) => !graph.isConstant[id]);
  const adjoint = /* @__PURE__ */ new Map();
  const edges = [];
  if (graph.isConstant[output])
    return { output, order, edges, adjoint };
  adjoint.set(output, graph.constant(1));
  for (let k = order.length - 1; k >= 0; k--) {
    const consumer = order[k];
    const upstream = adjoint.get(consumer);
    const node = graph.node(consumer);
    if (upstream === void 0 || node.op === "input")
      continue;
    const selfPower = node.op === "pow" && node.args[0] === node.args[1];
    node.args.forEach((arg, index) => {
      if (graph.isConstant[arg])
        return;
      const local = localPartial(graph, consumer, index);
      edges.push({ consumer, index, node: arg, local });
      if (selfPower && index === 1)
        return;
      const contribution = graph.mul(upstream, selfPower ? selfPowerPartial(graph, consumer) : local);
      const before = adjoint.get(arg);
      adjoint.set(arg, before === void 0 ? contribution : graph.add(before, contribution));
    });
  }
  return { output, order, edges, adjoint };
}
const sweeps = /* @__PURE__ */ new WeakMap();
function toProgram$1(source) {
  if (typeof source === "string")
    return parse(source);
  const candidate = source;
  if (candidate === null || typeof candidate !== "object" || !(candidate.graph instanceof Graph) || typeof candidate.source !== "string" || typeof candidate.output !== "number") {
    throw new SymbolicError("invalid-argument", "expected source text or a Program from parse()");
  }
  return source;
}
function spanned(program, run) {
  try {
    return run();
  } catch (error) {
    if (!isSymbolicError(error) || error.position !== void 0 || error.code === "invalid-argument")
      throw error;
    throw new SymbolicError(error.code, error.message, { start: 0, end: program.source.length }, { cause: error });
  }
}
function sweepOf(program) {
  let sweep = sweeps.get(program);
  if (sweep === void 0) {
    sweep = reverseSweep(program.graph, program.output);
    sweeps.set(program, sweep);
  }
  return sweep;
}
function refuseNonInputs(program, names) {
  const { graph } = program;
  for (const name of names) {
    if (graph.inputs.has(name))
      continue;
    const assignment = program.assignments.find((a) => a.name === name);
    if (assignment !== void 0) {
      const inputs = program.inputs.length > 0 ? `: ${program.inputs.join(", ")}` : "";
      throw new SymbolicError("invalid-argument", `"${name}" is an intermediate the program computes, not an input; differentiate with respect to an input${inputs}`, assignment.span);
    }
    const constant2 = FUNCTIONS.get(name);
    if ((constant2 == null ? void 0 : constant2.arity[1]) === 0) {
      const id = graph.nodes.findIndex((node) => node.op === "call" && node.name === constant2.name);
      if (id >= 0) {
        throw new SymbolicError("invalid-argument", `"${name}" is the constant ${name} here, not a variable; to vary it, give the variable another name`, graph.spans.get(id));
      }
    }
  }
}
function chainEdges(graph, sweep, targets) {
  const leadsToTarget = /* @__PURE__ */ new Set();
  for (const id of sweep.order) {
    if (targets.has(id) || graph.node(id).args.some((arg) => leadsToTarget.has(arg)))
      leadsToTarget.add(id);
  }
  return sweep.edges.filter((edge2) => {
    const upstream = sweep.adjoint.get(edge2.consumer);
    return leadsToTarget.has(edge2.node) && upstream !== void 0 && graph.numberOf(upstream) !== 0;
  });
}
function gradientGraph(source, wrt) {
  const program = toProgram$1(source);
  if (wrt !== void 0)
    refuseNonInputs(program, wrt);
  const { graph, output } = program;
  const sweep = sweepOf(program);
  const gradient2 = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Set();
  for (const name of wrt ?? program.inputs) {
    const input = graph.inputs.get(name);
    if (input !== void 0)
      targets.add(input);
    gradient2.set(name, (input === void 0 ? void 0 : sweep.adjoint.get(input)) ?? graph.constant(0));
  }
  const edges = chainEdges(graph, sweep, targets);
  const forward = graph.reachable([output, ...program.guards]);
  const schedule = graph.reachable([output, ...program.guards, ...gradient2.values(), ...edges.map((edge2) => edge2.local)]);
  return { program, graph, output, gradient: gradient2, forward, edges, schedule };
}
let mathSimplify;
function simplifyForPresentation(text2) {
  if (text2.length > 2e4) {
    throw new SymbolicError("too-large", `mathjs simplify is limited to 20000 characters; this expression has ${text2.length}`);
  }
  mathSimplify ?? (mathSimplify = create({ simplifyDependencies }).simplify);
  return mathSimplify(text2).toString();
}
const MAX_TEXT = 4e6;
const GREEK$1 = /* @__PURE__ */ new Set([
  "alpha",
  "beta",
  "gamma",
  "delta",
  "epsilon",
  "zeta",
  "eta",
  "theta",
  "iota",
  "kappa",
  "lambda",
  "mu",
  "nu",
  "xi",
  "rho",
  "sigma",
  "tau",
  "upsilon",
  "phi",
  "chi",
  "psi",
  "omega",
  "Gamma",
  "Delta",
  "Theta",
  "Lambda",
  "Xi",
  "Sigma",
  "Upsilon",
  "Phi",
  "Psi",
  "Omega"
]);
function latexName(name) {
  if (GREEK$1.has(name))
    return `\\${name}`;
  if (name.startsWith("δ_"))
    return `\\delta_{${latexName(name.slice(2))}}`;
  const indexed = /^([A-Za-z]|[A-Za-z]+(?=_))_?(\d+|[A-Za-z])$/.exec(name);
  if (indexed)
    return `${latexName(indexed[1])}_{${indexed[2]}}`;
  if (/^[A-Za-z]$/.test(name))
    return name;
  return `\\mathrm{${name.replace(/[_$&%#{}]/g, (c) => `\\${c}`)}}`;
}
function latexNumber(value) {
  const text2 = String(value);
  const [mantissa, exponent] = text2.split("e");
  return exponent === void 0 ? text2 : `${mantissa} \\times 10^{${Number(exponent)}}`;
}
function tooLarge(limit) {
  return new SymbolicError("too-large", `the expression would print to more than ${limit} characters; use the compact form with named intermediates`);
}
let Printer$1 = class Printer {
  /**
   * @param mode `compact` prints named intermediates as their names.
   * @param limit The longest text printed; longer is refused with `too-large`.
   */
  constructor(graph, mode, format, limit = MAX_TEXT) {
    __publicField(this, "graph");
    __publicField(this, "limit");
    __publicField(this, "memo", /* @__PURE__ */ new Map());
    __publicField(this, "leaf");
    __publicField(this, "combine");
    this.graph = graph;
    this.limit = limit;
    this.leaf = labelLeaf(graph, mode, format === "text" ? (label) => label : latexName);
    this.combine = format === "text" ? combineText : combineLatex;
  }
  /**
   * The node's text; with `expandRoot`, a named root is spelled out rather than printed as its name.
   * @throws {SymbolicError} `too-large` when the text would be longer than the printer's limit.
   */
  print(root, expandRoot = false) {
    if (expandRoot && this.leaf(root) !== void 0) {
      const args = this.graph.node(root).args.map((arg) => this.printed(arg));
      return this.checked(this.combine(this.graph, root, args)).text;
    }
    return this.printed(root).text;
  }
  checked(printed) {
    if (printed.text.length > this.limit)
      throw tooLarge(this.limit);
    return printed;
  }
  printed(root) {
    const memo = this.memo;
    const stack = [root];
    while (stack.length > 0) {
      const id = stack[stack.length - 1];
      if (memo.has(id)) {
        stack.pop();
        continue;
      }
      const asLeaf = this.leaf(id);
      const args = asLeaf === void 0 ? this.graph.node(id).args : [];
      const missing = args.filter((arg) => !memo.has(arg));
      if (missing.length > 0) {
        stack.push(...missing);
        continue;
      }
      stack.pop();
      memo.set(id, asLeaf ?? this.checked(this.combine(this.graph, id, args.map((arg) => memo.get(arg)))));
    }
    return memo.get(root);
  }
};
function combine(format) {
  return (graph, id, args) => {
    const node = graph.node(id);
    switch (node.op) {
      case "const": {
        const value = node.value;
        return { text: format === "text" ? String(value) : latexNumber(value), level: value < 0 ? Level$1.Unary : Level$1.Atom, negative: value < 0, number: true };
      }
      case "input":
        return { text: format === "text" ? node.name : latexName(node.name), level: Level$1.Atom, negative: false };
      case "name":
        return { text: args[0].text, level: args[0].level, negative: args[0].negative };
      default: {
        const operation2 = operationOf(node);
        return format === "text" ? operation2.text(args) : operation2.tex(args);
      }
    }
  };
}
const combineText = combine("text");
const combineLatex = combine("latex");
function labelLeaf(graph, mode, name) {
  return (id) => {
    if (mode !== "compact")
      return void 0;
    const label = graph.labels.get(id) ?? (graph.node(id).op === "name" ? graph.node(id).name : void 0);
    return label === void 0 ? void 0 : { text: name(label), level: Level$1.Atom, negative: false };
  };
}
function printText(graph, root, mode = "expanded", expandRoot = false) {
  return new Printer$1(graph, mode, "text").print(root, expandRoot);
}
function printLatex(graph, root, mode = "expanded", expandRoot = false) {
  return new Printer$1(graph, mode, "latex").print(root, expandRoot);
}
const MAX_PATHS = 16;
const STEP_CHARACTERS = 1e6;
const COMPACT_CHARACTERS = 2e3;
const text$2 = (ctx, id) => ctx.text.print(id, true);
const tex = (ctx, id) => ctx.latex.print(id, true);
const ref = (ctx, id) => ctx.text.print(id);
const refTex = (ctx, id) => ctx.latex.print(id);
function differential(text2, latex) {
  const simpleText = /^[A-Za-z_$][\w$]*$/.test(text2);
  const simpleLatex = /^(\\?[A-Za-z]+|\\mathrm\{[^}]*\})(_\{[^}]*\})?$/.test(latex);
  return { text: simpleText ? text2 : `(${text2})`, latex: simpleLatex ? latex : `\\left(${latex}\\right)` };
}
function record(ctx, build) {
  if (ctx.truncated)
    return;
  let step;
  try {
    step = build();
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== "too-large")
      throw error;
    ctx.truncated = true;
    return;
  }
  ctx.steps.push(step);
  ctx.characters += step.text.length + step.latex.length + step.expression.length + step.result.length;
  if (ctx.steps.length >= ctx.maxSteps || ctx.characters > STEP_CHARACTERS)
    ctx.truncated = true;
}
function push(ctx, build) {
  record(ctx, () => {
    const step = build();
    const { latexWrt, latexExpression, latexResult, via, ...rest } = step;
    const by = differential(step.wrt, latexWrt);
    const operator = ctx.partial ? { text: `∂/∂${by.text}`, latex: `\\frac{\\partial}{\\partial ${by.latex}}` } : { text: `d/d${by.text}`, latex: `\\frac{d}{d ${by.latex}}` };
    const middle = via === void 0 ? { text: "", latex: "" } : {
      text: ` = ${operator.text} [${via.text}]`,
      latex: ` = ${operator.latex}\\left(${via.latex}\\right)`
    };
    return {
      ...rest,
      text: `${operator.text} [${step.expression}]${middle.text} = ${step.result}`,
      latex: `${operator.latex}\\left(${latexExpression}\\right)${middle.latex} = ${latexResult}`
    };
  });
}
function isVariablePower(graph, id, dependent) {
  return graph.node(id).op === "pow" && dependent[0] === true && dependent[1] === true;
}
function variablePowerDerivative(graph, id, df, dg) {
  const [f, g] = graph.node(id).args;
  const self = graph.namedBy.get(id) ?? id;
  return graph.mul(self, graph.add(graph.mul(dg, graph.call("log", [f])), graph.div(graph.mul(g, df), f)));
}
function ruleOf(graph, id, dependent) {
  var _a;
  const node = graph.node(id);
  const constant2 = node.args.map((arg, i) => !dependent[i] && graph.isConstant[arg] === true);
  return ((_a = operationOf(node)) == null ? void 0 : _a.ruleOf(dependent, constant2)) ?? "variable";
}
function isOuterFunction(graph, id) {
  const op2 = graph.node(id).op;
  return op2 === "call" || op2 === "pow";
}
function textbook(ctx, root, variable, isLeaf, wrtText, wrtTex) {
  const g = ctx.graph;
  const zero = g.constant(0);
  const order = g.reachable([root], (id) => id !== variable && isLeaf(id));
  const d = /* @__PURE__ */ new Map();
  const depends = (id) => d.has(id);
  const variableStep = () => ({ rule: "variable", expression: wrtText, wrt: wrtText, result: "1", latexWrt: wrtTex, latexExpression: wrtTex, latexResult: "1" });
  for (const id of order) {
    if (id === variable) {
      d.set(id, g.constant(1));
      if (id === root)
        push(ctx, variableStep);
      continue;
    }
    const node = g.node(id);
    if (isLeaf(id) || g.isConstant[id] || node.args.length === 0 || !node.args.some(depends))
      continue;
    if (node.op === "name") {
      d.set(id, d.get(node.args[0]));
      if (id === root && node.args[0] === variable)
        push(ctx, variableStep);
      continue;
    }
    const dependent = node.args.map(depends);
    const partials = node.args.map((_arg, i) => dependent[i] ? localPartial(g, id, i) : zero);
    const derivative = isVariablePower(g, id, dependent) ? variablePowerDerivative(g, id, d.get(node.args[0]), d.get(node.args[1])) : node.args.reduce((sum, arg, i) => dependent[i] ? g.add(sum, g.mul(partials[i], d.get(arg))) : sum, zero);
    d.set(id, derivative);
    if (!ctx.truncated)
      textbookSteps(ctx, id, variable, dependent, partials, derivative, wrtText, wrtTex);
  }
  return d.get(root) ?? zero;
}
function textbookSteps(ctx, id, variable, dependent, partials, derivative, wrtText, wrtTex) {
  const g = ctx.graph;
  const node = g.node(id);
  const rule = ruleOf(g, id, dependent);
  const directArgs = node.args.every((arg, i) => !dependent[i] || arg === variable);
  if (isVariablePower(g, id, dependent)) {
    const [f, power2] = node.args;
    const exponent = g.mul(power2, g.call("log", [f]));
    push(ctx, () => ({
      rule,
      expression: text$2(ctx, id),
      wrt: wrtText,
      result: ref(ctx, derivative),
      latexWrt: wrtTex,
      latexExpression: tex(ctx, id),
      latexResult: refTex(ctx, derivative),
      via: { text: `e ^ (${ref(ctx, exponent)})`, latex: `e^{${refTex(ctx, exponent)}}` }
    }));
  } else if (isOuterFunction(g, id) && !directArgs) {
    node.args.forEach((arg, i) => {
      if (!dependent[i] || arg === variable)
        return;
      push(ctx, () => ({
        rule,
        expression: text$2(ctx, id),
        wrt: ref(ctx, arg),
        result: ref(ctx, partials[i]),
        latexWrt: refTex(ctx, arg),
        latexExpression: tex(ctx, id),
        latexResult: refTex(ctx, partials[i])
      }));
    });
    push(ctx, () => ({
      rule: "chain",
      expression: text$2(ctx, id),
      wrt: wrtText,
      result: ref(ctx, derivative),
      latexWrt: wrtTex,
      latexExpression: tex(ctx, id),
      latexResult: refTex(ctx, derivative)
    }));
  } else {
    push(ctx, () => ({
      rule,
      expression: text$2(ctx, id),
      wrt: wrtText,
      result: ref(ctx, derivative),
      latexWrt: wrtTex,
      latexExpression: tex(ctx, id),
      latexResult: refTex(ctx, derivative)
    }));
  }
}
function nameOf(program, ctx, id) {
  return id === program.output ? ctx.outputName : program.graph.labels.get(id) ?? program.graph.node(id).name;
}
function named(program, ctx, x, isNamed) {
  const g = program.graph;
  const dependsOnX = /* @__PURE__ */ new Set();
  for (const id of g.reachable([program.output])) {
    if (id === x || g.node(id).args.some((arg) => dependsOnX.has(arg)))
      dependsOnX.add(id);
  }
  const namedNodes = [...dependsOnX].filter((id) => id === program.output || isNamed(id) || id === x).sort((a, b) => a - b);
  const edges = [];
  for (const v of namedNodes) {
    if (v === x)
      continue;
    const leaf = (id) => id !== v && (isNamed(id) || g.node(id).op === "input");
    const predecessors = g.reachable([v], leaf).filter((id) => id !== v && leaf(id) && dependsOnX.has(id));
    for (const u of predecessors) {
      const uName = nameOf(program, ctx, u);
      const before = ctx.steps.length;
      const local = textbook(ctx, v, u, (id) => id !== u && leaf(id), uName, latexName(uName));
      const last = ctx.steps[ctx.steps.length - 1];
      if (ctx.steps.length > before && last !== void 0) {
        const vName = nameOf(program, ctx, v);
        ctx.steps[ctx.steps.length - 1] = {
          ...last,
          text: `∂${vName}/∂${uName} = ${last.result}`,
          latex: `\\frac{\\partial ${latexName(vName)}}{\\partial ${latexName(uName)}} = ${last.latex.slice(last.latex.indexOf("=") + 2)}`
        };
      }
      edges.push({ from: v, to: u, local });
    }
  }
  return edges;
}
function pathsTo(out, x, edges) {
  const from = /* @__PURE__ */ new Map();
  for (const edge2 of edges) {
    const list = from.get(edge2.from);
    if (list === void 0)
      from.set(edge2.from, [edge2]);
    else
      list.push(edge2);
  }
  const count = /* @__PURE__ */ new Map([[x, 1]]);
  const nodes = [...new Set(edges.map((e) => e.from))].sort((a, b) => a - b);
  for (const v of nodes) {
    count.set(v, Math.min(MAX_PATHS + 1, from.get(v).reduce((sum, e) => sum + (count.get(e.to) ?? 0), 0)));
  }
  if ((count.get(out) ?? 0) > MAX_PATHS)
    return void 0;
  const paths = [];
  const stack = [{ node: out, path: void 0 }];
  while (stack.length > 0) {
    const { node, path: path2 } = stack.pop();
    if (node === x) {
      const edges2 = [];
      for (let p = path2; p !== void 0; p = p.before)
        edges2.push(p.edge);
      paths.push(edges2.reverse());
      continue;
    }
    const next = from.get(node) ?? [];
    for (let k = next.length - 1; k >= 0; k--) {
      const edge2 = next[k];
      if ((count.get(edge2.to) ?? 0) > 0)
        stack.push({ node: edge2.to, path: { edge: edge2, before: path2 } });
    }
  }
  return paths;
}
function chain(program, ctx, x, wrt, edges, compact) {
  const g = program.graph;
  const out = program.output;
  const symbol = (id) => nameOf(program, ctx, id);
  const head = `∂${ctx.outputName}/∂${wrt}`;
  const headTex = `\\frac{\\partial ${latexName(ctx.outputName)}}{\\partial ${latexName(wrt)}}`;
  const paths = pathsTo(out, x, edges);
  if (paths === void 0) {
    record(ctx, () => ({
      rule: "sum-over-paths",
      expression: symbol(out),
      wrt,
      result: compact.result,
      text: `${head} = sum over more than ${MAX_PATHS} paths (by reverse accumulation) = ${compact.result}`,
      latex: `${headTex} = ${compact.resultLatex}`
    }));
    return;
  }
  const products = paths.map((path2) => path2.reduce((acc, edge2) => g.mul(acc, edge2.local), g.constant(1)));
  const total = products.reduce((acc, p) => g.add(acc, p), g.constant(0));
  const factorsText = (path2) => path2.map((e) => `∂${symbol(e.from)}/∂${symbol(e.to)}`).join(" · ");
  const factorsTex = (path2) => path2.map((e) => `\\frac{\\partial ${latexName(symbol(e.from))}}{\\partial ${latexName(symbol(e.to))}}`).join(" \\cdot ");
  const valuesText = (path2) => path2.map((e) => `(${ref(ctx, e.local)})`).join(" · ");
  if (paths.length === 1) {
    const path2 = paths[0];
    if (path2.length < 2)
      return;
    record(ctx, () => ({
      rule: "chain",
      expression: symbol(out),
      wrt,
      result: ref(ctx, total),
      text: `${head} = ${factorsText(path2)} = ${valuesText(path2)} = ${ref(ctx, total)}`,
      latex: `${headTex} = ${factorsTex(path2)} = ${refTex(ctx, total)}`
    }));
    return;
  }
  record(ctx, () => ({
    rule: "sum-over-paths",
    expression: symbol(out),
    wrt,
    result: ref(ctx, total),
    paths: paths.map((path2, i) => ({ nodes: [symbol(out), ...path2.map((e) => symbol(e.to))], product: ref(ctx, products[i]) })),
    text: [head, paths.map(factorsText).join(" + "), products.map((p) => ref(ctx, p)).join(" + "), ref(ctx, total)].filter((part, i, all) => i === 0 || part !== all[i - 1]).join(" = "),
    latex: `${headTex} = ${paths.map(factorsTex).join(" + ")} = ${refTex(ctx, total)}`
  }));
}
function adjointName(program, of, taken) {
  let name = `δ_${of}`;
  for (let k = 2; taken.has(name) || program.inputs.includes(name) || program.definitions.has(name); k++)
    name = `δ${k}_${of}`;
  taken.add(name);
  return name;
}
function adjointForm(program, ctx, x, edges) {
  const g = program.graph;
  const into = /* @__PURE__ */ new Map();
  for (const edge2 of edges) {
    const list = into.get(edge2.to);
    if (list === void 0)
      into.set(edge2.to, [edge2]);
    else
      list.push(edge2);
  }
  const delta = /* @__PURE__ */ new Map([[program.output, g.constant(1)]]);
  const adjoints = [];
  const taken = /* @__PURE__ */ new Set();
  let result = g.constant(0);
  for (const u of [...into.keys()].sort((a, b) => b - a)) {
    const sum = into.get(u).reduce((acc, e) => g.add(acc, g.mul(delta.get(e.from) ?? g.constant(0), e.local)), g.constant(0));
    if (u === x) {
      result = sum;
      continue;
    }
    const op2 = g.node(sum).op;
    if (op2 === "const" || op2 === "input" || op2 === "name") {
      delta.set(u, sum);
      continue;
    }
    const of = nameOf(program, ctx, u);
    const name = adjointName(program, of, taken);
    adjoints.push({ name, of, expression: ref(ctx, sum), latex: refTex(ctx, sum) });
    delta.set(u, g.alias(name, sum));
  }
  return { result: ref(ctx, result), resultLatex: refTex(ctx, result), adjoints };
}
function compactForm(program, ctx, derivative, x, edges) {
  if (edges !== void 0) {
    try {
      new Printer$1(program.graph, "compact", "text", COMPACT_CHARACTERS).print(derivative);
    } catch (error) {
      if (!isSymbolicError(error) || error.code !== "too-large")
        throw error;
      return adjointForm(program, ctx, x, edges);
    }
  }
  return { result: ref(ctx, derivative), resultLatex: refTex(ctx, derivative), adjoints: [] };
}
function programText(compact) {
  return [...compact.adjoints.map((a) => `${a.name} = ${a.expression}`), compact.result].join("; ");
}
function refuseUndefinedEverywhere(program, wrt) {
  const g = program.graph;
  const rebuilt = /* @__PURE__ */ new Map();
  const whole = { start: 0, end: program.source.length };
  const undefinedEverywhere = (id) => {
    try {
      return g.isUndefinedConstant(g.expandNames(id, rebuilt));
    } catch (error) {
      if (isSymbolicError(error) && error.code === "too-large")
        return false;
      throw error;
    }
  };
  for (const id of g.reachable([program.output, ...program.guards])) {
    if (undefinedEverywhere(id)) {
      throw new SymbolicError("domain", `${printText(g, id, "compact", true)} is undefined for every value of the inputs (its names hold constants)`, g.spans.get(id) ?? whole);
    }
  }
  for (const edge2 of gradientGraph(program, [wrt]).edges) {
    if (undefinedEverywhere(edge2.local)) {
      throw new SymbolicError("domain", `the derivative of ${printText(g, edge2.consumer, "compact", true)} with respect to ${wrt} does not exist for any value of the inputs (its names hold constants)`, g.spans.get(edge2.consumer) ?? whole);
    }
  }
}
function derive(source, wrt, options = {}) {
  const program = toProgram$1(source);
  refuseNonInputs(program, [wrt]);
  return spanned(program, () => deriveProgram(program, wrt, options));
}
function usesPartialNotation(program) {
  return program.assignments.length > 0 || program.inputs.length > 1;
}
function deriveProgram(program, wrt, options) {
  const g = program.graph;
  const outputName = program.outputName ?? (program.inputs.includes("f") ? "f_out" : "f");
  const ctx = {
    graph: g,
    steps: [],
    maxSteps: options.maxSteps ?? 500,
    outputName,
    partial: usesPartialNotation(program),
    text: new Printer$1(g, "compact", "text"),
    latex: new Printer$1(g, "compact", "latex"),
    characters: 0,
    truncated: false
  };
  const x = g.inputs.get(wrt);
  const reachable = g.reachable([program.output]);
  const occurs = x !== void 0 && reachable.includes(x);
  const derivativeNode = x === void 0 ? g.constant(0) : sweepOf(program).adjoint.get(x) ?? g.constant(0);
  const isNamed = (id) => g.labels.has(id) && id !== program.output;
  const edges = occurs && reachable.some((id) => isNamed(id) && !g.isConstant[id]) ? named(program, ctx, x, isNamed) : void 0;
  if (!occurs) {
    push(ctx, () => ({
      rule: "constant",
      expression: text$2(ctx, program.output),
      wrt,
      result: "0",
      latexWrt: latexName(wrt),
      latexExpression: tex(ctx, program.output),
      latexResult: "0"
    }));
  }
  const traced = occurs && edges === void 0 ? textbook(ctx, parseAsWritten(program) ?? program.output, x, () => false, wrt, latexName(wrt)) : void 0;
  const compact = compactForm(program, ctx, derivativeNode, x ?? derivativeNode, edges);
  if (traced !== void 0)
    simplifyStep(ctx, traced, derivativeNode, compact, wrt);
  if (edges !== void 0)
    chain(program, ctx, x, wrt, edges, compact);
  if (ctx.truncated) {
    ctx.steps.push({
      rule: "chain",
      expression: text$2(ctx, program.output),
      wrt,
      result: compact.result,
      text: `… (the trace is longer than ${ctx.steps.length} steps) … = ${compact.result}`,
      latex: `\\cdots = ${compact.resultLatex}`
    });
  }
  return finish(program, wrt, ctx.steps, x !== void 0, compact, derivativeNode, options);
}
function sameUpToOrder(graph, a, b) {
  const pending = [[a, b]];
  const seen = /* @__PURE__ */ new Set();
  while (pending.length > 0) {
    const [p, q] = pending.pop();
    if (p === q || seen.has(`${p},${q}`))
      continue;
    seen.add(`${p},${q}`);
    const np = graph.node(p);
    const nq = graph.node(q);
    if (np.op !== nq.op || np.name !== nq.name || np.value !== nq.value || np.args.length !== nq.args.length)
      return false;
    const [p0, p1] = np.args;
    const [q0, q1] = nq.args;
    const swapped = (np.op === "add" || np.op === "mul") && p0 !== q0 && (p0 === q1 || p1 === q0 || sameOp(graph, p0, q1));
    np.args.forEach((arg, i) => pending.push([arg, nq.args[swapped ? 1 - i : i]]));
  }
  return true;
}
function sameOp(graph, a, b) {
  return graph.node(a).op === graph.node(b).op && graph.node(a).name === graph.node(b).name;
}
function simplifyStep(ctx, traced, derivative, compact, wrt) {
  if (ctx.truncated)
    return;
  let before;
  try {
    before = ref(ctx, traced);
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== "too-large")
      throw error;
    ctx.truncated = true;
    return;
  }
  if (before === compact.result || sameUpToOrder(ctx.graph, traced, derivative))
    return;
  record(ctx, () => ({
    rule: "simplify",
    expression: before,
    wrt,
    result: compact.result,
    text: `${before} = ${compact.result}`,
    latex: `${refTex(ctx, traced)} = ${compact.resultLatex}`
  }));
}
function expandedForm(graph, derivative) {
  try {
    const expanded = graph.expandNames(derivative);
    return { text: printText(graph, expanded), latex: printLatex(graph, expanded) };
  } catch (error) {
    if (!isSymbolicError(error) || error.code !== "too-large")
      throw error;
    return void 0;
  }
}
function finish(program, wrt, steps, occurs, compact, derivative, options) {
  const compactText = programText(compact);
  if (options.expand !== false)
    refuseUndefinedEverywhere(program, wrt);
  const expanded = options.expand === false ? void 0 : expandedForm(program.graph, derivative);
  const note = options.expand === false || expanded !== void 0 ? void 0 : `spelled out in the inputs alone the derivative would be longer than ${MAX_TEXT} characters; it is given in the program's intermediate names`;
  const derivativeText = (expanded == null ? void 0 : expanded.text) ?? compactText;
  return {
    wrt,
    derivative: derivativeText,
    compact: compactText,
    latex: (expanded == null ? void 0 : expanded.latex) ?? compact.resultLatex,
    compactLatex: compact.resultLatex,
    steps,
    occurs,
    expanded: expanded !== void 0,
    ...compact.adjoints.length > 0 ? { adjoints: compact.adjoints } : {},
    ...note === void 0 ? {} : { note },
    ...options.simplify === true ? { simplified: simplifyForPresentation(derivativeText) } : {}
  };
}
function pointMap(at2) {
  const entries = at2 instanceof Map ? [...at2] : Object.entries(at2);
  const map = /* @__PURE__ */ new Map();
  for (const [name, value] of entries) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new SymbolicError("invalid-argument", `the value of "${name}" must be a finite number, found ${String(value)}`);
    }
    map.set(name, value);
  }
  return map;
}
const SHORT = 60;
function spanOf(graph, id) {
  const own = graph.spans.get(id);
  if (own !== void 0)
    return own;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const below of graph.reachable([id])) {
    const span = graph.spans.get(below);
    if (span === void 0)
      continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return start <= end ? { start, end } : void 0;
}
function describe(graph, id) {
  let text2;
  try {
    text2 = printText(graph, id, "compact", true);
  } catch {
    text2 = `${graph.node(id).name ?? graph.node(id).op}(…)`;
  }
  return text2.length > SHORT ? `${text2.slice(0, SHORT - 1)}…` : text2;
}
function formatPoint(graph, id, point) {
  const names = graph.reachable([id]).map((n) => graph.node(n)).filter((n) => n.op === "input").map((n) => n.name);
  return names.length === 0 ? "" : ` at ${names.slice(0, 6).map((n) => `${n} = ${point.get(n)}`).join(", ")}${names.length > 6 ? ", …" : ""}`;
}
function failure(graph, id, args, value) {
  var _a;
  const node = graph.node(id);
  const operation2 = operationOf(node);
  const reason = (_a = operation2 == null ? void 0 : operation2.domain) == null ? void 0 : _a.call(operation2, args);
  if (reason !== void 0)
    return { code: "domain", reason };
  if (node.op === "call" && (Number.isNaN(value) || args.some((arg) => arg === 0)))
    return { code: "domain", reason: `${node.name} is undefined there` };
  return { code: "overflow", reason: `${(operation2 == null ? void 0 : operation2.quantity) ?? "the result"} exceeds the largest number (about 1.8e308)` };
}
function apply(graph, id, args) {
  return applyNode(graph.node(id), args);
}
function evaluateNodes(graph, order, point, values, strict = true) {
  var _a, _b;
  for (const id of order) {
    if (values.has(id))
      continue;
    const node = graph.node(id);
    if (node.op === "input") {
      const value2 = point.get(node.name);
      if (value2 === void 0 && strict) {
        throw new SymbolicError("invalid-argument", `no value given for the input "${node.name}"`);
      }
      values.set(id, value2 ?? Number.NaN);
      continue;
    }
    const args = node.args.map((arg) => values.get(arg));
    const value = apply(graph, id, args);
    const reason = (_b = (_a = operationOf(node)) == null ? void 0 : _a.domain) == null ? void 0 : _b.call(_a, args);
    if (strict && (reason !== void 0 || !Number.isFinite(value))) {
      const why = failure(graph, id, args, value);
      const what = why.code === "overflow" ? "overflows" : "is undefined";
      throw new SymbolicError(why.code, `${describe(graph, id)} ${what}${formatPoint(graph, id, point)}: ${why.reason}`, spanOf(graph, id));
    }
    values.set(id, value);
  }
}
function kinksAt(graph, order, values) {
  var _a;
  const kinks = [];
  for (const id of order) {
    const node = graph.node(id);
    const spec = operationOf(node);
    if (spec === void 0 || graph.isConstant[id])
      continue;
    const args = node.args.map((arg) => values.get(arg));
    if (((_a = spec.kink) == null ? void 0 : _a.call(spec, args)) !== true)
      continue;
    const span = graph.spans.get(id);
    kinks.push({
      function: node.name ?? node.op,
      expression: describe(graph, id),
      args,
      convention: spec.convention ?? "",
      ...span ? { position: span } : {}
    });
  }
  return kinks;
}
function edgeOf(gg, culprit, values) {
  const { graph } = gg;
  const seen = new Uint8Array(graph.size);
  for (const edge2 of gg.edges) {
    const stack = [edge2.local];
    while (stack.length > 0) {
      const id = stack.pop();
      if (id === culprit)
        return edge2;
      if (seen[id])
        continue;
      seen[id] = 1;
      stack.push(...graph.node(id).args);
    }
  }
  const adjoint = sweepOf(gg.program).adjoint;
  return gg.edges.find((edge2) => !Number.isFinite(values.get(adjoint.get(edge2.node)) ?? 0));
}
function derivativeError(gg, culprit, values, point) {
  const { graph } = gg;
  const args = graph.node(culprit).args.map((arg) => values.get(arg));
  const why = failure(graph, culprit, args, values.get(culprit));
  const edge2 = edgeOf(gg, culprit, values);
  const where = edge2 === void 0 ? gg.output : edge2.consumer;
  const at2 = [...point].filter(([n]) => graph.inputs.has(n)).map(([n, v]) => `${n} = ${v}`).join(", ");
  const what = why.code === "overflow" ? "overflows" : "does not exist";
  return new SymbolicError(why.code, `the derivative of ${describe(graph, where)} ${what} at ${at2}: ${why.reason}`, spanOf(graph, where));
}
function evaluateGradientGraph(gg, point) {
  const { graph } = gg;
  const values = /* @__PURE__ */ new Map();
  evaluateNodes(graph, gg.forward, point, values);
  evaluateNodes(graph, gg.schedule, point, values, false);
  const culprit = gg.schedule.find((id) => !Number.isFinite(values.get(id)));
  if (culprit !== void 0)
    throw derivativeError(gg, culprit, values, point);
  return values;
}
function evaluateAt(source, at2) {
  const program = toProgram$1(source);
  return spanned(program, () => evaluation(gradientGraph(program), pointMap(at2)));
}
function evaluation(gg, point) {
  const { program, graph } = gg;
  const values = evaluateGradientGraph(gg, point);
  const rest = [];
  for (let id = 0; id < graph.size; id++)
    if (!values.has(id))
      rest.push(id);
  evaluateNodes(graph, rest, point, values, false);
  const adjoints = /* @__PURE__ */ new Map();
  for (const [node, adjoint] of sweepOf(program).adjoint)
    adjoints.set(node, values.get(adjoint));
  return { program, values, adjoints, kinks: kinksAt(graph, graph.reachable([program.output]), values) };
}
function gradient(source, at2, options = {}) {
  const program = toProgram$1(source);
  const gg = gradientGraph(program, options.wrt);
  const values = spanned(program, () => evaluateGradientGraph(gg, pointMap(at2)));
  const entries = [...gg.gradient].map(([name, node]) => [name, values.get(node)]);
  return {
    value: values.get(program.output),
    gradient: Object.fromEntries(entries),
    kinks: kinksAt(program.graph, program.graph.reachable([program.output]), values)
  };
}
function partialThrough(graph, root, variable, isLeaf) {
  const order = graph.reachable([root], (id) => id !== variable && isLeaf(id));
  const d = /* @__PURE__ */ new Map([[variable, graph.constant(1)]]);
  for (const id of order) {
    if (id === variable || isLeaf(id))
      continue;
    const node = graph.node(id);
    let sum = graph.constant(0);
    let touched = false;
    node.args.forEach((arg, i) => {
      const inner2 = d.get(arg);
      if (inner2 === void 0)
        return;
      sum = graph.add(sum, graph.mul(localPartial(graph, id, i), inner2));
      touched = true;
    });
    if (touched)
      d.set(id, sum);
  }
  return d.get(root) ?? graph.constant(0);
}
function backprop(source, options = {}) {
  const program = toProgram$1(source);
  const g = program.graph;
  const out = program.output;
  const reachable = g.reachable([out]).filter((id) => id === out || !g.isConstant[id]);
  const hasNames = reachable.some((id) => id !== out && g.node(id).op === "name");
  const level = options.level ?? (hasNames ? "named" : "all");
  const isVisible = (id) => {
    const op2 = g.node(id).op;
    if (id === out || op2 === "input")
      return true;
    if (g.isConstant[id])
      return false;
    return op2 === "name" || level === "all" && !g.namedBy.has(id);
  };
  const visible = reachable.filter(isVisible);
  const visibleSet = new Set(visible);
  const labels = /* @__PURE__ */ new Map();
  let counter = 0;
  for (const id of visible) {
    const node = g.node(id);
    let label = node.op === "input" ? node.name : g.labels.get(id);
    if (label === void 0 && id === out)
      label = program.outputName ?? (program.inputs.includes("f") ? "f_out" : "f");
    while (label === void 0 || node.op !== "input" && id !== out && !g.labels.has(id) && program.inputs.includes(label)) {
      label = `v${++counter}`;
    }
    labels.set(id, label);
  }
  const saved = new Map(g.labels);
  for (const [id, label] of labels)
    if (g.node(id).op !== "input")
      g.labels.set(id, label);
  try {
    const edges = [];
    for (let k = visible.length - 1; k >= 0; k--) {
      const v = visible[k];
      if (g.node(v).op === "input")
        continue;
      const leaf = (id) => id !== v && visibleSet.has(id);
      const predecessors = g.reachable([v], leaf).filter((id) => id !== v && visibleSet.has(id));
      for (const u of predecessors.reverse())
        edges.push({ from: v, to: u, local: partialThrough(g, v, u, leaf) });
    }
    const adjoint = /* @__PURE__ */ new Map([[out, g.constant(1)]]);
    const symbolic = [];
    for (const edge2 of edges) {
      const upstream = adjoint.get(edge2.from) ?? g.constant(0);
      const product2 = g.mul(upstream, edge2.local);
      symbolic.push({ ...edge2, upstream, product: product2 });
      const before = adjoint.get(edge2.to);
      adjoint.set(edge2.to, before === void 0 ? product2 : g.add(before, product2));
    }
    const evaluation2 = options.at === void 0 ? void 0 : evaluateAt(program, options.at);
    const valueOf = (id) => evaluation2 == null ? void 0 : evaluation2.values.get(id);
    const adjointValue = (id) => evaluation2 ? id === out ? 1 : evaluation2.adjoints.get(id) ?? 0 : void 0;
    const text2 = (id) => printText(g, id, "compact");
    const withValue = (base2, key, value) => value === void 0 ? base2 : { ...base2, [key]: value };
    const nodes = visible.map((id) => {
      const node = g.node(id);
      const kind = node.op === "input" ? "input" : id === out ? "output" : "intermediate";
      const adj = adjoint.get(id) ?? g.constant(0);
      let entry = {
        id,
        label: labels.get(id),
        kind,
        expression: kind === "input" ? node.name : printText(g, id, "compact", true),
        latex: kind === "input" ? printLatex(g, id) : printLatex(g, id, "compact", true),
        adjoint: text2(adj),
        adjointLatex: printLatex(g, adj, "compact")
      };
      entry = withValue(entry, "value", valueOf(id));
      return withValue(entry, "adjointValue", adjointValue(id));
    });
    const contributions = symbolic.map((c) => {
      let entry = {
        from: c.from,
        to: c.to,
        local: text2(c.local),
        localLatex: printLatex(g, c.local, "compact"),
        upstream: text2(c.upstream),
        product: text2(c.product)
      };
      entry = withValue(entry, "localValue", valueOf(c.local));
      entry = withValue(entry, "upstreamValue", adjointValue(c.from));
      const up = adjointValue(c.from);
      const local = valueOf(c.local);
      return withValue(entry, "value", up === void 0 || local === void 0 ? void 0 : up * local);
    });
    return { program, level, nodes, contributions, output: out, kinks: (evaluation2 == null ? void 0 : evaluation2.kinks) ?? [] };
  } finally {
    g.labels.clear();
    for (const [id, label] of saved)
      g.labels.set(id, label);
  }
}
function formatNumber(value) {
  if (Number.isInteger(value) && Math.abs(value) < 1e15)
    return String(value);
  const text2 = value.toPrecision(6);
  if (text2.includes("e")) {
    const [mantissa, exponent] = text2.split("e");
    return `${mantissa.replace(/\.?0+$/, "")}e${exponent}`;
  }
  return text2.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}
function mermaidText(text2) {
  return text2.replace(/&/g, "&amp;").replace(/"/g, "#quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function nodeLines(bp, node) {
  const out = bp.nodes[bp.nodes.length - 1].label;
  const lines = [node.kind === "input" ? node.label : `${node.label} = ${node.expression}`];
  if (node.value !== void 0)
    lines.push(`value ${formatNumber(node.value)}`);
  if (node.adjointValue !== void 0)
    lines.push(`∂${out}/∂${node.label} = ${formatNumber(node.adjointValue)}`);
  else
    lines.push(`∂${out}/∂${node.label} = ${node.adjoint}`);
  return lines;
}
function localLabel(bp, from, to, local, value) {
  const label = (id) => bp.nodes.find((n) => n.id === id).label;
  return `∂${label(from)}/∂${label(to)} = ${value === void 0 ? local : formatNumber(value)}`;
}
function toMermaid(bp) {
  const lines = ["flowchart LR"];
  for (const node of bp.nodes) {
    const shape = node.kind === "input" ? ["([", "])"] : node.kind === "output" ? ["[[", "]]"] : ["[", "]"];
    lines.push(`  n${node.id}${shape[0]}"${nodeLines(bp, node).map(mermaidText).join("<br/>")}"${shape[1]}`);
  }
  for (const c of bp.contributions) {
    lines.push(`  n${c.to} -->|"${mermaidText(localLabel(bp, c.from, c.to, c.local, c.localValue))}"| n${c.from}`);
  }
  return `${lines.join("\n")}
`;
}
const SCALAR = [1, 1];
function isScalarShape(shape) {
  return shape[0] === 1 && shape[1] === 1;
}
function sameShape(a, b) {
  return a[0] === b[0] && a[1] === b[1];
}
function formatShape(shape) {
  return `${shape[0]}×${shape[1]}`;
}
function toShape(declared, name) {
  const dims = typeof declared === "number" ? [declared] : [...declared];
  const ok = (dims.length === 1 || dims.length === 2) && dims.every((d) => Number.isInteger(d) && d > 0);
  if (!ok) {
    throw new SymbolicError("invalid-argument", `the shape of "${name}" must be one or two positive integers, found ${JSON.stringify(declared)}`);
  }
  return [dims[0], dims[1] ?? 1];
}
function broadcastShape(a, b, operator, span) {
  const dim = (x, y) => x === y ? x : x === 1 ? y : y === 1 ? x : void 0;
  const rows = dim(a[0], b[0]);
  const columns = dim(a[1], b[1]);
  if (rows === void 0 || columns === void 0) {
    throw new SymbolicError("shape", `"${operator}" needs equal shapes or one that broadcasts, found ${formatShape(a)} and ${formatShape(b)}`, span);
  }
  return [rows, columns];
}
class MatrixGraph {
  constructor(options = {}) {
    __publicField(this, "table", []);
    __publicField(this, "index", /* @__PURE__ */ new Map());
    /** Input ids by name. */
    __publicField(this, "inputs", /* @__PURE__ */ new Map());
    /** The user's names for intermediates. */
    __publicField(this, "labels", /* @__PURE__ */ new Map());
    /** Where each parsed node was written. */
    __publicField(this, "spans", /* @__PURE__ */ new Map());
    __publicField(this, "distributions");
    this.distributions = new Set(options.distributions ?? []);
  }
  /** The node with this id. */
  node(id) {
    const node = this.table[id];
    if (node === void 0)
      throw new Error(`no matrix node ${id}`);
    return node;
  }
  /** How many nodes the graph holds. */
  get size() {
    return this.table.length;
  }
  /** The shape a node produces. */
  shape(id) {
    return this.node(id).shape;
  }
  isScalar(id) {
    return isScalarShape(this.node(id).shape);
  }
  constValue(id) {
    const n = this.node(id);
    return n.op === "constant" ? n.value : void 0;
  }
  make(op2, args, shape, extra = {}) {
    const key = `${op2}|${extra.name ?? ""}|${extra.value === void 0 ? "" : Object.is(extra.value, -0) ? "0" : String(extra.value)}|${shape.join("x")}|${args.join(",")}`;
    const found = this.index.get(key);
    if (found !== void 0)
      return found;
    const id = this.table.length;
    this.table.push({ op: op2, args, shape, ...extra });
    this.index.set(key, id);
    return id;
  }
  /** Gives a node the user's name (an intermediate), keeping inputs' own names. */
  name(label, id) {
    if (this.node(id).op !== "input" && this.node(id).op !== "constant")
      this.labels.set(id, label);
    return id;
  }
  /** An input of the given shape. */
  input(name, shape) {
    const id = this.make("input", [], shape, { name });
    this.inputs.set(name, id);
    return id;
  }
  /** A scalar constant. */
  constant(value) {
    return this.make("constant", [], SCALAR, { value: Object.is(value, -0) ? 0 : value });
  }
  /** A matrix of ones (a scalar 1 when the shape is 1×1). */
  ones(shape) {
    return isScalarShape(shape) ? this.constant(1) : this.make("ones", [], shape);
  }
  /** The n×n identity. */
  identity(n) {
    return n === 1 ? this.constant(1) : this.make("identity", [], [n, n]);
  }
  /** `a * b`: a matrix product, or scaling when either side is a scalar. */
  mul(a, b, span) {
    return this.isScalar(a) || this.isScalar(b) ? this.emul(a, b, span) : this.matmul(a, b, span);
  }
  /** The matrix product `a * b`. */
  matmul(a, b, span) {
    const [sa, sb] = [this.shape(a), this.shape(b)];
    if (sa[1] !== sb[0]) {
      throw new SymbolicError("shape", `"*" needs the columns of the left side to match the rows of the right, found ${formatShape(sa)} * ${formatShape(sb)}`, span);
    }
    if (this.isScalar(a) || this.isScalar(b))
      return this.emul(a, b, span);
    const [na, nb] = [this.node(a), this.node(b)];
    if (na.op === "identity")
      return b;
    if (nb.op === "identity")
      return a;
    for (const [side, other, left] of [[na, b, true], [nb, a, false]]) {
      if ((side.op === "emul" || side.op === "ediv") && this.isScalar(side.args[side.op === "emul" ? 0 : 1])) {
        const [s, x] = side.op === "emul" ? [side.args[0], side.args[1]] : [side.args[1], side.args[0]];
        const product2 = left ? this.matmul(x, other) : this.matmul(other, x);
        return side.op === "emul" ? this.emul(s, product2) : this.ediv(product2, s);
      }
    }
    return this.make("matmul", [a, b], [sa[0], sb[1]]);
  }
  /** `a'`: the transpose, pushed through products and scalings. */
  transpose(a) {
    const n = this.node(a);
    if (this.isScalar(a) || n.op === "identity")
      return a;
    if (n.op === "transpose")
      return n.args[0];
    if (n.op === "ones")
      return this.ones([n.shape[1], n.shape[0]]);
    if (n.op === "matmul")
      return this.matmul(this.transpose(n.args[1]), this.transpose(n.args[0]));
    if (n.op === "emul" && this.isScalar(n.args[0]))
      return this.emul(n.args[0], this.transpose(n.args[1]));
    if (n.op === "ediv" && this.isScalar(n.args[1]))
      return this.ediv(this.transpose(n.args[0]), n.args[1]);
    return this.make("transpose", [a], [n.shape[1], n.shape[0]]);
  }
  /** `-a`, kept as `-1 * a` so signs fold with other scalars. */
  neg(a) {
    return this.emul(this.constant(-1), a);
  }
  /** A node as `coefficient * rest` when it is a constant multiple. */
  split(id) {
    const n = this.node(id);
    if (n.op === "emul") {
      const c = this.constValue(n.args[0]);
      if (c !== void 0)
        return [c, n.args[1]];
    }
    return [1, id];
  }
  /** `a + b` (sign 1) or `a - b` (sign −1), broadcasting. */
  combine(a, b, sign, span) {
    const shape = broadcastShape(this.shape(a), this.shape(b), sign === 1 ? "+" : "-", span);
    const [ca, cb] = [this.constValue(a), this.constValue(b)];
    if (ca !== void 0 && cb !== void 0)
      return this.constant(ca + sign * cb);
    if (cb === 0 && sameShape(shape, this.shape(a)))
      return a;
    if (ca === 0 && sameShape(shape, this.shape(b)))
      return sign === 1 ? b : this.neg(b);
    const rewritten = this.collect(a, b, sign, shape);
    if (rewritten !== void 0)
      return rewritten;
    if (sign === 1 && this.node(a).op === "transpose" && this.node(a).args[0] === b)
      return this.make("add", [b, a], shape);
    return this.make(sign === 1 ? "add" : "sub", [a, b], shape);
  }
  /** Like terms, common scalar factors and common matrix factors of a sum or difference. */
  collect(a, b, sign, shape) {
    const [[ka, ra], [kb, rb]] = [this.split(a), this.split(b)];
    if (ra === rb && sameShape(shape, this.shape(ra))) {
      const k = ka + sign * kb;
      return k === 0 && this.isScalar(ra) ? this.constant(0) : this.emul(this.constant(k), ra);
    }
    if (kb < 0)
      return this.combine(a, this.emul(this.constant(-kb), rb), sign === 1 ? -1 : 1);
    if (sign === 1 && ka < 0)
      return this.combine(b, this.emul(this.constant(-ka), ra), -1);
    const [na, nb] = [this.node(a), this.node(b)];
    if (na.op === nb.op && (na.op === "emul" || na.op === "ediv") && sameShape(shape, this.shape(a)) && sameShape(shape, this.shape(b))) {
      const s = na.op === "emul" ? 0 : 1;
      if (na.args[s] === nb.args[s] && this.isScalar(na.args[s])) {
        const inner2 = this.combine(na.args[1 - s], nb.args[1 - s], sign);
        return na.op === "emul" ? this.emul(na.args[0], inner2) : this.ediv(inner2, na.args[1]);
      }
    }
    if (na.op === "matmul" && nb.op === "matmul") {
      if (na.args[1] === nb.args[1])
        return this.matmul(this.combine(na.args[0], nb.args[0], sign), na.args[1]);
      if (na.args[0] === nb.args[0])
        return this.matmul(na.args[0], this.combine(na.args[1], nb.args[1], sign));
    }
    return void 0;
  }
  /** `a + b`, broadcasting a scalar, column or row. */
  add(a, b, span) {
    return this.combine(a, b, 1, span);
  }
  /** `a - b`, broadcasting a scalar, column or row. */
  sub(a, b, span) {
    return this.combine(a, b, -1, span);
  }
  /** `a .* b` (`a * b` when either is a scalar), broadcasting. */
  emul(a, b, span) {
    const shape = broadcastShape(this.shape(a), this.shape(b), ".*", span);
    const [ca, cb] = [this.constValue(a), this.constValue(b)];
    if (this.isScalar(b) && (!this.isScalar(a) || cb !== void 0 && ca === void 0))
      return this.emul(b, a, span);
    if (ca !== void 0 && cb !== void 0)
      return this.constant(ca * cb);
    if (ca === 1 && sameShape(shape, this.shape(b)))
      return b;
    if (cb === 1 && sameShape(shape, this.shape(a)))
      return a;
    if (this.isScalar(a))
      return this.scale(a, b, shape);
    return this.product(a, b, shape);
  }
  /** A scalar `s` times `x`: constants multiplied out, signs moved into differences, divisions kept outermost. */
  scale(s, x, shape) {
    const [ns, nx, c] = [this.node(s), this.node(x), this.constValue(s)];
    if (nx.op === "emul" && this.isScalar(nx.args[0])) {
      const cx = this.constValue(nx.args[0]);
      if (c !== void 0 && cx !== void 0)
        return this.emul(this.constant(c * cx), nx.args[1]);
      if (this.isScalar(x))
        return this.make("emul", [s, x], shape);
      return this.emul(this.emul(s, nx.args[0]), nx.args[1]);
    }
    if (nx.op === "ediv" && this.isScalar(nx.args[1]) && (c !== void 0 || !this.isScalar(x))) {
      return this.ediv(this.emul(s, nx.args[0]), nx.args[1]);
    }
    if (c === -1 && nx.op === "sub")
      return this.sub(nx.args[1], nx.args[0]);
    if (ns.op === "ediv" && !this.isScalar(x) && this.constValue(ns.args[0]) !== void 0) {
      return this.ediv(this.emul(ns.args[0], x), ns.args[1]);
    }
    if (c === 0 && this.isScalar(x))
      return s;
    return this.make("emul", [s, x], shape);
  }
  /** The element-wise product of two non-scalars. */
  product(a, b, shape) {
    const [na, nb] = [this.node(a), this.node(b)];
    if (nb.op === "ones" && sameShape(shape, na.shape))
      return a;
    if (na.op === "ones" && sameShape(shape, nb.shape))
      return b;
    if (na.op === "ediv" && na.args[1] === b)
      return na.args[0];
    if (nb.op === "ediv" && nb.args[1] === a)
      return nb.args[0];
    for (const [side, other, left] of [[na, b, true], [nb, a, false]]) {
      const s = side.op === "emul" ? 0 : 1;
      if ((side.op === "emul" || side.op === "ediv") && this.isScalar(side.args[s])) {
        const x = side.args[1 - s];
        const inner2 = left ? this.emul(x, other) : this.emul(other, x);
        return side.op === "emul" ? this.emul(side.args[0], inner2) : this.ediv(inner2, side.args[1]);
      }
    }
    if (nb.op === "emul")
      return this.emul(this.emul(a, nb.args[0]), nb.args[1]);
    return this.make("emul", [a, b], shape);
  }
  /** `a ./ b` (`a / b` when b is a scalar), broadcasting. */
  ediv(a, b, span) {
    const shape = broadcastShape(this.shape(a), this.shape(b), "./", span);
    const [ca, cb] = [this.constValue(a), this.constValue(b)];
    if (ca !== void 0 && cb !== void 0)
      return this.constant(ca / cb);
    if (cb === 1 && sameShape(shape, this.shape(a)))
      return a;
    const [k, rest] = this.split(a);
    if (cb !== void 0 && k !== 1)
      return this.emul(this.constant(k / cb), rest);
    if (rest === b && this.isScalar(b))
      return this.constant(k);
    if (ca === 0 && this.isScalar(b))
      return a;
    return this.make("ediv", [a, b], shape);
  }
  /** `a .^ b` (`a ^ b` for scalars), broadcasting. */
  epow(a, b, span) {
    const shape = broadcastShape(this.shape(a), this.shape(b), ".^", span);
    const [ca, cb] = [this.constValue(a), this.constValue(b)];
    if (ca !== void 0 && cb !== void 0)
      return this.constant(Math.pow(ca, cb));
    if (cb === 1 && sameShape(shape, this.shape(a)))
      return a;
    if (cb === 0)
      return this.ones(shape);
    return this.make("epow", [a, b], shape);
  }
  /** An element-wise function of one or more arguments, broadcasting. */
  map(name, args, span) {
    let shape = SCALAR;
    for (const arg of args)
      shape = broadcastShape(shape, this.shape(arg), name, span);
    const values = args.map((arg) => this.constValue(arg));
    const spec = FUNCTIONS.get(name);
    if (spec !== void 0 && values.every((v) => v !== void 0)) {
      const value = spec.value(values);
      if (Number.isFinite(value))
        return this.constant(value);
    }
    return this.make("map", args, shape, { name });
  }
  /** A reduction or per-column operation, with scalar factors pulled out where that is exact. */
  reduce(op2, a, span) {
    const n = this.node(a);
    const [rows, columns] = n.shape;
    if (op2 === "trace" && rows !== columns) {
      throw new SymbolicError("shape", `trace needs a square matrix, found ${formatShape(n.shape)}`, span);
    }
    const shape = op2 === "column-sums" ? [1, columns] : op2 === "row-sums" ? [rows, 1] : SCALAR;
    if (sameShape(shape, n.shape))
      return a;
    if ((n.op === "emul" || n.op === "ediv") && this.isScalar(n.args[n.op === "emul" ? 0 : 1])) {
      return n.op === "emul" ? this.emul(n.args[0], this.reduce(op2, n.args[1])) : this.ediv(this.reduce(op2, n.args[0]), n.args[1]);
    }
    if (n.op === "ones" && op2 !== "mean") {
      const count = op2 === "column-sums" ? rows : op2 === "row-sums" ? columns : op2 === "trace" ? rows : rows * columns;
      return this.emul(this.constant(count), this.ones(shape));
    }
    if (n.op === "identity" && op2 === "trace")
      return this.constant(rows);
    const isDistribution = n.op === "softmax" || n.op === "input" && this.distributions.has(n.name);
    if (op2 === "column-sums" && isDistribution)
      return this.ones(shape);
    return this.make(op2, [a], shape);
  }
  /** `dot(a, b)` of two vectors of the same length. */
  dot(a, b, span) {
    const [sa, sb] = [this.shape(a), this.shape(b)];
    const isVector = (s) => s[0] === 1 || s[1] === 1;
    if (!isVector(sa) || !isVector(sb) || sa[0] * sa[1] !== sb[0] * sb[1]) {
      throw new SymbolicError("shape", `dot needs two vectors of the same length, found ${formatShape(sa)} and ${formatShape(sb)}`, span);
    }
    return this.make("dot", [a, b], SCALAR);
  }
  /** `norm(a)`: the 2-norm of a vector. */
  norm(a, span) {
    const s = this.shape(a);
    if (s[0] !== 1 && s[1] !== 1)
      throw new SymbolicError("shape", `norm takes a vector, found ${formatShape(s)}`, span);
    return this.make("norm", [a], SCALAR);
  }
  /** `softmax(a)` of each column. */
  softmax(a) {
    return this.make("softmax", [a], this.shape(a));
  }
  /** `logsumexp(a)` of each column: a row with one entry per column. */
  logsumexp(a) {
    return this.make("logsumexp", [a], [1, this.shape(a)[1]]);
  }
}
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_$][A-Za-z0-9_$]*/y;
function sticky(pattern, source, at2) {
  var _a;
  pattern.lastIndex = at2;
  return (_a = pattern.exec(source)) == null ? void 0 : _a[0];
}
function tokenizeMatrix(source) {
  const tokens = [];
  let depth = 0;
  let i = 0;
  const push2 = (kind, length) => {
    tokens.push({ kind, text: source.slice(i, i + length), start: i, end: i + length });
    i += length;
  };
  while (i < source.length) {
    const c = source[i];
    const two = source.slice(i, i + 2);
    const previous = tokens[tokens.length - 1];
    const afterValue = previous !== void 0 && previous.end === i && ["name", "number", ")", "transpose"].includes(previous.kind);
    if (c === " " || c === "	" || c === "\r")
      i++;
    else if (c === "#")
      while (i < source.length && source[i] !== "\n")
        i++;
    else if (c === "\n" && depth > 0)
      i++;
    else if (c === "\n")
      push2("sep", 1);
    else if (c === ";")
      push2("sep", 1);
    else if (c === "," || c === "=")
      push2(c, 1);
    else if (c === "(") {
      if (++depth > MAX_DEPTH)
        throw new SymbolicError("too-deep", `parentheses nest deeper than ${MAX_DEPTH} levels`, { start: i, end: i + 1 });
      push2("(", 1);
    } else if (c === ")") {
      depth--;
      push2(")", 1);
    } else if (two === ".*" || two === "./" || two === ".^")
      push2("op", 2);
    else if ("+-*/^".includes(c))
      push2("op", 1);
    else if (c === "'" && afterValue)
      push2("transpose", 1);
    else if (/[\d.]/.test(c) && sticky(NUMBER, source, i) !== void 0)
      push2("number", sticky(NUMBER, source, i).length);
    else if (sticky(NAME, source, i) !== void 0)
      push2("name", sticky(NAME, source, i).length);
    else
      throw reject(source, i);
  }
  return tokens;
}
function reject(source, i) {
  const c = source[i];
  const span = { start: i, end: i + 1 };
  if (c === "[" || c === "]")
    return new SymbolicError("unsupported", 'matrix literals and indexing "[...]" are not supported; give the symbol a shape with --shape or shapes', span);
  if (c === '"' || c === "'")
    return new SymbolicError("unsupported", "a string cannot be differentiated by bp", span);
  return new SymbolicError("syntax", `unexpected character "${c}"`, span);
}
let mathParse;
function parseWithMathjs(source) {
  mathParse ?? (mathParse = create({ parseDependencies }).parse);
  return mathParse(source);
}
function parseMatrix(source, options) {
  if (typeof source !== "string")
    throw new SymbolicError("invalid-argument", "the source must be a string");
  const tokens = tokenizeMatrix(source);
  if (!tokens.some((t) => t.kind !== "sep"))
    throw new SymbolicError("syntax", "the source is empty", { start: 0, end: source.length });
  let tree;
  try {
    tree = parseWithMathjs(source);
  } catch (error) {
    const char = error.char;
    const start = Math.max(0, Math.min((char ?? 1) - 1, source.length - 1));
    throw new SymbolicError("syntax", String(error.message).replace(/\s*\(char \d+\)$/, ""), { start, end: start + 1 }, { cause: error });
  }
  const shapes = /* @__PURE__ */ new Map();
  for (const [name, declared] of Object.entries(options.shapes))
    shapes.set(name, toShape(declared, name));
  const root = tree;
  const statements = root.type === "BlockNode" ? root.blocks.map((b) => b.node) : [root];
  return new Converter2(source, tokens, shapes, new MatrixGraph(options)).program(statements, options);
}
class Converter2 {
  constructor(source, tokens, shapes, graph) {
    __publicField(this, "source");
    __publicField(this, "tokens");
    __publicField(this, "shapes");
    __publicField(this, "graph");
    __publicField(this, "cursor", 0);
    __publicField(this, "aligned", true);
    __publicField(this, "definitions", /* @__PURE__ */ new Map());
    __publicField(this, "inputs", []);
    this.source = source;
    this.tokens = tokens;
    this.shapes = shapes;
    this.graph = graph;
  }
  program(statements, options) {
    let output = -1;
    let outputName;
    statements.forEach((node, index) => {
      var _a, _b;
      while (this.aligned && ((_a = this.tokens[this.cursor]) == null ? void 0 : _a.kind) === "sep")
        this.cursor++;
      const last = index === statements.length - 1;
      if (node.type === "AssignmentNode" && ((_b = node.object) == null ? void 0 : _b.type) === "SymbolNode") {
        const name = node.object.name;
        const token = this.take((t) => t.kind === "name");
        const span = token ? { start: token.start, end: token.end } : this.whole();
        if (this.definitions.has(name))
          throw new SymbolicError("reassigned", `"${name}" is assigned twice; give each intermediate its own name`, span);
        this.take((t) => t.kind === "=");
        const id = this.graph.name(name, this.convert(node.value));
        this.definitions.set(name, id);
        if (last)
          [output, outputName] = [id, name];
      } else if (node.type === "AssignmentNode" || node.type === "FunctionAssignmentNode" || !last) {
        throw new SymbolicError("unsupported", 'each statement but the last must be "name = expression"', this.here());
      } else {
        output = this.convert(node);
      }
    });
    const shapes = new Map(this.inputs.map((name) => [name, this.graph.shape(this.graph.inputs.get(name))]));
    return { source: this.source, inputs: this.inputs, shapes, outputName, graph: this.graph, output, definitions: this.definitions, options };
  }
  whole() {
    return { start: 0, end: this.source.length };
  }
  here() {
    const token = this.aligned ? this.tokens[this.cursor] : void 0;
    return token ? { start: token.start, end: token.end } : this.whole();
  }
  /** Consumes the next token when it is what the tree says comes next; otherwise positions are no longer trusted. */
  take(expected) {
    const token = this.aligned ? this.tokens[this.cursor] : void 0;
    if (token === void 0 || !expected(token)) {
      this.aligned = false;
      return void 0;
    }
    this.cursor++;
    return token;
  }
  spanFrom(first) {
    const [a, b] = [this.tokens[first], this.tokens[this.cursor - 1]];
    return this.aligned && a && b && this.cursor > first ? { start: a.start, end: b.end } : this.whole();
  }
  convert(node) {
    const first = this.cursor;
    const id = this.convertNode(node, first);
    if (!this.graph.spans.has(id))
      this.graph.spans.set(id, this.spanFrom(first));
    return id;
  }
  convertNode(node, first) {
    switch (node.type) {
      case "ConstantNode": {
        const token = this.take((t) => t.kind === "number");
        if (typeof node.value !== "number" || !Number.isFinite(node.value)) {
          throw new SymbolicError("unsupported", `the constant ${String(node.value)} cannot be differentiated`, token ?? this.whole());
        }
        return this.graph.constant(node.value);
      }
      case "SymbolNode":
        this.take((t) => t.text === node.name);
        return this.symbol(node.name, this.spanFrom(first));
      case "ParenthesisNode": {
        this.take((t) => t.kind === "(");
        const inner2 = this.convert(node.content);
        this.take((t) => t.kind === ")");
        return inner2;
      }
      case "OperatorNode":
        return this.operator(node, first);
      case "FunctionNode": {
        this.take((t) => t.kind === "name");
        this.take((t) => t.kind === "(");
        const args = node.args.map((arg, i) => {
          if (i > 0)
            this.take((t) => t.kind === ",");
          return this.convert(arg);
        });
        this.take((t) => t.kind === ")");
        return this.call(node.fn.name, args, node.args, this.spanFrom(first));
      }
      default:
        throw new SymbolicError("unsupported", `${node.type.replace(/Node$/, "").toLowerCase()} expressions cannot be differentiated`, this.here());
    }
  }
  operator(node, first) {
    const g = this.graph;
    const args = node.args;
    if (node.fn === "ctranspose" || node.fn === "transpose") {
      const inner2 = this.convert(args[0]);
      this.take((t) => t.kind === "transpose");
      return g.transpose(inner2);
    }
    if (args.length === 1) {
      this.take((t) => t.text === node.op);
      const inner2 = this.convert(args[0]);
      if (node.fn === "unaryMinus")
        return g.neg(inner2);
      if (node.fn === "unaryPlus")
        return inner2;
      throw new SymbolicError("unsupported", `the operator "${node.op}" cannot be differentiated`, this.spanFrom(first));
    }
    const left = this.convert(args[0]);
    const token = node.implicit === true ? void 0 : this.take((t) => t.text === node.op);
    const right = this.convert(args[1]);
    const span = token ? { start: token.start, end: token.end } : this.spanFrom(first);
    switch (node.fn) {
      case "add":
        return g.add(left, right, span);
      case "subtract":
        return g.sub(left, right, span);
      case "multiply":
        return g.mul(left, right, span);
      case "dotMultiply":
        return g.emul(left, right, span);
      case "divide":
        return this.divide(left, right, span);
      case "dotDivide":
        return g.ediv(left, right, span);
      case "pow":
        return this.power(left, right, span);
      case "dotPow":
        return g.epow(left, right, span);
      default:
        throw new SymbolicError("unsupported", `the operator "${node.op}" cannot be differentiated`, span);
    }
  }
  divide(left, right, span) {
    const shape = this.graph.shape(right);
    if (shape[0] !== 1 || shape[1] !== 1) {
      throw new SymbolicError("shape", `"/" divides by a scalar, found ${shape.join("×")}; use "./" to divide element by element`, span);
    }
    return this.graph.ediv(left, right, span);
  }
  power(left, right, span) {
    const [base2, exponent] = [this.graph.shape(left), this.graph.shape(right)];
    if (base2[0] !== 1 || base2[1] !== 1 || exponent[0] !== 1 || exponent[1] !== 1) {
      throw new SymbolicError("shape", `"^" is a power of scalars, found ${base2.join("×")} ^ ${exponent.join("×")}; use ".^" for element-wise powers`, span);
    }
    return this.graph.epow(left, right, span);
  }
  symbol(name, span) {
    const defined = this.definitions.get(name);
    if (defined !== void 0)
      return defined;
    const constant2 = FUNCTIONS.get(name);
    if ((constant2 == null ? void 0 : constant2.arity[1]) === 0)
      return this.graph.constant(constant2.value([]));
    if (FUNCTIONS.has(name) || MATRIX_FUNCTIONS.has(name)) {
      throw new SymbolicError("syntax", `"${name}" is a function: call it with parentheses, as ${name}(x)`, span);
    }
    if (!this.graph.inputs.has(name))
      this.inputs.push(name);
    return this.graph.input(name, this.shapes.get(name) ?? SCALAR);
  }
  call(name, args, trees, span) {
    var _a;
    const reduction = MATRIX_FUNCTIONS.get(name);
    if (reduction !== void 0)
      return reduction(this.graph, args, trees, span);
    const spec = FUNCTIONS.get(name);
    if (spec === void 0 || spec.arity[1] === 0) {
      throw new SymbolicError("unknown-function", `unknown function "${name}"${suggestFunction(name) ?? ""}`, { start: span.start, end: span.start + name.length });
    }
    const [min, max] = spec.arity;
    if (args.length < min || args.length > max) {
      throw new SymbolicError("arity", `${name} takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? "" : "s"}, found ${args.length}`, span);
    }
    if (name === "pow")
      return this.graph.epow(args[0], args[1], span);
    const full = [...args];
    for (let i = args.length; i < max; i++) {
      const fallback = (_a = spec.defaults) == null ? void 0 : _a[i - min];
      if (fallback !== void 0)
        full.push(this.graph.constant(fallback));
    }
    return this.graph.map(name, full, span);
  }
}
function arity(name, args, count, span) {
  if (args.length !== count)
    throw new SymbolicError("arity", `${name} takes ${count} argument${count === 1 ? "" : "s"}, found ${args.length}`, span);
}
function size(name, trees, span) {
  const sizes = trees.map((t) => t.type === "ConstantNode" ? t.value : void 0);
  if (sizes.length < 1 || sizes.length > 2 || !sizes.every((v) => typeof v === "number" && Number.isInteger(v) && v > 0)) {
    throw new SymbolicError("arity", `${name} takes one or two positive integer sizes`, span);
  }
  return sizes;
}
const MATRIX_FUNCTIONS = /* @__PURE__ */ new Map([
  ["sum", (g, args, trees, span) => {
    var _a;
    if (args.length === 1)
      return g.reduce("sum", args[0], span);
    const dim = ((_a = trees[1]) == null ? void 0 : _a.type) === "ConstantNode" ? trees[1].value : void 0;
    if (args.length !== 2 || dim !== 1 && dim !== 2) {
      throw new SymbolicError("arity", "sum takes a matrix, or a matrix and the dimension 1 (column sums) or 2 (row sums)", span);
    }
    return g.reduce(dim === 1 ? "column-sums" : "row-sums", args[0], span);
  }],
  ["ones", (g, _a, trees, span) => {
    const [rows, columns] = size("ones", trees, span);
    return g.ones([rows, columns ?? rows]);
  }],
  ["identity", (g, _a, trees, span) => {
    const [n, m] = size("identity", trees, span);
    if (m !== void 0 && m !== n)
      throw new SymbolicError("shape", "identity is square: give one size", span);
    return g.identity(n);
  }],
  ["mean", (g, args, _t, span) => (arity("mean", args, 1, span), g.reduce("mean", args[0], span))],
  ["trace", (g, args, _t, span) => (arity("trace", args, 1, span), g.reduce("trace", args[0], span))],
  ["transpose", (g, args, _t, span) => (arity("transpose", args, 1, span), g.transpose(args[0]))],
  ["dot", (g, args, _t, span) => (arity("dot", args, 2, span), g.dot(args[0], args[1], span))],
  ["norm", (g, args, _t, span) => (arity("norm", args, 1, span), g.norm(args[0], span))],
  ["softmax", (g, args, _t, span) => (arity("softmax", args, 1, span), g.softmax(args[0]))],
  ["logsumexp", (g, args, _t, span) => (arity("logsumexp", args, 1, span), g.logsumexp(args[0]))]
]);
var Level;
(function(Level2) {
  Level2[Level2["Sum"] = 1] = "Sum";
  Level2[Level2["Product"] = 2] = "Product";
  Level2[Level2["Unary"] = 3] = "Unary";
  Level2[Level2["Power"] = 4] = "Power";
  Level2[Level2["Postfix"] = 5] = "Postfix";
  Level2[Level2["Atom"] = 6] = "Atom";
})(Level || (Level = {}));
const TEXT = {
  name: (name) => name,
  number: (value) => String(value),
  paren: (text2) => `(${text2})`,
  call: (name, args) => `${name}(${args.join(", ")})`,
  matmul: (a, b) => `${a} * ${b}`,
  scale: (s, x) => `${s} * ${x}`,
  negate: (x) => `-${x}`,
  hadamard: (a, b) => `${a} .* ${b}`,
  divide: (a, b, scalar) => `${a} ${scalar ? "/" : "./"} ${b}`,
  power: (a, b, scalar) => `${a} ${scalar ? "^" : ".^"} ${b}`,
  transpose: (a) => `${a}'`,
  ones: (rows, columns) => `ones(${rows}, ${columns})`,
  identity: (n) => `identity(${n})`,
  reduce: (op2, x) => op2 === "column-sums" ? `sum(${x}, 1)` : op2 === "row-sums" ? `sum(${x}, 2)` : `${op2}(${x})`
};
const LATEX = {
  name: latexName,
  number: (value) => {
    const [mantissa, exponent] = String(value).split("e");
    return exponent === void 0 ? mantissa : `${mantissa} \\times 10^{${Number(exponent)}}`;
  },
  paren: (text2) => `\\left(${text2}\\right)`,
  call: (name, args) => {
    var _a;
    return ((_a = FUNCTIONS.get(name)) == null ? void 0 : _a.latex(args)) ?? `\\operatorname{${name}}\\left(${args.join(", ")}\\right)`;
  },
  matmul: (a, b) => `${a} ${b}`,
  scale: (s, x) => `${s} \\, ${x}`,
  negate: (x) => `-${x}`,
  hadamard: (a, b) => `${a} \\odot ${b}`,
  divide: (a, b, scalar) => scalar ? `\\frac{${a}}{${b}}` : `${a} \\oslash ${b}`,
  power: (a, b, scalar) => scalar ? `{${a}}^{${b}}` : `{${a}}^{\\circ ${b}}`,
  transpose: (a) => `{${a}}^{\\mathsf T}`,
  ones: (rows, columns) => `\\mathbf{1}_{${rows} \\times ${columns}}`,
  identity: (n) => `I_{${n}}`,
  reduce: (op2, x) => op2 === "column-sums" ? `\\mathbf{1}^{\\mathsf T} ${x}` : op2 === "row-sums" ? `${x} \\mathbf{1}` : op2 === "trace" ? `\\operatorname{tr}\\left(${x}\\right)` : `\\operatorname{${op2}}\\left(${x}\\right)`
};
class Printer2 {
  constructor(graph, mode, notation, root) {
    __publicField(this, "graph");
    __publicField(this, "mode");
    __publicField(this, "notation");
    __publicField(this, "root");
    __publicField(this, "memo", /* @__PURE__ */ new Map());
    this.graph = graph;
    this.mode = mode;
    this.notation = notation;
    this.root = root;
  }
  print(id) {
    const label = this.mode === "compact" && id !== this.root ? this.graph.labels.get(id) : void 0;
    if (label !== void 0)
      return { text: this.notation.name(label), level: Level.Atom };
    let printed = this.memo.get(id);
    if (printed === void 0) {
      printed = this.build(this.graph.node(id));
      this.memo.set(id, printed);
    }
    return printed;
  }
  /** A child's text, parenthesised when its level is below `min`. */
  at(id, min) {
    const p = this.print(id);
    return p.level < min ? this.notation.paren(p.text) : p.text;
  }
  isElementwiseProduct(id) {
    const n = this.graph.node(id);
    return (n.op === "emul" || n.op === "ediv") && !this.graph.labels.has(id) && !isScalarShape(this.graph.shape(n.args[n.op === "emul" ? 0 : 1]));
  }
  build(n) {
    const t = this.notation;
    const [a, b] = n.args;
    const scalar = (id) => isScalarShape(this.graph.shape(id));
    switch (n.op) {
      case "input":
        return { text: t.name(n.name), level: Level.Atom };
      case "constant":
        return { text: t.number(n.value), level: n.value < 0 ? Level.Unary : Level.Atom };
      case "ones":
        return { text: t.ones(n.shape[0], n.shape[1]), level: Level.Atom };
      case "identity":
        return { text: t.identity(n.shape[0]), level: Level.Atom };
      case "transpose":
        return { text: t.transpose(this.at(a, Level.Postfix)), level: Level.Postfix };
      case "matmul": {
        const left = this.isElementwiseProduct(a) ? t.paren(this.print(a).text) : this.at(a, Level.Product);
        const right = this.isElementwiseProduct(b) ? t.paren(this.print(b).text) : this.at(b, Level.Unary);
        return { text: t.matmul(left, right), level: Level.Product };
      }
      case "add":
        return { text: `${this.at(a, Level.Sum)} + ${this.at(b, Level.Product)}`, level: Level.Sum };
      case "sub":
        return { text: `${this.at(a, Level.Sum)} - ${this.at(b, Level.Product)}`, level: Level.Sum };
      case "emul":
        return this.product(a, b, scalar(a));
      case "ediv":
        if (t === LATEX && scalar(b))
          return { text: t.divide(this.print(a).text, this.print(b).text, true), level: Level.Atom };
        return { text: t.divide(this.at(a, Level.Product), this.at(b, Level.Unary), scalar(b)), level: Level.Product };
      case "epow":
        return { text: t.power(this.at(a, Level.Postfix), this.at(b, Level.Postfix), scalar(a) && scalar(b)), level: Level.Power };
      case "map":
        return { text: t.call(n.name, n.args.map((arg) => this.print(arg).text)), level: Level.Atom };
      case "dot":
        return { text: t.call("dot", [this.print(a).text, this.print(b).text]), level: Level.Atom };
      case "norm":
      case "softmax":
      case "logsumexp":
        return { text: t.call(n.op, [this.print(a).text]), level: Level.Atom };
      default:
        if (t === LATEX && (n.op === "column-sums" || n.op === "row-sums")) {
          return { text: t.reduce(n.op, this.at(a, Level.Postfix)), level: Level.Product };
        }
        return { text: t.reduce(n.op, this.print(a).text), level: Level.Atom };
    }
  }
  product(a, b, scalarLeft) {
    const t = this.notation;
    if (!scalarLeft) {
      const left = this.graph.node(a).op === "matmul" ? t.paren(this.print(a).text) : this.at(a, Level.Product);
      const right2 = this.graph.node(b).op === "matmul" ? t.paren(this.print(b).text) : this.at(b, Level.Unary);
      return { text: t.hadamard(left, right2), level: Level.Product };
    }
    const s = this.graph.node(a);
    if (s.op === "constant" && s.value === -1)
      return { text: t.negate(this.at(b, Level.Power)), level: Level.Unary };
    const right = this.graph.node(b).op === "matmul" ? this.at(b, Level.Product) : this.at(b, Level.Unary);
    return { text: t.scale(this.at(a, Level.Product), right), level: Level.Product };
  }
}
function printMatrixText(graph, id, mode, root = id) {
  return new Printer2(graph, mode, TEXT, root).print(id).text;
}
function printMatrixLatex(graph, id, mode, root = id) {
  return new Printer2(graph, mode, LATEX, root).print(id).text;
}
function elementwise$1(g) {
  return {
    constant: (value) => g.constant(value),
    add: (a, b) => g.add(a, b),
    sub: (a, b) => g.sub(a, b),
    mul: (a, b) => g.emul(a, b),
    div: (a, b) => g.ediv(a, b),
    neg: (a) => g.neg(a),
    pow: (a, b) => g.epow(a, b),
    call: (name, args) => g.map(name, args)
  };
}
function liveNodes(g, output) {
  const live = [];
  for (let id = 0; id <= output; id++) {
    const n = g.node(id);
    live[id] = n.op === "input" || n.args.some((arg) => live[arg] === true);
  }
  return live;
}
class Sweep {
  constructor(g, live) {
    __publicField(this, "g");
    __publicField(this, "live");
    __publicField(this, "contributions", /* @__PURE__ */ new Map());
    __publicField(this, "b");
    this.g = g;
    this.live = live;
    this.b = elementwise$1(g);
  }
  /** G spread to the full shape, for rules that need every entry (products, reductions). */
  expand(x, shape) {
    return sameShape(this.g.shape(x), shape) ? x : this.g.emul(x, this.g.ones(shape));
  }
  /** An adjoint of the result's shape summed down to an argument's shape (the broadcast rule). */
  reduceTo(x, arg, result) {
    if (sameShape(this.g.shape(x), arg) || sameShape(arg, result))
      return x;
    const full = this.expand(x, result);
    if (isScalarShape(arg))
      return this.g.reduce("sum", full);
    return this.g.reduce(arg[1] === 1 ? "row-sums" : "column-sums", full);
  }
  send(target, value, rule, from, result) {
    if (!this.live[target])
      return;
    const shape = this.g.shape(target);
    const reduced = result === void 0 ? value : this.reduceTo(value, shape, result);
    const broadcast = result !== void 0 && !sameShape(shape, result);
    const list = this.contributions.get(target) ?? [];
    list.push({ value: reduced, rule: broadcast ? "broadcast" : rule, from });
    this.contributions.set(target, list);
  }
  /** Applies the matrix rule of node `id` to its adjoint `G`. */
  visit(id, G) {
    const g = this.g;
    const n = g.node(id);
    const [a, b] = n.args;
    switch (n.op) {
      case "matmul":
        this.send(a, g.matmul(this.expand(G, n.shape), g.transpose(b)), "matrix-product", id);
        this.send(b, g.matmul(g.transpose(a), this.expand(G, n.shape)), "matrix-product", id);
        return;
      case "transpose":
        return this.send(a, g.transpose(G), "transpose", id);
      case "add":
      case "sub":
        this.send(a, G, n.op === "add" ? "sum" : "difference", id, n.shape);
        this.send(b, n.op === "add" ? G : g.neg(G), n.op === "add" ? "sum" : "difference", id, n.shape);
        return;
      case "emul":
        this.send(a, g.emul(G, b), "elementwise", id, n.shape);
        this.send(b, g.emul(G, a), "elementwise", id, n.shape);
        return;
      case "ediv":
        this.send(a, g.ediv(G, b), "elementwise", id, n.shape);
        this.send(b, g.neg(g.ediv(g.emul(G, id), b)), "elementwise", id, n.shape);
        return;
      case "epow":
      case "map":
        return this.elementwiseFunction(id, G);
      default:
        return this.reduction(id, G);
    }
  }
  elementwiseFunction(id, G) {
    const g = this.g;
    const n = g.node(id);
    const arg = g.node(n.args[0]);
    if (n.op === "map" && n.name === "log" && n.args.length === 1 && arg.op === "softmax") {
      const sums = g.reduce("column-sums", this.expand(G, n.shape));
      this.send(arg.args[0], g.sub(G, g.emul(n.args[0], sums)), "log-softmax", id);
      return;
    }
    const spec = FUNCTIONS.get(n.op === "epow" ? "pow" : n.name);
    n.args.forEach((x, i) => {
      if (!this.live[x])
        return;
      this.send(x, g.emul(G, spec.partial(this.b, n.args, id, i)), "elementwise", id, n.shape);
    });
  }
  reduction(id, G) {
    const g = this.g;
    const n = g.node(id);
    const [a, b] = n.args;
    const shape = g.shape(a);
    switch (n.op) {
      case "sum":
      case "column-sums":
      case "row-sums":
        return this.send(a, G, "sum", id);
      case "mean":
        return this.send(a, g.ediv(G, g.constant(shape[0] * shape[1])), "mean", id);
      case "trace":
        return this.send(a, g.emul(G, g.identity(shape[0])), "trace", id);
      case "dot": {
        const orient = (x, like) => sameShape(g.shape(x), g.shape(like)) ? x : g.transpose(x);
        this.send(a, g.emul(G, orient(b, a)), "dot", id);
        this.send(b, g.emul(G, orient(a, b)), "dot", id);
        return;
      }
      case "norm":
        return this.send(a, g.emul(g.ediv(G, id), a), "norm", id);
      case "softmax": {
        const inner2 = g.reduce("column-sums", this.expand(g.emul(G, id), n.shape));
        return this.send(a, g.emul(id, g.sub(G, inner2)), "softmax", id);
      }
      case "logsumexp":
        return this.send(a, g.emul(g.softmax(a), G), "logsumexp", id);
    }
  }
}
function matrixBackprop(program) {
  const copy = parseMatrix(program.source, program.options);
  const g = copy.graph;
  const output = copy.output;
  if (!isScalarShape(g.shape(output))) {
    throw new SymbolicError("not-scalar", `a gradient needs a scalar output, found ${formatShape(g.shape(output))}; reduce it with sum(...) or norm(...)`, g.spans.get(output));
  }
  const live = liveNodes(g, output);
  const sweep = new Sweep(g, live);
  const steps = [];
  const adjoint = /* @__PURE__ */ new Map([[output, g.constant(1)]]);
  const print = (id, root = -1) => printMatrixText(g, id, "compact", root);
  for (let id = output; id >= 0; id--) {
    let G = adjoint.get(id);
    const list = sweep.contributions.get(id) ?? [];
    for (const c of list)
      G = G === void 0 ? c.value : g.add(G, c.value);
    if (G === void 0 || !live[id])
      continue;
    adjoint.set(id, G);
    for (const c of list) {
      steps.push({ rule: c.rule, node: c.from, target: id, expression: print(c.from, c.from), wrt: print(id), result: print(c.value), shape: g.shape(id), latex: stepLatex(g, id, c.value) });
    }
    if (list.length > 1) {
      steps.push({ rule: "sum-over-paths", node: id, target: id, expression: print(id, id), wrt: print(id), result: print(G), shape: g.shape(id), latex: stepLatex(g, id, G) });
    }
    if (g.node(id).op !== "input")
      sweep.visit(id, G);
  }
  const gradient2 = /* @__PURE__ */ new Map();
  for (const name of copy.inputs) {
    const input = g.inputs.get(name);
    gradient2.set(name, sweep.expand(adjoint.get(input) ?? g.constant(0), g.shape(input)));
  }
  const intermediates = /* @__PURE__ */ new Map();
  for (const [name, id] of copy.definitions) {
    if (id !== output)
      intermediates.set(name, sweep.expand(adjoint.get(id) ?? g.constant(0), g.shape(id)));
  }
  if (copy.outputName !== void 0)
    intermediates.set(copy.outputName, g.constant(1));
  const adjoints = /* @__PURE__ */ new Map();
  for (const [id, G] of adjoint)
    adjoints.set(id, sweep.expand(G, g.shape(id)));
  return { program: copy, graph: g, output, gradient: gradient2, intermediates, adjoints, steps };
}
function stepLatex(g, target, value) {
  const name = printMatrixLatex(g, target, "compact", -1);
  const wrt = /^\\?[A-Za-z]+(_\{[^}]*\})?$/.test(name) ? name : `\\left(${name}\\right)`;
  return `\\frac{\\partial L}{\\partial ${wrt}} = ${printMatrixLatex(g, value, "compact", -1)}`;
}
function needed(g, roots) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop();
    if (seen.has(id))
      continue;
    seen.add(id);
    stack.push(...g.node(id).args);
  }
  return [...seen].sort((x, y) => x - y);
}
const at = (v, s, i, j) => v[(s[0] === 1 ? 0 : i) * s[1] + (s[1] === 1 ? 0 : j)];
function elementwise(n, args, shapes, f) {
  const [rows, columns] = n.shape;
  const out = new Float64Array(rows * columns);
  const xs = new Array(args.length).fill(0);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      for (let k = 0; k < args.length; k++)
        xs[k] = at(args[k], shapes[k], i, j);
      out[i * columns + j] = f(xs);
    }
  }
  return out;
}
function matmul(a, b, m, k, n) {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p];
      for (let j = 0; j < n; j++)
        out[i * n + j] += aip * b[p * n + j];
    }
  }
  return out;
}
function perColumn(x, [rows, columns], outRows, f) {
  const out = new Float64Array(columns * outRows);
  for (let j = 0; j < columns; j++) {
    const column = Array.from({ length: rows }, (_, i) => x[i * columns + j]);
    f(column).forEach((value, i) => out[i * columns + j] = value);
  }
  return out;
}
const logsumexp = (column) => {
  const max = Math.max(...column);
  return max + Math.log(column.reduce((s, v) => s + Math.exp(v - max), 0));
};
function reduceValue(n, x, y, s) {
  const [rows, columns] = s;
  const total = (v) => v.reduce((acc, e) => acc + e, 0);
  switch (n.op) {
    case "sum":
      return Float64Array.of(total(x));
    case "mean":
      return Float64Array.of(total(x) / x.length);
    case "trace":
      return Float64Array.of(Array.from({ length: rows }, (_, i) => x[i * columns + i]).reduce((acc, e) => acc + e, 0));
    case "column-sums":
      return perColumn(x, s, 1, (c) => [c.reduce((acc, e) => acc + e, 0)]);
    case "row-sums":
      return Float64Array.from({ length: rows }, (_, i) => total(x.subarray(i * columns, (i + 1) * columns)));
    case "dot":
      return Float64Array.of(x.reduce((acc, e, i) => acc + e * y[i], 0));
    case "norm":
      return Float64Array.of(Math.hypot(...x));
    case "logsumexp":
      return perColumn(x, s, 1, (c) => [logsumexp(c)]);
    case "softmax":
      return perColumn(x, s, rows, (c) => {
        const l = logsumexp(c);
        return c.map((v) => Math.exp(v - l));
      });
    default:
      throw new Error(`no evaluation rule for ${n.op}`);
  }
}
function nodeValue(g, n, args) {
  const shapes = n.args.map((arg) => g.shape(arg));
  const [rows, columns] = n.shape;
  switch (n.op) {
    case "constant":
      return Float64Array.of(n.value);
    case "ones":
      return new Float64Array(rows * columns).fill(1);
    case "identity":
      return Float64Array.from({ length: rows * rows }, (_, i) => i % (rows + 1) === 0 ? 1 : 0);
    case "matmul":
      return matmul(args[0], args[1], rows, shapes[0][1], columns);
    case "transpose":
      return Float64Array.from({ length: rows * columns }, (_, k) => args[0][k % columns * rows + Math.floor(k / columns)]);
    case "add":
      return elementwise(n, args, shapes, ([x, y]) => x + y);
    case "sub":
      return elementwise(n, args, shapes, ([x, y]) => x - y);
    case "emul":
      return elementwise(n, args, shapes, ([x, y]) => x * y);
    case "ediv":
      return elementwise(n, args, shapes, ([x, y]) => x / y);
    case "epow":
      return elementwise(n, args, shapes, ([x, y]) => Math.pow(x, y));
    case "map":
      return elementwise(n, args, shapes, (xs) => FUNCTIONS.get(n.name).value(xs));
    default:
      return reduceValue(n, args[0], args[1], shapes[0]);
  }
}
function domainError(g, id, k, values) {
  var _a, _b;
  const n = g.node(id);
  const [i, j] = [Math.floor(k / n.shape[1]), k % n.shape[1]];
  const args = n.args.map((arg) => at(values.get(arg), g.shape(arg), i, j));
  const what = n.op === "map" ? n.name : n.op;
  const reason = n.op === "map" ? (_b = (_a = FUNCTIONS.get(n.name)) == null ? void 0 : _a.domain) == null ? void 0 : _b.call(_a, args) : void 0;
  const where = `entry [${i}, ${j}]${args.length > 0 ? ` (${what} of ${args.join(", ")})` : ""}`;
  return new SymbolicError("domain", `${reason ?? `${what} is not finite here`} at ${where}`, g.spans.get(id));
}
function evaluateMatrix(g, roots, inputs) {
  const values = /* @__PURE__ */ new Map();
  for (const id of needed(g, roots)) {
    const n = g.node(id);
    let value;
    if (n.op === "input") {
      const given = inputs.get(n.name);
      if (given === void 0)
        throw new SymbolicError("undefined-variable", `no value given for "${n.name}"`);
      value = given;
    } else {
      value = nodeValue(g, n, n.args.map((arg) => values.get(arg)));
    }
    const bad = value.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
      throw domainError(g, id, bad, values);
    values.set(id, value);
  }
  return values;
}
const toProgram = (source, options) => typeof source === "string" ? parseMatrix(source, options) : source;
function dependsOn(program, target) {
  const on = /* @__PURE__ */ new Set();
  if (target === void 0)
    return on;
  on.add(target);
  for (let id = target + 1; id <= program.output; id++) {
    if (program.graph.node(id).args.some((arg) => on.has(arg)))
      on.add(id);
  }
  return on;
}
function deriveMatrix(source, options) {
  const program = toProgram(source, options);
  const result = matrixBackprop(program);
  const g = result.graph;
  const input = g.inputs.get(options.wrt) ?? result.program.definitions.get(options.wrt);
  const shape = input === void 0 ? [1, 1] : g.shape(input);
  const id = result.gradient.get(options.wrt) ?? result.intermediates.get(options.wrt) ?? g.constant(0);
  const on = dependsOn(result.program, input);
  const steps = result.steps.filter((s) => on.has(s.target) && on.has(s.node)).map(({ rule, expression, wrt, result: r, shape: s, latex }) => ({ rule, expression, wrt, result: r, shape: s, latex }));
  return {
    wrt: options.wrt,
    shape,
    derivative: printMatrixText(g, id, "expanded"),
    compact: printMatrixText(g, id, "compact", -1),
    latex: printMatrixLatex(g, id, "expanded"),
    compactLatex: printMatrixLatex(g, id, "compact", -1),
    steps,
    occurs: input !== void 0
  };
}
function matrixGradient(source, options) {
  const program = toProgram(source, options);
  const result = matrixBackprop(program);
  const g = result.graph;
  const inputs = /* @__PURE__ */ new Map();
  for (const name of program.inputs) {
    const shape = program.shapes.get(name);
    const given = options.at[name];
    if (given === void 0)
      throw new SymbolicError("undefined-variable", `no value given for "${name}"`);
    const value = typeof given === "number" ? Float64Array.of(given) : Float64Array.from(given);
    if (value.length !== shape[0] * shape[1]) {
      throw new SymbolicError("shape", `"${name}" is ${formatShape(shape)} but ${value.length} values were given`);
    }
    inputs.set(name, value);
  }
  const wrt = options.wrt ?? program.inputs;
  const ids = wrt.map((name) => result.gradient.get(name) ?? g.constant(0));
  const values = evaluateMatrix(g, [result.output, ...ids], inputs);
  const gradient2 = {};
  const shapes = {};
  wrt.forEach((name, i) => {
    const shape = program.shapes.get(name) ?? [1, 1];
    shapes[name] = shape;
    const v = values.get(ids[i]);
    gradient2[name] = v.length === shape[0] * shape[1] ? v : new Float64Array(shape[0] * shape[1]).fill(v[0]);
  });
  return { value: values.get(result.output)[0], gradient: gradient2, shapes };
}
function matrixEntries(value, name) {
  const bad = () => {
    throw new SymbolicError("invalid-argument", `the value of "${name}" must be a finite number, an array of numbers or an array of equal rows of numbers`);
  };
  const numbers = (row) => Array.isArray(row) && row.length > 0 && row.every((v) => typeof v === "number" && Number.isFinite(v)) ? row : bad();
  if (typeof value === "number")
    return Number.isFinite(value) ? { values: [value], shape: [1, 1] } : bad();
  if (!Array.isArray(value) || value.length === 0)
    return bad();
  if (!Array.isArray(value[0]))
    return { values: numbers(value), shape: [value.length, 1] };
  const rows = value.map(numbers);
  if (rows.some((row) => row.length !== rows[0].length))
    bad();
  return { values: rows.flat(), shape: [rows.length, rows[0].length] };
}
function nestMatrix(values, shape) {
  const all = Array.from(values);
  if (shape[0] === 1 && shape[1] === 1)
    return all[0];
  if (shape[1] === 1)
    return all;
  return Array.from({ length: shape[0] }, (_, i) => all.slice(i * shape[1], (i + 1) * shape[1]));
}
class VerifyError extends Error {
  constructor(code, message, position, options) {
    super(message, options);
    __publicField(this, "name", "VerifyError");
    __publicField(this, "code");
    __publicField(this, "position");
    this.code = code;
    this.position = position;
  }
}
function isVerifyError(value) {
  return value instanceof Error && value.name === "VerifyError";
}
const FLOAT64_EPSILON = 2 ** -52;
const FLOAT32_EPSILON = 2 ** -23;
function machineEpsilon(dtype) {
  return dtype === "float32" ? FLOAT32_EPSILON : FLOAT64_EPSILON;
}
function roundTo(dtype, value) {
  return dtype === "float32" ? Math.fround(value) : value;
}
function isDtype(value) {
  return value === "float64" || value === "float32";
}
const SCHEMES = ["forward", "central", "richardson", "complex-step"];
const RICHARDSON_LEVELS = 4;
function nominalStep(scheme, t, dtype) {
  const eps = machineEpsilon(dtype);
  const scale = Math.max(1, Math.abs(t));
  switch (scheme) {
    case "forward":
      return Math.sqrt(eps) * scale;
    case "central":
      return Math.cbrt(eps) * scale;
    case "richardson":
      return Math.pow(eps, 1 / 5) * scale;
    case "complex-step":
      return eps * eps * scale;
  }
}
function representableStep(t, h, dtype) {
  const a = roundTo(dtype, Math.abs(t));
  const exact = roundTo(dtype, a + h) - a;
  return exact > 0 ? exact : h;
}
function check(sample, m) {
  if (sample.length !== m)
    throw new Error(`sampler returned ${sample.length} values, expected ${m}`);
  return sample;
}
function forwardVector(sample, t, f0, dtype, step) {
  const h = step ?? representableStep(t, nominalStep("forward", t, dtype), dtype);
  const m = f0.length;
  const plus = check(sample(t + h), m);
  const eps = machineEpsilon(dtype);
  const values = new Float64Array(m);
  const errors = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    values[c] = (plus[c] - f0[c]) / h;
    errors[c] = eps * (Math.abs(plus[c]) + Math.abs(f0[c])) / h;
  }
  return { values, errors, step: h, evaluations: 1 };
}
function centralVector(sample, t, m, dtype, step) {
  const h = step ?? representableStep(t, nominalStep("central", t, dtype), dtype);
  const plus = check(sample(t + h), m);
  const minus = check(sample(t - h), m);
  const eps = machineEpsilon(dtype);
  const values = new Float64Array(m);
  const errors = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    values[c] = (plus[c] - minus[c]) / (2 * h);
    errors[c] = eps * (Math.abs(plus[c]) + Math.abs(minus[c])) / (2 * h);
  }
  return { values, errors, step: h, evaluations: 2, plus, minus };
}
function richardsonVector(sample, t, m, dtype, step, levels = RICHARDSON_LEVELS) {
  const h0 = step ?? nominalStep("richardson", t, dtype);
  const tableaus = [];
  const noise = new Float64Array(m);
  let smallest = h0;
  for (let k = 0; k < levels; k++) {
    const hk = representableStep(t, h0 / 2 ** k, dtype);
    smallest = hk;
    const level = centralVector(sample, t, m, dtype, hk);
    const row = [level.values];
    for (let j = 1; j <= k; j++) {
      const factor = 4 ** j;
      const previous = row[j - 1];
      const above = tableaus[k - 1][j - 1];
      const next = new Float64Array(m);
      for (let c = 0; c < m; c++)
        next[c] = previous[c] + (previous[c] - above[c]) / (factor - 1);
      row.push(next);
    }
    tableaus.push(row);
    for (let c = 0; c < m; c++)
      noise[c] = Math.max(noise[c], level.errors[c]);
  }
  const values = new Float64Array(m);
  const errors = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    let best = tableaus[levels - 1][0][c];
    let bestError = Number.POSITIVE_INFINITY;
    for (let k = 1; k < levels; k++) {
      for (let j = 1; j <= k; j++) {
        const value = tableaus[k][j][c];
        const error = Math.max(Math.abs(value - tableaus[k][j - 1][c]), Math.abs(value - tableaus[k - 1][j - 1][c]));
        if (error < bestError) {
          best = value;
          bestError = error;
        }
      }
    }
    values[c] = best;
    errors[c] = (Number.isFinite(bestError) ? bestError : Number.NaN) + 2 * noise[c];
  }
  return { values, errors, step: smallest, evaluations: 2 * levels };
}
function complexStepVector(sample, t, m, dtype, step) {
  const h = step ?? nominalStep("complex-step", t, dtype);
  const out = sample({ re: t, im: h });
  if (out.length !== m)
    throw new Error(`complex sampler returned ${out.length} values, expected ${m}`);
  const eps = machineEpsilon(dtype);
  const values = new Float64Array(m);
  const errors = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    values[c] = out[c].im / h;
    errors[c] = eps * Math.abs(values[c]);
  }
  return { values, errors, step: h, evaluations: 1 };
}
function estimateLine(scheme, line, t, options) {
  const { dtype } = options;
  const scaled = options.scale === void 0 ? void 0 : nominalStep(scheme, options.scale, dtype);
  const step = options.step ?? scaled;
  switch (scheme) {
    case "forward": {
      const atT = options.atT ?? line.real(t);
      const estimate = forwardVector(line.real, t, atT, dtype, step);
      return options.atT === void 0 ? { ...estimate, evaluations: estimate.evaluations + 1 } : estimate;
    }
    case "central":
      return centralVector(line.real, t, line.outputs, dtype, step);
    case "richardson":
      return richardsonVector(line.real, t, line.outputs, dtype, step, options.levels);
    case "complex-step": {
      if (line.complex === void 0)
        throw new Error("complex step without a complex sampler");
      return complexStepVector(line.complex, t, line.outputs, dtype, step);
    }
  }
}
function guarded(run, position, doing) {
  try {
    return run();
  } catch (error) {
    if (isVerifyError(error))
      throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new VerifyError("function-threw", `${position.parameter} threw while bp ${doing}: ${message}`, position, { cause: error });
  }
}
function describeValue(value) {
  if (typeof value === "string")
    return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === void 0 || value === null)
    return String(value);
  if (typeof value === "function")
    return "a function";
  if (Array.isArray(value))
    return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value))
    return `a ${value.constructor.name}`;
  return typeof value;
}
function requireFunction(value, parameter) {
  if (typeof value !== "function") {
    throw new VerifyError("invalid-argument", `${parameter} must be a function, found ${describeValue(value)}`, { parameter });
  }
}
function isNumberArray(value) {
  return value instanceof Float64Array || value instanceof Float32Array || Array.isArray(value) && value.every((element) => typeof element === "number");
}
function requireVector(value, parameter, finite) {
  if (!isNumberArray(value)) {
    throw new VerifyError("invalid-argument", `${parameter} must be a Float64Array or an array of numbers, found ${describeValue(value)}`, {
      parameter
    });
  }
  const vector = Float64Array.from(value);
  if (finite) {
    for (let i = 0; i < vector.length; i++) {
      if (!Number.isFinite(vector[i])) {
        throw new VerifyError("non-finite", `${parameter}[${i}] must be finite, found ${vector[i]}`, { parameter, coordinate: i });
      }
    }
  }
  return vector;
}
function requireLength(vector, expected, parameter, against) {
  if (vector.length !== expected) {
    throw new VerifyError("dimension", `${parameter} has ${vector.length} components, ${against} has ${expected}`, { parameter, coordinate: Math.min(vector.length, expected) });
  }
}
function resolveScheme(value, fallback) {
  if (value === void 0)
    return fallback;
  if (typeof value === "string" && SCHEMES.includes(value))
    return value;
  throw new VerifyError("invalid-option", `options.scheme must be one of ${SCHEMES.join(", ")}, found ${describeValue(value)}`, {
    parameter: "options.scheme"
  });
}
function resolveDtype(value, fallback) {
  if (value === void 0)
    return fallback;
  if (isDtype(value))
    return value;
  throw new VerifyError("invalid-option", `options.dtype must be "float64" or "float32", found ${describeValue(value)}`, {
    parameter: "options.dtype"
  });
}
function resolveNumber(value, parameter, positive = false) {
  if (value === void 0)
    return void 0;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || positive && value === 0) {
    throw new VerifyError("invalid-option", `${parameter} must be a ${positive ? "positive" : "non-negative"} finite number, found ${describeValue(value)}`, { parameter });
  }
  return value;
}
function requireScalar(value, parameter) {
  if (typeof value !== "number") {
    throw new VerifyError("invalid-argument", `${parameter} must return a number, found ${describeValue(value)}`, { parameter });
  }
  return value;
}
function requireComplex(value, parameter) {
  if (typeof value === "number")
    return { re: value, im: 0 };
  if (typeof value === "object" && value !== null && typeof value.re === "number" && typeof value.im === "number") {
    return value;
  }
  throw new VerifyError("invalid-argument", `${parameter} must return a complex number, found ${describeValue(value)}`, { parameter });
}
function complexVersion(f, explicit) {
  if (explicit !== void 0) {
    requireFunction(explicit, "options.complex");
    return explicit;
  }
  const own = typeof f === "function" ? f.complex : void 0;
  return typeof own === "function" ? own : void 0;
}
function missingComplex() {
  return new VerifyError("invalid-argument", "complex step needs f to run on complex numbers: build it with fieldFunction or pass options.complex", { parameter: "f" });
}
function inDtype(x, dtype) {
  return dtype === "float32" ? x.map(Math.fround) : x;
}
function declaredDtype(f) {
  const own = typeof f === "function" ? f.dtype : void 0;
  return own === "float32" || own === "float64" ? own : void 0;
}
function coordinateLine(f, complex, x, index) {
  return {
    outputs: 1,
    real: (t) => {
      const y = Float64Array.from(x);
      y[index] = t;
      const value = guarded(() => f(y), { parameter: "f", coordinate: index }, `evaluated it with x[${index}] = ${t} for a finite difference`);
      return Float64Array.of(requireScalar(value, "f"));
    },
    complex: complex && ((z) => {
      const w = Array.from(x, (value2) => ({ re: value2, im: 0 }));
      w[index] = z;
      const value = guarded(() => complex(w), { parameter: "options.complex", coordinate: index }, `evaluated it for a complex step along x[${index}]`);
      return [requireComplex(value, "options.complex")];
    })
  };
}
const DEFAULTS = {
  float64: {
    forward: { rtol: 1e-5, atol: 1e-7 },
    central: { rtol: 1e-6, atol: 1e-8 },
    richardson: { rtol: 1e-8, atol: 1e-10 },
    "complex-step": { rtol: 1e-9, atol: 1e-11 }
  },
  float32: {
    forward: { rtol: 2e-4, atol: 2e-5 },
    central: { rtol: 2e-4, atol: 5e-5 },
    richardson: { rtol: 2e-4, atol: 5e-5 },
    "complex-step": { rtol: 5e-5, atol: 1e-6 }
  }
};
function defaultTolerance(dtype, scheme) {
  return DEFAULTS[dtype][scheme];
}
function relative(absError, a, b) {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (absError === 0)
    return 0;
  return scale === 0 ? Number.POSITIVE_INFINITY : absError / scale;
}
function notFinite(name, value) {
  return Number.isFinite(value) ? void 0 : `${name} is ${value}`;
}
const FINITE_DIFFERENCE_NAMES = ["the analytic value", "the finite-difference value (f is not finite near x)"];
function compareValues(place, analytic, numeric, numericError, rtol, atol, names = FINITE_DIFFERENCE_NAMES) {
  const absError = Math.abs(analytic - numeric);
  const tolerance = atol + rtol * Math.abs(numeric);
  const reason = notFinite(names[0], analytic) ?? notFinite(names[1], numeric);
  return {
    ...place,
    analytic,
    numeric,
    absError,
    relError: relative(absError, analytic, numeric),
    ok: reason === void 0 && absError <= tolerance,
    tolerance,
    numericError,
    kink: false,
    ...reason === void 0 ? {} : { reason }
  };
}
function compareKink(place, analytic, numeric, left, right, numericError, rtol, atol) {
  const low = Math.min(left, right);
  const high = Math.max(left, right);
  const absError = analytic < low ? low - analytic : analytic > high ? analytic - high : Number.isNaN(analytic) ? Number.NaN : 0;
  const tolerance = atol + rtol * Math.max(Math.abs(left), Math.abs(right));
  const reason = notFinite("the analytic value", analytic);
  return {
    ...place,
    analytic,
    numeric,
    absError,
    relError: relative(absError, analytic, Math.max(Math.abs(left), Math.abs(right))),
    ok: reason === void 0 && absError <= tolerance,
    tolerance,
    numericError,
    kink: true,
    left,
    right,
    ...reason === void 0 ? {} : { reason }
  };
}
function severity(entry) {
  if (!Number.isFinite(entry.absError))
    return Number.POSITIVE_INFINITY;
  if (entry.tolerance === 0)
    return entry.absError === 0 ? 0 : Number.POSITIVE_INFINITY;
  return entry.absError / entry.tolerance;
}
function maxWithNaN(values) {
  let result = 0;
  for (const value of values) {
    if (Number.isNaN(value))
      return Number.NaN;
    if (value > result)
      result = value;
  }
  return result;
}
function summarize(entries, summary) {
  const ranked = entries.map((entry) => ({ entry, severity: severity(entry) })).sort((a, b) => Number(a.entry.ok) - Number(b.entry.ok) || b.severity - a.severity || a.entry.index - b.entry.index).map(({ entry }) => entry);
  const failures = entries.filter((entry) => !entry.ok).length;
  return {
    ok: failures === 0,
    maxAbsError: maxWithNaN(entries.map((entry) => entry.absError)),
    maxRelError: maxWithNaN(entries.map((entry) => entry.relError)),
    worst: ranked,
    kinks: entries.filter((entry) => entry.kink).map((entry) => entry.index).sort((a, b) => a - b),
    ...summary,
    checked: entries.length,
    failures
  };
}
function failedBeforeComparing(reason, summary) {
  return {
    ok: false,
    maxAbsError: Number.NaN,
    maxRelError: Number.NaN,
    worst: [],
    kinks: [],
    ...summary,
    checked: 0,
    failures: 0,
    reason
  };
}
const REFINE_MARGIN = 2;
const NOISE_FLOOR = 2;
const NOISE_MARGIN = 8;
const KINK_PERSISTENCE = 0.75;
const VISIBLE_JUMP = 0.1;
function oneSided(plus, atX, minus, h, eps) {
  const right = (plus - atX) / h;
  const left = (atX - minus) / h;
  return {
    left,
    right,
    gap: Math.abs(right - left),
    noise: eps * (Math.abs(plus) + 2 * Math.abs(atX) + Math.abs(minus)) / h
  };
}
function compareColumns(problem, columns, options) {
  const { scheme, dtype, rtol, step } = options;
  const eps = machineEpsilon(dtype);
  const m = problem.outputs;
  const entries = [];
  for (const column of columns) {
    const line = problem.line(column);
    const t = problem.x[column];
    let values;
    let errors;
    let forwardStep = 0;
    let samples;
    if (scheme === "central") {
      const central = centralVector(line.real, t, m, dtype, step);
      values = central.values;
      errors = central.errors;
      samples = central;
    } else {
      const estimate = estimateLine(scheme, line, t, { dtype, step, atT: problem.atX });
      values = estimate.values;
      errors = Float64Array.from(estimate.errors);
      forwardStep = estimate.step;
      if (options.kinks)
        samples = centralVector(line.real, t, m, dtype);
      if (scheme === "forward" && samples !== void 0) {
        for (let row = 0; row < m; row++) {
          const curvature = (samples.plus[row] - 2 * problem.atX[row] + samples.minus[row]) / samples.step ** 2;
          if (Number.isFinite(curvature))
            errors[row] = errors[row] + estimate.step * Math.abs(curvature) / 2;
        }
      }
    }
    let halved;
    let forwardHalf;
    for (let row = 0; row < m; row++) {
      const place = problem.place(row, column);
      const analytic = problem.analytic(row, column);
      const numeric = values[row];
      const atol = options.noiseFloor ? Math.max(options.atol(row), NOISE_FLOOR * errors[row]) : options.atol(row);
      const plain = compareValues(place, analytic, numeric, errors[row], rtol, atol);
      if (samples !== void 0 && options.kinks) {
        const atX = problem.atX[row];
        const first = oneSided(samples.plus[row], atX, samples.minus[row], samples.step, eps);
        const scale = Math.max(Math.abs(first.left), Math.abs(first.right));
        const suspicious = Number.isFinite(first.gap) && first.gap > NOISE_MARGIN * first.noise && first.gap > atol + rtol * scale && (!plain.ok || first.gap > VISIBLE_JUMP * scale);
        if (suspicious) {
          halved ?? (halved = centralVector(line.real, t, m, dtype, representableStep(t, samples.step / 2, dtype)));
          const second = oneSided(halved.plus[row], atX, halved.minus[row], halved.step, eps);
          if (second.gap > KINK_PERSISTENCE * first.gap && second.gap > NOISE_MARGIN * second.noise) {
            const left = 2 * second.left - first.left;
            const right = 2 * second.right - first.right;
            entries.push(compareKink(place, analytic, numeric, left, right, errors[row], rtol, atol));
            continue;
          }
        }
      }
      if (!plain.ok && plain.reason === void 0 && samples !== void 0 && (scheme === "central" || scheme === "forward")) {
        let refined;
        let refinedError;
        let noise;
        let fine;
        if (scheme === "central") {
          halved ?? (halved = centralVector(line.real, t, m, dtype, representableStep(t, samples.step / 2, dtype)));
          const ratio = samples.step / halved.step;
          fine = halved.values[row];
          refined = fine + (fine - numeric) / (ratio * ratio - 1);
          noise = halved.errors[row] + errors[row];
          refinedError = Math.abs(refined - fine) + halved.errors[row];
        } else {
          if (forwardHalf === void 0) {
            const half = representableStep(t, forwardStep / 2, dtype);
            forwardHalf = { plus: line.real(t + half), step: half };
          }
          const atX = problem.atX[row];
          const plus = forwardHalf.plus[row];
          fine = (plus - atX) / forwardHalf.step;
          refined = fine + (fine - numeric) / (forwardStep / forwardHalf.step - 1);
          const fineNoise = eps * (Math.abs(plus) + Math.abs(atX)) / forwardHalf.step;
          noise = fineNoise + eps * (Math.abs(plus) + Math.abs(atX)) / forwardStep;
          refinedError = Math.abs(refined - fine) + fineNoise;
        }
        if (Number.isFinite(refined) && Math.abs(fine - numeric) > REFINE_MARGIN * noise) {
          const refinedAtol = options.noiseFloor ? Math.max(options.atol(row), NOISE_FLOOR * refinedError) : options.atol(row);
          entries.push(compareValues(place, analytic, refined, refinedError, rtol, refinedAtol));
          continue;
        }
      }
      entries.push(plain);
    }
  }
  return entries;
}
function resolveCheckOptions(f, options) {
  const scheme = resolveScheme(options.scheme, "central");
  const dtype = resolveDtype(options.dtype ?? declaredDtype(f), "float64");
  const defaults = defaultTolerance(dtype, scheme);
  const complex = complexVersion(f, options.complex);
  if (scheme === "complex-step" && complex === void 0)
    throw missingComplex();
  if (options.kinks !== void 0 && typeof options.kinks !== "boolean") {
    throw new VerifyError("invalid-option", `options.kinks must be a boolean, found ${typeof options.kinks}`, { parameter: "options.kinks" });
  }
  return {
    scheme,
    dtype,
    rtol: resolveNumber(options.rtol, "options.rtol") ?? defaults.rtol,
    atol: resolveNumber(options.atol, "options.atol") ?? defaults.atol,
    atolGiven: options.atol !== void 0,
    step: resolveNumber(options.step, "options.step", true),
    kinks: options.kinks ?? true,
    complex
  };
}
function resolveComponents(value, n) {
  if (value === void 0)
    return { [Symbol.iterator]: () => Array.from({ length: n }, (_, i) => i)[Symbol.iterator]() };
  if (!Array.isArray(value)) {
    throw new VerifyError("invalid-option", "options.components must be an array of indices", { parameter: "options.components" });
  }
  for (const index of value) {
    if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= n) {
      throw new VerifyError("dimension", `options.components lists ${String(index)}, but x has ${n} components`, {
        parameter: "options.components",
        coordinate: typeof index === "number" ? index : -1
      });
    }
  }
  return [...new Set(value)];
}
function scaledAtol(resolved, value) {
  return resolved.atolGiven ? resolved.atol : resolved.atol * Math.max(1, Math.abs(value));
}
function counted(f) {
  let calls = 0;
  return {
    f: (...args) => {
      calls++;
      return f(...args);
    },
    count: () => calls
  };
}
function checkGradient(f, gradient2, x, options = {}) {
  requireFunction(f, "f");
  const resolved = resolveCheckOptions(f, options);
  const point = inDtype(requireVector(x, "x", true), resolved.dtype);
  const components = resolveComponents(options.components, point.length);
  const given = typeof gradient2 === "function" ? guarded(() => gradient2(Float64Array.from(point)), { parameter: "gradient" }, "asked it for the gradient at x") : gradient2;
  const analytic = requireVector(given, "gradient", false);
  requireLength(analytic, point.length, "gradient", "x");
  const calls = counted(f);
  const complex = resolved.complex && counted(resolved.complex);
  const atX = requireScalar(guarded(() => calls.f(Float64Array.from(point)), { parameter: "f" }, "evaluated it at x"), "f");
  const atol = scaledAtol(resolved, atX);
  const summary = () => ({
    kind: "gradient",
    scheme: resolved.scheme,
    dtype: resolved.dtype,
    rtol: resolved.rtol,
    atol,
    evaluations: calls.count() + ((complex == null ? void 0 : complex.count()) ?? 0)
  });
  if (!Number.isFinite(atX))
    return failedBeforeComparing(`f(x) is ${atX}`, summary());
  const entries = compareColumns({
    x: point,
    outputs: 1,
    atX: Float64Array.of(atX),
    line: (column) => coordinateLine(calls.f, complex == null ? void 0 : complex.f, point, column),
    analytic: (_row, column) => analytic[column],
    place: (_row, column) => ({ index: column })
  }, components, { ...resolved, atol: () => atol, noiseFloor: !resolved.atolGiven });
  return summarize(entries, summary());
}
class NumericError extends Error {
  constructor(code, message, position, options) {
    super(message, options);
    __publicField(this, "name", "NumericError");
    __publicField(this, "code");
    __publicField(this, "position");
    this.code = code;
    this.position = position;
  }
}
const MR = 4;
const NR = 4;
const KC = 256;
const MC = 64;
const NC = 512;
const SMALL = 16 * 16 * 16;
let packedA;
let packedB;
let edge;
function packA(a, transA, m, k, ic, mc, pc, kc, out) {
  for (let s = 0; s < mc; s += MR) {
    const base2 = s * kc;
    const rows = Math.min(MR, mc - s);
    if (transA) {
      for (let p = 0; p < kc; p++) {
        const src = (pc + p) * m + ic + s;
        const dst = base2 + p * MR;
        for (let r = 0; r < MR; r++)
          out[dst + r] = r < rows ? a[src + r] : 0;
      }
    } else {
      for (let r = 0; r < MR; r++) {
        if (r < rows) {
          const src = (ic + s + r) * k + pc;
          for (let p = 0; p < kc; p++)
            out[base2 + p * MR + r] = a[src + p];
        } else {
          for (let p = 0; p < kc; p++)
            out[base2 + p * MR + r] = 0;
        }
      }
    }
  }
}
function packB(b, transB, n, k, pc, kc, jc, nc, out) {
  for (let t = 0; t < nc; t += NR) {
    const base2 = t * kc;
    const cols = Math.min(NR, nc - t);
    if (transB) {
      for (let q = 0; q < NR; q++) {
        if (q < cols) {
          const src = (jc + t + q) * k + pc;
          for (let p = 0; p < kc; p++)
            out[base2 + p * NR + q] = b[src + p];
        } else {
          for (let p = 0; p < kc; p++)
            out[base2 + p * NR + q] = 0;
        }
      }
    } else {
      for (let p = 0; p < kc; p++) {
        const src = (pc + p) * n + jc + t;
        const dst = base2 + p * NR;
        for (let q = 0; q < NR; q++)
          out[dst + q] = q < cols ? b[src + q] : 0;
      }
    }
  }
}
function microKernel(kc, pa, aOff, pb, bOff, c, cOff, ldc, rows, cols, overwrite, tile) {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
  let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  let ai = aOff;
  let bi = bOff;
  for (let p = 0; p < kc; p++) {
    const a0 = pa[ai], a1 = pa[ai + 1], a2 = pa[ai + 2], a3 = pa[ai + 3];
    const b0 = pb[bi], b1 = pb[bi + 1], b2 = pb[bi + 2], b3 = pb[bi + 3];
    c00 += a0 * b0;
    c01 += a0 * b1;
    c02 += a0 * b2;
    c03 += a0 * b3;
    c10 += a1 * b0;
    c11 += a1 * b1;
    c12 += a1 * b2;
    c13 += a1 * b3;
    c20 += a2 * b0;
    c21 += a2 * b1;
    c22 += a2 * b2;
    c23 += a2 * b3;
    c30 += a3 * b0;
    c31 += a3 * b1;
    c32 += a3 * b2;
    c33 += a3 * b3;
    ai += MR;
    bi += NR;
  }
  if (rows === MR && cols === NR) {
    let o = cOff;
    if (overwrite) {
      c[o] = c00;
      c[o + 1] = c01;
      c[o + 2] = c02;
      c[o + 3] = c03;
      o += ldc;
      c[o] = c10;
      c[o + 1] = c11;
      c[o + 2] = c12;
      c[o + 3] = c13;
      o += ldc;
      c[o] = c20;
      c[o + 1] = c21;
      c[o + 2] = c22;
      c[o + 3] = c23;
      o += ldc;
      c[o] = c30;
      c[o + 1] = c31;
      c[o + 2] = c32;
      c[o + 3] = c33;
    } else {
      c[o] = c[o] + c00;
      c[o + 1] = c[o + 1] + c01;
      c[o + 2] = c[o + 2] + c02;
      c[o + 3] = c[o + 3] + c03;
      o += ldc;
      c[o] = c[o] + c10;
      c[o + 1] = c[o + 1] + c11;
      c[o + 2] = c[o + 2] + c12;
      c[o + 3] = c[o + 3] + c13;
      o += ldc;
      c[o] = c[o] + c20;
      c[o + 1] = c[o + 1] + c21;
      c[o + 2] = c[o + 2] + c22;
      c[o + 3] = c[o + 3] + c23;
      o += ldc;
      c[o] = c[o] + c30;
      c[o + 1] = c[o + 1] + c31;
      c[o + 2] = c[o + 2] + c32;
      c[o + 3] = c[o + 3] + c33;
    }
    return;
  }
  tile[0] = c00;
  tile[1] = c01;
  tile[2] = c02;
  tile[3] = c03;
  tile[4] = c10;
  tile[5] = c11;
  tile[6] = c12;
  tile[7] = c13;
  tile[8] = c20;
  tile[9] = c21;
  tile[10] = c22;
  tile[11] = c23;
  tile[12] = c30;
  tile[13] = c31;
  tile[14] = c32;
  tile[15] = c33;
  for (let r = 0; r < rows; r++) {
    for (let q = 0; q < cols; q++) {
      const o = cOff + r * ldc + q;
      const v = tile[r * NR + q];
      c[o] = overwrite ? v : c[o] + v;
    }
  }
}
function gemmSmall(transA, transB, m, n, k, a, b, c, accumulate) {
  const aRow = transA ? 1 : k;
  const aCol = transA ? m : 1;
  if (transB) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        let ai = i * aRow;
        let bi = j * k;
        for (let p = 0; p < k; p++) {
          sum += a[ai] * b[bi];
          ai += aCol;
          bi += 1;
        }
        const o = i * n + j;
        c[o] = accumulate ? c[o] + sum : sum;
      }
    }
    return;
  }
  for (let i = 0; i < m; i++) {
    const row = i * n;
    if (!accumulate)
      c.fill(0, row, row + n);
    for (let p = 0; p < k; p++) {
      const aip = a[i * aRow + p * aCol];
      const bp = p * n;
      for (let j = 0; j < n; j++)
        c[row + j] = c[row + j] + aip * b[bp + j];
    }
  }
}
function gemmBlocked(transA, transB, m, n, k, a, b, c, accumulate) {
  packedA ?? (packedA = new Float64Array(MC * KC));
  packedB ?? (packedB = new Float64Array(NC * KC));
  edge ?? (edge = new Float64Array(MR * NR));
  const tile = edge;
  const pa = packedA;
  const pb = packedB;
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = Math.min(KC, k - pc);
      packB(b, transB, n, k, pc, kc, jc, nc, pb);
      const overwrite = pc === 0 && !accumulate;
      for (let ic = 0; ic < m; ic += MC) {
        const mc = Math.min(MC, m - ic);
        packA(a, transA, m, k, ic, mc, pc, kc, pa);
        for (let jr = 0; jr < nc; jr += NR) {
          const cols = Math.min(NR, nc - jr);
          const bOff = jr * kc;
          for (let ir = 0; ir < mc; ir += MR) {
            const rows = Math.min(MR, mc - ir);
            microKernel(kc, pa, ir * kc, pb, bOff, c, (ic + ir) * n + jc + jr, n, rows, cols, overwrite, tile);
          }
        }
      }
    }
  }
}
const jsGemmBackend = {
  name: "js",
  supports(array) {
    return array instanceof Float64Array || array instanceof Float32Array;
  },
  gemm(transA, transB, m, n, k, a, b, c, accumulate) {
    if (m === 0 || n === 0)
      return;
    if (k === 0) {
      if (!accumulate)
        c.fill(0, 0, m * n);
      return;
    }
    if (m * n * k <= SMALL || m < MR || n < NR)
      gemmSmall(transA, transB, m, n, k, a, b, c, accumulate);
    else
      gemmBlocked(transA, transB, m, n, k, a, b, c, accumulate);
  }
};
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function decodeBase64(text2) {
  const values = new Uint8Array(128).fill(255);
  for (let i = 0; i < ALPHABET.length; i++)
    values[ALPHABET.charCodeAt(i)] = i;
  let end = text2.length;
  while (end > 0 && text2.charCodeAt(end - 1) === 61)
    end--;
  const out = new Uint8Array(Math.floor(end * 6 / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < end; i++) {
    const code = text2.charCodeAt(i);
    const value = code < 128 ? values[code] : 255;
    if (value === 255)
      throw new Error(`invalid base64 character at ${i}`);
    buffer = (buffer << 6 | value) & 16777215;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = buffer >> bits & 255;
    }
  }
  return out;
}
const CONTROL = {
  /** Bytes reserved for the block; operands start after it. */
  bytes: 512,
  /** Parts finished by helper threads in the current product. */
  done: 0,
  /** The product's parameters, `gemm`'s arguments in order: transA … ldc, accumulate, bias, out (14 slots). */
  params: 1,
  /** 1 to split the rows of C between parts, 0 its columns. */
  splitRows: 15,
  /** Parts the product is split into (the caller's thread takes part 0). */
  parts: 16,
  /** Byte address of part 0's scratch (packed A, packed B, edge tile), and the bytes per part. */
  scratch: 17,
  scratchStride: 18,
  /** Byte offsets of packed B and the tile inside a part's scratch. */
  packBOffset: 19,
  tileOffset: 20,
  /** Strip width: MR rows or NR columns of C; parts are whole strips. */
  unit: 21,
  /** Slot `part + i` holds the part helper i (1-based) runs next; `task + i` is its mailbox, bumped per task and -1 to stop; `ready + i` is 1 once it listens. */
  part: 24,
  task: 40,
  ready: 56,
  /** Helpers at most: the slots above hold 15 each. */
  maxHelpers: 15
};
function gemmPart(gemm2, control, layout2, part) {
  const p = layout2.params;
  const transA = control[p], transB = control[p + 1], m = control[p + 2], n = control[p + 3], k = control[p + 4];
  const a = control[p + 5], lda = control[p + 6], b = control[p + 7], ldb = control[p + 8];
  const c = control[p + 9], ldc = control[p + 10], accumulate = control[p + 11];
  const bias = control[p + 12], out = control[p + 13];
  const rows = control[layout2.splitRows] === 1;
  const parts = control[layout2.parts];
  const scratch = control[layout2.scratch] + part * control[layout2.scratchStride];
  const packB2 = scratch + control[layout2.packBOffset];
  const tile = scratch + control[layout2.tileOffset];
  const unit = control[layout2.unit];
  const size2 = rows ? m : n;
  const units = Math.ceil(size2 / unit);
  const lo = Math.floor(part * units / parts) * unit;
  const hi = Math.min(size2, Math.floor((part + 1) * units / parts) * unit);
  if (hi <= lo)
    return;
  if (rows) {
    const aAt = a + 4 * (transA ? lo : lo * lda);
    const outAt = out === 0 ? 0 : out + 4 * lo * ldc;
    gemm2(transA, transB, hi - lo, n, k, aAt, lda, b, ldb, c + 4 * lo * ldc, ldc, accumulate, bias, outAt, scratch, packB2, tile);
  } else {
    const bAt = b + 4 * (transB ? lo * ldb : lo);
    const biasAt = bias === 0 ? 0 : bias + 4 * lo;
    const outAt = out === 0 ? 0 : out + 4 * lo;
    gemm2(transA, transB, m, hi - lo, k, a, lda, bAt, ldb, c + 4 * lo, ldc, accumulate, biasAt, outAt, scratch, packB2, tile);
  }
}
function helperMain(start, runPart) {
  const wasm = globalThis.WebAssembly;
  const { gemm: gemm2 } = new wasm.Instance(start.module, { env: { memory: start.memory } }).exports;
  const { layout: layout2, index } = start;
  const control = new Int32Array(start.memory.buffer, 0, layout2.bytes / 4);
  let seen = Atomics.load(control, layout2.task + index);
  Atomics.store(control, layout2.ready + index, 1);
  for (; ; ) {
    Atomics.wait(control, layout2.task + index, seen);
    seen = Atomics.load(control, layout2.task + index);
    if (seen < 0)
      return;
    runPart(gemm2, control, layout2, Atomics.load(control, layout2.part + index));
    Atomics.add(control, layout2.done, 1);
    Atomics.notify(control, layout2.done);
  }
}
function helperScript() {
  return [
    `const gemmPart = ${gemmPart.toString()};`,
    `const helperMain = ${helperMain.toString()};`,
    "if (typeof self === 'object') self.onmessage = (event) => { self.onmessage = null; helperMain(event.data, gemmPart); };",
    "else import('node:worker_threads').then(({ parentPort }) => parentPort.once('message', (data) => helperMain(data, gemmPart)));"
  ].join("\n");
}
function startWorker(Worker, source) {
  var _a;
  const node = typeof Worker.prototype.unref === "function";
  if (node) {
    const worker = new Worker(source, { eval: true });
    (_a = worker.unref) == null ? void 0 : _a.call(worker);
    return worker;
  }
  const { Blob, URL } = globalThis;
  return new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
}
let canWait;
function waitWhile(control, index, value) {
  if (canWait !== false) {
    try {
      Atomics.wait(control, index, value);
      canWait = true;
      return;
    } catch {
      canWait = false;
    }
  }
  while (Atomics.load(control, index) === value) {
  }
}
class GemmPool {
  /** `threads` counts the caller's thread: `threads - 1` helpers (at most {@link CONTROL.maxHelpers}). */
  constructor(Worker, threads, memory, module) {
    __privateAdd(this, _helpers, []);
    __privateAdd(this, _control);
    __privateAdd(this, _start);
    __privateAdd(this, _Worker);
    __privateAdd(this, _size);
    __privateAdd(this, _task, 0);
    __privateSet(this, _Worker, Worker);
    __privateSet(this, _size, Math.max(0, Math.min(CONTROL.maxHelpers, threads - 1)));
    __privateSet(this, _control, new Int32Array(memory.buffer, 0, CONTROL.bytes / 4));
    __privateSet(this, _start, { memory, module, layout: CONTROL });
  }
  /** Threads that could take part, the caller's included. */
  get threads() {
    return 1 + __privateGet(this, _size);
  }
  /** Starts the helpers if they are not started; returns how many are ready now. */
  ready() {
    if (__privateGet(this, _helpers).length < __privateGet(this, _size)) {
      const source = helperScript();
      for (let i = __privateGet(this, _helpers).length + 1; i <= __privateGet(this, _size); i++) {
        const worker = startWorker(__privateGet(this, _Worker), source);
        worker.postMessage({ ...__privateGet(this, _start), index: i });
        __privateGet(this, _helpers).push(worker);
      }
    }
    let ready = 0;
    for (let i = 1; i <= __privateGet(this, _size); i++)
      ready += Atomics.load(__privateGet(this, _control), CONTROL.ready + i);
    return ready;
  }
  /**
   * Runs the product whose parameters are in the control block in `parts` parts: helpers take
   * parts 1 … parts − 1, the caller part 0, then the caller waits for the helpers.
   */
  run(gemm2, parts) {
    const control = __privateGet(this, _control);
    Atomics.store(control, CONTROL.parts, parts);
    Atomics.store(control, CONTROL.done, 0);
    __privateWrapper(this, _task)._++;
    let given = 0;
    for (let i = 1; i <= __privateGet(this, _size) && given < parts - 1; i++) {
      if (Atomics.load(control, CONTROL.ready + i) !== 1)
        continue;
      given++;
      Atomics.store(control, CONTROL.part + i, given);
      Atomics.store(control, CONTROL.task + i, __privateGet(this, _task));
      Atomics.notify(control, CONTROL.task + i);
    }
    gemmPart(gemm2, control, CONTROL, 0);
    for (let done = Atomics.load(control, CONTROL.done); done < given; done = Atomics.load(control, CONTROL.done)) {
      waitWhile(control, CONTROL.done, done);
    }
  }
}
_helpers = new WeakMap();
_control = new WeakMap();
_start = new WeakMap();
_Worker = new WeakMap();
_size = new WeakMap();
_task = new WeakMap();
const GEMM_CONFIG = { mr: 4, nr: 8, kc: 256, mc: 64, nc: 4096, unroll: 1 };
const GEMM_SIMD_WASM = "AGFzbQEAAAABUAhgBn9/f39/fwBgB39/f39/f38AYAV/f39/fwBgCX9/f39/f39/fwBgBH99f38AYAN/f38AYAR/f39/AGARf39/f39/f39/f39/f39/f38AAhIBA2VudgZtZW1vcnkCAQGAgAQDCgkAAQIDAwQFBgcGCwJ/AUEAC38BQQALByUEBGF4cHkABQRyZWx1AAYMcmVsdUJhY2t3YXJkAAcEZ2VtbQAICtgZCdUHAgt7AX8DQCAC/QAEACEOIAL9AAQQIQ8gAf0JAgAhECAGIBAgDv3mAf3kASEGIAcgECAP/eYB/eQBIQcgAf0JAgQhECAIIBAgDv3mAf3kASEIIAkgECAP/eYB/eQBIQkgAf0JAgghECAKIBAgDv3mAf3kASEKIAsgECAP/eYB/eQBIQsgAf0JAgwhECAMIBAgDv3mAf3kASEMIA0gECAP/eYB/eQBIQ0gAUEQaiEBIAJBIGohAiAAQQFrIgANAAsgAyERIAUEQCARIBH9AAQAIAb95AH9CwQAIBEgEf0ABBAgB/3kAf0LBBAgESAEaiERIBEgEf0ABAAgCP3kAf0LBAAgESAR/QAEECAJ/eQB/QsEECARIARqIREgESAR/QAEACAK/eQB/QsEACARIBH9AAQQIAv95AH9CwQQIBEgBGohESARIBH9AAQAIAz95AH9CwQAIBEgEf0ABBAgDf3kAf0LBBAFIwAEQCARIAYjAP0ABAD95AH9CwQAIBEgByMA/QAEEP3kAf0LBBAgESAEaiERIBEgCCMA/QAEAP3kAf0LBAAgESAJIwD9AAQQ/eQB/QsEECARIARqIREgESAKIwD9AAQA/eQB/QsEACARIAsjAP0ABBD95AH9CwQQIBEgBGohESARIAwjAP0ABAD95AH9CwQAIBEgDSMA/QAEEP3kAf0LBBAFIBEgBv0LBAAgESAH/QsEECARIARqIREgESAI/QsEACARIAn9CwQQIBEgBGohESARIAr9CwQAIBEgC/0LBBAgESAEaiERIBEgDP0LBAAgESAN/QsEEAsLIwEEQCADIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEEAsLhgECBH8BfQNAIAAgB0EgbGohCSABIAcgAmxqIQpBACEIA0AgBQR9IAoqAgAgCSoCAJIFIAkqAgALIQsgCiALOAIAIAYEQCAKIAZqQwAAAAAgCyALQwAAAABfGzgCAAsgCUEEaiEJIApBBGohCiAIQQFqIgggBEkNAAsgB0EBaiIHIANJDQALC9YCAgh7A38gBEUEQA8LIAAgAWohDSANIAFqIQ4gDiABaiEPA0AgAP0ABAAhBSAN/QAEACEGIA79AAQAIQcgD/0ABAAhCCAFIAb9DQABAgMQERITBAUGBxQVFhchCSAHIAj9DQABAgMQERITBAUGBxQVFhchCiAFIAb9DQgJCgsYGRobDA0ODxwdHh8hCyAHIAj9DQgJCgsYGRobDA0ODxwdHh8hDCACIAkgCv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiADaiECIAIgCSAK/Q0ICQoLDA0ODxgZGhscHR4f/QsEACACIANqIQIgAiALIAz9DQABAgMEBQYHEBESExQVFhf9CwQAIAIgA2ohAiACIAsgDP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgAiADaiECIABBEGohACANQRBqIQ0gDkEQaiEOIA9BEGohDyAEQQFrIgQNAAsLswMBCH8DQCAFIAlrIQogCkEESwRAQQQhCgsgCCAJIAdBAnRsaiELIApBBEkgBiAHSXIEQCALQQAgB0EQbPwLAAsgAARAIAQgAmwgAyAJampBAnQhDyABIA9qIQ8gCyEQQQAhDSAKQQRGBEADQCAQIA/9AAQA/QsEACAPIAJBAnRqIQ8gEEEQaiEQIA1BAWoiDSAGSQ0ACwUDQEEAIQwDQCAQIAxBAnRqIA8gDEECdGoqAgA4AgAgDEEBaiIMIApJDQALIA8gAkECdGohDyAQQRBqIRAgDUEBaiINIAZJDQALCwVBACEOIApBBEYEQCAGQXxxIQ5BACEMA0AgASADIAkgDGpqIAJsIARqQQJ0aiACQQJ0IAsgDEECdGpBECAGQQJ2EAIgDEEEaiIMQQRJDQALCyAOIAZJBEBBACEMA0AgAyAJIAxqaiACbCAEIA5qakECdCEPIAEgD2ohDyALIA5BBGwgDGpBAnRqIRAgDiENA0AgECAPKgIAOAIAIA9BBGohDyAQQRBqIRAgDUEBaiINIAZJDQALIAxBAWoiDCAKSQ0ACwsLIAlBBGoiCSAFSQ0ACwu/AwEIfwNAIAcgCWshCiAKQQhLBEBBCCEKCyAIIAkgBkECdGxqIQsgCkEISSAFIAZJcgRAIAtBACAGQSBs/AsACyAABEBBACEOIApBCEYEQCAFQXxxIQ5BACEMA0AgASAEIAkgDGpqIAJsIANqQQJ0aiACQQJ0IAsgDEECdGpBICAFQQJ2EAIgDEEEaiIMQQhJDQALCyAOIAVJBEBBACEMA0AgBCAJIAxqaiACbCADIA5qakECdCEPIAEgD2ohDyALIA5BCGwgDGpBAnRqIRAgDiENA0AgECAPKgIAOAIAIA9BBGohDyAQQSBqIRAgDUEBaiINIAVJDQALIAxBAWoiDCAKSQ0ACwsFIAMgAmwgBCAJampBAnQhDyABIA9qIQ8gCyEQQQAhDSAKQQhGBEADQCAQIA/9AAQA/QsEACAQIA/9AAQQ/QsEECAPIAJBAnRqIQ8gEEEgaiEQIA1BAWoiDSAFSQ0ACwUDQEEAIQwDQCAQIAxBAnRqIA8gDEECdGoqAgA4AgAgDEEBaiIMIApJDQALIA8gAkECdGohDyAQQSBqIRAgDUEBaiINIAVJDQALCwsgCUEIaiIJIAdJDQALC4oBAgF7An8gAf0TIQQgAyAAQQJ0aiEFIAMgAEF8cUECdGohBgJAA0AgAyAGTw0BIAMgA/0ABAAgBCAC/QAEAP3mAf3kAf0LBAAgAkEQaiECIANBEGohAwwACwsCQANAIAMgBU8NASADIAMqAgAgASACKgIAlJI4AgAgAkEEaiECIANBBGohAwwACwsLnQEDAXsCfwF9IAIgAEECdGohBCACIABBfHFBAnRqIQUCQANAIAIgBU8NASAB/QAEACEDIAIgAyAD/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgAUEQaiEBIAJBEGohAgwACwsCQANAIAIgBE8NASABKgIAIQYgAkMAAAAAIAYgBkMAAAAAXxs4AgAgAUEEaiEBIAJBBGohAgwACwsLwQEBAn8gAyAAQQJ0aiEEIAMgAEF8cUECdGohBQJAA0AgAyAFTw0BIAMgAf0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIAL9AAQA/eYB/QsEACABQRBqIQEgAkEQaiECIANBEGohAwwACwsCQANAIAMgBE8NASADQwAAgD9DAAAAACABKgIAQwAAAABeGyACKgIAlDgCACABQQRqIQEgAkEEaiECIANBBGohAwwACwsLugMBEn8gCkECdCERA0AgAyAUayEZIBlBgCBLBEBBgCAhGQtBACEVA0AgBCAVayEaIBpBgAJLBEBBgAIhGgsgGkEAakF/cSEbIAEgByAIIBUgFCAaIBsgGSAPEAQgCyAVQQBHciEdIAwgFEECdGpBACAMQQBHIB1FcRshEiANIAlrQQAgDUEARyAVIBpqIARPcRshE0EAIRYDQCACIBZrIRwgHEHAAEsEQEHAACEcCyAAIAUgBiAWIBUgHCAaIBsgDhADQQAhFwNAIBkgF2shHyAfQQhLBEBBCCEfCyAPIBcgG0ECdGxqISEgEiAXQQJ0akEAIBIbJABBACEYA0AgHCAYayEeIB5BBEsEQEEEIR4LIA4gGCAbQQJ0bGohICAJIBYgGGogEWwgFCAXakECdGpqISIgHkEERiAfQQhGcQRAIBMkASAbICAgISAiIBEgHRAABUEAJAEgGyAgICEgEEEgQQAQACAQICIgESAeIB8gHSATEAELIBhBBGoiGCAcSQ0ACyAXQQhqIhcgGUkNAAsgFkHAAGoiFiACSQ0ACyAVQYACaiIVIARJDQALIBRBgCBqIhQgA0kNAAsL";
const GEMM_RELAXED_WASM = "AGFzbQEAAAABUAhgBn9/f39/fwBgB39/f39/f38AYAV/f39/fwBgCX9/f39/f39/fwBgBH99f38AYAN/f38AYAR/f39/AGARf39/f39/f39/f39/f39/f38AAhIBA2VudgZtZW1vcnkCAQGAgAQDCgkAAQIDAwQFBgcGCwJ/AUEAC38BQQALByUEBGF4cHkABQRyZWx1AAYMcmVsdUJhY2t3YXJkAAcEZ2VtbQAICsAZCb0HAgt7AX8DQCAC/QAEACEOIAL9AAQQIQ8gAf0JAgAhECAQIA4gBv2FAiEGIBAgDyAH/YUCIQcgAf0JAgQhECAQIA4gCP2FAiEIIBAgDyAJ/YUCIQkgAf0JAgghECAQIA4gCv2FAiEKIBAgDyAL/YUCIQsgAf0JAgwhECAQIA4gDP2FAiEMIBAgDyAN/YUCIQ0gAUEQaiEBIAJBIGohAiAAQQFrIgANAAsgAyERIAUEQCARIBH9AAQAIAb95AH9CwQAIBEgEf0ABBAgB/3kAf0LBBAgESAEaiERIBEgEf0ABAAgCP3kAf0LBAAgESAR/QAEECAJ/eQB/QsEECARIARqIREgESAR/QAEACAK/eQB/QsEACARIBH9AAQQIAv95AH9CwQQIBEgBGohESARIBH9AAQAIAz95AH9CwQAIBEgEf0ABBAgDf3kAf0LBBAFIwAEQCARIAYjAP0ABAD95AH9CwQAIBEgByMA/QAEEP3kAf0LBBAgESAEaiERIBEgCCMA/QAEAP3kAf0LBAAgESAJIwD9AAQQ/eQB/QsEECARIARqIREgESAKIwD9AAQA/eQB/QsEACARIAsjAP0ABBD95AH9CwQQIBEgBGohESARIAwjAP0ABAD95AH9CwQAIBEgDSMA/QAEEP3kAf0LBBAFIBEgBv0LBAAgESAH/QsEECARIARqIREgESAI/QsEACARIAn9CwQQIBEgBGohESARIAr9CwQAIBEgC/0LBBAgESAEaiERIBEgDP0LBAAgESAN/QsEEAsLIwEEQCADIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEEAsLhgECBH8BfQNAIAAgB0EgbGohCSABIAcgAmxqIQpBACEIA0AgBQR9IAoqAgAgCSoCAJIFIAkqAgALIQsgCiALOAIAIAYEQCAKIAZqQwAAAAAgCyALQwAAAABfGzgCAAsgCUEEaiEJIApBBGohCiAIQQFqIgggBEkNAAsgB0EBaiIHIANJDQALC9YCAgh7A38gBEUEQA8LIAAgAWohDSANIAFqIQ4gDiABaiEPA0AgAP0ABAAhBSAN/QAEACEGIA79AAQAIQcgD/0ABAAhCCAFIAb9DQABAgMQERITBAUGBxQVFhchCSAHIAj9DQABAgMQERITBAUGBxQVFhchCiAFIAb9DQgJCgsYGRobDA0ODxwdHh8hCyAHIAj9DQgJCgsYGRobDA0ODxwdHh8hDCACIAkgCv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiADaiECIAIgCSAK/Q0ICQoLDA0ODxgZGhscHR4f/QsEACACIANqIQIgAiALIAz9DQABAgMEBQYHEBESExQVFhf9CwQAIAIgA2ohAiACIAsgDP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgAiADaiECIABBEGohACANQRBqIQ0gDkEQaiEOIA9BEGohDyAEQQFrIgQNAAsLswMBCH8DQCAFIAlrIQogCkEESwRAQQQhCgsgCCAJIAdBAnRsaiELIApBBEkgBiAHSXIEQCALQQAgB0EQbPwLAAsgAARAIAQgAmwgAyAJampBAnQhDyABIA9qIQ8gCyEQQQAhDSAKQQRGBEADQCAQIA/9AAQA/QsEACAPIAJBAnRqIQ8gEEEQaiEQIA1BAWoiDSAGSQ0ACwUDQEEAIQwDQCAQIAxBAnRqIA8gDEECdGoqAgA4AgAgDEEBaiIMIApJDQALIA8gAkECdGohDyAQQRBqIRAgDUEBaiINIAZJDQALCwVBACEOIApBBEYEQCAGQXxxIQ5BACEMA0AgASADIAkgDGpqIAJsIARqQQJ0aiACQQJ0IAsgDEECdGpBECAGQQJ2EAIgDEEEaiIMQQRJDQALCyAOIAZJBEBBACEMA0AgAyAJIAxqaiACbCAEIA5qakECdCEPIAEgD2ohDyALIA5BBGwgDGpBAnRqIRAgDiENA0AgECAPKgIAOAIAIA9BBGohDyAQQRBqIRAgDUEBaiINIAZJDQALIAxBAWoiDCAKSQ0ACwsLIAlBBGoiCSAFSQ0ACwu/AwEIfwNAIAcgCWshCiAKQQhLBEBBCCEKCyAIIAkgBkECdGxqIQsgCkEISSAFIAZJcgRAIAtBACAGQSBs/AsACyAABEBBACEOIApBCEYEQCAFQXxxIQ5BACEMA0AgASAEIAkgDGpqIAJsIANqQQJ0aiACQQJ0IAsgDEECdGpBICAFQQJ2EAIgDEEEaiIMQQhJDQALCyAOIAVJBEBBACEMA0AgBCAJIAxqaiACbCADIA5qakECdCEPIAEgD2ohDyALIA5BCGwgDGpBAnRqIRAgDiENA0AgECAPKgIAOAIAIA9BBGohDyAQQSBqIRAgDUEBaiINIAVJDQALIAxBAWoiDCAKSQ0ACwsFIAMgAmwgBCAJampBAnQhDyABIA9qIQ8gCyEQQQAhDSAKQQhGBEADQCAQIA/9AAQA/QsEACAQIA/9AAQQ/QsEECAPIAJBAnRqIQ8gEEEgaiEQIA1BAWoiDSAFSQ0ACwUDQEEAIQwDQCAQIAxBAnRqIA8gDEECdGoqAgA4AgAgDEEBaiIMIApJDQALIA8gAkECdGohDyAQQSBqIRAgDUEBaiINIAVJDQALCwsgCUEIaiIJIAdJDQALC4oBAgF7An8gAf0TIQQgAyAAQQJ0aiEFIAMgAEF8cUECdGohBgJAA0AgAyAGTw0BIAMgA/0ABAAgBCAC/QAEAP3mAf3kAf0LBAAgAkEQaiECIANBEGohAwwACwsCQANAIAMgBU8NASADIAMqAgAgASACKgIAlJI4AgAgAkEEaiECIANBBGohAwwACwsLnQEDAXsCfwF9IAIgAEECdGohBCACIABBfHFBAnRqIQUCQANAIAIgBU8NASAB/QAEACEDIAIgAyAD/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgAUEQaiEBIAJBEGohAgwACwsCQANAIAIgBE8NASABKgIAIQYgAkMAAAAAIAYgBkMAAAAAXxs4AgAgAUEEaiEBIAJBBGohAgwACwsLwQEBAn8gAyAAQQJ0aiEEIAMgAEF8cUECdGohBQJAA0AgAyAFTw0BIAMgAf0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIAL9AAQA/eYB/QsEACABQRBqIQEgAkEQaiECIANBEGohAwwACwsCQANAIAMgBE8NASADQwAAgD9DAAAAACABKgIAQwAAAABeGyACKgIAlDgCACABQQRqIQEgAkEEaiECIANBBGohAwwACwsLugMBEn8gCkECdCERA0AgAyAUayEZIBlBgCBLBEBBgCAhGQtBACEVA0AgBCAVayEaIBpBgAJLBEBBgAIhGgsgGkEAakF/cSEbIAEgByAIIBUgFCAaIBsgGSAPEAQgCyAVQQBHciEdIAwgFEECdGpBACAMQQBHIB1FcRshEiANIAlrQQAgDUEARyAVIBpqIARPcRshE0EAIRYDQCACIBZrIRwgHEHAAEsEQEHAACEcCyAAIAUgBiAWIBUgHCAaIBsgDhADQQAhFwNAIBkgF2shHyAfQQhLBEBBCCEfCyAPIBcgG0ECdGxqISEgEiAXQQJ0akEAIBIbJABBACEYA0AgHCAYayEeIB5BBEsEQEEEIR4LIA4gGCAbQQJ0bGohICAJIBYgGGogEWwgFCAXakECdGpqISIgHkEERiAfQQhGcQRAIBMkASAbICAgISAiIBEgHRAABUEAJAEgGyAgICEgEEEgQQAQACAQICIgESAeIB8gHSATEAELIBhBBGoiGCAcSQ0ACyAXQQhqIhcgGUkNAAsgFkHAAGoiFiACSQ0ACyAVQYACaiIVIARJDQALIBRBgCBqIhQgA0kNAAsL";
const GEMM_SIMD_SHARED_WASM = "AGFzbQEAAAABUAhgBn9/f39/fwBgB39/f39/f38AYAV/f39/fwBgCX9/f39/f39/fwBgBH99f38AYAN/f38AYAR/f39/AGARf39/f39/f39/f39/f39/f38AAhIBA2VudgZtZW1vcnkCAwGAgAQDCgkAAQIDAwQFBgcGCwJ/AUEAC38BQQALByUEBGF4cHkABQRyZWx1AAYMcmVsdUJhY2t3YXJkAAcEZ2VtbQAICtgZCdUHAgt7AX8DQCAC/QAEACEOIAL9AAQQIQ8gAf0JAgAhECAGIBAgDv3mAf3kASEGIAcgECAP/eYB/eQBIQcgAf0JAgQhECAIIBAgDv3mAf3kASEIIAkgECAP/eYB/eQBIQkgAf0JAgghECAKIBAgDv3mAf3kASEKIAsgECAP/eYB/eQBIQsgAf0JAgwhECAMIBAgDv3mAf3kASEMIA0gECAP/eYB/eQBIQ0gAUEQaiEBIAJBIGohAiAAQQFrIgANAAsgAyERIAUEQCARIBH9AAQAIAb95AH9CwQAIBEgEf0ABBAgB/3kAf0LBBAgESAEaiERIBEgEf0ABAAgCP3kAf0LBAAgESAR/QAEECAJ/eQB/QsEECARIARqIREgESAR/QAEACAK/eQB/QsEACARIBH9AAQQIAv95AH9CwQQIBEgBGohESARIBH9AAQAIAz95AH9CwQAIBEgEf0ABBAgDf3kAf0LBBAFIwAEQCARIAYjAP0ABAD95AH9CwQAIBEgByMA/QAEEP3kAf0LBBAgESAEaiERIBEgCCMA/QAEAP3kAf0LBAAgESAJIwD9AAQQ/eQB/QsEECARIARqIREgESAKIwD9AAQA/eQB/QsEACARIAsjAP0ABBD95AH9CwQQIBEgBGohESARIAwjAP0ABAD95AH9CwQAIBEgDSMA/QAEEP3kAf0LBBAFIBEgBv0LBAAgESAH/QsEECARIARqIREgESAI/QsEACARIAn9CwQQIBEgBGohESARIAr9CwQAIBEgC/0LBBAgESAEaiERIBEgDP0LBAAgESAN/QsEEAsLIwEEQCADIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEEAsLhgECBH8BfQNAIAAgB0EgbGohCSABIAcgAmxqIQpBACEIA0AgBQR9IAoqAgAgCSoCAJIFIAkqAgALIQsgCiALOAIAIAYEQCAKIAZqQwAAAAAgCyALQwAAAABfGzgCAAsgCUEEaiEJIApBBGohCiAIQQFqIgggBEkNAAsgB0EBaiIHIANJDQALC9YCAgh7A38gBEUEQA8LIAAgAWohDSANIAFqIQ4gDiABaiEPA0AgAP0ABAAhBSAN/QAEACEGIA79AAQAIQcgD/0ABAAhCCAFIAb9DQABAgMQERITBAUGBxQVFhchCSAHIAj9DQABAgMQERITBAUGBxQVFhchCiAFIAb9DQgJCgsYGRobDA0ODxwdHh8hCyAHIAj9DQgJCgsYGRobDA0ODxwdHh8hDCACIAkgCv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiADaiECIAIgCSAK/Q0ICQoLDA0ODxgZGhscHR4f/QsEACACIANqIQIgAiALIAz9DQABAgMEBQYHEBESExQVFhf9CwQAIAIgA2ohAiACIAsgDP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgAiADaiECIABBEGohACANQRBqIQ0gDkEQaiEOIA9BEGohDyAEQQFrIgQNAAsLswMBCH8DQCAFIAlrIQogCkEESwRAQQQhCgsgCCAJIAdBAnRsaiELIApBBEkgBiAHSXIEQCALQQAgB0EQbPwLAAsgAARAIAQgAmwgAyAJampBAnQhDyABIA9qIQ8gCyEQQQAhDSAKQQRGBEADQCAQIA/9AAQA/QsEACAPIAJBAnRqIQ8gEEEQaiEQIA1BAWoiDSAGSQ0ACwUDQEEAIQwDQCAQIAxBAnRqIA8gDEECdGoqAgA4AgAgDEEBaiIMIApJDQALIA8gAkECdGohDyAQQRBqIRAgDUEBaiINIAZJDQALCwVBACEOIApBBEYEQCAGQXxxIQ5BACEMA0AgASADIAkgDGpqIAJsIARqQQJ0aiACQQJ0IAsgDEECdGpBECAGQQJ2EAIgDEEEaiIMQQRJDQALCyAOIAZJBEBBACEMA0AgAyAJIAxqaiACbCAEIA5qakECdCEPIAEgD2ohDyALIA5BBGwgDGpBAnRqIRAgDiENA0AgECAPKgIAOAIAIA9BBGohDyAQQRBqIRAgDUEBaiINIAZJDQALIAxBAWoiDCAKSQ0ACwsLIAlBBGoiCSAFSQ0ACwu/AwEIfwNAIAcgCWshCiAKQQhLBEBBCCEKCyAIIAkgBkECdGxqIQsgCkEISSAFIAZJcgRAIAtBACAGQSBs/AsACyAABEBBACEOIApBCEYEQCAFQXxxIQ5BACEMA0AgASAEIAkgDGpqIAJsIANqQQJ0aiACQQJ0IAsgDEECdGpBICAFQQJ2EAIgDEEEaiIMQQhJDQALCyAOIAVJBEBBACEMA0AgBCAJIAxqaiACbCADIA5qakECdCEPIAEgD2ohDyALIA5BCGwgDGpBAnRqIRAgDiENA0AgECAPKgIAOAIAIA9BBGohDyAQQSBqIRAgDUEBaiINIAVJDQALIAxBAWoiDCAKSQ0ACwsFIAMgAmwgBCAJampBAnQhDyABIA9qIQ8gCyEQQQAhDSAKQQhGBEADQCAQIA/9AAQA/QsEACAQIA/9AAQQ/QsEECAPIAJBAnRqIQ8gEEEgaiEQIA1BAWoiDSAFSQ0ACwUDQEEAIQwDQCAQIAxBAnRqIA8gDEECdGoqAgA4AgAgDEEBaiIMIApJDQALIA8gAkECdGohDyAQQSBqIRAgDUEBaiINIAVJDQALCwsgCUEIaiIJIAdJDQALC4oBAgF7An8gAf0TIQQgAyAAQQJ0aiEFIAMgAEF8cUECdGohBgJAA0AgAyAGTw0BIAMgA/0ABAAgBCAC/QAEAP3mAf3kAf0LBAAgAkEQaiECIANBEGohAwwACwsCQANAIAMgBU8NASADIAMqAgAgASACKgIAlJI4AgAgAkEEaiECIANBBGohAwwACwsLnQEDAXsCfwF9IAIgAEECdGohBCACIABBfHFBAnRqIQUCQANAIAIgBU8NASAB/QAEACEDIAIgAyAD/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgAUEQaiEBIAJBEGohAgwACwsCQANAIAIgBE8NASABKgIAIQYgAkMAAAAAIAYgBkMAAAAAXxs4AgAgAUEEaiEBIAJBBGohAgwACwsLwQEBAn8gAyAAQQJ0aiEEIAMgAEF8cUECdGohBQJAA0AgAyAFTw0BIAMgAf0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIAL9AAQA/eYB/QsEACABQRBqIQEgAkEQaiECIANBEGohAwwACwsCQANAIAMgBE8NASADQwAAgD9DAAAAACABKgIAQwAAAABeGyACKgIAlDgCACABQQRqIQEgAkEEaiECIANBBGohAwwACwsLugMBEn8gCkECdCERA0AgAyAUayEZIBlBgCBLBEBBgCAhGQtBACEVA0AgBCAVayEaIBpBgAJLBEBBgAIhGgsgGkEAakF/cSEbIAEgByAIIBUgFCAaIBsgGSAPEAQgCyAVQQBHciEdIAwgFEECdGpBACAMQQBHIB1FcRshEiANIAlrQQAgDUEARyAVIBpqIARPcRshE0EAIRYDQCACIBZrIRwgHEHAAEsEQEHAACEcCyAAIAUgBiAWIBUgHCAaIBsgDhADQQAhFwNAIBkgF2shHyAfQQhLBEBBCCEfCyAPIBcgG0ECdGxqISEgEiAXQQJ0akEAIBIbJABBACEYA0AgHCAYayEeIB5BBEsEQEEEIR4LIA4gGCAbQQJ0bGohICAJIBYgGGogEWwgFCAXakECdGpqISIgHkEERiAfQQhGcQRAIBMkASAbICAgISAiIBEgHRAABUEAJAEgGyAgICEgEEEgQQAQACAQICIgESAeIB8gHSATEAELIBhBBGoiGCAcSQ0ACyAXQQhqIhcgGUkNAAsgFkHAAGoiFiACSQ0ACyAVQYACaiIVIARJDQALIBRBgCBqIhQgA0kNAAsL";
const GEMM_RELAXED_SHARED_WASM = "AGFzbQEAAAABUAhgBn9/f39/fwBgB39/f39/f38AYAV/f39/fwBgCX9/f39/f39/fwBgBH99f38AYAN/f38AYAR/f39/AGARf39/f39/f39/f39/f39/f38AAhIBA2VudgZtZW1vcnkCAwGAgAQDCgkAAQIDAwQFBgcGCwJ/AUEAC38BQQALByUEBGF4cHkABQRyZWx1AAYMcmVsdUJhY2t3YXJkAAcEZ2VtbQAICsAZCb0HAgt7AX8DQCAC/QAEACEOIAL9AAQQIQ8gAf0JAgAhECAQIA4gBv2FAiEGIBAgDyAH/YUCIQcgAf0JAgQhECAQIA4gCP2FAiEIIBAgDyAJ/YUCIQkgAf0JAgghECAQIA4gCv2FAiEKIBAgDyAL/YUCIQsgAf0JAgwhECAQIA4gDP2FAiEMIBAgDyAN/YUCIQ0gAUEQaiEBIAJBIGohAiAAQQFrIgANAAsgAyERIAUEQCARIBH9AAQAIAb95AH9CwQAIBEgEf0ABBAgB/3kAf0LBBAgESAEaiERIBEgEf0ABAAgCP3kAf0LBAAgESAR/QAEECAJ/eQB/QsEECARIARqIREgESAR/QAEACAK/eQB/QsEACARIBH9AAQQIAv95AH9CwQQIBEgBGohESARIBH9AAQAIAz95AH9CwQAIBEgEf0ABBAgDf3kAf0LBBAFIwAEQCARIAYjAP0ABAD95AH9CwQAIBEgByMA/QAEEP3kAf0LBBAgESAEaiERIBEgCCMA/QAEAP3kAf0LBAAgESAJIwD9AAQQ/eQB/QsEECARIARqIREgESAKIwD9AAQA/eQB/QsEACARIAsjAP0ABBD95AH9CwQQIBEgBGohESARIAwjAP0ABAD95AH9CwQAIBEgDSMA/QAEEP3kAf0LBBAFIBEgBv0LBAAgESAH/QsEECARIARqIREgESAI/QsEACARIAn9CwQQIBEgBGohESARIAr9CwQAIBEgC/0LBBAgESAEaiERIBEgDP0LBAAgESAN/QsEEAsLIwEEQCADIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEECARIARqIREgEf0ABAAhECARIwFqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1F/U/9CwQAIBH9AAQQIRAgESMBaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Rf1P/QsEEAsLhgECBH8BfQNAIAAgB0EgbGohCSABIAcgAmxqIQpBACEIA0AgBQR9IAoqAgAgCSoCAJIFIAkqAgALIQsgCiALOAIAIAYEQCAKIAZqQwAAAAAgCyALQwAAAABfGzgCAAsgCUEEaiEJIApBBGohCiAIQQFqIgggBEkNAAsgB0EBaiIHIANJDQALC9YCAgh7A38gBEUEQA8LIAAgAWohDSANIAFqIQ4gDiABaiEPA0AgAP0ABAAhBSAN/QAEACEGIA79AAQAIQcgD/0ABAAhCCAFIAb9DQABAgMQERITBAUGBxQVFhchCSAHIAj9DQABAgMQERITBAUGBxQVFhchCiAFIAb9DQgJCgsYGRobDA0ODxwdHh8hCyAHIAj9DQgJCgsYGRobDA0ODxwdHh8hDCACIAkgCv0NAAECAwQFBgcQERITFBUWF/0LBAAgAiADaiECIAIgCSAK/Q0ICQoLDA0ODxgZGhscHR4f/QsEACACIANqIQIgAiALIAz9DQABAgMEBQYHEBESExQVFhf9CwQAIAIgA2ohAiACIAsgDP0NCAkKCwwNDg8YGRobHB0eH/0LBAAgAiADaiECIABBEGohACANQRBqIQ0gDkEQaiEOIA9BEGohDyAEQQFrIgQNAAsLswMBCH8DQCAFIAlrIQogCkEESwRAQQQhCgsgCCAJIAdBAnRsaiELIApBBEkgBiAHSXIEQCALQQAgB0EQbPwLAAsgAARAIAQgAmwgAyAJampBAnQhDyABIA9qIQ8gCyEQQQAhDSAKQQRGBEADQCAQIA/9AAQA/QsEACAPIAJBAnRqIQ8gEEEQaiEQIA1BAWoiDSAGSQ0ACwUDQEEAIQwDQCAQIAxBAnRqIA8gDEECdGoqAgA4AgAgDEEBaiIMIApJDQALIA8gAkECdGohDyAQQRBqIRAgDUEBaiINIAZJDQALCwVBACEOIApBBEYEQCAGQXxxIQ5BACEMA0AgASADIAkgDGpqIAJsIARqQQJ0aiACQQJ0IAsgDEECdGpBECAGQQJ2EAIgDEEEaiIMQQRJDQALCyAOIAZJBEBBACEMA0AgAyAJIAxqaiACbCAEIA5qakECdCEPIAEgD2ohDyALIA5BBGwgDGpBAnRqIRAgDiENA0AgECAPKgIAOAIAIA9BBGohDyAQQRBqIRAgDUEBaiINIAZJDQALIAxBAWoiDCAKSQ0ACwsLIAlBBGoiCSAFSQ0ACwu/AwEIfwNAIAcgCWshCiAKQQhLBEBBCCEKCyAIIAkgBkECdGxqIQsgCkEISSAFIAZJcgRAIAtBACAGQSBs/AsACyAABEBBACEOIApBCEYEQCAFQXxxIQ5BACEMA0AgASAEIAkgDGpqIAJsIANqQQJ0aiACQQJ0IAsgDEECdGpBICAFQQJ2EAIgDEEEaiIMQQhJDQALCyAOIAVJBEBBACEMA0AgBCAJIAxqaiACbCADIA5qakECdCEPIAEgD2ohDyALIA5BCGwgDGpBAnRqIRAgDiENA0AgECAPKgIAOAIAIA9BBGohDyAQQSBqIRAgDUEBaiINIAVJDQALIAxBAWoiDCAKSQ0ACwsFIAMgAmwgBCAJampBAnQhDyABIA9qIQ8gCyEQQQAhDSAKQQhGBEADQCAQIA/9AAQA/QsEACAQIA/9AAQQ/QsEECAPIAJBAnRqIQ8gEEEgaiEQIA1BAWoiDSAFSQ0ACwUDQEEAIQwDQCAQIAxBAnRqIA8gDEECdGoqAgA4AgAgDEEBaiIMIApJDQALIA8gAkECdGohDyAQQSBqIRAgDUEBaiINIAVJDQALCwsgCUEIaiIJIAdJDQALC4oBAgF7An8gAf0TIQQgAyAAQQJ0aiEFIAMgAEF8cUECdGohBgJAA0AgAyAGTw0BIAMgA/0ABAAgBCAC/QAEAP3mAf3kAf0LBAAgAkEQaiECIANBEGohAwwACwsCQANAIAMgBU8NASADIAMqAgAgASACKgIAlJI4AgAgAkEEaiECIANBBGohAwwACwsLnQEDAXsCfwF9IAIgAEECdGohBCACIABBfHFBAnRqIQUCQANAIAIgBU8NASAB/QAEACEDIAIgAyAD/QwAAAAAAAAAAAAAAAAAAAAA/UX9T/0LBAAgAUEQaiEBIAJBEGohAgwACwsCQANAIAIgBE8NASABKgIAIQYgAkMAAAAAIAYgBkMAAAAAXxs4AgAgAUEEaiEBIAJBBGohAgwACwsLwQEBAn8gAyAAQQJ0aiEEIAMgAEF8cUECdGohBQJAA0AgAyAFTw0BIAMgAf0ABAD9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1OIAL9AAQA/eYB/QsEACABQRBqIQEgAkEQaiECIANBEGohAwwACwsCQANAIAMgBE8NASADQwAAgD9DAAAAACABKgIAQwAAAABeGyACKgIAlDgCACABQQRqIQEgAkEEaiECIANBBGohAwwACwsLugMBEn8gCkECdCERA0AgAyAUayEZIBlBgCBLBEBBgCAhGQtBACEVA0AgBCAVayEaIBpBgAJLBEBBgAIhGgsgGkEAakF/cSEbIAEgByAIIBUgFCAaIBsgGSAPEAQgCyAVQQBHciEdIAwgFEECdGpBACAMQQBHIB1FcRshEiANIAlrQQAgDUEARyAVIBpqIARPcRshE0EAIRYDQCACIBZrIRwgHEHAAEsEQEHAACEcCyAAIAUgBiAWIBUgHCAaIBsgDhADQQAhFwNAIBkgF2shHyAfQQhLBEBBCCEfCyAPIBcgG0ECdGxqISEgEiAXQQJ0akEAIBIbJABBACEYA0AgHCAYayEeIB5BBEsEQEEEIR4LIA4gGCAbQQJ0bGohICAJIBYgGGogEWwgFCAXakECdGpqISIgHkEERiAfQQhGcQRAIBMkASAbICAgISAiIBEgHRAABUEAJAEgGyAgICEgEEEgQQAQACAQICIgESAeIB8gHSATEAELIBhBBGoiGCAcSQ0ACyAXQQhqIhcgGUkNAAsgFkHAAGoiFiACSQ0ACyAVQYACaiIVIARJDQALIBRBgCBqIhQgA0kNAAsL";
const SIMD_PROBE_WASM = "AGFzbQEAAAABBQFgAAF7AwIBAAoWARQA/QwAAAAAAAAAAAAAAAAAAAAACw==";
const RELAXED_PROBE_WASM = "AGFzbQEAAAABBQFgAAF7AwIBAAo9ATsA/QwAAAAAAAAAAAAAAAAAAAAA/QwAAAAAAAAAAAAAAAAAAAAA/QwAAAAAAAAAAAAAAAAAAAAA/YUCCw==";
class Arena {
  constructor(base2, align) {
    __privateAdd(this, _align);
    /** Free ranges below `top`, sorted by address, never adjacent. */
    __privateAdd(this, _free, []);
    __privateAdd(this, _top);
    __privateSet(this, _align, align);
    __privateSet(this, _top, Math.ceil(base2 / align) * align);
  }
  /** The first byte above every allocated range. */
  get top() {
    return __privateGet(this, _top);
  }
  /** Reserves `bytes` (rounded up to the alignment) and returns the address. */
  allocate(bytes) {
    const size2 = Math.max(__privateGet(this, _align), Math.ceil(bytes / __privateGet(this, _align)) * __privateGet(this, _align));
    for (let i = 0; i < __privateGet(this, _free).length; i++) {
      const range = __privateGet(this, _free)[i];
      if (range.end - range.start < size2)
        continue;
      const start2 = range.start;
      range.start += size2;
      if (range.start === range.end)
        __privateGet(this, _free).splice(i, 1);
      return start2;
    }
    const start = __privateGet(this, _top);
    __privateSet(this, _top, __privateGet(this, _top) + size2);
    return start;
  }
  /** Returns the range at `start` of `bytes` (as passed to `allocate`) to the free list. */
  release(start, bytes) {
    const end = start + Math.max(__privateGet(this, _align), Math.ceil(bytes / __privateGet(this, _align)) * __privateGet(this, _align));
    let i = 0;
    while (i < __privateGet(this, _free).length && __privateGet(this, _free)[i].start < start)
      i++;
    __privateGet(this, _free).splice(i, 0, { start, end });
    const next = __privateGet(this, _free)[i + 1];
    if (next !== void 0 && next.start === end) {
      __privateGet(this, _free)[i].end = next.end;
      __privateGet(this, _free).splice(i + 1, 1);
    }
    const previous = __privateGet(this, _free)[i - 1];
    if (previous !== void 0 && previous.end === start) {
      previous.end = __privateGet(this, _free)[i].end;
      __privateGet(this, _free).splice(i, 1);
    }
    const last = __privateGet(this, _free)[__privateGet(this, _free).length - 1];
    if (last !== void 0 && last.end === __privateGet(this, _top)) {
      __privateSet(this, _top, last.start);
      __privateGet(this, _free).pop();
    }
  }
}
_align = new WeakMap();
_free = new WeakMap();
_top = new WeakMap();
const PAGE_BYTES = 65536;
const MAX_BYTES = 65536 * PAGE_BYTES;
const ALIGN_BYTES = 64;
const THREAD_MIN_WORK = 128 * 128 * 128;
function roundUp(value, multiple) {
  return Math.ceil(value / multiple) * multiple;
}
function checkDimension$1(name, value) {
  if (!Number.isInteger(value) || value < 0) {
    throw new NumericError("shape", `expected ${name} to be a non-negative integer, found ${value}`, { argument: name });
  }
}
function checkOperand$1(name, array, needed2) {
  if (!(array instanceof Float32Array)) {
    throw new NumericError("dtype", `expected ${name} to be a Float32Array, found ${array.constructor.name}`, { argument: name });
  }
  if (array.length < needed2) {
    throw new NumericError("length-mismatch", `expected ${name} to hold at least ${needed2} elements, found ${array.length}`, { argument: name });
  }
}
function sameLength(x, y) {
  if (x.length !== y.length) {
    throw new NumericError("length-mismatch", `arrays of ${x.length} and ${y.length} elements; expected one length`, { argument: "x" });
  }
}
class WasmGemm {
  constructor(name, exports, memory, pool, shared) {
    __privateAdd(this, _WasmGemm_instances);
    __publicField(this, "name");
    __privateAdd(this, _exports);
    __privateAdd(this, _memory);
    __privateAdd(this, _pool);
    __privateAdd(this, _shared);
    __privateAdd(this, _arena, new Arena(CONTROL.bytes, ALIGN_BYTES));
    /** Every buffer object the memory has had: a shared memory gives a new one each time it grows. */
    __privateAdd(this, _buffers, /* @__PURE__ */ new WeakSet());
    __privateAdd(this, _registry, new FinalizationRegistry(({ start, bytes }) => {
      __privateGet(this, _arena).release(start, bytes);
    }));
    __privateAdd(this, _heap);
    /** The control block, for threaded products (shared memory: it never detaches). */
    __privateAdd(this, _control2);
    this.name = name;
    __privateSet(this, _exports, exports);
    __privateSet(this, _memory, memory);
    __privateSet(this, _pool, pool);
    __privateSet(this, _shared, shared);
    __privateSet(this, _heap, new Float32Array(memory.buffer));
    __privateGet(this, _buffers).add(memory.buffer);
  }
  get threads() {
    var _a;
    return ((_a = __privateGet(this, _pool)) == null ? void 0 : _a.threads) ?? 1;
  }
  readyThreads() {
    var _a;
    return 1 + (((_a = __privateGet(this, _pool)) == null ? void 0 : _a.ready()) ?? 0);
  }
  supports(array) {
    return array instanceof Float32Array;
  }
  allocate(length) {
    if (!__privateGet(this, _shared) || !Number.isSafeInteger(length) || length < 0)
      return void 0;
    const bytes = Math.max(4, length * 4);
    const start = __privateGet(this, _arena).allocate(bytes);
    try {
      __privateMethod(this, _WasmGemm_instances, reserveBytes_fn).call(this, __privateGet(this, _arena).top);
    } catch {
      __privateGet(this, _arena).release(start, bytes);
      return void 0;
    }
    const view = new Float32Array(__privateGet(this, _heap).buffer, start, length);
    view.fill(0);
    __privateGet(this, _registry).register(view, { start, bytes });
    return view;
  }
  axpy(alpha, x, y) {
    sameLength(x, y);
    if (__privateMethod(this, _WasmGemm_instances, resident_fn).call(this, x) && __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, y)) {
      __privateGet(this, _exports).axpy(y.length, alpha, x.byteOffset, y.byteOffset);
      return;
    }
    const a = Math.fround(alpha);
    for (let i = 0; i < y.length; i++)
      y[i] = y[i] + Math.fround(a * x[i]);
  }
  relu(z, a) {
    sameLength(z, a);
    if (__privateMethod(this, _WasmGemm_instances, resident_fn).call(this, z) && __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, a)) {
      __privateGet(this, _exports).relu(z.length, z.byteOffset, a.byteOffset);
      return;
    }
    for (let i = 0; i < z.length; i++)
      a[i] = z[i] <= 0 ? 0 : z[i];
  }
  reluBackward(z, dA, dZ) {
    sameLength(z, dA);
    sameLength(z, dZ);
    if (__privateMethod(this, _WasmGemm_instances, resident_fn).call(this, z) && __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, dA) && __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, dZ)) {
      __privateGet(this, _exports).reluBackward(z.length, z.byteOffset, dA.byteOffset, dZ.byteOffset);
      return;
    }
    for (let i = 0; i < z.length; i++)
      dZ[i] = (z[i] > 0 ? 1 : 0) * dA[i];
  }
  gemm(transA, transB, m, n, k, a, b, c, accumulate) {
    checkDimension$1("m", m);
    checkDimension$1("n", n);
    checkDimension$1("k", k);
    checkOperand$1("a", a, m * k);
    checkOperand$1("b", b, k * n);
    checkOperand$1("c", c, m * n);
    if (m === 0 || n === 0)
      return;
    if (k === 0) {
      if (!accumulate)
        c.fill(0, 0, m * n);
      return;
    }
    __privateMethod(this, _WasmGemm_instances, product_fn).call(this, transA, transB, m, n, k, a, b, c, accumulate, void 0, void 0);
  }
  gemmBiasRelu(transA, transB, m, n, k, a, b, c, bias, out) {
    checkDimension$1("m", m);
    checkDimension$1("n", n);
    checkDimension$1("k", k);
    checkOperand$1("a", a, m * k);
    checkOperand$1("b", b, k * n);
    checkOperand$1("c", c, m * n);
    checkOperand$1("bias", bias, n);
    if (out !== void 0) {
      checkOperand$1("out", out, m * n);
      if (out.buffer === c.buffer && out.byteOffset === c.byteOffset) {
        throw new NumericError("invalid-option", "out must not be c: the product is kept beside its activation", { argument: "out" });
      }
    }
    if (m === 0 || n === 0)
      return;
    if (k === 0) {
      for (let r = 0; r < m; r++)
        c.set(bias.subarray(0, n), r * n);
      if (out !== void 0)
        this.relu(c.subarray(0, m * n), out.subarray(0, m * n));
      return;
    }
    __privateMethod(this, _WasmGemm_instances, product_fn).call(this, transA, transB, m, n, k, a, b, c, false, bias, out);
  }
}
_exports = new WeakMap();
_memory = new WeakMap();
_pool = new WeakMap();
_shared = new WeakMap();
_arena = new WeakMap();
_buffers = new WeakMap();
_registry = new WeakMap();
_heap = new WeakMap();
_control2 = new WeakMap();
_WasmGemm_instances = new WeakSet();
/**
 * Runs a checked product: operands not already in the module's memory are copied into scratch
 * above the resident arrays (O(size) against the product's O(m·n·k)), then one thread or several
 * compute it. Plain arithmetic, no closures or arrays: a train step allocates nothing here.
 */
product_fn = function(transA, transB, m, n, k, a, b, c, accumulate, bias, out) {
  const rows = m >= n;
  const unit = rows ? GEMM_CONFIG.mr : GEMM_CONFIG.nr;
  const parts = __privateMethod(this, _WasmGemm_instances, parts_fn).call(this, m, n, k, rows, unit);
  const { mr, nr, kc, mc, nc, unroll } = GEMM_CONFIG;
  const kcp = roundUp(Math.min(kc, k), unroll);
  const packA2 = roundUp(roundUp(Math.min(mc, m), mr) * kcp * 4, ALIGN_BYTES);
  const packB2 = roundUp(roundUp(Math.min(nc, n), nr) * kcp * 4, ALIGN_BYTES);
  const stride = packA2 + packB2 + roundUp(mr * nr * 4, ALIGN_BYTES);
  const scratch = __privateGet(this, _arena).top;
  let end = scratch + parts * stride;
  const aIn = __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, a);
  const bIn = __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, b);
  const cIn = __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, c);
  const biasIn = bias === void 0 || __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, bias);
  const outIn = out === void 0 || __privateMethod(this, _WasmGemm_instances, resident_fn).call(this, out);
  const aAt = aIn ? a.byteOffset : end;
  end += aIn ? 0 : roundUp(m * k * 4, ALIGN_BYTES);
  const bAt = bIn ? b.byteOffset : end;
  end += bIn ? 0 : roundUp(k * n * 4, ALIGN_BYTES);
  const cAt = cIn ? c.byteOffset : end;
  end += cIn ? 0 : roundUp(m * n * 4, ALIGN_BYTES);
  const biasAt = bias === void 0 ? 0 : biasIn ? bias.byteOffset : end;
  end += biasIn ? 0 : roundUp(n * 4, ALIGN_BYTES);
  const outAt = out === void 0 ? 0 : outIn ? out.byteOffset : end;
  end += outIn ? 0 : roundUp(m * n * 4, ALIGN_BYTES);
  const heap = __privateMethod(this, _WasmGemm_instances, reserveBytes_fn).call(this, end);
  if (!aIn)
    heap.set(a.length === m * k ? a : a.subarray(0, m * k), aAt / 4);
  if (!bIn)
    heap.set(b.length === k * n ? b : b.subarray(0, k * n), bAt / 4);
  if (!cIn && accumulate)
    heap.set(c.length === m * n ? c : c.subarray(0, m * n), cAt / 4);
  if (!biasIn)
    heap.set(bias.subarray(0, n), biasAt / 4);
  const tA = transA ? 1 : 0;
  const tB = transB ? 1 : 0;
  const lda = transA ? m : k;
  const ldb = transB ? k : n;
  const add2 = accumulate ? 1 : 0;
  if (parts === 1 || __privateGet(this, _pool) === void 0) {
    __privateGet(this, _exports).gemm(tA, tB, m, n, k, aAt, lda, bAt, ldb, cAt, n, add2, biasAt, outAt, scratch, scratch + packA2, scratch + packA2 + packB2);
  } else {
    const control = __privateGet(this, _control2) ?? __privateSet(this, _control2, new Int32Array(heap.buffer, 0, CONTROL.bytes / 4));
    const p = CONTROL.params;
    control[p] = tA;
    control[p + 1] = tB;
    control[p + 2] = m;
    control[p + 3] = n;
    control[p + 4] = k;
    control[p + 5] = aAt;
    control[p + 6] = lda;
    control[p + 7] = bAt;
    control[p + 8] = ldb;
    control[p + 9] = cAt;
    control[p + 10] = n;
    control[p + 11] = add2;
    control[p + 12] = biasAt;
    control[p + 13] = outAt;
    control[CONTROL.splitRows] = rows ? 1 : 0;
    control[CONTROL.scratch] = scratch;
    control[CONTROL.scratchStride] = stride;
    control[CONTROL.packBOffset] = packA2;
    control[CONTROL.tileOffset] = packA2 + packB2;
    control[CONTROL.unit] = unit;
    __privateGet(this, _pool).run(__privateGet(this, _exports).gemm, parts);
  }
  if (!cIn)
    c.set(heap.subarray(cAt / 4, cAt / 4 + m * n));
  if (!outIn)
    out.set(heap.subarray(outAt / 4, outAt / 4 + m * n));
};
/** Whether the array is a view of this module's memory (so the kernel can use it in place). */
resident_fn = function(array) {
  return __privateGet(this, _buffers).has(array.buffer);
};
/**
 * How many parts a product is split into: one below the size where threads pay, else one per
 * ready thread, at most one per strip (`unit` rows, or columns, of C).
 */
parts_fn = function(m, n, k, rows, unit) {
  if (__privateGet(this, _pool) === void 0 || m * n * k < THREAD_MIN_WORK)
    return 1;
  return Math.min(1 + __privateGet(this, _pool).ready(), Math.ceil((rows ? m : n) / unit));
};
/** Grows the module's memory to at least `bytes` and returns a view of all of it. */
reserveBytes_fn = function(bytes) {
  if (bytes <= __privateGet(this, _heap).byteLength)
    return __privateGet(this, _heap);
  const memory = __privateGet(this, _memory);
  const have = memory.buffer.byteLength;
  if (bytes > have) {
    if (bytes > MAX_BYTES) {
      throw new NumericError("shape", `the product needs ${bytes} bytes of WebAssembly memory, more than its 4 GiB`, { argument: "c" });
    }
    try {
      memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
    } catch (cause) {
      throw new NumericError("shape", `could not grow WebAssembly memory to ${bytes} bytes`, { argument: "c" }, { cause });
    }
  }
  const buffer = memory.buffer;
  __privateGet(this, _buffers).add(buffer);
  __privateSet(this, _heap, new Float32Array(buffer));
  return __privateGet(this, _heap);
};
function webAssembly() {
  return globalThis.WebAssembly;
}
function threadSetup(options) {
  var _a;
  const { threads } = options;
  if (threads !== void 0 && (!Number.isSafeInteger(threads) || threads < 1)) {
    throw new NumericError("invalid-option", `threads must be a positive integer, found ${String(threads)}`, { argument: "threads" });
  }
  const scope = globalThis;
  const Worker = options.Worker ?? (scope.crossOriginIsolated === true ? scope.Worker : void 0);
  const count = threads ?? ((_a = scope.navigator) == null ? void 0 : _a.hardwareConcurrency) ?? 1;
  if (Worker === void 0 || count <= 1 || typeof scope.SharedArrayBuffer !== "function")
    return void 0;
  return { Worker, threads: count };
}
function instantiate(api, relaxed, setup) {
  const name = relaxed ? "wasm-relaxed-simd" : "wasm-simd";
  if (typeof globalThis.SharedArrayBuffer === "function") {
    try {
      const memory2 = new api.Memory({ initial: 1, maximum: 65536, shared: true });
      const module2 = new api.Module(decodeBase64(relaxed ? GEMM_RELAXED_SHARED_WASM : GEMM_SIMD_SHARED_WASM));
      const exports2 = new api.Instance(module2, { env: { memory: memory2 } }).exports;
      const pool = setup === void 0 ? void 0 : new GemmPool(setup.Worker, setup.threads, memory2, module2);
      return new WasmGemm(name, exports2, memory2, pool, true);
    } catch {
    }
  }
  const memory = new api.Memory({ initial: 1, maximum: 65536 });
  const module = new api.Module(decodeBase64(relaxed ? GEMM_RELAXED_WASM : GEMM_SIMD_WASM));
  const exports = new api.Instance(module, { env: { memory } }).exports;
  return new WasmGemm(name, exports, memory, void 0, false);
}
function createWasmGemm(options = {}) {
  const api = webAssembly();
  if (api === void 0 || typeof api.validate !== "function")
    return void 0;
  const setup = threadSetup(options);
  try {
    if (!api.validate(decodeBase64(SIMD_PROBE_WASM)))
      return void 0;
    const relaxed = options.relaxedSimd !== false && api.validate(decodeBase64(RELAXED_PROBE_WASM));
    return instantiate(api, relaxed, setup);
  } catch {
    return void 0;
  }
}
let backends;
function backendList() {
  if (backends === void 0) {
    const wasm = createWasmGemm();
    backends = wasm === void 0 ? [jsGemmBackend] : [wasm, jsGemmBackend];
  }
  return backends;
}
function backendFor(array) {
  for (const backend of backendList())
    if (backend.supports(array))
      return backend;
  return jsGemmBackend;
}
function isFloatArray(value) {
  return value instanceof Float64Array || value instanceof Float32Array;
}
function dtypeName(value) {
  var _a;
  if (value === null)
    return "null";
  if (typeof value !== "object")
    return typeof value;
  const name = (_a = value.constructor) == null ? void 0 : _a.name;
  return typeof name === "string" ? name : "object";
}
function checkDimension(value, argument) {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new NumericError("shape", `${argument} must be a non-negative integer, found ${String(value)}`, { argument });
  }
}
function checkOperand(array, argument, length, like, shape) {
  if (array === void 0 || array === null) {
    throw new NumericError("missing-input", `${argument} is required`, { argument });
  }
  if (!isFloatArray(array)) {
    throw new NumericError("dtype", `${argument} must be a Float32Array or Float64Array, found ${dtypeName(array)}`, { argument });
  }
  if (like !== void 0 && array.constructor !== like.constructor) {
    throw new NumericError("dtype", `${argument} must be a ${dtypeName(like)} like a, found ${dtypeName(array)}`, { argument });
  }
  if (array.length !== length) {
    throw new NumericError("length-mismatch", `${argument} must hold ${shape} = ${length} elements, found ${array.length}`, { argument });
  }
}
function overlaps(x, y) {
  if (x.buffer !== y.buffer)
    return false;
  const xEnd = x.byteOffset + x.byteLength;
  const yEnd = y.byteOffset + y.byteLength;
  return x.byteOffset < yEnd && y.byteOffset < xEnd;
}
function gemm(transA, transB, m, n, k, a, b, c, accumulate) {
  checkDimension(m, "m");
  checkDimension(n, "n");
  checkDimension(k, "k");
  checkOperand(a, "a", m * k, void 0, transA ? "k×m" : "m×k");
  checkOperand(b, "b", k * n, a, transB ? "n×k" : "k×n");
  checkOperand(c, "c", m * n, a, "m×n");
  if (overlaps(c, a) || overlaps(c, b)) {
    throw new NumericError("invalid-option", "the output must not share memory with an operand", { argument: "c" });
  }
  backendFor(a).gemm(transA, transB, m, n, k, a, b, c, accumulate);
}
const SPECS = new Map([...FUNCTIONS.values()].map((spec) => [spec.name, spec]));
const SCALAR_FUNCTIONS = new Map([...SPECS].map(([name, spec]) => [name, spec.scalar]));
function sourceOf(fn) {
  const text2 = Function.prototype.toString.call(fn);
  if (!text2.includes("[native code]"))
    return text2;
  const name = Object.getOwnPropertyNames(Math).find((key) => Math[key] === fn);
  if (name === void 0)
    throw new Error("bp internal error: a scalar implementation has no source");
  return `Math.${name}`;
}
function scalarSource(name) {
  const spec = SPECS.get(name);
  if (spec === void 0)
    throw new Error(`bp internal error: no scalar implementation of ${name}`);
  const own = sourceOf(spec.scalar);
  const uses = spec.uses ?? [];
  if (uses.length === 0)
    return own;
  const names = uses.map((use) => SPECS.get(use).scalar.name);
  return `((${names.join(", ")}) => (${own}))(${uses.map(scalarSource).join(", ")})`;
}
const ELEMENTWISE = /* @__PURE__ */ new Set(["add", "sub", "emul", "ediv", "epow", "map", "constant", "ones"]);
const INLINE = /* @__PURE__ */ new Map([
  ["relu", ([x]) => `(${x} > 0 ? ${x} : 0)`],
  ["step", ([x]) => `(${x} > 0 ? 1 : 0)`],
  ["exp", ([x]) => `Math.exp(${x})`],
  ["log", (args) => args.length === 1 ? `Math.log(${args[0]})` : `(Math.log(${args[0]}) / Math.log(${args[1]}))`],
  ["sqrt", ([x]) => `Math.sqrt(${x})`],
  ["tanh", ([x]) => `Math.tanh(${x})`],
  ["abs", ([x]) => `Math.abs(${x})`]
]);
const TABLE_NAMES = [...SCALAR_FUNCTIONS.keys()];
const TABLE = TABLE_NAMES.map((name) => SCALAR_FUNCTIONS.get(name));
function literal(value) {
  if (!Number.isFinite(value))
    throw new Error(`bp internal error: constant ${value} is not finite`);
  return value < 0 ? `(${String(value)})` : String(value);
}
class Plan {
  constructor(g, roots) {
    __publicField(this, "g");
    __publicField(this, "order");
    __publicField(this, "uses", /* @__PURE__ */ new Map());
    __publicField(this, "roots");
    this.g = g;
    this.roots = new Set(roots);
    const seen = /* @__PURE__ */ new Set();
    const stack = [...roots];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id))
        continue;
      seen.add(id);
      for (const arg of g.node(id).args) {
        this.uses.set(arg, [...this.uses.get(arg) ?? [], id]);
        stack.push(arg);
      }
    }
    this.order = [...seen].sort((a, b) => a - b);
  }
  isMatmulOperand(id) {
    return (this.uses.get(id) ?? []).every((user) => this.g.node(user).op === "matmul");
  }
  /** A node computed inside its only consumer's loop rather than into a buffer of its own. */
  isFused(id) {
    const n = this.g.node(id);
    const users = this.uses.get(id) ?? [];
    if (n.op === "constant" || n.op === "ones")
      return users.every((user2) => ELEMENTWISE.has(this.g.node(user2).op));
    if (n.op === "transpose")
      return !this.roots.has(id) && this.isMatmulOperand(id) && this.g.node(n.args[0]).op !== "transpose";
    if (!ELEMENTWISE.has(n.op) || this.roots.has(id) || users.length !== 1)
      return false;
    const user = this.g.node(users[0]);
    return ELEMENTWISE.has(user.op) && user.shape[0] === n.shape[0] && user.shape[1] === n.shape[1];
  }
}
function fusedLoop(plan, id, slots, tables) {
  const g = plan.g;
  const [rows, columns] = g.shape(id);
  const leaves = /* @__PURE__ */ new Set();
  const expression = (x) => {
    const n = g.node(x);
    if (n.op === "constant")
      return literal(n.value);
    if (n.op === "ones")
      return "1";
    if (x !== id && !plan.isFused(x)) {
      const slot = slots.get(x);
      leaves.add(slot);
      const [r, c] = n.shape;
      const index = r === rows && c === columns ? "k" : r === 1 && c === 1 ? "0" : c === 1 ? "i" : r === 1 ? "j" : "k";
      return `b${slot}[${index}]`;
    }
    return operation(n, n.args.map(expression), tables);
  };
  const body = expression(id);
  const locals = [...leaves].map((slot) => `const b${slot} = b[${slot}];`).join(" ");
  return `{ ${locals} const out = b[${slots.get(id)}];
  for (let i = 0, k = 0; i < ${rows}; i++) for (let j = 0; j < ${columns}; j++, k++) out[k] = ${body}; }`;
}
function operation(n, args, tables) {
  const [a, b] = args;
  switch (n.op) {
    case "add":
      return `(${a} + ${b})`;
    case "sub":
      return `(${a} - ${b})`;
    case "emul":
      return `(${a} * ${b})`;
    case "ediv":
      return `(${a} / ${b})`;
    case "epow":
      return b === "2" ? `(${a} * ${a})` : `Math.pow(${a}, ${b})`;
    case "map": {
      const inline = INLINE.get(n.name);
      if (inline !== void 0)
        return inline(args);
      const index = TABLE_NAMES.indexOf(n.name);
      if (index < 0)
        throw new Error(`bp internal error: no scalar implementation of ${n.name}`);
      tables.add(index);
      return `t[${index}](${args.join(", ")})`;
    }
    default:
      throw new Error(`bp internal error: ${n.op} is not element-wise`);
  }
}
function operand(plan, id, slots) {
  const n = plan.g.node(id);
  return n.op === "transpose" && plan.isFused(id) ? [slots.get(n.args[0]), true] : [slots.get(id), false];
}
function matmulCode(plan, id, slots) {
  const n = plan.g.node(id);
  const [sa, ta] = operand(plan, n.args[0], slots);
  const [sb, tb] = operand(plan, n.args[1], slots);
  const k = plan.g.shape(n.args[0])[1];
  return `gemm(${ta}, ${tb}, ${n.shape[0]}, ${n.shape[1]}, ${k}, b[${sa}], b[${sb}], b[${slots.get(id)}]);`;
}
function reductionCode(plan, id, slots) {
  const n = plan.g.node(id);
  const [x, out] = [slots.get(n.args[0]), slots.get(id)];
  const [rows, columns] = plan.g.shape(n.args[0]);
  const size2 = rows * columns;
  const head = `const a = b[${x}], o = b[${out}];`;
  switch (n.op) {
    case "sum":
      return `{ ${head} let s = 0; for (let i = 0; i < ${size2}; i++) s += a[i]; o[0] = s; }`;
    case "mean":
      return `{ ${head} let s = 0; for (let i = 0; i < ${size2}; i++) s += a[i]; o[0] = s / ${size2}; }`;
    case "norm":
      return `{ ${head} let s = 0; for (let i = 0; i < ${size2}; i++) s += a[i] * a[i]; o[0] = Math.sqrt(s); }`;
    case "trace":
      return `{ ${head} let s = 0; for (let i = 0; i < ${rows}; i++) s += a[i * ${columns + 1}]; o[0] = s; }`;
    case "dot":
      return `{ ${head} const c = b[${slots.get(n.args[1])}]; let s = 0; for (let i = 0; i < ${size2}; i++) s += a[i] * c[i]; o[0] = s; }`;
    case "row-sums":
      return `{ ${head} for (let i = 0; i < ${rows}; i++) { let s = 0; for (let j = 0; j < ${columns}; j++) s += a[i * ${columns} + j]; o[i] = s; } }`;
    case "column-sums":
      return `{ ${head} o.fill(0); for (let i = 0; i < ${rows}; i++) for (let j = 0; j < ${columns}; j++) o[j] += a[i * ${columns} + j]; }`;
    case "transpose":
      return `{ ${head} for (let i = 0; i < ${rows}; i++) for (let j = 0; j < ${columns}; j++) o[j * ${rows} + i] = a[i * ${columns} + j]; }`;
    default: {
      const write = n.op === "logsumexp" ? "o[j] = m + Math.log(s);" : `for (let i = 0; i < ${rows}; i++) o[i * ${columns} + j] = Math.exp(a[i * ${columns} + j] - m) / s;`;
      return `{ ${head} for (let j = 0; j < ${columns}; j++) { let m = -Infinity; for (let i = 0; i < ${rows}; i++) m = Math.max(m, a[i * ${columns} + j]);
  let s = 0; for (let i = 0; i < ${rows}; i++) s += Math.exp(a[i * ${columns} + j] - m); ${write} } }`;
    }
  }
}
function standaloneModule(body, tables, layout2, names, dtype) {
  const array = dtype === "float32" ? "Float32Array" : "Float64Array";
  return `// Generated by bp (@bp/numeric compileMatrix): the value and gradient of one matrix program, with
// no dependency on bp. evaluate({ name: ${array} (row-major) | number, … }) returns { value, gradient }.
const t = [];
${[...tables].sort((a, b) => a - b).map((i) => `t[${i}] = ${scalarSource(TABLE_NAMES[i])}; // ${TABLE_NAMES[i]}`).join("\n")}

/** c = op(a)·op(b), row-major, op a transpose when ta / tb. */
function gemm(ta, tb, m, n, k, a, b, c) {
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
    c[i * n + j] = s;
  }
}

function run(b) {
${body}
}

export const inputs = ${JSON.stringify(names.inputs)};
export const wrt = ${JSON.stringify(names.wrt)};
export const shapes = ${JSON.stringify(names.shapes)};
export const dtype = ${JSON.stringify(dtype)};
const b = ${JSON.stringify(layout2.sizes)}.map((size) => new ${array}(size));
for (const [slot, fill] of ${JSON.stringify([...layout2.fills])}) {
  if (fill === 'identity') for (let i = 0; i * i < b[slot].length; i++) b[slot][i * (Math.sqrt(b[slot].length) + 1)] = 1;
  else b[slot].fill(fill);
}
const inputSlots = ${JSON.stringify(layout2.inputSlots.map((slot) => slot ?? -1))};
const gradientSlots = ${JSON.stringify(layout2.gradientSlots.map((slot) => slot ?? -1))};
const fixed = ${JSON.stringify(layout2.fixed.map((v) => v ?? null))};

export function evaluate(given) {
  inputs.forEach((name, i) => {
    const value = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : undefined;
    const size = shapes[name][0] * shapes[name][1];
    if (inputSlots[i] < 0) return;
    if (typeof value === 'number' && size === 1) b[inputSlots[i]][0] = value;
    else if (value instanceof ${array} && value.length === size) b[inputSlots[i]] = value;
    else throw new TypeError(\`input "\${name}" must be a ${array} of \${size} entries (row-major)\`);
  });
  run(b);
  const gradient = {};
  wrt.forEach((name, i) => {
    const size = shapes[name] ? shapes[name][0] * shapes[name][1] : 1;
    gradient[name] = gradientSlots[i] >= 0 ? b[gradientSlots[i]].slice() : new ${array}(size).fill(fixed[i] ?? 0);
  });
  return { value: ${layout2.fixedValue === void 0 ? `b[${layout2.valueSlot}][0]` : literal(layout2.fixedValue)}, gradient };
}

export default evaluate;
`;
}
function checkInput(name, value, shape, dtype) {
  if (value === void 0)
    throw new NumericError("missing-input", `no value for "${name}"`, { argument: name });
  if (typeof value === "number") {
    if (shape[0] !== 1 || shape[1] !== 1)
      throw new NumericError("length-mismatch", `"${name}" is ${shape[0]}×${shape[1]}, found a number`, { argument: name });
    return;
  }
  const Type = dtype === "float32" ? Float32Array : Float64Array;
  if (!(value instanceof Type))
    throw new NumericError("dtype", `"${name}" must be a ${Type.name} for a ${dtype} kernel`, { argument: name });
  if (value.length !== shape[0] * shape[1]) {
    throw new NumericError("length-mismatch", `"${name}" is ${shape[0]}×${shape[1]} (${shape[0] * shape[1]} entries), found ${value.length}`, { argument: name });
  }
}
function layoutProgram(program, options, dtype) {
  const bp = matrixBackprop(program);
  const g = bp.graph;
  const wrt = options.wrt ?? program.inputs;
  const gradientIds = wrt.map((name) => bp.gradient.get(name));
  const fixed = gradientIds.map((id) => {
    const n = id === void 0 ? void 0 : g.node(id);
    return n === void 0 ? 0 : n.op === "constant" ? n.value : n.op === "ones" ? 1 : void 0;
  });
  const plan = new Plan(g, [bp.output, ...gradientIds.filter((id, i) => id !== void 0 && fixed[i] === void 0)]);
  const slots = /* @__PURE__ */ new Map();
  const sizes = [];
  const fills = /* @__PURE__ */ new Map();
  const code = [];
  const tables = /* @__PURE__ */ new Set();
  for (const id of plan.order) {
    const n = g.node(id);
    if (plan.isFused(id))
      continue;
    slots.set(id, sizes.length);
    sizes.push(n.shape[0] * n.shape[1]);
    if (n.op === "identity" || n.op === "ones" || n.op === "constant")
      fills.set(sizes.length - 1, n.op === "identity" ? "identity" : n.value ?? 1);
    if (n.op === "input" || fills.has(sizes.length - 1))
      continue;
    code.push(n.op === "matmul" ? matmulCode(plan, id, slots) : ELEMENTWISE.has(n.op) ? fusedLoop(plan, id, slots, tables) : reductionCode(plan, id, slots));
  }
  const output = g.node(bp.output);
  const layout2 = {
    sizes,
    fills,
    fixed,
    inputSlots: program.inputs.map((name) => slots.get(g.inputs.get(name))),
    valueSlot: slots.get(bp.output),
    gradientSlots: gradientIds.map((id, i) => id === void 0 || fixed[i] !== void 0 ? void 0 : slots.get(id)),
    fixedValue: output.op === "constant" ? output.value : void 0
  };
  return { layout: layout2, body: code.join("\n"), tables, wrt };
}
function compileMatrix(source, options) {
  const program = typeof source === "string" ? parseMatrix(source, options) : source;
  const dtype = options.dtype ?? "float64";
  const { layout: layout2, body, tables, wrt } = layoutProgram(program, options);
  const Type = dtype === "float32" ? Float32Array : Float64Array;
  const buffers = layout2.sizes.map((size2) => new Type(size2));
  for (const [slot, fill] of layout2.fills) {
    const buffer = buffers[slot];
    if (fill !== "identity")
      buffer.fill(fill);
    else
      for (let i = 0, n = Math.round(Math.sqrt(buffer.length)); i < n; i++)
        buffer[i * (n + 1)] = 1;
  }
  const run = new Function("b", "t", "gemm", body);
  const shapes = Object.fromEntries(program.inputs.map((name) => [name, program.shapes.get(name)]));
  const gradient2 = {};
  wrt.forEach((name, i) => {
    const shape = program.shapes.get(name) ?? [1, 1];
    gradient2[name] = new Type(shape[0] * shape[1]).fill(layout2.fixed[i] ?? 0);
  });
  const result = { value: 0, gradient: gradient2 };
  const own = layout2.inputSlots.map((slot) => slot === void 0 ? void 0 : buffers[slot]);
  const names = program.inputs;
  return {
    inputs: names,
    wrt,
    dtype,
    shapes,
    source: body,
    module: standaloneModule(body, tables, layout2, { inputs: names, wrt, shapes }, dtype),
    evaluate(inputs) {
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        const value = Object.prototype.hasOwnProperty.call(inputs, name) ? inputs[name] : void 0;
        checkInput(name, value, shapes[name], dtype);
        const slot = layout2.inputSlots[i];
        if (slot === void 0)
          continue;
        if (typeof value === "number")
          own[i][0] = value;
        buffers[slot] = typeof value === "number" ? own[i] : value;
      }
      run(buffers, TABLE, product);
      result.value = layout2.fixedValue ?? buffers[layout2.valueSlot][0];
      for (let i = 0; i < wrt.length; i++) {
        const slot = layout2.gradientSlots[i];
        if (slot !== void 0)
          gradient2[wrt[i]].set(buffers[slot]);
      }
      return result;
    }
  };
}
function product(ta, tb, m, n, k, a, b, c) {
  gemm(ta, tb, m, n, k, a, b, c, false);
}
function uniform(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let z = state;
    z = Math.imul(z ^ z >>> 15, z | 1);
    z ^= z + Math.imul(z ^ z >>> 7, z | 61);
    return ((z ^ z >>> 14) >>> 0) / 4294967296;
  };
}
function randomPoint(program, options, next) {
  const [low, high] = options.range ?? [-2, 2];
  const distributions = new Set(options.distributions ?? []);
  const point = {};
  for (const name of program.inputs) {
    const [rows, columns] = program.shapes.get(name);
    const values = Float64Array.from({ length: rows * columns }, () => distributions.has(name) ? 0.1 + next() : low + (high - low) * next());
    if (distributions.has(name)) {
      for (let j = 0; j < columns; j++) {
        let s = 0;
        for (let i = 0; i < rows; i++)
          s += values[i * columns + j];
        for (let i = 0; i < rows; i++)
          values[i * columns + j] = values[i * columns + j] / s;
      }
    }
    point[name] = values;
  }
  return point;
}
function givenPoint(program, given) {
  return Object.fromEntries(program.inputs.map((name) => {
    const value = given[name];
    return [name, typeof value === "number" ? Float64Array.of(value) : Float64Array.from(value ?? [])];
  }));
}
function layout(program, wrt) {
  const offsets = [];
  let size2 = 0;
  for (const name of wrt) {
    offsets.push(size2);
    const [r, c] = program.shapes.get(name) ?? [1, 1];
    size2 += r * c;
  }
  return { offsets, size: size2 };
}
function crossValidateMatrix(source, options) {
  const program = typeof source === "string" ? parseMatrix(source, options) : source;
  const wrt = (options.wrt ?? program.inputs).filter((name) => program.inputs.includes(name));
  const kernel = compileMatrix(program, { ...options, wrt });
  const next = uniform(options.seed ?? 1);
  const requested = options.points ?? 3;
  const points = typeof requested === "number" ? Array.from({ length: requested }, () => randomPoint(program, options, next)) : requested.map((given) => givenPoint(program, given));
  const { offsets, size: size2 } = layout(program, wrt);
  const entries = [];
  const kinks = [];
  let tolerance = { rtol: options.rtol ?? Number.NaN, atol: options.atol ?? Number.NaN };
  const where = (flat) => {
    let w = wrt.length - 1;
    while (offsets[w] > flat)
      w--;
    const columns = program.shapes.get(wrt[w])[1];
    const offset = flat - offsets[w];
    return { input: wrt[w], entry: [Math.floor(offset / columns), offset % columns], offset };
  };
  const results = points.map((at2, p) => {
    const symbolic = matrixGradient(program, { ...options, at: at2, wrt });
    const compiled = kernel.evaluate(at2);
    const x = new Float64Array(size2);
    wrt.forEach((name, w) => x.set(at2[name], offsets[w]));
    const f = (v) => {
      const shifted = new Map(Object.entries(at2));
      wrt.forEach((name, w) => shifted.set(name, v.subarray(offsets[w], offsets[w] + at2[name].length)));
      return evaluateMatrix(program.graph, [program.output], shifted).get(program.output)[0];
    };
    const analytic = new Float64Array(size2);
    wrt.forEach((name, w) => analytic.set(symbolic.gradient[name], offsets[w]));
    const check2 = checkGradient(f, analytic, x, { ...options.rtol === void 0 ? {} : { rtol: options.rtol }, ...options.atol === void 0 ? {} : { atol: options.atol } });
    tolerance = { rtol: check2.rtol, atol: Math.max(check2.atol, Number.isNaN(tolerance.atol) ? 0 : tolerance.atol) };
    for (const c of check2.worst) {
      const { input, entry } = where(c.index);
      entries.push({ input, entry, check: "symbolic-vs-numeric", expected: c.numeric, actual: c.analytic, absError: c.absError, relError: c.relError, ok: c.ok, point: p });
    }
    for (const k of check2.kinks)
      kinks.push({ ...where(k), point: p });
    let agree = check2.ok;
    for (let i = 0; i < size2; i++) {
      const { input, entry, offset } = where(i);
      const [expected, actual] = [analytic[i], compiled.gradient[input][offset]];
      const absError = Math.abs(actual - expected);
      const scale = Math.max(Math.abs(actual), Math.abs(expected));
      const ok = absError <= 1e-9 * (1 + scale);
      agree && (agree = ok);
      entries.push({ input, entry, check: "compiled-vs-symbolic", expected, actual, absError, relError: scale === 0 ? 0 : absError / scale, ok, point: p });
    }
    return { at: at2, value: symbolic.value, ok: agree };
  });
  entries.sort((a, b) => Number(a.ok) - Number(b.ok) || b.relError - a.relError);
  return {
    ok: results.every((r) => r.ok),
    inputs: program.inputs,
    wrt,
    shapes: Object.fromEntries(program.shapes),
    maxAbsError: entries.reduce((m, e) => Math.max(m, e.absError), 0),
    maxRelError: entries.reduce((m, e) => Math.max(m, e.relError), 0),
    points: results,
    worst: entries,
    ...tolerance,
    kinks: kinks.map(({ input, entry, point }) => ({ input, entry, point }))
  };
}
function checkProgramGradient(reference, point, analytic) {
  const names = reference.inputs;
  const f = (x2) => {
    const at2 = { ...point };
    names.forEach((name, i) => at2[name] = x2[i]);
    return reference.run(at2)[reference.output];
  };
  const x = Float64Array.from(names.map((name) => point[name]));
  const result = checkGradient(f, names.map((name) => analytic[name] ?? 0), x);
  const rows = names.map((name, index) => {
    const c = result.worst.find((component) => component.index === index);
    return { name, analytic: c.analytic, numeric: c.numeric, absError: c.absError, relError: c.relError, ok: c.ok, kink: c.kink };
  });
  return { ok: result.ok, maxAbsError: result.maxAbsError, maxRelError: result.maxRelError, rows, rtol: result.rtol, atol: result.atol };
}
function numberForPage(value) {
  if (value === 0) return "0";
  const text2 = Math.abs(value) >= 1e-4 && Math.abs(value) < 1e6 ? String(Number(value.toPrecision(6))) : value.toExponential(4);
  return text2.replace("-", "−");
}
class ParseError extends Error {
  // The underlying error message without any context added.
  constructor(message, token) {
    var error = "KaTeX parse error: " + message;
    var start;
    var end;
    var loc = token && token.loc;
    if (loc && loc.start <= loc.end) {
      var input = loc.lexer.input;
      start = loc.start;
      end = loc.end;
      if (start === input.length) {
        error += " at end of input: ";
      } else {
        error += " at position " + (start + 1) + ": ";
      }
      var underlined = input.slice(start, end).replace(/[^]/g, "$&̲");
      var left;
      if (start > 15) {
        left = "…" + input.slice(start - 15, start);
      } else {
        left = input.slice(0, start);
      }
      var right;
      if (end + 15 < input.length) {
        right = input.slice(end, end + 15) + "…";
      } else {
        right = input.slice(end);
      }
      error += left + underlined + right;
    }
    super(error);
    this.name = "ParseError";
    this.position = void 0;
    this.length = void 0;
    this.rawMessage = void 0;
    Object.setPrototypeOf(this, ParseError.prototype);
    this.position = start;
    if (start != null && end != null) {
      this.length = end - start;
    }
    this.rawMessage = message;
  }
}
var uppercase = /([A-Z])/g;
var hyphenate = (str) => str.replace(uppercase, "-$1").toLowerCase();
var ESCAPE_LOOKUP = {
  "&": "&amp;",
  ">": "&gt;",
  "<": "&lt;",
  '"': "&quot;",
  "'": "&#x27;"
};
var ESCAPE_REGEX = /[&><"']/g;
var escape = (text2) => String(text2).replace(ESCAPE_REGEX, (match2) => ESCAPE_LOOKUP[match2]);
var getBaseElem = (group) => {
  if (group.type === "ordgroup") {
    if (group.body.length === 1) {
      return getBaseElem(group.body[0]);
    } else {
      return group;
    }
  } else if (group.type === "color") {
    if (group.body.length === 1) {
      return getBaseElem(group.body[0]);
    } else {
      return group;
    }
  } else if (group.type === "font") {
    return getBaseElem(group.body);
  } else {
    return group;
  }
};
var characterNodesTypes = /* @__PURE__ */ new Set(["mathord", "textord", "atom"]);
var isCharacterBox = (group) => characterNodesTypes.has(getBaseElem(group).type);
var protocolFromUrl = (url) => {
  var protocol = /^[\x00-\x20]*([^\\/#?]*?)(:|&#0*58|&#x0*3a|&colon)/i.exec(url);
  if (!protocol) {
    return "_relative";
  }
  if (protocol[2] !== ":") {
    return null;
  }
  if (!/^[a-zA-Z][a-zA-Z0-9+\-.]*$/.test(protocol[1])) {
    return null;
  }
  return protocol[1].toLowerCase();
};
var SETTINGS_SCHEMA = {
  displayMode: {
    type: "boolean",
    description: "Render math in display mode, which puts the math in display style (so \\int and \\sum are large, for example), and centers the math on the page on its own line.",
    cli: "-d, --display-mode"
  },
  output: {
    type: {
      enum: ["htmlAndMathml", "html", "mathml"]
    },
    description: "Determines the markup language of the output.",
    cli: "-F, --format <type>"
  },
  leqno: {
    type: "boolean",
    description: "Render display math in leqno style (left-justified tags)."
  },
  fleqn: {
    type: "boolean",
    description: "Render display math flush left."
  },
  throwOnError: {
    type: "boolean",
    default: true,
    cli: "-t, --no-throw-on-error",
    cliDescription: "Render errors (in the color given by --error-color) instead of throwing a ParseError exception when encountering an error."
  },
  errorColor: {
    type: "string",
    default: "#cc0000",
    cli: "-c, --error-color <color>",
    cliDescription: "A color string given in the format 'rgb' or 'rrggbb' (no #). This option determines the color of errors rendered by the -t option.",
    cliProcessor: (color) => "#" + color
  },
  macros: {
    type: "object",
    cli: "-m, --macro <def>",
    cliDescription: "Define custom macro of the form '\\foo:expansion' (use multiple -m arguments for multiple macros).",
    cliDefault: [],
    cliProcessor: (def, defs) => {
      defs.push(def);
      return defs;
    }
  },
  minRuleThickness: {
    type: "number",
    description: "Specifies a minimum thickness, in ems, for fraction lines, `\\sqrt` top lines, `{array}` vertical lines, `\\hline`, `\\hdashline`, `\\underline`, `\\overline`, and the borders of `\\fbox`, `\\boxed`, and `\\fcolorbox`.",
    processor: (t) => Math.max(0, t),
    cli: "--min-rule-thickness <size>",
    cliProcessor: parseFloat
  },
  colorIsTextColor: {
    type: "boolean",
    description: "Makes \\color behave like LaTeX's 2-argument \\textcolor, instead of LaTeX's one-argument \\color mode change.",
    cli: "-b, --color-is-text-color"
  },
  strict: {
    type: [{
      enum: ["warn", "ignore", "error"]
    }, "boolean", "function"],
    description: "Turn on strict / LaTeX faithfulness mode, which throws an error if the input uses features that are not supported by LaTeX.",
    cli: "-S, --strict",
    cliDefault: false
  },
  trust: {
    type: ["boolean", "function"],
    description: "Trust the input, enabling all HTML features such as \\url.",
    cli: "-T, --trust"
  },
  maxSize: {
    type: "number",
    default: Infinity,
    description: "If non-zero, all user-specified sizes, e.g. in \\rule{500em}{500em}, will be capped to maxSize ems. Otherwise, elements and spaces can be arbitrarily large",
    processor: (s) => Math.max(0, s),
    cli: "-s, --max-size <n>",
    cliProcessor: parseInt
  },
  maxExpand: {
    type: "number",
    default: 1e3,
    description: "Limit the number of macro expansions to the specified number, to prevent e.g. infinite macro loops. If set to Infinity, the macro expander will try to fully expand as in LaTeX.",
    processor: (n) => Math.max(0, n),
    cli: "-e, --max-expand <n>",
    cliProcessor: (n) => n === "Infinity" ? Infinity : parseInt(n)
  },
  globalGroup: {
    type: "boolean",
    cli: false
  }
};
function getImplicitDefault(type) {
  if (typeof type !== "string") {
    return type.enum[0];
  }
  switch (type) {
    case "boolean":
      return false;
    case "string":
      return "";
    case "number":
      return 0;
    case "object":
      return {};
    default:
      throw new Error("Unexpected schema type; settings must declare an explicit default.");
  }
}
function getDefaultValue(schema) {
  if (schema.default !== void 0) {
    return schema.default;
  }
  var type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return getImplicitDefault(type);
}
function applySetting(target, prop, options, schema) {
  var optionValue = options[prop];
  target[prop] = optionValue !== void 0 ? schema.processor ? schema.processor(optionValue) : optionValue : getDefaultValue(schema);
}
class Settings {
  constructor(options) {
    if (options === void 0) {
      options = {};
    }
    this.displayMode = void 0;
    this.output = void 0;
    this.leqno = void 0;
    this.fleqn = void 0;
    this.throwOnError = void 0;
    this.errorColor = void 0;
    this.macros = void 0;
    this.minRuleThickness = void 0;
    this.colorIsTextColor = void 0;
    this.strict = void 0;
    this.trust = void 0;
    this.maxSize = void 0;
    this.maxExpand = void 0;
    this.globalGroup = void 0;
    options = options || {};
    for (var prop of Object.keys(SETTINGS_SCHEMA)) {
      var schema = SETTINGS_SCHEMA[prop];
      if (schema) {
        applySetting(this, prop, options, schema);
      }
    }
  }
  /**
   * Report nonstrict (non-LaTeX-compatible) input.
   * Can safely not be called if `this.strict` is false in JavaScript.
   */
  reportNonstrict(errorCode, errorMsg, token) {
    var strict = this.strict;
    if (typeof strict === "function") {
      strict = strict(errorCode, errorMsg, token);
    }
    if (!strict || strict === "ignore") {
      return;
    } else if (strict === true || strict === "error") {
      throw new ParseError("LaTeX-incompatible input and strict mode is set to 'error': " + (errorMsg + " [" + errorCode + "]"), token);
    } else if (strict === "warn") {
      typeof console !== "undefined" && console.warn("LaTeX-incompatible input and strict mode is set to 'warn': " + (errorMsg + " [" + errorCode + "]"));
    } else {
      typeof console !== "undefined" && console.warn("LaTeX-incompatible input and strict mode is set to " + ("unrecognized '" + strict + "': " + errorMsg + " [" + errorCode + "]"));
    }
  }
  /**
   * Check whether to apply strict (LaTeX-adhering) behavior for unusual
   * input (like `\\`).  Unlike `nonstrict`, will not throw an error;
   * instead, "error" translates to a return value of `true`, while "ignore"
   * translates to a return value of `false`.  May still print a warning:
   * "warn" prints a warning and returns `false`.
   * This is for the second category of `errorCode`s listed in the README.
   */
  useStrictBehavior(errorCode, errorMsg, token) {
    var strict = this.strict;
    if (typeof strict === "function") {
      try {
        strict = strict(errorCode, errorMsg, token);
      } catch (error) {
        strict = "error";
      }
    }
    if (!strict || strict === "ignore") {
      return false;
    } else if (strict === true || strict === "error") {
      return true;
    } else if (strict === "warn") {
      typeof console !== "undefined" && console.warn("LaTeX-incompatible input and strict mode is set to 'warn': " + (errorMsg + " [" + errorCode + "]"));
      return false;
    } else {
      typeof console !== "undefined" && console.warn("LaTeX-incompatible input and strict mode is set to " + ("unrecognized '" + strict + "': " + errorMsg + " [" + errorCode + "]"));
      return false;
    }
  }
  /**
   * Check whether to test potentially dangerous input, and return
   * `true` (trusted) or `false` (untrusted).  The sole argument `context`
   * should be an object with `command` field specifying the relevant LaTeX
   * command (as a string starting with `\`), and any other arguments, etc.
   * If `context` has a `url` field, a `protocol` field will automatically
   * get added by this function (changing the specified object).
   */
  isTrusted(context) {
    if ("url" in context && context.url && !context.protocol) {
      var protocol = protocolFromUrl(context.url);
      if (protocol == null) {
        return false;
      }
      context.protocol = protocol;
    }
    var trust = typeof this.trust === "function" ? this.trust(context) : this.trust;
    return Boolean(trust);
  }
}
class Style {
  constructor(id, size2, cramped) {
    this.id = void 0;
    this.size = void 0;
    this.cramped = void 0;
    this.id = id;
    this.size = size2;
    this.cramped = cramped;
  }
  /**
   * Get the style of a superscript given a base in the current style.
   */
  sup() {
    return styles[sup[this.id]];
  }
  /**
   * Get the style of a subscript given a base in the current style.
   */
  sub() {
    return styles[sub[this.id]];
  }
  /**
   * Get the style of a fraction numerator given the fraction in the current
   * style.
   */
  fracNum() {
    return styles[fracNum[this.id]];
  }
  /**
   * Get the style of a fraction denominator given the fraction in the current
   * style.
   */
  fracDen() {
    return styles[fracDen[this.id]];
  }
  /**
   * Get the cramped version of a style (in particular, cramping a cramped style
   * doesn't change the style).
   */
  cramp() {
    return styles[cramp[this.id]];
  }
  /**
   * Get a text or display version of this style.
   */
  text() {
    return styles[text$1[this.id]];
  }
  /**
   * Return true if this style is tightly spaced (scriptstyle/scriptscriptstyle)
   */
  isTight() {
    return this.size >= 2;
  }
}
var D = 0;
var Dc = 1;
var T = 2;
var Tc = 3;
var S = 4;
var Sc = 5;
var SS = 6;
var SSc = 7;
var styles = [new Style(D, 0, false), new Style(Dc, 0, true), new Style(T, 1, false), new Style(Tc, 1, true), new Style(S, 2, false), new Style(Sc, 2, true), new Style(SS, 3, false), new Style(SSc, 3, true)];
var sup = [S, Sc, S, Sc, SS, SSc, SS, SSc];
var sub = [Sc, Sc, Sc, Sc, SSc, SSc, SSc, SSc];
var fracNum = [T, Tc, S, Sc, SS, SSc, SS, SSc];
var fracDen = [Tc, Tc, Sc, Sc, SSc, SSc, SSc, SSc];
var cramp = [Dc, Dc, Tc, Tc, Sc, Sc, SSc, SSc];
var text$1 = [D, Dc, T, Tc, T, Tc, T, Tc];
var Style$1 = {
  DISPLAY: styles[D],
  TEXT: styles[T],
  SCRIPT: styles[S],
  SCRIPTSCRIPT: styles[SS]
};
var scriptData = [{
  // Latin characters beyond the Latin-1 characters we have metrics for.
  // Needed for Czech, Hungarian and Turkish text, for example.
  name: "latin",
  blocks: [
    [256, 591],
    // Latin Extended-A and Latin Extended-B
    [768, 879]
    // Combining Diacritical marks
  ]
}, {
  // The Cyrillic script used by Russian and related languages.
  // A Cyrillic subset used to be supported as explicitly defined
  // symbols in symbols.js
  name: "cyrillic",
  blocks: [[1024, 1279]]
}, {
  // Armenian
  name: "armenian",
  blocks: [[1328, 1423]]
}, {
  // The Brahmic scripts of South and Southeast Asia
  // Devanagari (0900–097F)
  // Bengali (0980–09FF)
  // Gurmukhi (0A00–0A7F)
  // Gujarati (0A80–0AFF)
  // Oriya (0B00–0B7F)
  // Tamil (0B80–0BFF)
  // Telugu (0C00–0C7F)
  // Kannada (0C80–0CFF)
  // Malayalam (0D00–0D7F)
  // Sinhala (0D80–0DFF)
  // Thai (0E00–0E7F)
  // Lao (0E80–0EFF)
  // Tibetan (0F00–0FFF)
  // Myanmar (1000–109F)
  name: "brahmic",
  blocks: [[2304, 4255]]
}, {
  name: "georgian",
  blocks: [[4256, 4351]]
}, {
  // Chinese and Japanese.
  // The "k" in cjk is for Korean, but we've separated Korean out
  name: "cjk",
  blocks: [
    [12288, 12543],
    // CJK symbols and punctuation, Hiragana, Katakana
    [19968, 40879],
    // CJK ideograms
    [65280, 65376]
    // Fullwidth punctuation
    // TODO: add halfwidth Katakana and Romanji glyphs
  ]
}, {
  // Korean
  name: "hangul",
  blocks: [[44032, 55215]]
}];
function scriptFromCodepoint(codepoint) {
  for (var i = 0; i < scriptData.length; i++) {
    var script2 = scriptData[i];
    for (var _i = 0; _i < script2.blocks.length; _i++) {
      var block = script2.blocks[_i];
      if (codepoint >= block[0] && codepoint <= block[1]) {
        return script2.name;
      }
    }
  }
  return null;
}
var allBlocks = [];
scriptData.forEach((s) => s.blocks.forEach((b) => allBlocks.push(...b)));
function supportedCodepoint(codepoint) {
  for (var i = 0; i < allBlocks.length; i += 2) {
    if (codepoint >= allBlocks[i] && codepoint <= allBlocks[i + 1]) {
      return true;
    }
  }
  return false;
}
var doubleBrushStroke = (svgPath) => svgPath + " " + svgPath;
var hLinePad = 80;
var sqrtMain = function sqrtMain2(extraVinculum, hLinePad2) {
  return "M95," + (622 + extraVinculum + hLinePad2) + "\nc-2.7,0,-7.17,-2.7,-13.5,-8c-5.8,-5.3,-9.5,-10,-9.5,-14\nc0,-2,0.3,-3.3,1,-4c1.3,-2.7,23.83,-20.7,67.5,-54\nc44.2,-33.3,65.8,-50.3,66.5,-51c1.3,-1.3,3,-2,5,-2c4.7,0,8.7,3.3,12,10\ns173,378,173,378c0.7,0,35.3,-71,104,-213c68.7,-142,137.5,-285,206.5,-429\nc69,-144,104.5,-217.7,106.5,-221\nl" + extraVinculum / 2.075 + " -" + extraVinculum + "\nc5.3,-9.3,12,-14,20,-14\nH400000v" + (40 + extraVinculum) + "H845.2724\ns-225.272,467,-225.272,467s-235,486,-235,486c-2.7,4.7,-9,7,-19,7\nc-6,0,-10,-1,-12,-3s-194,-422,-194,-422s-65,47,-65,47z\nM" + (834 + extraVinculum) + " " + hLinePad2 + "h400000v" + (40 + extraVinculum) + "h-400000z";
};
var sqrtSize1 = function sqrtSize12(extraVinculum, hLinePad2) {
  return "M263," + (601 + extraVinculum + hLinePad2) + "c0.7,0,18,39.7,52,119\nc34,79.3,68.167,158.7,102.5,238c34.3,79.3,51.8,119.3,52.5,120\nc340,-704.7,510.7,-1060.3,512,-1067\nl" + extraVinculum / 2.084 + " -" + extraVinculum + "\nc4.7,-7.3,11,-11,19,-11\nH40000v" + (40 + extraVinculum) + "H1012.3\ns-271.3,567,-271.3,567c-38.7,80.7,-84,175,-136,283c-52,108,-89.167,185.3,-111.5,232\nc-22.3,46.7,-33.8,70.3,-34.5,71c-4.7,4.7,-12.3,7,-23,7s-12,-1,-12,-1\ns-109,-253,-109,-253c-72.7,-168,-109.3,-252,-110,-252c-10.7,8,-22,16.7,-34,26\nc-22,17.3,-33.3,26,-34,26s-26,-26,-26,-26s76,-59,76,-59s76,-60,76,-60z\nM" + (1001 + extraVinculum) + " " + hLinePad2 + "h400000v" + (40 + extraVinculum) + "h-400000z";
};
var sqrtSize2 = function sqrtSize22(extraVinculum, hLinePad2) {
  return "M983 " + (10 + extraVinculum + hLinePad2) + "\nl" + extraVinculum / 3.13 + " -" + extraVinculum + "\nc4,-6.7,10,-10,18,-10 H400000v" + (40 + extraVinculum) + "\nH1013.1s-83.4,268,-264.1,840c-180.7,572,-277,876.3,-289,913c-4.7,4.7,-12.7,7,-24,7\ns-12,0,-12,0c-1.3,-3.3,-3.7,-11.7,-7,-25c-35.3,-125.3,-106.7,-373.3,-214,-744\nc-10,12,-21,25,-33,39s-32,39,-32,39c-6,-5.3,-15,-14,-27,-26s25,-30,25,-30\nc26.7,-32.7,52,-63,76,-91s52,-60,52,-60s208,722,208,722\nc56,-175.3,126.3,-397.3,211,-666c84.7,-268.7,153.8,-488.2,207.5,-658.5\nc53.7,-170.3,84.5,-266.8,92.5,-289.5z\nM" + (1001 + extraVinculum) + " " + hLinePad2 + "h400000v" + (40 + extraVinculum) + "h-400000z";
};
var sqrtSize3 = function sqrtSize32(extraVinculum, hLinePad2) {
  return "M424," + (2398 + extraVinculum + hLinePad2) + "\nc-1.3,-0.7,-38.5,-172,-111.5,-514c-73,-342,-109.8,-513.3,-110.5,-514\nc0,-2,-10.7,14.3,-32,49c-4.7,7.3,-9.8,15.7,-15.5,25c-5.7,9.3,-9.8,16,-12.5,20\ns-5,7,-5,7c-4,-3.3,-8.3,-7.7,-13,-13s-13,-13,-13,-13s76,-122,76,-122s77,-121,77,-121\ns209,968,209,968c0,-2,84.7,-361.7,254,-1079c169.3,-717.3,254.7,-1077.7,256,-1081\nl" + extraVinculum / 4.223 + " -" + extraVinculum + "c4,-6.7,10,-10,18,-10 H400000\nv" + (40 + extraVinculum) + "H1014.6\ns-87.3,378.7,-272.6,1166c-185.3,787.3,-279.3,1182.3,-282,1185\nc-2,6,-10,9,-24,9\nc-8,0,-12,-0.7,-12,-2z M" + (1001 + extraVinculum) + " " + hLinePad2 + "\nh400000v" + (40 + extraVinculum) + "h-400000z";
};
var sqrtSize4 = function sqrtSize42(extraVinculum, hLinePad2) {
  return "M473," + (2713 + extraVinculum + hLinePad2) + "\nc339.3,-1799.3,509.3,-2700,510,-2702 l" + extraVinculum / 5.298 + " -" + extraVinculum + "\nc3.3,-7.3,9.3,-11,18,-11 H400000v" + (40 + extraVinculum) + "H1017.7\ns-90.5,478,-276.2,1466c-185.7,988,-279.5,1483,-281.5,1485c-2,6,-10,9,-24,9\nc-8,0,-12,-0.7,-12,-2c0,-1.3,-5.3,-32,-16,-92c-50.7,-293.3,-119.7,-693.3,-207,-1200\nc0,-1.3,-5.3,8.7,-16,30c-10.7,21.3,-21.3,42.7,-32,64s-16,33,-16,33s-26,-26,-26,-26\ns76,-153,76,-153s77,-151,77,-151c0.7,0.7,35.7,202,105,604c67.3,400.7,102,602.7,104,\n606zM" + (1001 + extraVinculum) + " " + hLinePad2 + "h400000v" + (40 + extraVinculum) + "H1017.7z";
};
var phasePath = function phasePath2(y) {
  var x = y / 2;
  return "M400000 " + y + " H0 L" + x + " 0 l65 45 L145 " + (y - 80) + " H400000z";
};
var sqrtTall = function sqrtTall2(extraVinculum, hLinePad2, viewBoxHeight) {
  var vertSegment = viewBoxHeight - 54 - hLinePad2 - extraVinculum;
  return "M702 " + (extraVinculum + hLinePad2) + "H400000" + (40 + extraVinculum) + "\nH742v" + vertSegment + "l-4 4-4 4c-.667.7 -2 1.5-4 2.5s-4.167 1.833-6.5 2.5-5.5 1-9.5 1\nh-12l-28-84c-16.667-52-96.667 -294.333-240-727l-212 -643 -85 170\nc-4-3.333-8.333-7.667-13 -13l-13-13l77-155 77-156c66 199.333 139 419.667\n219 661 l218 661zM702 " + hLinePad2 + "H400000v" + (40 + extraVinculum) + "H742z";
};
var sqrtPath = function sqrtPath2(size2, extraVinculum, viewBoxHeight) {
  extraVinculum = 1e3 * extraVinculum;
  var path2 = "";
  switch (size2) {
    case "sqrtMain":
      path2 = sqrtMain(extraVinculum, hLinePad);
      break;
    case "sqrtSize1":
      path2 = sqrtSize1(extraVinculum, hLinePad);
      break;
    case "sqrtSize2":
      path2 = sqrtSize2(extraVinculum, hLinePad);
      break;
    case "sqrtSize3":
      path2 = sqrtSize3(extraVinculum, hLinePad);
      break;
    case "sqrtSize4":
      path2 = sqrtSize4(extraVinculum, hLinePad);
      break;
    case "sqrtTall":
      path2 = sqrtTall(extraVinculum, hLinePad, viewBoxHeight);
  }
  return path2;
};
var innerPath = function innerPath2(name, height) {
  switch (name) {
    case "⎜":
      return doubleBrushStroke("M291 0 H417 V" + height + " H291z");
    case "∣":
      return doubleBrushStroke("M145 0 H188 V" + height + " H145z");
    case "∥":
      return doubleBrushStroke("M145 0 H188 V" + height + " H145z") + doubleBrushStroke("M367 0 H410 V" + height + " H367z");
    case "⎟":
      return doubleBrushStroke("M457 0 H583 V" + height + " H457z");
    case "⎢":
      return doubleBrushStroke("M319 0 H403 V" + height + " H319z");
    case "⎥":
      return doubleBrushStroke("M263 0 H347 V" + height + " H263z");
    case "⎪":
      return doubleBrushStroke("M384 0 H504 V" + height + " H384z");
    case "⏐":
      return doubleBrushStroke("M312 0 H355 V" + height + " H312z");
    case "‖":
      return doubleBrushStroke("M257 0 H300 V" + height + " H257z") + doubleBrushStroke("M478 0 H521 V" + height + " H478z");
    default:
      return "";
  }
};
var path = {
  // The doubleleftarrow geometry is from glyph U+21D0 in the font KaTeX Main
  doubleleftarrow: "M262 157\nl10-10c34-36 62.7-77 86-123 3.3-8 5-13.3 5-16 0-5.3-6.7-8-20-8-7.3\n 0-12.2.5-14.5 1.5-2.3 1-4.8 4.5-7.5 10.5-49.3 97.3-121.7 169.3-217 216-28\n 14-57.3 25-88 33-6.7 2-11 3.8-13 5.5-2 1.7-3 4.2-3 7.5s1 5.8 3 7.5\nc2 1.7 6.3 3.5 13 5.5 68 17.3 128.2 47.8 180.5 91.5 52.3 43.7 93.8 96.2 124.5\n 157.5 9.3 8 15.3 12.3 18 13h6c12-.7 18-4 18-10 0-2-1.7-7-5-15-23.3-46-52-87\n-86-123l-10-10h399738v-40H218c328 0 0 0 0 0l-10-8c-26.7-20-65.7-43-117-69 2.7\n-2 6-3.7 10-5 36.7-16 72.3-37.3 107-64l10-8h399782v-40z\nm8 0v40h399730v-40zm0 194v40h399730v-40z",
  // doublerightarrow is from glyph U+21D2 in font KaTeX Main
  doublerightarrow: "M399738 392l\n-10 10c-34 36-62.7 77-86 123-3.3 8-5 13.3-5 16 0 5.3 6.7 8 20 8 7.3 0 12.2-.5\n 14.5-1.5 2.3-1 4.8-4.5 7.5-10.5 49.3-97.3 121.7-169.3 217-216 28-14 57.3-25 88\n-33 6.7-2 11-3.8 13-5.5 2-1.7 3-4.2 3-7.5s-1-5.8-3-7.5c-2-1.7-6.3-3.5-13-5.5-68\n-17.3-128.2-47.8-180.5-91.5-52.3-43.7-93.8-96.2-124.5-157.5-9.3-8-15.3-12.3-18\n-13h-6c-12 .7-18 4-18 10 0 2 1.7 7 5 15 23.3 46 52 87 86 123l10 10H0v40h399782\nc-328 0 0 0 0 0l10 8c26.7 20 65.7 43 117 69-2.7 2-6 3.7-10 5-36.7 16-72.3 37.3\n-107 64l-10 8H0v40zM0 157v40h399730v-40zm0 194v40h399730v-40z",
  // leftarrow is from glyph U+2190 in font KaTeX Main
  leftarrow: "M400000 241H110l3-3c68.7-52.7 113.7-120\n 135-202 4-14.7 6-23 6-25 0-7.3-7-11-21-11-8 0-13.2.8-15.5 2.5-2.3 1.7-4.2 5.8\n-5.5 12.5-1.3 4.7-2.7 10.3-4 17-12 48.7-34.8 92-68.5 130S65.3 228.3 18 247\nc-10 4-16 7.7-18 11 0 8.7 6 14.3 18 17 47.3 18.7 87.8 47 121.5 85S196 441.3 208\n 490c.7 2 1.3 5 2 9s1.2 6.7 1.5 8c.3 1.3 1 3.3 2 6s2.2 4.5 3.5 5.5c1.3 1 3.3\n 1.8 6 2.5s6 1 10 1c14 0 21-3.7 21-11 0-2-2-10.3-6-25-20-79.3-65-146.7-135-202\n l-3-3h399890zM100 241v40h399900v-40z",
  // overbrace is from glyphs U+23A9/23A8/23A7 in font KaTeX_Size4-Regular
  leftbrace: "M6 548l-6-6v-35l6-11c56-104 135.3-181.3 238-232 57.3-28.7 117\n-45 179-50h399577v120H403c-43.3 7-81 15-113 26-100.7 33-179.7 91-237 174-2.7\n 5-6 9-10 13-.7 1-7.3 1-20 1H6z",
  leftbraceunder: "M0 6l6-6h17c12.688 0 19.313.3 20 1 4 4 7.313 8.3 10 13\n 35.313 51.3 80.813 93.8 136.5 127.5 55.688 33.7 117.188 55.8 184.5 66.5.688\n 0 2 .3 4 1 18.688 2.7 76 4.3 172 5h399450v120H429l-6-1c-124.688-8-235-61.7\n-331-161C60.687 138.7 32.312 99.3 7 54L0 41V6z",
  // overgroup is from the MnSymbol package (public domain)
  leftgroup: "M400000 80\nH435C64 80 168.3 229.4 21 260c-5.9 1.2-18 0-18 0-2 0-3-1-3-3v-38C76 61 257 0\n 435 0h399565z",
  leftgroupunder: "M400000 262\nH435C64 262 168.3 112.6 21 82c-5.9-1.2-18 0-18 0-2 0-3 1-3 3v38c76 158 257 219\n 435 219h399565z",
  // Harpoons are from glyph U+21BD in font KaTeX Main
  leftharpoon: "M0 267c.7 5.3 3 10 7 14h399993v-40H93c3.3\n-3.3 10.2-9.5 20.5-18.5s17.8-15.8 22.5-20.5c50.7-52 88-110.3 112-175 4-11.3 5\n-18.3 3-21-1.3-4-7.3-6-18-6-8 0-13 .7-15 2s-4.7 6.7-8 16c-42 98.7-107.3 174.7\n-196 228-6.7 4.7-10.7 8-12 10-1.3 2-2 5.7-2 11zm100-26v40h399900v-40z",
  leftharpoonplus: "M0 267c.7 5.3 3 10 7 14h399993v-40H93c3.3-3.3 10.2-9.5\n 20.5-18.5s17.8-15.8 22.5-20.5c50.7-52 88-110.3 112-175 4-11.3 5-18.3 3-21-1.3\n-4-7.3-6-18-6-8 0-13 .7-15 2s-4.7 6.7-8 16c-42 98.7-107.3 174.7-196 228-6.7 4.7\n-10.7 8-12 10-1.3 2-2 5.7-2 11zm100-26v40h399900v-40zM0 435v40h400000v-40z\nm0 0v40h400000v-40z",
  leftharpoondown: "M7 241c-4 4-6.333 8.667-7 14 0 5.333.667 9 2 11s5.333\n 5.333 12 10c90.667 54 156 130 196 228 3.333 10.667 6.333 16.333 9 17 2 .667 5\n 1 9 1h5c10.667 0 16.667-2 18-6 2-2.667 1-9.667-3-21-32-87.333-82.667-157.667\n-152-211l-3-3h399907v-40zM93 281 H400000 v-40L7 241z",
  leftharpoondownplus: "M7 435c-4 4-6.3 8.7-7 14 0 5.3.7 9 2 11s5.3 5.3 12\n 10c90.7 54 156 130 196 228 3.3 10.7 6.3 16.3 9 17 2 .7 5 1 9 1h5c10.7 0 16.7\n-2 18-6 2-2.7 1-9.7-3-21-32-87.3-82.7-157.7-152-211l-3-3h399907v-40H7zm93 0\nv40h399900v-40zM0 241v40h399900v-40zm0 0v40h399900v-40z",
  // hook is from glyph U+21A9 in font KaTeX Main
  lefthook: "M400000 281 H103s-33-11.2-61-33.5S0 197.3 0 164s14.2-61.2 42.5\n-83.5C70.8 58.2 104 47 142 47 c16.7 0 25 6.7 25 20 0 12-8.7 18.7-26 20-40 3.3\n-68.7 15.7-86 37-10 12-15 25.3-15 40 0 22.7 9.8 40.7 29.5 54 19.7 13.3 43.5 21\n 71.5 23h399859zM103 281v-40h399897v40z",
  leftlinesegment: doubleBrushStroke("M40 281 V428 H0 V94 H40 V241 H400000 v40z"),
  leftbracketunder: doubleBrushStroke("M0 0 h120 V290 H399995 v120 H0z"),
  leftbracketover: doubleBrushStroke("M0 440 h120 V150 H399995 v-120 H0z"),
  leftmapsto: doubleBrushStroke("M40 281 V448H0V74H40V241H400000v40z"),
  // tofrom is from glyph U+21C4 in font KaTeX AMS Regular
  leftToFrom: "M0 147h400000v40H0zm0 214c68 40 115.7 95.7 143 167h22c15.3 0 23\n-.3 23-1 0-1.3-5.3-13.7-16-37-18-35.3-41.3-69-70-101l-7-8h399905v-40H95l7-8\nc28.7-32 52-65.7 70-101 10.7-23.3 16-35.7 16-37 0-.7-7.7-1-23-1h-22C115.7 265.3\n 68 321 0 361zm0-174v-40h399900v40zm100 154v40h399900v-40z",
  longequal: doubleBrushStroke("M0 50 h400000 v40H0z m0 194h40000v40H0z"),
  midbrace: "M200428 334\nc-100.7-8.3-195.3-44-280-108-55.3-42-101.7-93-139-153l-9-14c-2.7 4-5.7 8.7-9 14\n-53.3 86.7-123.7 153-211 199-66.7 36-137.3 56.3-212 62H0V214h199568c178.3-11.7\n 311.7-78.3 403-201 6-8 9.7-12 11-12 .7-.7 6.7-1 18-1s17.3.3 18 1c1.3 0 5 4 11\n 12 44.7 59.3 101.3 106.3 170 141s145.3 54.3 229 60h199572v120z",
  midbraceunder: "M199572 214\nc100.7 8.3 195.3 44 280 108 55.3 42 101.7 93 139 153l9 14c2.7-4 5.7-8.7 9-14\n 53.3-86.7 123.7-153 211-199 66.7-36 137.3-56.3 212-62h199568v120H200432c-178.3\n 11.7-311.7 78.3-403 201-6 8-9.7 12-11 12-.7.7-6.7 1-18 1s-17.3-.3-18-1c-1.3 0\n-5-4-11-12-44.7-59.3-101.3-106.3-170-141s-145.3-54.3-229-60H0V214z",
  oiintSize1: "M512.6 71.6c272.6 0 320.3 106.8 320.3 178.2 0 70.8-47.7 177.6\n-320.3 177.6S193.1 320.6 193.1 249.8c0-71.4 46.9-178.2 319.5-178.2z\nm368.1 178.2c0-86.4-60.9-215.4-368.1-215.4-306.4 0-367.3 129-367.3 215.4 0 85.8\n60.9 214.8 367.3 214.8 307.2 0 368.1-129 368.1-214.8z",
  oiintSize2: "M757.8 100.1c384.7 0 451.1 137.6 451.1 230 0 91.3-66.4 228.8\n-451.1 228.8-386.3 0-452.7-137.5-452.7-228.8 0-92.4 66.4-230 452.7-230z\nm502.4 230c0-111.2-82.4-277.2-502.4-277.2s-504 166-504 277.2\nc0 110 84 276 504 276s502.4-166 502.4-276z",
  oiiintSize1: "M681.4 71.6c408.9 0 480.5 106.8 480.5 178.2 0 70.8-71.6 177.6\n-480.5 177.6S202.1 320.6 202.1 249.8c0-71.4 70.5-178.2 479.3-178.2z\nm525.8 178.2c0-86.4-86.8-215.4-525.7-215.4-437.9 0-524.7 129-524.7 215.4 0\n85.8 86.8 214.8 524.7 214.8 438.9 0 525.7-129 525.7-214.8z",
  oiiintSize2: "M1021.2 53c603.6 0 707.8 165.8 707.8 277.2 0 110-104.2 275.8\n-707.8 275.8-606 0-710.2-165.8-710.2-275.8C311 218.8 415.2 53 1021.2 53z\nm770.4 277.1c0-131.2-126.4-327.6-770.5-327.6S248.4 198.9 248.4 330.1\nc0 130 128.8 326.4 772.7 326.4s770.5-196.4 770.5-326.4z",
  rightarrow: "M0 241v40h399891c-47.3 35.3-84 78-110 128\n-16.7 32-27.7 63.7-33 95 0 1.3-.2 2.7-.5 4-.3 1.3-.5 2.3-.5 3 0 7.3 6.7 11 20\n 11 8 0 13.2-.8 15.5-2.5 2.3-1.7 4.2-5.5 5.5-11.5 2-13.3 5.7-27 11-41 14.7-44.7\n 39-84.5 73-119.5s73.7-60.2 119-75.5c6-2 9-5.7 9-11s-3-9-9-11c-45.3-15.3-85\n-40.5-119-75.5s-58.3-74.8-73-119.5c-4.7-14-8.3-27.3-11-40-1.3-6.7-3.2-10.8-5.5\n-12.5-2.3-1.7-7.5-2.5-15.5-2.5-14 0-21 3.7-21 11 0 2 2 10.3 6 25 20.7 83.3 67\n 151.7 139 205zm0 0v40h399900v-40z",
  rightbrace: "M400000 542l\n-6 6h-17c-12.7 0-19.3-.3-20-1-4-4-7.3-8.3-10-13-35.3-51.3-80.8-93.8-136.5-127.5\ns-117.2-55.8-184.5-66.5c-.7 0-2-.3-4-1-18.7-2.7-76-4.3-172-5H0V214h399571l6 1\nc124.7 8 235 61.7 331 161 31.3 33.3 59.7 72.7 85 118l7 13v35z",
  rightbraceunder: "M399994 0l6 6v35l-6 11c-56 104-135.3 181.3-238 232-57.3\n 28.7-117 45-179 50H-300V214h399897c43.3-7 81-15 113-26 100.7-33 179.7-91 237\n-174 2.7-5 6-9 10-13 .7-1 7.3-1 20-1h17z",
  rightgroup: "M0 80h399565c371 0 266.7 149.4 414 180 5.9 1.2 18 0 18 0 2 0\n 3-1 3-3v-38c-76-158-257-219-435-219H0z",
  rightgroupunder: "M0 262h399565c371 0 266.7-149.4 414-180 5.9-1.2 18 0 18\n 0 2 0 3 1 3 3v38c-76 158-257 219-435 219H0z",
  rightharpoon: "M0 241v40h399993c4.7-4.7 7-9.3 7-14 0-9.3\n-3.7-15.3-11-18-92.7-56.7-159-133.7-199-231-3.3-9.3-6-14.7-8-16-2-1.3-7-2-15-2\n-10.7 0-16.7 2-18 6-2 2.7-1 9.7 3 21 15.3 42 36.7 81.8 64 119.5 27.3 37.7 58\n 69.2 92 94.5zm0 0v40h399900v-40z",
  rightharpoonplus: "M0 241v40h399993c4.7-4.7 7-9.3 7-14 0-9.3-3.7-15.3-11\n-18-92.7-56.7-159-133.7-199-231-3.3-9.3-6-14.7-8-16-2-1.3-7-2-15-2-10.7 0-16.7\n 2-18 6-2 2.7-1 9.7 3 21 15.3 42 36.7 81.8 64 119.5 27.3 37.7 58 69.2 92 94.5z\nm0 0v40h399900v-40z m100 194v40h399900v-40zm0 0v40h399900v-40z",
  rightharpoondown: "M399747 511c0 7.3 6.7 11 20 11 8 0 13-.8 15-2.5s4.7-6.8\n 8-15.5c40-94 99.3-166.3 178-217 13.3-8 20.3-12.3 21-13 5.3-3.3 8.5-5.8 9.5\n-7.5 1-1.7 1.5-5.2 1.5-10.5s-2.3-10.3-7-15H0v40h399908c-34 25.3-64.7 57-92 95\n-27.3 38-48.7 77.7-64 119-3.3 8.7-5 14-5 16zM0 241v40h399900v-40z",
  rightharpoondownplus: "M399747 705c0 7.3 6.7 11 20 11 8 0 13-.8\n 15-2.5s4.7-6.8 8-15.5c40-94 99.3-166.3 178-217 13.3-8 20.3-12.3 21-13 5.3-3.3\n 8.5-5.8 9.5-7.5 1-1.7 1.5-5.2 1.5-10.5s-2.3-10.3-7-15H0v40h399908c-34 25.3\n-64.7 57-92 95-27.3 38-48.7 77.7-64 119-3.3 8.7-5 14-5 16zM0 435v40h399900v-40z\nm0-194v40h400000v-40zm0 0v40h400000v-40z",
  righthook: "M399859 241c-764 0 0 0 0 0 40-3.3 68.7-15.7 86-37 10-12 15-25.3\n 15-40 0-22.7-9.8-40.7-29.5-54-19.7-13.3-43.5-21-71.5-23-17.3-1.3-26-8-26-20 0\n-13.3 8.7-20 26-20 38 0 71 11.2 99 33.5 0 0 7 5.6 21 16.7 14 11.2 21 33.5 21\n 66.8s-14 61.2-42 83.5c-28 22.3-61 33.5-99 33.5L0 241z M0 281v-40h399859v40z",
  rightlinesegment: doubleBrushStroke("M399960 241 V94 h40 V428 h-40 V281 H0 v-40z"),
  rightbracketunder: doubleBrushStroke("M399995 0 h-120 V290 H0 v120 H400000z"),
  rightbracketover: doubleBrushStroke("M399995 440 h-120 V150 H0 v-120 H399995z"),
  rightToFrom: "M400000 167c-70.7-42-118-97.7-142-167h-23c-15.3 0-23 .3-23\n 1 0 1.3 5.3 13.7 16 37 18 35.3 41.3 69 70 101l7 8H0v40h399905l-7 8c-28.7 32\n-52 65.7-70 101-10.7 23.3-16 35.7-16 37 0 .7 7.7 1 23 1h23c24-69.3 71.3-125 142\n-167z M100 147v40h399900v-40zM0 341v40h399900v-40z",
  // twoheadleftarrow is from glyph U+219E in font KaTeX AMS Regular
  twoheadleftarrow: "M0 167c68 40\n 115.7 95.7 143 167h22c15.3 0 23-.3 23-1 0-1.3-5.3-13.7-16-37-18-35.3-41.3-69\n-70-101l-7-8h125l9 7c50.7 39.3 85 86 103 140h46c0-4.7-6.3-18.7-19-42-18-35.3\n-40-67.3-66-96l-9-9h399716v-40H284l9-9c26-28.7 48-60.7 66-96 12.7-23.333 19\n-37.333 19-42h-46c-18 54-52.3 100.7-103 140l-9 7H95l7-8c28.7-32 52-65.7 70-101\n 10.7-23.333 16-35.7 16-37 0-.7-7.7-1-23-1h-22C115.7 71.3 68 127 0 167z",
  twoheadrightarrow: "M400000 167\nc-68-40-115.7-95.7-143-167h-22c-15.3 0-23 .3-23 1 0 1.3 5.3 13.7 16 37 18 35.3\n 41.3 69 70 101l7 8h-125l-9-7c-50.7-39.3-85-86-103-140h-46c0 4.7 6.3 18.7 19 42\n 18 35.3 40 67.3 66 96l9 9H0v40h399716l-9 9c-26 28.7-48 60.7-66 96-12.7 23.333\n-19 37.333-19 42h46c18-54 52.3-100.7 103-140l9-7h125l-7 8c-28.7 32-52 65.7-70\n 101-10.7 23.333-16 35.7-16 37 0 .7 7.7 1 23 1h22c27.3-71.3 75-127 143-167z",
  // tilde1 is a modified version of a glyph from the MnSymbol package
  tilde1: "M200 55.538c-77 0-168 73.953-177 73.953-3 0-7\n-2.175-9-5.437L2 97c-1-2-2-4-2-6 0-4 2-7 5-9l20-12C116 12 171 0 207 0c86 0\n 114 68 191 68 78 0 168-68 177-68 4 0 7 2 9 5l12 19c1 2.175 2 4.35 2 6.525 0\n 4.35-2 7.613-5 9.788l-19 13.05c-92 63.077-116.937 75.308-183 76.128\n-68.267.847-113-73.952-191-73.952z",
  // ditto tilde2, tilde3, & tilde4
  tilde2: "M344 55.266c-142 0-300.638 81.316-311.5 86.418\n-8.01 3.762-22.5 10.91-23.5 5.562L1 120c-1-2-1-3-1-4 0-5 3-9 8-10l18.4-9C160.9\n 31.9 283 0 358 0c148 0 188 122 331 122s314-97 326-97c4 0 8 2 10 7l7 21.114\nc1 2.14 1 3.21 1 4.28 0 5.347-3 9.626-7 10.696l-22.3 12.622C852.6 158.372 751\n 181.476 676 181.476c-149 0-189-126.21-332-126.21z",
  tilde3: "M786 59C457 59 32 175.242 13 175.242c-6 0-10-3.457\n-11-10.37L.15 138c-1-7 3-12 10-13l19.2-6.4C378.4 40.7 634.3 0 804.3 0c337 0\n 411.8 157 746.8 157 328 0 754-112 773-112 5 0 10 3 11 9l1 14.075c1 8.066-.697\n 16.595-6.697 17.492l-21.052 7.31c-367.9 98.146-609.15 122.696-778.15 122.696\n -338 0-409-156.573-744-156.573z",
  tilde4: "M786 58C457 58 32 177.487 13 177.487c-6 0-10-3.345\n-11-10.035L.15 143c-1-7 3-12 10-13l22-6.7C381.2 35 637.15 0 807.15 0c337 0 409\n 177 744 177 328 0 754-127 773-127 5 0 10 3 11 9l1 14.794c1 7.805-3 13.38-9\n 14.495l-20.7 5.574c-366.85 99.79-607.3 139.372-776.3 139.372-338 0-409\n -175.236-744-175.236z",
  // vec is from glyph U+20D7 in font KaTeX Main
  vec: "M377 20c0-5.333 1.833-10 5.5-14S391 0 397 0c4.667 0 8.667 1.667 12 5\n3.333 2.667 6.667 9 10 19 6.667 24.667 20.333 43.667 41 57 7.333 4.667 11\n10.667 11 18 0 6-1 10-3 12s-6.667 5-14 9c-28.667 14.667-53.667 35.667-75 63\n-1.333 1.333-3.167 3.5-5.5 6.5s-4 4.833-5 5.5c-1 .667-2.5 1.333-4.5 2s-4.333 1\n-7 1c-4.667 0-9.167-1.833-13.5-5.5S337 184 337 178c0-12.667 15.667-32.333 47-59\nH213l-171-1c-8.667-6-13-12.333-13-19 0-4.667 4.333-11.333 13-20h359\nc-16-25.333-24-45-24-59z",
  // widehat1 is a modified version of a glyph from the MnSymbol package
  widehat1: "M529 0h5l519 115c5 1 9 5 9 10 0 1-1 2-1 3l-4 22\nc-1 5-5 9-11 9h-2L532 67 19 159h-2c-5 0-9-4-11-9l-5-22c-1-6 2-12 8-13z",
  // ditto widehat2, widehat3, & widehat4
  widehat2: "M1181 0h2l1171 176c6 0 10 5 10 11l-2 23c-1 6-5 10\n-11 10h-1L1182 67 15 220h-1c-6 0-10-4-11-10l-2-23c-1-6 4-11 10-11z",
  widehat3: "M1181 0h2l1171 236c6 0 10 5 10 11l-2 23c-1 6-5 10\n-11 10h-1L1182 67 15 280h-1c-6 0-10-4-11-10l-2-23c-1-6 4-11 10-11z",
  widehat4: "M1181 0h2l1171 296c6 0 10 5 10 11l-2 23c-1 6-5 10\n-11 10h-1L1182 67 15 340h-1c-6 0-10-4-11-10l-2-23c-1-6 4-11 10-11z",
  // widecheck paths are all inverted versions of widehat
  widecheck1: "M529,159h5l519,-115c5,-1,9,-5,9,-10c0,-1,-1,-2,-1,-3l-4,-22c-1,\n-5,-5,-9,-11,-9h-2l-512,92l-513,-92h-2c-5,0,-9,4,-11,9l-5,22c-1,6,2,12,8,13z",
  widecheck2: "M1181,220h2l1171,-176c6,0,10,-5,10,-11l-2,-23c-1,-6,-5,-10,\n-11,-10h-1l-1168,153l-1167,-153h-1c-6,0,-10,4,-11,10l-2,23c-1,6,4,11,10,11z",
  widecheck3: "M1181,280h2l1171,-236c6,0,10,-5,10,-11l-2,-23c-1,-6,-5,-10,\n-11,-10h-1l-1168,213l-1167,-213h-1c-6,0,-10,4,-11,10l-2,23c-1,6,4,11,10,11z",
  widecheck4: "M1181,340h2l1171,-296c6,0,10,-5,10,-11l-2,-23c-1,-6,-5,-10,\n-11,-10h-1l-1168,273l-1167,-273h-1c-6,0,-10,4,-11,10l-2,23c-1,6,4,11,10,11z",
  // The next ten paths support reaction arrows from the mhchem package.
  // Arrows for \ce{<-->} are offset from xAxis by 0.22ex, per mhchem in LaTeX
  // baraboveleftarrow is mostly from glyph U+2190 in font KaTeX Main
  baraboveleftarrow: "M400000 620h-399890l3 -3c68.7 -52.7 113.7 -120 135 -202\nc4 -14.7 6 -23 6 -25c0 -7.3 -7 -11 -21 -11c-8 0 -13.2 0.8 -15.5 2.5\nc-2.3 1.7 -4.2 5.8 -5.5 12.5c-1.3 4.7 -2.7 10.3 -4 17c-12 48.7 -34.8 92 -68.5 130\ns-74.2 66.3 -121.5 85c-10 4 -16 7.7 -18 11c0 8.7 6 14.3 18 17c47.3 18.7 87.8 47\n121.5 85s56.5 81.3 68.5 130c0.7 2 1.3 5 2 9s1.2 6.7 1.5 8c0.3 1.3 1 3.3 2 6\ns2.2 4.5 3.5 5.5c1.3 1 3.3 1.8 6 2.5s6 1 10 1c14 0 21 -3.7 21 -11\nc0 -2 -2 -10.3 -6 -25c-20 -79.3 -65 -146.7 -135 -202l-3 -3h399890z\nM100 620v40h399900v-40z M0 241v40h399900v-40zM0 241v40h399900v-40z",
  // rightarrowabovebar is mostly from glyph U+2192, KaTeX Main
  rightarrowabovebar: "M0 241v40h399891c-47.3 35.3-84 78-110 128-16.7 32\n-27.7 63.7-33 95 0 1.3-.2 2.7-.5 4-.3 1.3-.5 2.3-.5 3 0 7.3 6.7 11 20 11 8 0\n13.2-.8 15.5-2.5 2.3-1.7 4.2-5.5 5.5-11.5 2-13.3 5.7-27 11-41 14.7-44.7 39\n-84.5 73-119.5s73.7-60.2 119-75.5c6-2 9-5.7 9-11s-3-9-9-11c-45.3-15.3-85-40.5\n-119-75.5s-58.3-74.8-73-119.5c-4.7-14-8.3-27.3-11-40-1.3-6.7-3.2-10.8-5.5\n-12.5-2.3-1.7-7.5-2.5-15.5-2.5-14 0-21 3.7-21 11 0 2 2 10.3 6 25 20.7 83.3 67\n151.7 139 205zm96 379h399894v40H0zm0 0h399904v40H0z",
  // The short left harpoon has 0.5em (i.e. 500 units) kern on the left end.
  // Ref from mhchem.sty: \rlap{\raisebox{-.22ex}{$\kern0.5em
  baraboveshortleftharpoon: "M507,435c-4,4,-6.3,8.7,-7,14c0,5.3,0.7,9,2,11\nc1.3,2,5.3,5.3,12,10c90.7,54,156,130,196,228c3.3,10.7,6.3,16.3,9,17\nc2,0.7,5,1,9,1c0,0,5,0,5,0c10.7,0,16.7,-2,18,-6c2,-2.7,1,-9.7,-3,-21\nc-32,-87.3,-82.7,-157.7,-152,-211c0,0,-3,-3,-3,-3l399351,0l0,-40\nc-398570,0,-399437,0,-399437,0z M593 435 v40 H399500 v-40z\nM0 281 v-40 H399908 v40z M0 281 v-40 H399908 v40z",
  rightharpoonaboveshortbar: "M0,241 l0,40c399126,0,399993,0,399993,0\nc4.7,-4.7,7,-9.3,7,-14c0,-9.3,-3.7,-15.3,-11,-18c-92.7,-56.7,-159,-133.7,-199,\n-231c-3.3,-9.3,-6,-14.7,-8,-16c-2,-1.3,-7,-2,-15,-2c-10.7,0,-16.7,2,-18,6\nc-2,2.7,-1,9.7,3,21c15.3,42,36.7,81.8,64,119.5c27.3,37.7,58,69.2,92,94.5z\nM0 241 v40 H399908 v-40z M0 475 v-40 H399500 v40z M0 475 v-40 H399500 v40z",
  shortbaraboveleftharpoon: "M7,435c-4,4,-6.3,8.7,-7,14c0,5.3,0.7,9,2,11\nc1.3,2,5.3,5.3,12,10c90.7,54,156,130,196,228c3.3,10.7,6.3,16.3,9,17c2,0.7,5,1,9,\n1c0,0,5,0,5,0c10.7,0,16.7,-2,18,-6c2,-2.7,1,-9.7,-3,-21c-32,-87.3,-82.7,-157.7,\n-152,-211c0,0,-3,-3,-3,-3l399907,0l0,-40c-399126,0,-399993,0,-399993,0z\nM93 435 v40 H400000 v-40z M500 241 v40 H400000 v-40z M500 241 v40 H400000 v-40z",
  shortrightharpoonabovebar: "M53,241l0,40c398570,0,399437,0,399437,0\nc4.7,-4.7,7,-9.3,7,-14c0,-9.3,-3.7,-15.3,-11,-18c-92.7,-56.7,-159,-133.7,-199,\n-231c-3.3,-9.3,-6,-14.7,-8,-16c-2,-1.3,-7,-2,-15,-2c-10.7,0,-16.7,2,-18,6\nc-2,2.7,-1,9.7,3,21c15.3,42,36.7,81.8,64,119.5c27.3,37.7,58,69.2,92,94.5z\nM500 241 v40 H399408 v-40z M500 435 v40 H400000 v-40z"
};
var tallDelim = function tallDelim2(label, midHeight) {
  switch (label) {
    case "lbrack":
      return "M403 1759 V84 H666 V0 H319 V1759 v" + midHeight + " v1759 v84 h347 v-84\nH403z M403 1759 V0 H319 V1759 v" + midHeight + " v1759 v84 h84z";
    case "rbrack":
      return "M347 1759 V0 H0 V84 H263 V1759 v" + midHeight + " v1759 H0 v84 H347z\nM347 1759 V0 H263 V1759 v" + midHeight + " v1759 h84z";
    case "vert":
      return "M145 15 v585 v" + midHeight + " v585 c2.667,10,9.667,15,21,15\nc10,0,16.667,-5,20,-15 v-585 v" + -midHeight + " v-585 c-2.667,-10,-9.667,-15,-21,-15\nc-10,0,-16.667,5,-20,15z M188 15 H145 v585 v" + midHeight + " v585 h43z";
    case "doublevert":
      return "M145 15 v585 v" + midHeight + " v585 c2.667,10,9.667,15,21,15\nc10,0,16.667,-5,20,-15 v-585 v" + -midHeight + " v-585 c-2.667,-10,-9.667,-15,-21,-15\nc-10,0,-16.667,5,-20,15z M188 15 H145 v585 v" + midHeight + " v585 h43z\nM367 15 v585 v" + midHeight + " v585 c2.667,10,9.667,15,21,15\nc10,0,16.667,-5,20,-15 v-585 v" + -midHeight + " v-585 c-2.667,-10,-9.667,-15,-21,-15\nc-10,0,-16.667,5,-20,15z M410 15 H367 v585 v" + midHeight + " v585 h43z";
    case "lfloor":
      return "M319 602 V0 H403 V602 v" + midHeight + " v1715 h263 v84 H319z\nMM319 602 V0 H403 V602 v" + midHeight + " v1715 H319z";
    case "rfloor":
      return "M319 602 V0 H403 V602 v" + midHeight + " v1799 H0 v-84 H319z\nMM319 602 V0 H403 V602 v" + midHeight + " v1715 H319z";
    case "lceil":
      return "M403 1759 V84 H666 V0 H319 V1759 v" + midHeight + " v602 h84z\nM403 1759 V0 H319 V1759 v" + midHeight + " v602 h84z";
    case "rceil":
      return "M347 1759 V0 H0 V84 H263 V1759 v" + midHeight + " v602 h84z\nM347 1759 V0 h-84 V1759 v" + midHeight + " v602 h84z";
    case "lparen":
      return "M863,9c0,-2,-2,-5,-6,-9c0,0,-17,0,-17,0c-12.7,0,-19.3,0.3,-20,1\nc-5.3,5.3,-10.3,11,-15,17c-242.7,294.7,-395.3,682,-458,1162c-21.3,163.3,-33.3,349,\n-36,557 l0," + (midHeight + 84) + "c0.2,6,0,26,0,60c2,159.3,10,310.7,24,454c53.3,528,210,\n949.7,470,1265c4.7,6,9.7,11.7,15,17c0.7,0.7,7,1,19,1c0,0,18,0,18,0c4,-4,6,-7,6,-9\nc0,-2.7,-3.3,-8.7,-10,-18c-135.3,-192.7,-235.5,-414.3,-300.5,-665c-65,-250.7,-102.5,\n-544.7,-112.5,-882c-2,-104,-3,-167,-3,-189\nl0,-" + (midHeight + 92) + "c0,-162.7,5.7,-314,17,-454c20.7,-272,63.7,-513,129,-723c65.3,\n-210,155.3,-396.3,270,-559c6.7,-9.3,10,-15.3,10,-18z";
    case "rparen":
      return "M76,0c-16.7,0,-25,3,-25,9c0,2,2,6.3,6,13c21.3,28.7,42.3,60.3,\n63,95c96.7,156.7,172.8,332.5,228.5,527.5c55.7,195,92.8,416.5,111.5,664.5\nc11.3,139.3,17,290.7,17,454c0,28,1.7,43,3.3,45l0," + (midHeight + 9) + "\nc-3,4,-3.3,16.7,-3.3,38c0,162,-5.7,313.7,-17,455c-18.7,248,-55.8,469.3,-111.5,664\nc-55.7,194.7,-131.8,370.3,-228.5,527c-20.7,34.7,-41.7,66.3,-63,95c-2,3.3,-4,7,-6,11\nc0,7.3,5.7,11,17,11c0,0,11,0,11,0c9.3,0,14.3,-0.3,15,-1c5.3,-5.3,10.3,-11,15,-17\nc242.7,-294.7,395.3,-681.7,458,-1161c21.3,-164.7,33.3,-350.7,36,-558\nl0,-" + (midHeight + 144) + "c-2,-159.3,-10,-310.7,-24,-454c-53.3,-528,-210,-949.7,\n-470,-1265c-4.7,-6,-9.7,-11.7,-15,-17c-0.7,-0.7,-6.7,-1,-18,-1z";
    default:
      throw new Error("Unknown stretchy delimiter.");
  }
};
function isMathDomNode(node) {
  return "toText" in node;
}
class DocumentFragment {
  // Never used; needed for satisfying interface.
  constructor(children) {
    this.children = void 0;
    this.classes = void 0;
    this.height = void 0;
    this.depth = void 0;
    this.maxFontSize = void 0;
    this.style = void 0;
    this.children = children;
    this.classes = [];
    this.height = 0;
    this.depth = 0;
    this.maxFontSize = 0;
    this.style = {};
  }
  hasClass(className) {
    return this.classes.includes(className);
  }
  /** Convert the fragment into a node. */
  toNode() {
    var frag = document.createDocumentFragment();
    for (var i = 0; i < this.children.length; i++) {
      frag.appendChild(this.children[i].toNode());
    }
    return frag;
  }
  /** Convert the fragment into HTML markup. */
  toMarkup() {
    var markup = "";
    for (var i = 0; i < this.children.length; i++) {
      markup += this.children[i].toMarkup();
    }
    return markup;
  }
  /**
   * Converts the math node into a string, similar to innerText. Applies to
   * MathDomNode's only.
   */
  toText() {
    return this.children.map((child) => {
      if (isMathDomNode(child)) {
        return child.toText();
      }
      throw new Error("Expected MathDomNode with toText, got " + child.constructor.name);
    }).join("");
  }
}
var ptPerUnit = {
  // https://en.wikibooks.org/wiki/LaTeX/Lengths and
  // https://tex.stackexchange.com/a/8263
  "pt": 1,
  // TeX point
  "mm": 7227 / 2540,
  // millimeter
  "cm": 7227 / 254,
  // centimeter
  "in": 72.27,
  // inch
  "bp": 803 / 800,
  // big (PostScript) points
  "pc": 12,
  // pica
  "dd": 1238 / 1157,
  // didot
  "cc": 14856 / 1157,
  // cicero (12 didot)
  "nd": 685 / 642,
  // new didot
  "nc": 1370 / 107,
  // new cicero (12 new didot)
  "sp": 1 / 65536,
  // scaled point (TeX's internal smallest unit)
  // https://tex.stackexchange.com/a/41371
  "px": 803 / 800
  // \pdfpxdimen defaults to 1 bp in pdfTeX and LuaTeX
};
var relativeUnit = {
  "ex": true,
  "em": true,
  "mu": true
};
var validUnit = function validUnit2(unit) {
  if (typeof unit !== "string") {
    unit = unit.unit;
  }
  return unit in ptPerUnit || unit in relativeUnit || unit === "ex";
};
var calculateSize = function calculateSize2(sizeValue, options) {
  var scale;
  if (sizeValue.unit in ptPerUnit) {
    scale = ptPerUnit[sizeValue.unit] / options.fontMetrics().ptPerEm / options.sizeMultiplier;
  } else if (sizeValue.unit === "mu") {
    scale = options.fontMetrics().cssEmPerMu;
  } else {
    var unitOptions;
    if (options.style.isTight()) {
      unitOptions = options.havingStyle(options.style.text());
    } else {
      unitOptions = options;
    }
    if (sizeValue.unit === "ex") {
      scale = unitOptions.fontMetrics().xHeight;
    } else if (sizeValue.unit === "em") {
      scale = unitOptions.fontMetrics().quad;
    } else {
      throw new ParseError("Invalid unit: '" + sizeValue.unit + "'");
    }
    if (unitOptions !== options) {
      scale *= unitOptions.sizeMultiplier / options.sizeMultiplier;
    }
  }
  return Math.min(sizeValue.number * scale, options.maxSize);
};
var makeEm = function makeEm2(n) {
  return +n.toFixed(4) + "em";
};
var createClass = function createClass2(classes) {
  return classes.filter((cls) => cls).join(" ");
};
var cssStyleToString = function cssStyleToString2(style) {
  var styles2 = "";
  for (var key of Object.keys(style)) {
    var value = style[key];
    if (value !== void 0) {
      styles2 += hyphenate(key) + ":" + value + ";";
    }
  }
  return styles2;
};
var initNode = function initNode2(classes, options, style) {
  this.classes = classes || [];
  this.attributes = {};
  this.height = 0;
  this.depth = 0;
  this.maxFontSize = 0;
  this.style = style || {};
  if (options) {
    if (options.style.isTight()) {
      this.classes.push("mtight");
    }
    var color = options.getColor();
    if (color) {
      this.style.color = color;
    }
  }
};
var toNode = function toNode2(tagName) {
  var node = document.createElement(tagName);
  node.className = createClass(this.classes);
  Object.assign(node.style, this.style);
  for (var attr of Object.keys(this.attributes)) {
    node.setAttribute(attr, this.attributes[attr]);
  }
  for (var i = 0; i < this.children.length; i++) {
    node.appendChild(this.children[i].toNode());
  }
  return node;
};
var invalidAttributeNameRegex = /[\s"'>/=\x00-\x1f]/;
var toMarkup = function toMarkup2(tagName) {
  var markup = "<" + tagName;
  if (this.classes.length) {
    markup += ' class="' + escape(createClass(this.classes)) + '"';
  }
  var styles2 = cssStyleToString(this.style);
  if (styles2) {
    markup += ' style="' + escape(styles2) + '"';
  }
  for (var attr of Object.keys(this.attributes)) {
    if (invalidAttributeNameRegex.test(attr)) {
      throw new ParseError("Invalid attribute name '" + attr + "'");
    }
    markup += " " + attr + '="' + escape(this.attributes[attr]) + '"';
  }
  markup += ">";
  for (var i = 0; i < this.children.length; i++) {
    markup += this.children[i].toMarkup();
  }
  markup += "</" + tagName + ">";
  return markup;
};
class Span {
  constructor(classes, children, options, style) {
    this.children = void 0;
    this.attributes = void 0;
    this.classes = void 0;
    this.height = void 0;
    this.depth = void 0;
    this.width = void 0;
    this.maxFontSize = void 0;
    this.style = void 0;
    this.italic = void 0;
    initNode.call(this, classes, options, style);
    this.children = children || [];
  }
  /**
   * Sets an arbitrary attribute on the span. Warning: use this wisely. Not
   * all browsers support attributes the same, and having too many custom
   * attributes is probably bad.
   */
  setAttribute(attribute, value) {
    this.attributes[attribute] = value;
  }
  hasClass(className) {
    return this.classes.includes(className);
  }
  toNode() {
    return toNode.call(this, "span");
  }
  toMarkup() {
    return toMarkup.call(this, "span");
  }
}
class Anchor {
  constructor(href, classes, children, options) {
    this.children = void 0;
    this.attributes = void 0;
    this.classes = void 0;
    this.height = void 0;
    this.depth = void 0;
    this.maxFontSize = void 0;
    this.style = void 0;
    initNode.call(this, classes, options);
    this.children = children || [];
    this.setAttribute("href", href);
  }
  setAttribute(attribute, value) {
    this.attributes[attribute] = value;
  }
  hasClass(className) {
    return this.classes.includes(className);
  }
  toNode() {
    return toNode.call(this, "a");
  }
  toMarkup() {
    return toMarkup.call(this, "a");
  }
}
class Img {
  constructor(src, alt, style) {
    this.src = void 0;
    this.alt = void 0;
    this.classes = void 0;
    this.height = void 0;
    this.depth = void 0;
    this.maxFontSize = void 0;
    this.style = void 0;
    this.alt = alt;
    this.src = src;
    this.classes = ["mord"];
    this.height = 0;
    this.depth = 0;
    this.maxFontSize = 0;
    this.style = style;
  }
  hasClass(className) {
    return this.classes.includes(className);
  }
  toNode() {
    var node = document.createElement("img");
    node.src = this.src;
    node.alt = this.alt;
    node.className = "mord";
    Object.assign(node.style, this.style);
    return node;
  }
  toMarkup() {
    var markup = '<img src="' + escape(this.src) + '"' + (' alt="' + escape(this.alt) + '"');
    var styles2 = cssStyleToString(this.style);
    if (styles2) {
      markup += ' style="' + escape(styles2) + '"';
    }
    markup += "'/>";
    return markup;
  }
}
var iCombinations = {
  "î": "ı̂",
  "ï": "ı̈",
  "í": "ı́",
  // 'ī': '\u0131\u0304', // enable when we add Extended Latin
  "ì": "ı̀"
};
class SymbolNode {
  constructor(text2, height, depth, italic2, skew, width, classes, style) {
    this.text = void 0;
    this.height = void 0;
    this.depth = void 0;
    this.italic = void 0;
    this.skew = void 0;
    this.width = void 0;
    this.maxFontSize = void 0;
    this.classes = void 0;
    this.style = void 0;
    this.text = text2;
    this.height = height || 0;
    this.depth = depth || 0;
    this.italic = italic2 || 0;
    this.skew = skew || 0;
    this.width = width || 0;
    this.classes = classes || [];
    this.style = style || {};
    this.maxFontSize = 0;
    var script2 = scriptFromCodepoint(this.text.charCodeAt(0));
    if (script2) {
      this.classes.push(script2 + "_fallback");
    }
    if (/[îïíì]/.test(this.text)) {
      this.text = iCombinations[this.text];
    }
  }
  hasClass(className) {
    return this.classes.includes(className);
  }
  /**
   * Creates a text node or span from a symbol node. Note that a span is only
   * created if it is needed.
   */
  toNode() {
    var node = document.createTextNode(this.text);
    var span = null;
    if (this.italic > 0) {
      span = document.createElement("span");
      span.style.marginRight = makeEm(this.italic);
    }
    if (this.classes.length > 0) {
      span = span || document.createElement("span");
      span.className = createClass(this.classes);
    }
    if (Object.keys(this.style).length > 0) {
      span = span || document.createElement("span");
      Object.assign(span.style, this.style);
    }
    if (span) {
      span.appendChild(node);
      return span;
    } else {
      return node;
    }
  }
  /**
   * Creates markup for a symbol node.
   */
  toMarkup() {
    var needsSpan = false;
    var markup = "<span";
    if (this.classes.length) {
      needsSpan = true;
      markup += ' class="';
      markup += escape(createClass(this.classes));
      markup += '"';
    }
    var styles2 = "";
    if (this.italic > 0) {
      styles2 += "margin-right:" + makeEm(this.italic) + ";";
    }
    styles2 += cssStyleToString(this.style);
    if (styles2) {
      needsSpan = true;
      markup += ' style="' + escape(styles2) + '"';
    }
    var escaped = escape(this.text);
    if (needsSpan) {
      markup += ">";
      markup += escaped;
      markup += "</span>";
      return markup;
    } else {
      return escaped;
    }
  }
}
class SvgNode {
  constructor(children, attributes) {
    this.children = void 0;
    this.attributes = void 0;
    this.children = children || [];
    this.attributes = attributes || {};
  }
  toNode() {
    var svgNS = "http://www.w3.org/2000/svg";
    var node = document.createElementNS(svgNS, "svg");
    for (var attr of Object.keys(this.attributes)) {
      node.setAttribute(attr, this.attributes[attr]);
    }
    for (var i = 0; i < this.children.length; i++) {
      node.appendChild(this.children[i].toNode());
    }
    return node;
  }
  toMarkup() {
    var markup = '<svg xmlns="http://www.w3.org/2000/svg"';
    for (var attr of Object.keys(this.attributes)) {
      markup += " " + attr + '="' + escape(this.attributes[attr]) + '"';
    }
    markup += ">";
    for (var i = 0; i < this.children.length; i++) {
      markup += this.children[i].toMarkup();
    }
    markup += "</svg>";
    return markup;
  }
}
class PathNode {
  constructor(pathName, alternate) {
    this.pathName = void 0;
    this.alternate = void 0;
    this.pathName = pathName;
    this.alternate = alternate;
  }
  toNode() {
    var svgNS = "http://www.w3.org/2000/svg";
    var node = document.createElementNS(svgNS, "path");
    if (this.alternate) {
      node.setAttribute("d", this.alternate);
    } else {
      node.setAttribute("d", path[this.pathName]);
    }
    return node;
  }
  toMarkup() {
    if (this.alternate) {
      return '<path d="' + escape(this.alternate) + '"/>';
    } else {
      return '<path d="' + escape(path[this.pathName]) + '"/>';
    }
  }
}
class LineNode {
  constructor(attributes) {
    this.attributes = void 0;
    this.attributes = attributes || {};
  }
  toNode() {
    var svgNS = "http://www.w3.org/2000/svg";
    var node = document.createElementNS(svgNS, "line");
    for (var attr of Object.keys(this.attributes)) {
      node.setAttribute(attr, this.attributes[attr]);
    }
    return node;
  }
  toMarkup() {
    var markup = "<line";
    for (var attr of Object.keys(this.attributes)) {
      markup += " " + attr + '="' + escape(this.attributes[attr]) + '"';
    }
    markup += "/>";
    return markup;
  }
}
function assertSymbolDomNode(group) {
  if (group instanceof SymbolNode) {
    return group;
  } else {
    throw new Error("Expected symbolNode but got " + String(group) + ".");
  }
}
function assertSpan(group) {
  if (group instanceof Span) {
    return group;
  } else {
    throw new Error("Expected span<HtmlDomNode> but got " + String(group) + ".");
  }
}
var hasHtmlDomChildren = (node) => node instanceof Span || node instanceof Anchor || node instanceof DocumentFragment;
var fontMetricsData = {
  "AMS-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "65": [0, 0.68889, 0, 0, 0.72222],
    "66": [0, 0.68889, 0, 0, 0.66667],
    "67": [0, 0.68889, 0, 0, 0.72222],
    "68": [0, 0.68889, 0, 0, 0.72222],
    "69": [0, 0.68889, 0, 0, 0.66667],
    "70": [0, 0.68889, 0, 0, 0.61111],
    "71": [0, 0.68889, 0, 0, 0.77778],
    "72": [0, 0.68889, 0, 0, 0.77778],
    "73": [0, 0.68889, 0, 0, 0.38889],
    "74": [0.16667, 0.68889, 0, 0, 0.5],
    "75": [0, 0.68889, 0, 0, 0.77778],
    "76": [0, 0.68889, 0, 0, 0.66667],
    "77": [0, 0.68889, 0, 0, 0.94445],
    "78": [0, 0.68889, 0, 0, 0.72222],
    "79": [0.16667, 0.68889, 0, 0, 0.77778],
    "80": [0, 0.68889, 0, 0, 0.61111],
    "81": [0.16667, 0.68889, 0, 0, 0.77778],
    "82": [0, 0.68889, 0, 0, 0.72222],
    "83": [0, 0.68889, 0, 0, 0.55556],
    "84": [0, 0.68889, 0, 0, 0.66667],
    "85": [0, 0.68889, 0, 0, 0.72222],
    "86": [0, 0.68889, 0, 0, 0.72222],
    "87": [0, 0.68889, 0, 0, 1],
    "88": [0, 0.68889, 0, 0, 0.72222],
    "89": [0, 0.68889, 0, 0, 0.72222],
    "90": [0, 0.68889, 0, 0, 0.66667],
    "107": [0, 0.68889, 0, 0, 0.55556],
    "160": [0, 0, 0, 0, 0.25],
    "165": [0, 0.675, 0.025, 0, 0.75],
    "174": [0.15559, 0.69224, 0, 0, 0.94666],
    "240": [0, 0.68889, 0, 0, 0.55556],
    "295": [0, 0.68889, 0, 0, 0.54028],
    "710": [0, 0.825, 0, 0, 2.33334],
    "732": [0, 0.9, 0, 0, 2.33334],
    "770": [0, 0.825, 0, 0, 2.33334],
    "771": [0, 0.9, 0, 0, 2.33334],
    "989": [0.08167, 0.58167, 0, 0, 0.77778],
    "1008": [0, 0.43056, 0.04028, 0, 0.66667],
    "8245": [0, 0.54986, 0, 0, 0.275],
    "8463": [0, 0.68889, 0, 0, 0.54028],
    "8487": [0, 0.68889, 0, 0, 0.72222],
    "8498": [0, 0.68889, 0, 0, 0.55556],
    "8502": [0, 0.68889, 0, 0, 0.66667],
    "8503": [0, 0.68889, 0, 0, 0.44445],
    "8504": [0, 0.68889, 0, 0, 0.66667],
    "8513": [0, 0.68889, 0, 0, 0.63889],
    "8592": [-0.03598, 0.46402, 0, 0, 0.5],
    "8594": [-0.03598, 0.46402, 0, 0, 0.5],
    "8602": [-0.13313, 0.36687, 0, 0, 1],
    "8603": [-0.13313, 0.36687, 0, 0, 1],
    "8606": [0.01354, 0.52239, 0, 0, 1],
    "8608": [0.01354, 0.52239, 0, 0, 1],
    "8610": [0.01354, 0.52239, 0, 0, 1.11111],
    "8611": [0.01354, 0.52239, 0, 0, 1.11111],
    "8619": [0, 0.54986, 0, 0, 1],
    "8620": [0, 0.54986, 0, 0, 1],
    "8621": [-0.13313, 0.37788, 0, 0, 1.38889],
    "8622": [-0.13313, 0.36687, 0, 0, 1],
    "8624": [0, 0.69224, 0, 0, 0.5],
    "8625": [0, 0.69224, 0, 0, 0.5],
    "8630": [0, 0.43056, 0, 0, 1],
    "8631": [0, 0.43056, 0, 0, 1],
    "8634": [0.08198, 0.58198, 0, 0, 0.77778],
    "8635": [0.08198, 0.58198, 0, 0, 0.77778],
    "8638": [0.19444, 0.69224, 0, 0, 0.41667],
    "8639": [0.19444, 0.69224, 0, 0, 0.41667],
    "8642": [0.19444, 0.69224, 0, 0, 0.41667],
    "8643": [0.19444, 0.69224, 0, 0, 0.41667],
    "8644": [0.1808, 0.675, 0, 0, 1],
    "8646": [0.1808, 0.675, 0, 0, 1],
    "8647": [0.1808, 0.675, 0, 0, 1],
    "8648": [0.19444, 0.69224, 0, 0, 0.83334],
    "8649": [0.1808, 0.675, 0, 0, 1],
    "8650": [0.19444, 0.69224, 0, 0, 0.83334],
    "8651": [0.01354, 0.52239, 0, 0, 1],
    "8652": [0.01354, 0.52239, 0, 0, 1],
    "8653": [-0.13313, 0.36687, 0, 0, 1],
    "8654": [-0.13313, 0.36687, 0, 0, 1],
    "8655": [-0.13313, 0.36687, 0, 0, 1],
    "8666": [0.13667, 0.63667, 0, 0, 1],
    "8667": [0.13667, 0.63667, 0, 0, 1],
    "8669": [-0.13313, 0.37788, 0, 0, 1],
    "8672": [-0.064, 0.437, 0, 0, 1.334],
    "8674": [-0.064, 0.437, 0, 0, 1.334],
    "8705": [0, 0.825, 0, 0, 0.5],
    "8708": [0, 0.68889, 0, 0, 0.55556],
    "8709": [0.08167, 0.58167, 0, 0, 0.77778],
    "8717": [0, 0.43056, 0, 0, 0.42917],
    "8722": [-0.03598, 0.46402, 0, 0, 0.5],
    "8724": [0.08198, 0.69224, 0, 0, 0.77778],
    "8726": [0.08167, 0.58167, 0, 0, 0.77778],
    "8733": [0, 0.69224, 0, 0, 0.77778],
    "8736": [0, 0.69224, 0, 0, 0.72222],
    "8737": [0, 0.69224, 0, 0, 0.72222],
    "8738": [0.03517, 0.52239, 0, 0, 0.72222],
    "8739": [0.08167, 0.58167, 0, 0, 0.22222],
    "8740": [0.25142, 0.74111, 0, 0, 0.27778],
    "8741": [0.08167, 0.58167, 0, 0, 0.38889],
    "8742": [0.25142, 0.74111, 0, 0, 0.5],
    "8756": [0, 0.69224, 0, 0, 0.66667],
    "8757": [0, 0.69224, 0, 0, 0.66667],
    "8764": [-0.13313, 0.36687, 0, 0, 0.77778],
    "8765": [-0.13313, 0.37788, 0, 0, 0.77778],
    "8769": [-0.13313, 0.36687, 0, 0, 0.77778],
    "8770": [-0.03625, 0.46375, 0, 0, 0.77778],
    "8774": [0.30274, 0.79383, 0, 0, 0.77778],
    "8776": [-0.01688, 0.48312, 0, 0, 0.77778],
    "8778": [0.08167, 0.58167, 0, 0, 0.77778],
    "8782": [0.06062, 0.54986, 0, 0, 0.77778],
    "8783": [0.06062, 0.54986, 0, 0, 0.77778],
    "8785": [0.08198, 0.58198, 0, 0, 0.77778],
    "8786": [0.08198, 0.58198, 0, 0, 0.77778],
    "8787": [0.08198, 0.58198, 0, 0, 0.77778],
    "8790": [0, 0.69224, 0, 0, 0.77778],
    "8791": [0.22958, 0.72958, 0, 0, 0.77778],
    "8796": [0.08198, 0.91667, 0, 0, 0.77778],
    "8806": [0.25583, 0.75583, 0, 0, 0.77778],
    "8807": [0.25583, 0.75583, 0, 0, 0.77778],
    "8808": [0.25142, 0.75726, 0, 0, 0.77778],
    "8809": [0.25142, 0.75726, 0, 0, 0.77778],
    "8812": [0.25583, 0.75583, 0, 0, 0.5],
    "8814": [0.20576, 0.70576, 0, 0, 0.77778],
    "8815": [0.20576, 0.70576, 0, 0, 0.77778],
    "8816": [0.30274, 0.79383, 0, 0, 0.77778],
    "8817": [0.30274, 0.79383, 0, 0, 0.77778],
    "8818": [0.22958, 0.72958, 0, 0, 0.77778],
    "8819": [0.22958, 0.72958, 0, 0, 0.77778],
    "8822": [0.1808, 0.675, 0, 0, 0.77778],
    "8823": [0.1808, 0.675, 0, 0, 0.77778],
    "8828": [0.13667, 0.63667, 0, 0, 0.77778],
    "8829": [0.13667, 0.63667, 0, 0, 0.77778],
    "8830": [0.22958, 0.72958, 0, 0, 0.77778],
    "8831": [0.22958, 0.72958, 0, 0, 0.77778],
    "8832": [0.20576, 0.70576, 0, 0, 0.77778],
    "8833": [0.20576, 0.70576, 0, 0, 0.77778],
    "8840": [0.30274, 0.79383, 0, 0, 0.77778],
    "8841": [0.30274, 0.79383, 0, 0, 0.77778],
    "8842": [0.13597, 0.63597, 0, 0, 0.77778],
    "8843": [0.13597, 0.63597, 0, 0, 0.77778],
    "8847": [0.03517, 0.54986, 0, 0, 0.77778],
    "8848": [0.03517, 0.54986, 0, 0, 0.77778],
    "8858": [0.08198, 0.58198, 0, 0, 0.77778],
    "8859": [0.08198, 0.58198, 0, 0, 0.77778],
    "8861": [0.08198, 0.58198, 0, 0, 0.77778],
    "8862": [0, 0.675, 0, 0, 0.77778],
    "8863": [0, 0.675, 0, 0, 0.77778],
    "8864": [0, 0.675, 0, 0, 0.77778],
    "8865": [0, 0.675, 0, 0, 0.77778],
    "8872": [0, 0.69224, 0, 0, 0.61111],
    "8873": [0, 0.69224, 0, 0, 0.72222],
    "8874": [0, 0.69224, 0, 0, 0.88889],
    "8876": [0, 0.68889, 0, 0, 0.61111],
    "8877": [0, 0.68889, 0, 0, 0.61111],
    "8878": [0, 0.68889, 0, 0, 0.72222],
    "8879": [0, 0.68889, 0, 0, 0.72222],
    "8882": [0.03517, 0.54986, 0, 0, 0.77778],
    "8883": [0.03517, 0.54986, 0, 0, 0.77778],
    "8884": [0.13667, 0.63667, 0, 0, 0.77778],
    "8885": [0.13667, 0.63667, 0, 0, 0.77778],
    "8888": [0, 0.54986, 0, 0, 1.11111],
    "8890": [0.19444, 0.43056, 0, 0, 0.55556],
    "8891": [0.19444, 0.69224, 0, 0, 0.61111],
    "8892": [0.19444, 0.69224, 0, 0, 0.61111],
    "8901": [0, 0.54986, 0, 0, 0.27778],
    "8903": [0.08167, 0.58167, 0, 0, 0.77778],
    "8905": [0.08167, 0.58167, 0, 0, 0.77778],
    "8906": [0.08167, 0.58167, 0, 0, 0.77778],
    "8907": [0, 0.69224, 0, 0, 0.77778],
    "8908": [0, 0.69224, 0, 0, 0.77778],
    "8909": [-0.03598, 0.46402, 0, 0, 0.77778],
    "8910": [0, 0.54986, 0, 0, 0.76042],
    "8911": [0, 0.54986, 0, 0, 0.76042],
    "8912": [0.03517, 0.54986, 0, 0, 0.77778],
    "8913": [0.03517, 0.54986, 0, 0, 0.77778],
    "8914": [0, 0.54986, 0, 0, 0.66667],
    "8915": [0, 0.54986, 0, 0, 0.66667],
    "8916": [0, 0.69224, 0, 0, 0.66667],
    "8918": [0.0391, 0.5391, 0, 0, 0.77778],
    "8919": [0.0391, 0.5391, 0, 0, 0.77778],
    "8920": [0.03517, 0.54986, 0, 0, 1.33334],
    "8921": [0.03517, 0.54986, 0, 0, 1.33334],
    "8922": [0.38569, 0.88569, 0, 0, 0.77778],
    "8923": [0.38569, 0.88569, 0, 0, 0.77778],
    "8926": [0.13667, 0.63667, 0, 0, 0.77778],
    "8927": [0.13667, 0.63667, 0, 0, 0.77778],
    "8928": [0.30274, 0.79383, 0, 0, 0.77778],
    "8929": [0.30274, 0.79383, 0, 0, 0.77778],
    "8934": [0.23222, 0.74111, 0, 0, 0.77778],
    "8935": [0.23222, 0.74111, 0, 0, 0.77778],
    "8936": [0.23222, 0.74111, 0, 0, 0.77778],
    "8937": [0.23222, 0.74111, 0, 0, 0.77778],
    "8938": [0.20576, 0.70576, 0, 0, 0.77778],
    "8939": [0.20576, 0.70576, 0, 0, 0.77778],
    "8940": [0.30274, 0.79383, 0, 0, 0.77778],
    "8941": [0.30274, 0.79383, 0, 0, 0.77778],
    "8994": [0.19444, 0.69224, 0, 0, 0.77778],
    "8995": [0.19444, 0.69224, 0, 0, 0.77778],
    "9416": [0.15559, 0.69224, 0, 0, 0.90222],
    "9484": [0, 0.69224, 0, 0, 0.5],
    "9488": [0, 0.69224, 0, 0, 0.5],
    "9492": [0, 0.37788, 0, 0, 0.5],
    "9496": [0, 0.37788, 0, 0, 0.5],
    "9585": [0.19444, 0.68889, 0, 0, 0.88889],
    "9586": [0.19444, 0.74111, 0, 0, 0.88889],
    "9632": [0, 0.675, 0, 0, 0.77778],
    "9633": [0, 0.675, 0, 0, 0.77778],
    "9650": [0, 0.54986, 0, 0, 0.72222],
    "9651": [0, 0.54986, 0, 0, 0.72222],
    "9654": [0.03517, 0.54986, 0, 0, 0.77778],
    "9660": [0, 0.54986, 0, 0, 0.72222],
    "9661": [0, 0.54986, 0, 0, 0.72222],
    "9664": [0.03517, 0.54986, 0, 0, 0.77778],
    "9674": [0.11111, 0.69224, 0, 0, 0.66667],
    "9733": [0.19444, 0.69224, 0, 0, 0.94445],
    "10003": [0, 0.69224, 0, 0, 0.83334],
    "10016": [0, 0.69224, 0, 0, 0.83334],
    "10731": [0.11111, 0.69224, 0, 0, 0.66667],
    "10846": [0.19444, 0.75583, 0, 0, 0.61111],
    "10877": [0.13667, 0.63667, 0, 0, 0.77778],
    "10878": [0.13667, 0.63667, 0, 0, 0.77778],
    "10885": [0.25583, 0.75583, 0, 0, 0.77778],
    "10886": [0.25583, 0.75583, 0, 0, 0.77778],
    "10887": [0.13597, 0.63597, 0, 0, 0.77778],
    "10888": [0.13597, 0.63597, 0, 0, 0.77778],
    "10889": [0.26167, 0.75726, 0, 0, 0.77778],
    "10890": [0.26167, 0.75726, 0, 0, 0.77778],
    "10891": [0.48256, 0.98256, 0, 0, 0.77778],
    "10892": [0.48256, 0.98256, 0, 0, 0.77778],
    "10901": [0.13667, 0.63667, 0, 0, 0.77778],
    "10902": [0.13667, 0.63667, 0, 0, 0.77778],
    "10933": [0.25142, 0.75726, 0, 0, 0.77778],
    "10934": [0.25142, 0.75726, 0, 0, 0.77778],
    "10935": [0.26167, 0.75726, 0, 0, 0.77778],
    "10936": [0.26167, 0.75726, 0, 0, 0.77778],
    "10937": [0.26167, 0.75726, 0, 0, 0.77778],
    "10938": [0.26167, 0.75726, 0, 0, 0.77778],
    "10949": [0.25583, 0.75583, 0, 0, 0.77778],
    "10950": [0.25583, 0.75583, 0, 0, 0.77778],
    "10955": [0.28481, 0.79383, 0, 0, 0.77778],
    "10956": [0.28481, 0.79383, 0, 0, 0.77778],
    "57350": [0.08167, 0.58167, 0, 0, 0.22222],
    "57351": [0.08167, 0.58167, 0, 0, 0.38889],
    "57352": [0.08167, 0.58167, 0, 0, 0.77778],
    "57353": [0, 0.43056, 0.04028, 0, 0.66667],
    "57356": [0.25142, 0.75726, 0, 0, 0.77778],
    "57357": [0.25142, 0.75726, 0, 0, 0.77778],
    "57358": [0.41951, 0.91951, 0, 0, 0.77778],
    "57359": [0.30274, 0.79383, 0, 0, 0.77778],
    "57360": [0.30274, 0.79383, 0, 0, 0.77778],
    "57361": [0.41951, 0.91951, 0, 0, 0.77778],
    "57366": [0.25142, 0.75726, 0, 0, 0.77778],
    "57367": [0.25142, 0.75726, 0, 0, 0.77778],
    "57368": [0.25142, 0.75726, 0, 0, 0.77778],
    "57369": [0.25142, 0.75726, 0, 0, 0.77778],
    "57370": [0.13597, 0.63597, 0, 0, 0.77778],
    "57371": [0.13597, 0.63597, 0, 0, 0.77778]
  },
  "Caligraphic-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "65": [0, 0.68333, 0, 0.19445, 0.79847],
    "66": [0, 0.68333, 0.03041, 0.13889, 0.65681],
    "67": [0, 0.68333, 0.05834, 0.13889, 0.52653],
    "68": [0, 0.68333, 0.02778, 0.08334, 0.77139],
    "69": [0, 0.68333, 0.08944, 0.11111, 0.52778],
    "70": [0, 0.68333, 0.09931, 0.11111, 0.71875],
    "71": [0.09722, 0.68333, 0.0593, 0.11111, 0.59487],
    "72": [0, 0.68333, 965e-5, 0.11111, 0.84452],
    "73": [0, 0.68333, 0.07382, 0, 0.54452],
    "74": [0.09722, 0.68333, 0.18472, 0.16667, 0.67778],
    "75": [0, 0.68333, 0.01445, 0.05556, 0.76195],
    "76": [0, 0.68333, 0, 0.13889, 0.68972],
    "77": [0, 0.68333, 0, 0.13889, 1.2009],
    "78": [0, 0.68333, 0.14736, 0.08334, 0.82049],
    "79": [0, 0.68333, 0.02778, 0.11111, 0.79611],
    "80": [0, 0.68333, 0.08222, 0.08334, 0.69556],
    "81": [0.09722, 0.68333, 0, 0.11111, 0.81667],
    "82": [0, 0.68333, 0, 0.08334, 0.8475],
    "83": [0, 0.68333, 0.075, 0.13889, 0.60556],
    "84": [0, 0.68333, 0.25417, 0, 0.54464],
    "85": [0, 0.68333, 0.09931, 0.08334, 0.62583],
    "86": [0, 0.68333, 0.08222, 0, 0.61278],
    "87": [0, 0.68333, 0.08222, 0.08334, 0.98778],
    "88": [0, 0.68333, 0.14643, 0.13889, 0.7133],
    "89": [0.09722, 0.68333, 0.08222, 0.08334, 0.66834],
    "90": [0, 0.68333, 0.07944, 0.13889, 0.72473],
    "160": [0, 0, 0, 0, 0.25]
  },
  "Fraktur-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "33": [0, 0.69141, 0, 0, 0.29574],
    "34": [0, 0.69141, 0, 0, 0.21471],
    "38": [0, 0.69141, 0, 0, 0.73786],
    "39": [0, 0.69141, 0, 0, 0.21201],
    "40": [0.24982, 0.74947, 0, 0, 0.38865],
    "41": [0.24982, 0.74947, 0, 0, 0.38865],
    "42": [0, 0.62119, 0, 0, 0.27764],
    "43": [0.08319, 0.58283, 0, 0, 0.75623],
    "44": [0, 0.10803, 0, 0, 0.27764],
    "45": [0.08319, 0.58283, 0, 0, 0.75623],
    "46": [0, 0.10803, 0, 0, 0.27764],
    "47": [0.24982, 0.74947, 0, 0, 0.50181],
    "48": [0, 0.47534, 0, 0, 0.50181],
    "49": [0, 0.47534, 0, 0, 0.50181],
    "50": [0, 0.47534, 0, 0, 0.50181],
    "51": [0.18906, 0.47534, 0, 0, 0.50181],
    "52": [0.18906, 0.47534, 0, 0, 0.50181],
    "53": [0.18906, 0.47534, 0, 0, 0.50181],
    "54": [0, 0.69141, 0, 0, 0.50181],
    "55": [0.18906, 0.47534, 0, 0, 0.50181],
    "56": [0, 0.69141, 0, 0, 0.50181],
    "57": [0.18906, 0.47534, 0, 0, 0.50181],
    "58": [0, 0.47534, 0, 0, 0.21606],
    "59": [0.12604, 0.47534, 0, 0, 0.21606],
    "61": [-0.13099, 0.36866, 0, 0, 0.75623],
    "63": [0, 0.69141, 0, 0, 0.36245],
    "65": [0, 0.69141, 0, 0, 0.7176],
    "66": [0, 0.69141, 0, 0, 0.88397],
    "67": [0, 0.69141, 0, 0, 0.61254],
    "68": [0, 0.69141, 0, 0, 0.83158],
    "69": [0, 0.69141, 0, 0, 0.66278],
    "70": [0.12604, 0.69141, 0, 0, 0.61119],
    "71": [0, 0.69141, 0, 0, 0.78539],
    "72": [0.06302, 0.69141, 0, 0, 0.7203],
    "73": [0, 0.69141, 0, 0, 0.55448],
    "74": [0.12604, 0.69141, 0, 0, 0.55231],
    "75": [0, 0.69141, 0, 0, 0.66845],
    "76": [0, 0.69141, 0, 0, 0.66602],
    "77": [0, 0.69141, 0, 0, 1.04953],
    "78": [0, 0.69141, 0, 0, 0.83212],
    "79": [0, 0.69141, 0, 0, 0.82699],
    "80": [0.18906, 0.69141, 0, 0, 0.82753],
    "81": [0.03781, 0.69141, 0, 0, 0.82699],
    "82": [0, 0.69141, 0, 0, 0.82807],
    "83": [0, 0.69141, 0, 0, 0.82861],
    "84": [0, 0.69141, 0, 0, 0.66899],
    "85": [0, 0.69141, 0, 0, 0.64576],
    "86": [0, 0.69141, 0, 0, 0.83131],
    "87": [0, 0.69141, 0, 0, 1.04602],
    "88": [0, 0.69141, 0, 0, 0.71922],
    "89": [0.18906, 0.69141, 0, 0, 0.83293],
    "90": [0.12604, 0.69141, 0, 0, 0.60201],
    "91": [0.24982, 0.74947, 0, 0, 0.27764],
    "93": [0.24982, 0.74947, 0, 0, 0.27764],
    "94": [0, 0.69141, 0, 0, 0.49965],
    "97": [0, 0.47534, 0, 0, 0.50046],
    "98": [0, 0.69141, 0, 0, 0.51315],
    "99": [0, 0.47534, 0, 0, 0.38946],
    "100": [0, 0.62119, 0, 0, 0.49857],
    "101": [0, 0.47534, 0, 0, 0.40053],
    "102": [0.18906, 0.69141, 0, 0, 0.32626],
    "103": [0.18906, 0.47534, 0, 0, 0.5037],
    "104": [0.18906, 0.69141, 0, 0, 0.52126],
    "105": [0, 0.69141, 0, 0, 0.27899],
    "106": [0, 0.69141, 0, 0, 0.28088],
    "107": [0, 0.69141, 0, 0, 0.38946],
    "108": [0, 0.69141, 0, 0, 0.27953],
    "109": [0, 0.47534, 0, 0, 0.76676],
    "110": [0, 0.47534, 0, 0, 0.52666],
    "111": [0, 0.47534, 0, 0, 0.48885],
    "112": [0.18906, 0.52396, 0, 0, 0.50046],
    "113": [0.18906, 0.47534, 0, 0, 0.48912],
    "114": [0, 0.47534, 0, 0, 0.38919],
    "115": [0, 0.47534, 0, 0, 0.44266],
    "116": [0, 0.62119, 0, 0, 0.33301],
    "117": [0, 0.47534, 0, 0, 0.5172],
    "118": [0, 0.52396, 0, 0, 0.5118],
    "119": [0, 0.52396, 0, 0, 0.77351],
    "120": [0.18906, 0.47534, 0, 0, 0.38865],
    "121": [0.18906, 0.47534, 0, 0, 0.49884],
    "122": [0.18906, 0.47534, 0, 0, 0.39054],
    "160": [0, 0, 0, 0, 0.25],
    "8216": [0, 0.69141, 0, 0, 0.21471],
    "8217": [0, 0.69141, 0, 0, 0.21471],
    "58112": [0, 0.62119, 0, 0, 0.49749],
    "58113": [0, 0.62119, 0, 0, 0.4983],
    "58114": [0.18906, 0.69141, 0, 0, 0.33328],
    "58115": [0.18906, 0.69141, 0, 0, 0.32923],
    "58116": [0.18906, 0.47534, 0, 0, 0.50343],
    "58117": [0, 0.69141, 0, 0, 0.33301],
    "58118": [0, 0.62119, 0, 0, 0.33409],
    "58119": [0, 0.47534, 0, 0, 0.50073]
  },
  "Main-Bold": {
    "32": [0, 0, 0, 0, 0.25],
    "33": [0, 0.69444, 0, 0, 0.35],
    "34": [0, 0.69444, 0, 0, 0.60278],
    "35": [0.19444, 0.69444, 0, 0, 0.95833],
    "36": [0.05556, 0.75, 0, 0, 0.575],
    "37": [0.05556, 0.75, 0, 0, 0.95833],
    "38": [0, 0.69444, 0, 0, 0.89444],
    "39": [0, 0.69444, 0, 0, 0.31944],
    "40": [0.25, 0.75, 0, 0, 0.44722],
    "41": [0.25, 0.75, 0, 0, 0.44722],
    "42": [0, 0.75, 0, 0, 0.575],
    "43": [0.13333, 0.63333, 0, 0, 0.89444],
    "44": [0.19444, 0.15556, 0, 0, 0.31944],
    "45": [0, 0.44444, 0, 0, 0.38333],
    "46": [0, 0.15556, 0, 0, 0.31944],
    "47": [0.25, 0.75, 0, 0, 0.575],
    "48": [0, 0.64444, 0, 0, 0.575],
    "49": [0, 0.64444, 0, 0, 0.575],
    "50": [0, 0.64444, 0, 0, 0.575],
    "51": [0, 0.64444, 0, 0, 0.575],
    "52": [0, 0.64444, 0, 0, 0.575],
    "53": [0, 0.64444, 0, 0, 0.575],
    "54": [0, 0.64444, 0, 0, 0.575],
    "55": [0, 0.64444, 0, 0, 0.575],
    "56": [0, 0.64444, 0, 0, 0.575],
    "57": [0, 0.64444, 0, 0, 0.575],
    "58": [0, 0.44444, 0, 0, 0.31944],
    "59": [0.19444, 0.44444, 0, 0, 0.31944],
    "60": [0.08556, 0.58556, 0, 0, 0.89444],
    "61": [-0.10889, 0.39111, 0, 0, 0.89444],
    "62": [0.08556, 0.58556, 0, 0, 0.89444],
    "63": [0, 0.69444, 0, 0, 0.54305],
    "64": [0, 0.69444, 0, 0, 0.89444],
    "65": [0, 0.68611, 0, 0, 0.86944],
    "66": [0, 0.68611, 0, 0, 0.81805],
    "67": [0, 0.68611, 0, 0, 0.83055],
    "68": [0, 0.68611, 0, 0, 0.88194],
    "69": [0, 0.68611, 0, 0, 0.75555],
    "70": [0, 0.68611, 0, 0, 0.72361],
    "71": [0, 0.68611, 0, 0, 0.90416],
    "72": [0, 0.68611, 0, 0, 0.9],
    "73": [0, 0.68611, 0, 0, 0.43611],
    "74": [0, 0.68611, 0, 0, 0.59444],
    "75": [0, 0.68611, 0, 0, 0.90138],
    "76": [0, 0.68611, 0, 0, 0.69166],
    "77": [0, 0.68611, 0, 0, 1.09166],
    "78": [0, 0.68611, 0, 0, 0.9],
    "79": [0, 0.68611, 0, 0, 0.86388],
    "80": [0, 0.68611, 0, 0, 0.78611],
    "81": [0.19444, 0.68611, 0, 0, 0.86388],
    "82": [0, 0.68611, 0, 0, 0.8625],
    "83": [0, 0.68611, 0, 0, 0.63889],
    "84": [0, 0.68611, 0, 0, 0.8],
    "85": [0, 0.68611, 0, 0, 0.88472],
    "86": [0, 0.68611, 0.01597, 0, 0.86944],
    "87": [0, 0.68611, 0.01597, 0, 1.18888],
    "88": [0, 0.68611, 0, 0, 0.86944],
    "89": [0, 0.68611, 0.02875, 0, 0.86944],
    "90": [0, 0.68611, 0, 0, 0.70277],
    "91": [0.25, 0.75, 0, 0, 0.31944],
    "92": [0.25, 0.75, 0, 0, 0.575],
    "93": [0.25, 0.75, 0, 0, 0.31944],
    "94": [0, 0.69444, 0, 0, 0.575],
    "95": [0.31, 0.13444, 0.03194, 0, 0.575],
    "97": [0, 0.44444, 0, 0, 0.55902],
    "98": [0, 0.69444, 0, 0, 0.63889],
    "99": [0, 0.44444, 0, 0, 0.51111],
    "100": [0, 0.69444, 0, 0, 0.63889],
    "101": [0, 0.44444, 0, 0, 0.52708],
    "102": [0, 0.69444, 0.10903, 0, 0.35139],
    "103": [0.19444, 0.44444, 0.01597, 0, 0.575],
    "104": [0, 0.69444, 0, 0, 0.63889],
    "105": [0, 0.69444, 0, 0, 0.31944],
    "106": [0.19444, 0.69444, 0, 0, 0.35139],
    "107": [0, 0.69444, 0, 0, 0.60694],
    "108": [0, 0.69444, 0, 0, 0.31944],
    "109": [0, 0.44444, 0, 0, 0.95833],
    "110": [0, 0.44444, 0, 0, 0.63889],
    "111": [0, 0.44444, 0, 0, 0.575],
    "112": [0.19444, 0.44444, 0, 0, 0.63889],
    "113": [0.19444, 0.44444, 0, 0, 0.60694],
    "114": [0, 0.44444, 0, 0, 0.47361],
    "115": [0, 0.44444, 0, 0, 0.45361],
    "116": [0, 0.63492, 0, 0, 0.44722],
    "117": [0, 0.44444, 0, 0, 0.63889],
    "118": [0, 0.44444, 0.01597, 0, 0.60694],
    "119": [0, 0.44444, 0.01597, 0, 0.83055],
    "120": [0, 0.44444, 0, 0, 0.60694],
    "121": [0.19444, 0.44444, 0.01597, 0, 0.60694],
    "122": [0, 0.44444, 0, 0, 0.51111],
    "123": [0.25, 0.75, 0, 0, 0.575],
    "124": [0.25, 0.75, 0, 0, 0.31944],
    "125": [0.25, 0.75, 0, 0, 0.575],
    "126": [0.35, 0.34444, 0, 0, 0.575],
    "160": [0, 0, 0, 0, 0.25],
    "163": [0, 0.69444, 0, 0, 0.86853],
    "168": [0, 0.69444, 0, 0, 0.575],
    "172": [0, 0.44444, 0, 0, 0.76666],
    "176": [0, 0.69444, 0, 0, 0.86944],
    "177": [0.13333, 0.63333, 0, 0, 0.89444],
    "184": [0.17014, 0, 0, 0, 0.51111],
    "198": [0, 0.68611, 0, 0, 1.04166],
    "215": [0.13333, 0.63333, 0, 0, 0.89444],
    "216": [0.04861, 0.73472, 0, 0, 0.89444],
    "223": [0, 0.69444, 0, 0, 0.59722],
    "230": [0, 0.44444, 0, 0, 0.83055],
    "247": [0.13333, 0.63333, 0, 0, 0.89444],
    "248": [0.09722, 0.54167, 0, 0, 0.575],
    "305": [0, 0.44444, 0, 0, 0.31944],
    "338": [0, 0.68611, 0, 0, 1.16944],
    "339": [0, 0.44444, 0, 0, 0.89444],
    "567": [0.19444, 0.44444, 0, 0, 0.35139],
    "710": [0, 0.69444, 0, 0, 0.575],
    "711": [0, 0.63194, 0, 0, 0.575],
    "713": [0, 0.59611, 0, 0, 0.575],
    "714": [0, 0.69444, 0, 0, 0.575],
    "715": [0, 0.69444, 0, 0, 0.575],
    "728": [0, 0.69444, 0, 0, 0.575],
    "729": [0, 0.69444, 0, 0, 0.31944],
    "730": [0, 0.69444, 0, 0, 0.86944],
    "732": [0, 0.69444, 0, 0, 0.575],
    "733": [0, 0.69444, 0, 0, 0.575],
    "915": [0, 0.68611, 0, 0, 0.69166],
    "916": [0, 0.68611, 0, 0, 0.95833],
    "920": [0, 0.68611, 0, 0, 0.89444],
    "923": [0, 0.68611, 0, 0, 0.80555],
    "926": [0, 0.68611, 0, 0, 0.76666],
    "928": [0, 0.68611, 0, 0, 0.9],
    "931": [0, 0.68611, 0, 0, 0.83055],
    "933": [0, 0.68611, 0, 0, 0.89444],
    "934": [0, 0.68611, 0, 0, 0.83055],
    "936": [0, 0.68611, 0, 0, 0.89444],
    "937": [0, 0.68611, 0, 0, 0.83055],
    "8211": [0, 0.44444, 0.03194, 0, 0.575],
    "8212": [0, 0.44444, 0.03194, 0, 1.14999],
    "8216": [0, 0.69444, 0, 0, 0.31944],
    "8217": [0, 0.69444, 0, 0, 0.31944],
    "8220": [0, 0.69444, 0, 0, 0.60278],
    "8221": [0, 0.69444, 0, 0, 0.60278],
    "8224": [0.19444, 0.69444, 0, 0, 0.51111],
    "8225": [0.19444, 0.69444, 0, 0, 0.51111],
    "8242": [0, 0.55556, 0, 0, 0.34444],
    "8407": [0, 0.72444, 0.15486, 0, 0.575],
    "8463": [0, 0.69444, 0, 0, 0.66759],
    "8465": [0, 0.69444, 0, 0, 0.83055],
    "8467": [0, 0.69444, 0, 0, 0.47361],
    "8472": [0.19444, 0.44444, 0, 0, 0.74027],
    "8476": [0, 0.69444, 0, 0, 0.83055],
    "8501": [0, 0.69444, 0, 0, 0.70277],
    "8592": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8593": [0.19444, 0.69444, 0, 0, 0.575],
    "8594": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8595": [0.19444, 0.69444, 0, 0, 0.575],
    "8596": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8597": [0.25, 0.75, 0, 0, 0.575],
    "8598": [0.19444, 0.69444, 0, 0, 1.14999],
    "8599": [0.19444, 0.69444, 0, 0, 1.14999],
    "8600": [0.19444, 0.69444, 0, 0, 1.14999],
    "8601": [0.19444, 0.69444, 0, 0, 1.14999],
    "8636": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8637": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8640": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8641": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8656": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8657": [0.19444, 0.69444, 0, 0, 0.70277],
    "8658": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8659": [0.19444, 0.69444, 0, 0, 0.70277],
    "8660": [-0.10889, 0.39111, 0, 0, 1.14999],
    "8661": [0.25, 0.75, 0, 0, 0.70277],
    "8704": [0, 0.69444, 0, 0, 0.63889],
    "8706": [0, 0.69444, 0.06389, 0, 0.62847],
    "8707": [0, 0.69444, 0, 0, 0.63889],
    "8709": [0.05556, 0.75, 0, 0, 0.575],
    "8711": [0, 0.68611, 0, 0, 0.95833],
    "8712": [0.08556, 0.58556, 0, 0, 0.76666],
    "8715": [0.08556, 0.58556, 0, 0, 0.76666],
    "8722": [0.13333, 0.63333, 0, 0, 0.89444],
    "8723": [0.13333, 0.63333, 0, 0, 0.89444],
    "8725": [0.25, 0.75, 0, 0, 0.575],
    "8726": [0.25, 0.75, 0, 0, 0.575],
    "8727": [-0.02778, 0.47222, 0, 0, 0.575],
    "8728": [-0.02639, 0.47361, 0, 0, 0.575],
    "8729": [-0.02639, 0.47361, 0, 0, 0.575],
    "8730": [0.18, 0.82, 0, 0, 0.95833],
    "8733": [0, 0.44444, 0, 0, 0.89444],
    "8734": [0, 0.44444, 0, 0, 1.14999],
    "8736": [0, 0.69224, 0, 0, 0.72222],
    "8739": [0.25, 0.75, 0, 0, 0.31944],
    "8741": [0.25, 0.75, 0, 0, 0.575],
    "8743": [0, 0.55556, 0, 0, 0.76666],
    "8744": [0, 0.55556, 0, 0, 0.76666],
    "8745": [0, 0.55556, 0, 0, 0.76666],
    "8746": [0, 0.55556, 0, 0, 0.76666],
    "8747": [0.19444, 0.69444, 0.12778, 0, 0.56875],
    "8764": [-0.10889, 0.39111, 0, 0, 0.89444],
    "8768": [0.19444, 0.69444, 0, 0, 0.31944],
    "8771": [222e-5, 0.50222, 0, 0, 0.89444],
    "8773": [0.027, 0.638, 0, 0, 0.894],
    "8776": [0.02444, 0.52444, 0, 0, 0.89444],
    "8781": [222e-5, 0.50222, 0, 0, 0.89444],
    "8801": [222e-5, 0.50222, 0, 0, 0.89444],
    "8804": [0.19667, 0.69667, 0, 0, 0.89444],
    "8805": [0.19667, 0.69667, 0, 0, 0.89444],
    "8810": [0.08556, 0.58556, 0, 0, 1.14999],
    "8811": [0.08556, 0.58556, 0, 0, 1.14999],
    "8826": [0.08556, 0.58556, 0, 0, 0.89444],
    "8827": [0.08556, 0.58556, 0, 0, 0.89444],
    "8834": [0.08556, 0.58556, 0, 0, 0.89444],
    "8835": [0.08556, 0.58556, 0, 0, 0.89444],
    "8838": [0.19667, 0.69667, 0, 0, 0.89444],
    "8839": [0.19667, 0.69667, 0, 0, 0.89444],
    "8846": [0, 0.55556, 0, 0, 0.76666],
    "8849": [0.19667, 0.69667, 0, 0, 0.89444],
    "8850": [0.19667, 0.69667, 0, 0, 0.89444],
    "8851": [0, 0.55556, 0, 0, 0.76666],
    "8852": [0, 0.55556, 0, 0, 0.76666],
    "8853": [0.13333, 0.63333, 0, 0, 0.89444],
    "8854": [0.13333, 0.63333, 0, 0, 0.89444],
    "8855": [0.13333, 0.63333, 0, 0, 0.89444],
    "8856": [0.13333, 0.63333, 0, 0, 0.89444],
    "8857": [0.13333, 0.63333, 0, 0, 0.89444],
    "8866": [0, 0.69444, 0, 0, 0.70277],
    "8867": [0, 0.69444, 0, 0, 0.70277],
    "8868": [0, 0.69444, 0, 0, 0.89444],
    "8869": [0, 0.69444, 0, 0, 0.89444],
    "8900": [-0.02639, 0.47361, 0, 0, 0.575],
    "8901": [-0.02639, 0.47361, 0, 0, 0.31944],
    "8902": [-0.02778, 0.47222, 0, 0, 0.575],
    "8968": [0.25, 0.75, 0, 0, 0.51111],
    "8969": [0.25, 0.75, 0, 0, 0.51111],
    "8970": [0.25, 0.75, 0, 0, 0.51111],
    "8971": [0.25, 0.75, 0, 0, 0.51111],
    "8994": [-0.13889, 0.36111, 0, 0, 1.14999],
    "8995": [-0.13889, 0.36111, 0, 0, 1.14999],
    "9651": [0.19444, 0.69444, 0, 0, 1.02222],
    "9657": [-0.02778, 0.47222, 0, 0, 0.575],
    "9661": [0.19444, 0.69444, 0, 0, 1.02222],
    "9667": [-0.02778, 0.47222, 0, 0, 0.575],
    "9711": [0.19444, 0.69444, 0, 0, 1.14999],
    "9824": [0.12963, 0.69444, 0, 0, 0.89444],
    "9825": [0.12963, 0.69444, 0, 0, 0.89444],
    "9826": [0.12963, 0.69444, 0, 0, 0.89444],
    "9827": [0.12963, 0.69444, 0, 0, 0.89444],
    "9837": [0, 0.75, 0, 0, 0.44722],
    "9838": [0.19444, 0.69444, 0, 0, 0.44722],
    "9839": [0.19444, 0.69444, 0, 0, 0.44722],
    "10216": [0.25, 0.75, 0, 0, 0.44722],
    "10217": [0.25, 0.75, 0, 0, 0.44722],
    "10815": [0, 0.68611, 0, 0, 0.9],
    "10927": [0.19667, 0.69667, 0, 0, 0.89444],
    "10928": [0.19667, 0.69667, 0, 0, 0.89444],
    "57376": [0.19444, 0.69444, 0, 0, 0]
  },
  "Main-BoldItalic": {
    "32": [0, 0, 0, 0, 0.25],
    "33": [0, 0.69444, 0.11417, 0, 0.38611],
    "34": [0, 0.69444, 0.07939, 0, 0.62055],
    "35": [0.19444, 0.69444, 0.06833, 0, 0.94444],
    "37": [0.05556, 0.75, 0.12861, 0, 0.94444],
    "38": [0, 0.69444, 0.08528, 0, 0.88555],
    "39": [0, 0.69444, 0.12945, 0, 0.35555],
    "40": [0.25, 0.75, 0.15806, 0, 0.47333],
    "41": [0.25, 0.75, 0.03306, 0, 0.47333],
    "42": [0, 0.75, 0.14333, 0, 0.59111],
    "43": [0.10333, 0.60333, 0.03306, 0, 0.88555],
    "44": [0.19444, 0.14722, 0, 0, 0.35555],
    "45": [0, 0.44444, 0.02611, 0, 0.41444],
    "46": [0, 0.14722, 0, 0, 0.35555],
    "47": [0.25, 0.75, 0.15806, 0, 0.59111],
    "48": [0, 0.64444, 0.13167, 0, 0.59111],
    "49": [0, 0.64444, 0.13167, 0, 0.59111],
    "50": [0, 0.64444, 0.13167, 0, 0.59111],
    "51": [0, 0.64444, 0.13167, 0, 0.59111],
    "52": [0.19444, 0.64444, 0.13167, 0, 0.59111],
    "53": [0, 0.64444, 0.13167, 0, 0.59111],
    "54": [0, 0.64444, 0.13167, 0, 0.59111],
    "55": [0.19444, 0.64444, 0.13167, 0, 0.59111],
    "56": [0, 0.64444, 0.13167, 0, 0.59111],
    "57": [0, 0.64444, 0.13167, 0, 0.59111],
    "58": [0, 0.44444, 0.06695, 0, 0.35555],
    "59": [0.19444, 0.44444, 0.06695, 0, 0.35555],
    "61": [-0.10889, 0.39111, 0.06833, 0, 0.88555],
    "63": [0, 0.69444, 0.11472, 0, 0.59111],
    "64": [0, 0.69444, 0.09208, 0, 0.88555],
    "65": [0, 0.68611, 0, 0, 0.86555],
    "66": [0, 0.68611, 0.0992, 0, 0.81666],
    "67": [0, 0.68611, 0.14208, 0, 0.82666],
    "68": [0, 0.68611, 0.09062, 0, 0.87555],
    "69": [0, 0.68611, 0.11431, 0, 0.75666],
    "70": [0, 0.68611, 0.12903, 0, 0.72722],
    "71": [0, 0.68611, 0.07347, 0, 0.89527],
    "72": [0, 0.68611, 0.17208, 0, 0.8961],
    "73": [0, 0.68611, 0.15681, 0, 0.47166],
    "74": [0, 0.68611, 0.145, 0, 0.61055],
    "75": [0, 0.68611, 0.14208, 0, 0.89499],
    "76": [0, 0.68611, 0, 0, 0.69777],
    "77": [0, 0.68611, 0.17208, 0, 1.07277],
    "78": [0, 0.68611, 0.17208, 0, 0.8961],
    "79": [0, 0.68611, 0.09062, 0, 0.85499],
    "80": [0, 0.68611, 0.0992, 0, 0.78721],
    "81": [0.19444, 0.68611, 0.09062, 0, 0.85499],
    "82": [0, 0.68611, 0.02559, 0, 0.85944],
    "83": [0, 0.68611, 0.11264, 0, 0.64999],
    "84": [0, 0.68611, 0.12903, 0, 0.7961],
    "85": [0, 0.68611, 0.17208, 0, 0.88083],
    "86": [0, 0.68611, 0.18625, 0, 0.86555],
    "87": [0, 0.68611, 0.18625, 0, 1.15999],
    "88": [0, 0.68611, 0.15681, 0, 0.86555],
    "89": [0, 0.68611, 0.19803, 0, 0.86555],
    "90": [0, 0.68611, 0.14208, 0, 0.70888],
    "91": [0.25, 0.75, 0.1875, 0, 0.35611],
    "93": [0.25, 0.75, 0.09972, 0, 0.35611],
    "94": [0, 0.69444, 0.06709, 0, 0.59111],
    "95": [0.31, 0.13444, 0.09811, 0, 0.59111],
    "97": [0, 0.44444, 0.09426, 0, 0.59111],
    "98": [0, 0.69444, 0.07861, 0, 0.53222],
    "99": [0, 0.44444, 0.05222, 0, 0.53222],
    "100": [0, 0.69444, 0.10861, 0, 0.59111],
    "101": [0, 0.44444, 0.085, 0, 0.53222],
    "102": [0.19444, 0.69444, 0.21778, 0, 0.4],
    "103": [0.19444, 0.44444, 0.105, 0, 0.53222],
    "104": [0, 0.69444, 0.09426, 0, 0.59111],
    "105": [0, 0.69326, 0.11387, 0, 0.35555],
    "106": [0.19444, 0.69326, 0.1672, 0, 0.35555],
    "107": [0, 0.69444, 0.11111, 0, 0.53222],
    "108": [0, 0.69444, 0.10861, 0, 0.29666],
    "109": [0, 0.44444, 0.09426, 0, 0.94444],
    "110": [0, 0.44444, 0.09426, 0, 0.64999],
    "111": [0, 0.44444, 0.07861, 0, 0.59111],
    "112": [0.19444, 0.44444, 0.07861, 0, 0.59111],
    "113": [0.19444, 0.44444, 0.105, 0, 0.53222],
    "114": [0, 0.44444, 0.11111, 0, 0.50167],
    "115": [0, 0.44444, 0.08167, 0, 0.48694],
    "116": [0, 0.63492, 0.09639, 0, 0.385],
    "117": [0, 0.44444, 0.09426, 0, 0.62055],
    "118": [0, 0.44444, 0.11111, 0, 0.53222],
    "119": [0, 0.44444, 0.11111, 0, 0.76777],
    "120": [0, 0.44444, 0.12583, 0, 0.56055],
    "121": [0.19444, 0.44444, 0.105, 0, 0.56166],
    "122": [0, 0.44444, 0.13889, 0, 0.49055],
    "126": [0.35, 0.34444, 0.11472, 0, 0.59111],
    "160": [0, 0, 0, 0, 0.25],
    "168": [0, 0.69444, 0.11473, 0, 0.59111],
    "176": [0, 0.69444, 0, 0, 0.94888],
    "184": [0.17014, 0, 0, 0, 0.53222],
    "198": [0, 0.68611, 0.11431, 0, 1.02277],
    "216": [0.04861, 0.73472, 0.09062, 0, 0.88555],
    "223": [0.19444, 0.69444, 0.09736, 0, 0.665],
    "230": [0, 0.44444, 0.085, 0, 0.82666],
    "248": [0.09722, 0.54167, 0.09458, 0, 0.59111],
    "305": [0, 0.44444, 0.09426, 0, 0.35555],
    "338": [0, 0.68611, 0.11431, 0, 1.14054],
    "339": [0, 0.44444, 0.085, 0, 0.82666],
    "567": [0.19444, 0.44444, 0.04611, 0, 0.385],
    "710": [0, 0.69444, 0.06709, 0, 0.59111],
    "711": [0, 0.63194, 0.08271, 0, 0.59111],
    "713": [0, 0.59444, 0.10444, 0, 0.59111],
    "714": [0, 0.69444, 0.08528, 0, 0.59111],
    "715": [0, 0.69444, 0, 0, 0.59111],
    "728": [0, 0.69444, 0.10333, 0, 0.59111],
    "729": [0, 0.69444, 0.12945, 0, 0.35555],
    "730": [0, 0.69444, 0, 0, 0.94888],
    "732": [0, 0.69444, 0.11472, 0, 0.59111],
    "733": [0, 0.69444, 0.11472, 0, 0.59111],
    "915": [0, 0.68611, 0.12903, 0, 0.69777],
    "916": [0, 0.68611, 0, 0, 0.94444],
    "920": [0, 0.68611, 0.09062, 0, 0.88555],
    "923": [0, 0.68611, 0, 0, 0.80666],
    "926": [0, 0.68611, 0.15092, 0, 0.76777],
    "928": [0, 0.68611, 0.17208, 0, 0.8961],
    "931": [0, 0.68611, 0.11431, 0, 0.82666],
    "933": [0, 0.68611, 0.10778, 0, 0.88555],
    "934": [0, 0.68611, 0.05632, 0, 0.82666],
    "936": [0, 0.68611, 0.10778, 0, 0.88555],
    "937": [0, 0.68611, 0.0992, 0, 0.82666],
    "8211": [0, 0.44444, 0.09811, 0, 0.59111],
    "8212": [0, 0.44444, 0.09811, 0, 1.18221],
    "8216": [0, 0.69444, 0.12945, 0, 0.35555],
    "8217": [0, 0.69444, 0.12945, 0, 0.35555],
    "8220": [0, 0.69444, 0.16772, 0, 0.62055],
    "8221": [0, 0.69444, 0.07939, 0, 0.62055]
  },
  "Main-Italic": {
    "32": [0, 0, 0, 0, 0.25],
    "33": [0, 0.69444, 0.12417, 0, 0.30667],
    "34": [0, 0.69444, 0.06961, 0, 0.51444],
    "35": [0.19444, 0.69444, 0.06616, 0, 0.81777],
    "37": [0.05556, 0.75, 0.13639, 0, 0.81777],
    "38": [0, 0.69444, 0.09694, 0, 0.76666],
    "39": [0, 0.69444, 0.12417, 0, 0.30667],
    "40": [0.25, 0.75, 0.16194, 0, 0.40889],
    "41": [0.25, 0.75, 0.03694, 0, 0.40889],
    "42": [0, 0.75, 0.14917, 0, 0.51111],
    "43": [0.05667, 0.56167, 0.03694, 0, 0.76666],
    "44": [0.19444, 0.10556, 0, 0, 0.30667],
    "45": [0, 0.43056, 0.02826, 0, 0.35778],
    "46": [0, 0.10556, 0, 0, 0.30667],
    "47": [0.25, 0.75, 0.16194, 0, 0.51111],
    "48": [0, 0.64444, 0.13556, 0, 0.51111],
    "49": [0, 0.64444, 0.13556, 0, 0.51111],
    "50": [0, 0.64444, 0.13556, 0, 0.51111],
    "51": [0, 0.64444, 0.13556, 0, 0.51111],
    "52": [0.19444, 0.64444, 0.13556, 0, 0.51111],
    "53": [0, 0.64444, 0.13556, 0, 0.51111],
    "54": [0, 0.64444, 0.13556, 0, 0.51111],
    "55": [0.19444, 0.64444, 0.13556, 0, 0.51111],
    "56": [0, 0.64444, 0.13556, 0, 0.51111],
    "57": [0, 0.64444, 0.13556, 0, 0.51111],
    "58": [0, 0.43056, 0.0582, 0, 0.30667],
    "59": [0.19444, 0.43056, 0.0582, 0, 0.30667],
    "61": [-0.13313, 0.36687, 0.06616, 0, 0.76666],
    "63": [0, 0.69444, 0.1225, 0, 0.51111],
    "64": [0, 0.69444, 0.09597, 0, 0.76666],
    "65": [0, 0.68333, 0, 0, 0.74333],
    "66": [0, 0.68333, 0.10257, 0, 0.70389],
    "67": [0, 0.68333, 0.14528, 0, 0.71555],
    "68": [0, 0.68333, 0.09403, 0, 0.755],
    "69": [0, 0.68333, 0.12028, 0, 0.67833],
    "70": [0, 0.68333, 0.13305, 0, 0.65277],
    "71": [0, 0.68333, 0.08722, 0, 0.77361],
    "72": [0, 0.68333, 0.16389, 0, 0.74333],
    "73": [0, 0.68333, 0.15806, 0, 0.38555],
    "74": [0, 0.68333, 0.14028, 0, 0.525],
    "75": [0, 0.68333, 0.14528, 0, 0.76888],
    "76": [0, 0.68333, 0, 0, 0.62722],
    "77": [0, 0.68333, 0.16389, 0, 0.89666],
    "78": [0, 0.68333, 0.16389, 0, 0.74333],
    "79": [0, 0.68333, 0.09403, 0, 0.76666],
    "80": [0, 0.68333, 0.10257, 0, 0.67833],
    "81": [0.19444, 0.68333, 0.09403, 0, 0.76666],
    "82": [0, 0.68333, 0.03868, 0, 0.72944],
    "83": [0, 0.68333, 0.11972, 0, 0.56222],
    "84": [0, 0.68333, 0.13305, 0, 0.71555],
    "85": [0, 0.68333, 0.16389, 0, 0.74333],
    "86": [0, 0.68333, 0.18361, 0, 0.74333],
    "87": [0, 0.68333, 0.18361, 0, 0.99888],
    "88": [0, 0.68333, 0.15806, 0, 0.74333],
    "89": [0, 0.68333, 0.19383, 0, 0.74333],
    "90": [0, 0.68333, 0.14528, 0, 0.61333],
    "91": [0.25, 0.75, 0.1875, 0, 0.30667],
    "93": [0.25, 0.75, 0.10528, 0, 0.30667],
    "94": [0, 0.69444, 0.06646, 0, 0.51111],
    "95": [0.31, 0.12056, 0.09208, 0, 0.51111],
    "97": [0, 0.43056, 0.07671, 0, 0.51111],
    "98": [0, 0.69444, 0.06312, 0, 0.46],
    "99": [0, 0.43056, 0.05653, 0, 0.46],
    "100": [0, 0.69444, 0.10333, 0, 0.51111],
    "101": [0, 0.43056, 0.07514, 0, 0.46],
    "102": [0.19444, 0.69444, 0.21194, 0, 0.30667],
    "103": [0.19444, 0.43056, 0.08847, 0, 0.46],
    "104": [0, 0.69444, 0.07671, 0, 0.51111],
    "105": [0, 0.65536, 0.1019, 0, 0.30667],
    "106": [0.19444, 0.65536, 0.14467, 0, 0.30667],
    "107": [0, 0.69444, 0.10764, 0, 0.46],
    "108": [0, 0.69444, 0.10333, 0, 0.25555],
    "109": [0, 0.43056, 0.07671, 0, 0.81777],
    "110": [0, 0.43056, 0.07671, 0, 0.56222],
    "111": [0, 0.43056, 0.06312, 0, 0.51111],
    "112": [0.19444, 0.43056, 0.06312, 0, 0.51111],
    "113": [0.19444, 0.43056, 0.08847, 0, 0.46],
    "114": [0, 0.43056, 0.10764, 0, 0.42166],
    "115": [0, 0.43056, 0.08208, 0, 0.40889],
    "116": [0, 0.61508, 0.09486, 0, 0.33222],
    "117": [0, 0.43056, 0.07671, 0, 0.53666],
    "118": [0, 0.43056, 0.10764, 0, 0.46],
    "119": [0, 0.43056, 0.10764, 0, 0.66444],
    "120": [0, 0.43056, 0.12042, 0, 0.46389],
    "121": [0.19444, 0.43056, 0.08847, 0, 0.48555],
    "122": [0, 0.43056, 0.12292, 0, 0.40889],
    "126": [0.35, 0.31786, 0.11585, 0, 0.51111],
    "160": [0, 0, 0, 0, 0.25],
    "168": [0, 0.66786, 0.10474, 0, 0.51111],
    "176": [0, 0.69444, 0, 0, 0.83129],
    "184": [0.17014, 0, 0, 0, 0.46],
    "198": [0, 0.68333, 0.12028, 0, 0.88277],
    "216": [0.04861, 0.73194, 0.09403, 0, 0.76666],
    "223": [0.19444, 0.69444, 0.10514, 0, 0.53666],
    "230": [0, 0.43056, 0.07514, 0, 0.71555],
    "248": [0.09722, 0.52778, 0.09194, 0, 0.51111],
    "338": [0, 0.68333, 0.12028, 0, 0.98499],
    "339": [0, 0.43056, 0.07514, 0, 0.71555],
    "710": [0, 0.69444, 0.06646, 0, 0.51111],
    "711": [0, 0.62847, 0.08295, 0, 0.51111],
    "713": [0, 0.56167, 0.10333, 0, 0.51111],
    "714": [0, 0.69444, 0.09694, 0, 0.51111],
    "715": [0, 0.69444, 0, 0, 0.51111],
    "728": [0, 0.69444, 0.10806, 0, 0.51111],
    "729": [0, 0.66786, 0.11752, 0, 0.30667],
    "730": [0, 0.69444, 0, 0, 0.83129],
    "732": [0, 0.66786, 0.11585, 0, 0.51111],
    "733": [0, 0.69444, 0.1225, 0, 0.51111],
    "915": [0, 0.68333, 0.13305, 0, 0.62722],
    "916": [0, 0.68333, 0, 0, 0.81777],
    "920": [0, 0.68333, 0.09403, 0, 0.76666],
    "923": [0, 0.68333, 0, 0, 0.69222],
    "926": [0, 0.68333, 0.15294, 0, 0.66444],
    "928": [0, 0.68333, 0.16389, 0, 0.74333],
    "931": [0, 0.68333, 0.12028, 0, 0.71555],
    "933": [0, 0.68333, 0.11111, 0, 0.76666],
    "934": [0, 0.68333, 0.05986, 0, 0.71555],
    "936": [0, 0.68333, 0.11111, 0, 0.76666],
    "937": [0, 0.68333, 0.10257, 0, 0.71555],
    "8211": [0, 0.43056, 0.09208, 0, 0.51111],
    "8212": [0, 0.43056, 0.09208, 0, 1.02222],
    "8216": [0, 0.69444, 0.12417, 0, 0.30667],
    "8217": [0, 0.69444, 0.12417, 0, 0.30667],
    "8220": [0, 0.69444, 0.1685, 0, 0.51444],
    "8221": [0, 0.69444, 0.06961, 0, 0.51444],
    "8463": [0, 0.68889, 0, 0, 0.54028]
  },
  "Main-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "33": [0, 0.69444, 0, 0, 0.27778],
    "34": [0, 0.69444, 0, 0, 0.5],
    "35": [0.19444, 0.69444, 0, 0, 0.83334],
    "36": [0.05556, 0.75, 0, 0, 0.5],
    "37": [0.05556, 0.75, 0, 0, 0.83334],
    "38": [0, 0.69444, 0, 0, 0.77778],
    "39": [0, 0.69444, 0, 0, 0.27778],
    "40": [0.25, 0.75, 0, 0, 0.38889],
    "41": [0.25, 0.75, 0, 0, 0.38889],
    "42": [0, 0.75, 0, 0, 0.5],
    "43": [0.08333, 0.58333, 0, 0, 0.77778],
    "44": [0.19444, 0.10556, 0, 0, 0.27778],
    "45": [0, 0.43056, 0, 0, 0.33333],
    "46": [0, 0.10556, 0, 0, 0.27778],
    "47": [0.25, 0.75, 0, 0, 0.5],
    "48": [0, 0.64444, 0, 0, 0.5],
    "49": [0, 0.64444, 0, 0, 0.5],
    "50": [0, 0.64444, 0, 0, 0.5],
    "51": [0, 0.64444, 0, 0, 0.5],
    "52": [0, 0.64444, 0, 0, 0.5],
    "53": [0, 0.64444, 0, 0, 0.5],
    "54": [0, 0.64444, 0, 0, 0.5],
    "55": [0, 0.64444, 0, 0, 0.5],
    "56": [0, 0.64444, 0, 0, 0.5],
    "57": [0, 0.64444, 0, 0, 0.5],
    "58": [0, 0.43056, 0, 0, 0.27778],
    "59": [0.19444, 0.43056, 0, 0, 0.27778],
    "60": [0.0391, 0.5391, 0, 0, 0.77778],
    "61": [-0.13313, 0.36687, 0, 0, 0.77778],
    "62": [0.0391, 0.5391, 0, 0, 0.77778],
    "63": [0, 0.69444, 0, 0, 0.47222],
    "64": [0, 0.69444, 0, 0, 0.77778],
    "65": [0, 0.68333, 0, 0, 0.75],
    "66": [0, 0.68333, 0, 0, 0.70834],
    "67": [0, 0.68333, 0, 0, 0.72222],
    "68": [0, 0.68333, 0, 0, 0.76389],
    "69": [0, 0.68333, 0, 0, 0.68056],
    "70": [0, 0.68333, 0, 0, 0.65278],
    "71": [0, 0.68333, 0, 0, 0.78472],
    "72": [0, 0.68333, 0, 0, 0.75],
    "73": [0, 0.68333, 0, 0, 0.36111],
    "74": [0, 0.68333, 0, 0, 0.51389],
    "75": [0, 0.68333, 0, 0, 0.77778],
    "76": [0, 0.68333, 0, 0, 0.625],
    "77": [0, 0.68333, 0, 0, 0.91667],
    "78": [0, 0.68333, 0, 0, 0.75],
    "79": [0, 0.68333, 0, 0, 0.77778],
    "80": [0, 0.68333, 0, 0, 0.68056],
    "81": [0.19444, 0.68333, 0, 0, 0.77778],
    "82": [0, 0.68333, 0, 0, 0.73611],
    "83": [0, 0.68333, 0, 0, 0.55556],
    "84": [0, 0.68333, 0, 0, 0.72222],
    "85": [0, 0.68333, 0, 0, 0.75],
    "86": [0, 0.68333, 0.01389, 0, 0.75],
    "87": [0, 0.68333, 0.01389, 0, 1.02778],
    "88": [0, 0.68333, 0, 0, 0.75],
    "89": [0, 0.68333, 0.025, 0, 0.75],
    "90": [0, 0.68333, 0, 0, 0.61111],
    "91": [0.25, 0.75, 0, 0, 0.27778],
    "92": [0.25, 0.75, 0, 0, 0.5],
    "93": [0.25, 0.75, 0, 0, 0.27778],
    "94": [0, 0.69444, 0, 0, 0.5],
    "95": [0.31, 0.12056, 0.02778, 0, 0.5],
    "97": [0, 0.43056, 0, 0, 0.5],
    "98": [0, 0.69444, 0, 0, 0.55556],
    "99": [0, 0.43056, 0, 0, 0.44445],
    "100": [0, 0.69444, 0, 0, 0.55556],
    "101": [0, 0.43056, 0, 0, 0.44445],
    "102": [0, 0.69444, 0.07778, 0, 0.30556],
    "103": [0.19444, 0.43056, 0.01389, 0, 0.5],
    "104": [0, 0.69444, 0, 0, 0.55556],
    "105": [0, 0.66786, 0, 0, 0.27778],
    "106": [0.19444, 0.66786, 0, 0, 0.30556],
    "107": [0, 0.69444, 0, 0, 0.52778],
    "108": [0, 0.69444, 0, 0, 0.27778],
    "109": [0, 0.43056, 0, 0, 0.83334],
    "110": [0, 0.43056, 0, 0, 0.55556],
    "111": [0, 0.43056, 0, 0, 0.5],
    "112": [0.19444, 0.43056, 0, 0, 0.55556],
    "113": [0.19444, 0.43056, 0, 0, 0.52778],
    "114": [0, 0.43056, 0, 0, 0.39167],
    "115": [0, 0.43056, 0, 0, 0.39445],
    "116": [0, 0.61508, 0, 0, 0.38889],
    "117": [0, 0.43056, 0, 0, 0.55556],
    "118": [0, 0.43056, 0.01389, 0, 0.52778],
    "119": [0, 0.43056, 0.01389, 0, 0.72222],
    "120": [0, 0.43056, 0, 0, 0.52778],
    "121": [0.19444, 0.43056, 0.01389, 0, 0.52778],
    "122": [0, 0.43056, 0, 0, 0.44445],
    "123": [0.25, 0.75, 0, 0, 0.5],
    "124": [0.25, 0.75, 0, 0, 0.27778],
    "125": [0.25, 0.75, 0, 0, 0.5],
    "126": [0.35, 0.31786, 0, 0, 0.5],
    "160": [0, 0, 0, 0, 0.25],
    "163": [0, 0.69444, 0, 0, 0.76909],
    "167": [0.19444, 0.69444, 0, 0, 0.44445],
    "168": [0, 0.66786, 0, 0, 0.5],
    "172": [0, 0.43056, 0, 0, 0.66667],
    "176": [0, 0.69444, 0, 0, 0.75],
    "177": [0.08333, 0.58333, 0, 0, 0.77778],
    "182": [0.19444, 0.69444, 0, 0, 0.61111],
    "184": [0.17014, 0, 0, 0, 0.44445],
    "198": [0, 0.68333, 0, 0, 0.90278],
    "215": [0.08333, 0.58333, 0, 0, 0.77778],
    "216": [0.04861, 0.73194, 0, 0, 0.77778],
    "223": [0, 0.69444, 0, 0, 0.5],
    "230": [0, 0.43056, 0, 0, 0.72222],
    "247": [0.08333, 0.58333, 0, 0, 0.77778],
    "248": [0.09722, 0.52778, 0, 0, 0.5],
    "305": [0, 0.43056, 0, 0, 0.27778],
    "338": [0, 0.68333, 0, 0, 1.01389],
    "339": [0, 0.43056, 0, 0, 0.77778],
    "567": [0.19444, 0.43056, 0, 0, 0.30556],
    "710": [0, 0.69444, 0, 0, 0.5],
    "711": [0, 0.62847, 0, 0, 0.5],
    "713": [0, 0.56778, 0, 0, 0.5],
    "714": [0, 0.69444, 0, 0, 0.5],
    "715": [0, 0.69444, 0, 0, 0.5],
    "728": [0, 0.69444, 0, 0, 0.5],
    "729": [0, 0.66786, 0, 0, 0.27778],
    "730": [0, 0.69444, 0, 0, 0.75],
    "732": [0, 0.66786, 0, 0, 0.5],
    "733": [0, 0.69444, 0, 0, 0.5],
    "915": [0, 0.68333, 0, 0, 0.625],
    "916": [0, 0.68333, 0, 0, 0.83334],
    "920": [0, 0.68333, 0, 0, 0.77778],
    "923": [0, 0.68333, 0, 0, 0.69445],
    "926": [0, 0.68333, 0, 0, 0.66667],
    "928": [0, 0.68333, 0, 0, 0.75],
    "931": [0, 0.68333, 0, 0, 0.72222],
    "933": [0, 0.68333, 0, 0, 0.77778],
    "934": [0, 0.68333, 0, 0, 0.72222],
    "936": [0, 0.68333, 0, 0, 0.77778],
    "937": [0, 0.68333, 0, 0, 0.72222],
    "8211": [0, 0.43056, 0.02778, 0, 0.5],
    "8212": [0, 0.43056, 0.02778, 0, 1],
    "8216": [0, 0.69444, 0, 0, 0.27778],
    "8217": [0, 0.69444, 0, 0, 0.27778],
    "8220": [0, 0.69444, 0, 0, 0.5],
    "8221": [0, 0.69444, 0, 0, 0.5],
    "8224": [0.19444, 0.69444, 0, 0, 0.44445],
    "8225": [0.19444, 0.69444, 0, 0, 0.44445],
    "8230": [0, 0.123, 0, 0, 1.172],
    "8242": [0, 0.55556, 0, 0, 0.275],
    "8407": [0, 0.71444, 0.15382, 0, 0.5],
    "8463": [0, 0.68889, 0, 0, 0.54028],
    "8465": [0, 0.69444, 0, 0, 0.72222],
    "8467": [0, 0.69444, 0, 0.11111, 0.41667],
    "8472": [0.19444, 0.43056, 0, 0.11111, 0.63646],
    "8476": [0, 0.69444, 0, 0, 0.72222],
    "8501": [0, 0.69444, 0, 0, 0.61111],
    "8592": [-0.13313, 0.36687, 0, 0, 1],
    "8593": [0.19444, 0.69444, 0, 0, 0.5],
    "8594": [-0.13313, 0.36687, 0, 0, 1],
    "8595": [0.19444, 0.69444, 0, 0, 0.5],
    "8596": [-0.13313, 0.36687, 0, 0, 1],
    "8597": [0.25, 0.75, 0, 0, 0.5],
    "8598": [0.19444, 0.69444, 0, 0, 1],
    "8599": [0.19444, 0.69444, 0, 0, 1],
    "8600": [0.19444, 0.69444, 0, 0, 1],
    "8601": [0.19444, 0.69444, 0, 0, 1],
    "8614": [0.011, 0.511, 0, 0, 1],
    "8617": [0.011, 0.511, 0, 0, 1.126],
    "8618": [0.011, 0.511, 0, 0, 1.126],
    "8636": [-0.13313, 0.36687, 0, 0, 1],
    "8637": [-0.13313, 0.36687, 0, 0, 1],
    "8640": [-0.13313, 0.36687, 0, 0, 1],
    "8641": [-0.13313, 0.36687, 0, 0, 1],
    "8652": [0.011, 0.671, 0, 0, 1],
    "8656": [-0.13313, 0.36687, 0, 0, 1],
    "8657": [0.19444, 0.69444, 0, 0, 0.61111],
    "8658": [-0.13313, 0.36687, 0, 0, 1],
    "8659": [0.19444, 0.69444, 0, 0, 0.61111],
    "8660": [-0.13313, 0.36687, 0, 0, 1],
    "8661": [0.25, 0.75, 0, 0, 0.61111],
    "8704": [0, 0.69444, 0, 0, 0.55556],
    "8706": [0, 0.69444, 0.05556, 0.08334, 0.5309],
    "8707": [0, 0.69444, 0, 0, 0.55556],
    "8709": [0.05556, 0.75, 0, 0, 0.5],
    "8711": [0, 0.68333, 0, 0, 0.83334],
    "8712": [0.0391, 0.5391, 0, 0, 0.66667],
    "8715": [0.0391, 0.5391, 0, 0, 0.66667],
    "8722": [0.08333, 0.58333, 0, 0, 0.77778],
    "8723": [0.08333, 0.58333, 0, 0, 0.77778],
    "8725": [0.25, 0.75, 0, 0, 0.5],
    "8726": [0.25, 0.75, 0, 0, 0.5],
    "8727": [-0.03472, 0.46528, 0, 0, 0.5],
    "8728": [-0.05555, 0.44445, 0, 0, 0.5],
    "8729": [-0.05555, 0.44445, 0, 0, 0.5],
    "8730": [0.2, 0.8, 0, 0, 0.83334],
    "8733": [0, 0.43056, 0, 0, 0.77778],
    "8734": [0, 0.43056, 0, 0, 1],
    "8736": [0, 0.69224, 0, 0, 0.72222],
    "8739": [0.25, 0.75, 0, 0, 0.27778],
    "8741": [0.25, 0.75, 0, 0, 0.5],
    "8743": [0, 0.55556, 0, 0, 0.66667],
    "8744": [0, 0.55556, 0, 0, 0.66667],
    "8745": [0, 0.55556, 0, 0, 0.66667],
    "8746": [0, 0.55556, 0, 0, 0.66667],
    "8747": [0.19444, 0.69444, 0.11111, 0, 0.41667],
    "8764": [-0.13313, 0.36687, 0, 0, 0.77778],
    "8768": [0.19444, 0.69444, 0, 0, 0.27778],
    "8771": [-0.03625, 0.46375, 0, 0, 0.77778],
    "8773": [-0.022, 0.589, 0, 0, 0.778],
    "8776": [-0.01688, 0.48312, 0, 0, 0.77778],
    "8781": [-0.03625, 0.46375, 0, 0, 0.77778],
    "8784": [-0.133, 0.673, 0, 0, 0.778],
    "8801": [-0.03625, 0.46375, 0, 0, 0.77778],
    "8804": [0.13597, 0.63597, 0, 0, 0.77778],
    "8805": [0.13597, 0.63597, 0, 0, 0.77778],
    "8810": [0.0391, 0.5391, 0, 0, 1],
    "8811": [0.0391, 0.5391, 0, 0, 1],
    "8826": [0.0391, 0.5391, 0, 0, 0.77778],
    "8827": [0.0391, 0.5391, 0, 0, 0.77778],
    "8834": [0.0391, 0.5391, 0, 0, 0.77778],
    "8835": [0.0391, 0.5391, 0, 0, 0.77778],
    "8838": [0.13597, 0.63597, 0, 0, 0.77778],
    "8839": [0.13597, 0.63597, 0, 0, 0.77778],
    "8846": [0, 0.55556, 0, 0, 0.66667],
    "8849": [0.13597, 0.63597, 0, 0, 0.77778],
    "8850": [0.13597, 0.63597, 0, 0, 0.77778],
    "8851": [0, 0.55556, 0, 0, 0.66667],
    "8852": [0, 0.55556, 0, 0, 0.66667],
    "8853": [0.08333, 0.58333, 0, 0, 0.77778],
    "8854": [0.08333, 0.58333, 0, 0, 0.77778],
    "8855": [0.08333, 0.58333, 0, 0, 0.77778],
    "8856": [0.08333, 0.58333, 0, 0, 0.77778],
    "8857": [0.08333, 0.58333, 0, 0, 0.77778],
    "8866": [0, 0.69444, 0, 0, 0.61111],
    "8867": [0, 0.69444, 0, 0, 0.61111],
    "8868": [0, 0.69444, 0, 0, 0.77778],
    "8869": [0, 0.69444, 0, 0, 0.77778],
    "8872": [0.249, 0.75, 0, 0, 0.867],
    "8900": [-0.05555, 0.44445, 0, 0, 0.5],
    "8901": [-0.05555, 0.44445, 0, 0, 0.27778],
    "8902": [-0.03472, 0.46528, 0, 0, 0.5],
    "8904": [5e-3, 0.505, 0, 0, 0.9],
    "8942": [0.03, 0.903, 0, 0, 0.278],
    "8943": [-0.19, 0.313, 0, 0, 1.172],
    "8945": [-0.1, 0.823, 0, 0, 1.282],
    "8968": [0.25, 0.75, 0, 0, 0.44445],
    "8969": [0.25, 0.75, 0, 0, 0.44445],
    "8970": [0.25, 0.75, 0, 0, 0.44445],
    "8971": [0.25, 0.75, 0, 0, 0.44445],
    "8994": [-0.14236, 0.35764, 0, 0, 1],
    "8995": [-0.14236, 0.35764, 0, 0, 1],
    "9136": [0.244, 0.744, 0, 0, 0.412],
    "9137": [0.244, 0.745, 0, 0, 0.412],
    "9651": [0.19444, 0.69444, 0, 0, 0.88889],
    "9657": [-0.03472, 0.46528, 0, 0, 0.5],
    "9661": [0.19444, 0.69444, 0, 0, 0.88889],
    "9667": [-0.03472, 0.46528, 0, 0, 0.5],
    "9711": [0.19444, 0.69444, 0, 0, 1],
    "9824": [0.12963, 0.69444, 0, 0, 0.77778],
    "9825": [0.12963, 0.69444, 0, 0, 0.77778],
    "9826": [0.12963, 0.69444, 0, 0, 0.77778],
    "9827": [0.12963, 0.69444, 0, 0, 0.77778],
    "9837": [0, 0.75, 0, 0, 0.38889],
    "9838": [0.19444, 0.69444, 0, 0, 0.38889],
    "9839": [0.19444, 0.69444, 0, 0, 0.38889],
    "10216": [0.25, 0.75, 0, 0, 0.38889],
    "10217": [0.25, 0.75, 0, 0, 0.38889],
    "10222": [0.244, 0.744, 0, 0, 0.412],
    "10223": [0.244, 0.745, 0, 0, 0.412],
    "10229": [0.011, 0.511, 0, 0, 1.609],
    "10230": [0.011, 0.511, 0, 0, 1.638],
    "10231": [0.011, 0.511, 0, 0, 1.859],
    "10232": [0.024, 0.525, 0, 0, 1.609],
    "10233": [0.024, 0.525, 0, 0, 1.638],
    "10234": [0.024, 0.525, 0, 0, 1.858],
    "10236": [0.011, 0.511, 0, 0, 1.638],
    "10815": [0, 0.68333, 0, 0, 0.75],
    "10927": [0.13597, 0.63597, 0, 0, 0.77778],
    "10928": [0.13597, 0.63597, 0, 0, 0.77778],
    "57376": [0.19444, 0.69444, 0, 0, 0]
  },
  "Math-BoldItalic": {
    "32": [0, 0, 0, 0, 0.25],
    "48": [0, 0.44444, 0, 0, 0.575],
    "49": [0, 0.44444, 0, 0, 0.575],
    "50": [0, 0.44444, 0, 0, 0.575],
    "51": [0.19444, 0.44444, 0, 0, 0.575],
    "52": [0.19444, 0.44444, 0, 0, 0.575],
    "53": [0.19444, 0.44444, 0, 0, 0.575],
    "54": [0, 0.64444, 0, 0, 0.575],
    "55": [0.19444, 0.44444, 0, 0, 0.575],
    "56": [0, 0.64444, 0, 0, 0.575],
    "57": [0.19444, 0.44444, 0, 0, 0.575],
    "65": [0, 0.68611, 0, 0, 0.86944],
    "66": [0, 0.68611, 0.04835, 0, 0.8664],
    "67": [0, 0.68611, 0.06979, 0, 0.81694],
    "68": [0, 0.68611, 0.03194, 0, 0.93812],
    "69": [0, 0.68611, 0.05451, 0, 0.81007],
    "70": [0, 0.68611, 0.15972, 0, 0.68889],
    "71": [0, 0.68611, 0, 0, 0.88673],
    "72": [0, 0.68611, 0.08229, 0, 0.98229],
    "73": [0, 0.68611, 0.07778, 0, 0.51111],
    "74": [0, 0.68611, 0.10069, 0, 0.63125],
    "75": [0, 0.68611, 0.06979, 0, 0.97118],
    "76": [0, 0.68611, 0, 0, 0.75555],
    "77": [0, 0.68611, 0.11424, 0, 1.14201],
    "78": [0, 0.68611, 0.11424, 0, 0.95034],
    "79": [0, 0.68611, 0.03194, 0, 0.83666],
    "80": [0, 0.68611, 0.15972, 0, 0.72309],
    "81": [0.19444, 0.68611, 0, 0, 0.86861],
    "82": [0, 0.68611, 421e-5, 0, 0.87235],
    "83": [0, 0.68611, 0.05382, 0, 0.69271],
    "84": [0, 0.68611, 0.15972, 0, 0.63663],
    "85": [0, 0.68611, 0.11424, 0, 0.80027],
    "86": [0, 0.68611, 0.25555, 0, 0.67778],
    "87": [0, 0.68611, 0.15972, 0, 1.09305],
    "88": [0, 0.68611, 0.07778, 0, 0.94722],
    "89": [0, 0.68611, 0.25555, 0, 0.67458],
    "90": [0, 0.68611, 0.06979, 0, 0.77257],
    "97": [0, 0.44444, 0, 0, 0.63287],
    "98": [0, 0.69444, 0, 0, 0.52083],
    "99": [0, 0.44444, 0, 0, 0.51342],
    "100": [0, 0.69444, 0, 0, 0.60972],
    "101": [0, 0.44444, 0, 0, 0.55361],
    "102": [0.19444, 0.69444, 0.11042, 0, 0.56806],
    "103": [0.19444, 0.44444, 0.03704, 0, 0.5449],
    "104": [0, 0.69444, 0, 0, 0.66759],
    "105": [0, 0.69326, 0, 0, 0.4048],
    "106": [0.19444, 0.69326, 0.0622, 0, 0.47083],
    "107": [0, 0.69444, 0.01852, 0, 0.6037],
    "108": [0, 0.69444, 88e-4, 0, 0.34815],
    "109": [0, 0.44444, 0, 0, 1.0324],
    "110": [0, 0.44444, 0, 0, 0.71296],
    "111": [0, 0.44444, 0, 0, 0.58472],
    "112": [0.19444, 0.44444, 0, 0, 0.60092],
    "113": [0.19444, 0.44444, 0.03704, 0, 0.54213],
    "114": [0, 0.44444, 0.03194, 0, 0.5287],
    "115": [0, 0.44444, 0, 0, 0.53125],
    "116": [0, 0.63492, 0, 0, 0.41528],
    "117": [0, 0.44444, 0, 0, 0.68102],
    "118": [0, 0.44444, 0.03704, 0, 0.56666],
    "119": [0, 0.44444, 0.02778, 0, 0.83148],
    "120": [0, 0.44444, 0, 0, 0.65903],
    "121": [0.19444, 0.44444, 0.03704, 0, 0.59028],
    "122": [0, 0.44444, 0.04213, 0, 0.55509],
    "160": [0, 0, 0, 0, 0.25],
    "915": [0, 0.68611, 0.15972, 0, 0.65694],
    "916": [0, 0.68611, 0, 0, 0.95833],
    "920": [0, 0.68611, 0.03194, 0, 0.86722],
    "923": [0, 0.68611, 0, 0, 0.80555],
    "926": [0, 0.68611, 0.07458, 0, 0.84125],
    "928": [0, 0.68611, 0.08229, 0, 0.98229],
    "931": [0, 0.68611, 0.05451, 0, 0.88507],
    "933": [0, 0.68611, 0.15972, 0, 0.67083],
    "934": [0, 0.68611, 0, 0, 0.76666],
    "936": [0, 0.68611, 0.11653, 0, 0.71402],
    "937": [0, 0.68611, 0.04835, 0, 0.8789],
    "945": [0, 0.44444, 0, 0, 0.76064],
    "946": [0.19444, 0.69444, 0.03403, 0, 0.65972],
    "947": [0.19444, 0.44444, 0.06389, 0, 0.59003],
    "948": [0, 0.69444, 0.03819, 0, 0.52222],
    "949": [0, 0.44444, 0, 0, 0.52882],
    "950": [0.19444, 0.69444, 0.06215, 0, 0.50833],
    "951": [0.19444, 0.44444, 0.03704, 0, 0.6],
    "952": [0, 0.69444, 0.03194, 0, 0.5618],
    "953": [0, 0.44444, 0, 0, 0.41204],
    "954": [0, 0.44444, 0, 0, 0.66759],
    "955": [0, 0.69444, 0, 0, 0.67083],
    "956": [0.19444, 0.44444, 0, 0, 0.70787],
    "957": [0, 0.44444, 0.06898, 0, 0.57685],
    "958": [0.19444, 0.69444, 0.03021, 0, 0.50833],
    "959": [0, 0.44444, 0, 0, 0.58472],
    "960": [0, 0.44444, 0.03704, 0, 0.68241],
    "961": [0.19444, 0.44444, 0, 0, 0.6118],
    "962": [0.09722, 0.44444, 0.07917, 0, 0.42361],
    "963": [0, 0.44444, 0.03704, 0, 0.68588],
    "964": [0, 0.44444, 0.13472, 0, 0.52083],
    "965": [0, 0.44444, 0.03704, 0, 0.63055],
    "966": [0.19444, 0.44444, 0, 0, 0.74722],
    "967": [0.19444, 0.44444, 0, 0, 0.71805],
    "968": [0.19444, 0.69444, 0.03704, 0, 0.75833],
    "969": [0, 0.44444, 0.03704, 0, 0.71782],
    "977": [0, 0.69444, 0, 0, 0.69155],
    "981": [0.19444, 0.69444, 0, 0, 0.7125],
    "982": [0, 0.44444, 0.03194, 0, 0.975],
    "1009": [0.19444, 0.44444, 0, 0, 0.6118],
    "1013": [0, 0.44444, 0, 0, 0.48333],
    "57649": [0, 0.44444, 0, 0, 0.39352],
    "57911": [0.19444, 0.44444, 0, 0, 0.43889]
  },
  "Math-Italic": {
    "32": [0, 0, 0, 0, 0.25],
    "48": [0, 0.43056, 0, 0, 0.5],
    "49": [0, 0.43056, 0, 0, 0.5],
    "50": [0, 0.43056, 0, 0, 0.5],
    "51": [0.19444, 0.43056, 0, 0, 0.5],
    "52": [0.19444, 0.43056, 0, 0, 0.5],
    "53": [0.19444, 0.43056, 0, 0, 0.5],
    "54": [0, 0.64444, 0, 0, 0.5],
    "55": [0.19444, 0.43056, 0, 0, 0.5],
    "56": [0, 0.64444, 0, 0, 0.5],
    "57": [0.19444, 0.43056, 0, 0, 0.5],
    "65": [0, 0.68333, 0, 0.13889, 0.75],
    "66": [0, 0.68333, 0.05017, 0.08334, 0.75851],
    "67": [0, 0.68333, 0.07153, 0.08334, 0.71472],
    "68": [0, 0.68333, 0.02778, 0.05556, 0.82792],
    "69": [0, 0.68333, 0.05764, 0.08334, 0.7382],
    "70": [0, 0.68333, 0.13889, 0.08334, 0.64306],
    "71": [0, 0.68333, 0, 0.08334, 0.78625],
    "72": [0, 0.68333, 0.08125, 0.05556, 0.83125],
    "73": [0, 0.68333, 0.07847, 0.11111, 0.43958],
    "74": [0, 0.68333, 0.09618, 0.16667, 0.55451],
    "75": [0, 0.68333, 0.07153, 0.05556, 0.84931],
    "76": [0, 0.68333, 0, 0.02778, 0.68056],
    "77": [0, 0.68333, 0.10903, 0.08334, 0.97014],
    "78": [0, 0.68333, 0.10903, 0.08334, 0.80347],
    "79": [0, 0.68333, 0.02778, 0.08334, 0.76278],
    "80": [0, 0.68333, 0.13889, 0.08334, 0.64201],
    "81": [0.19444, 0.68333, 0, 0.08334, 0.79056],
    "82": [0, 0.68333, 773e-5, 0.08334, 0.75929],
    "83": [0, 0.68333, 0.05764, 0.08334, 0.6132],
    "84": [0, 0.68333, 0.13889, 0.08334, 0.58438],
    "85": [0, 0.68333, 0.10903, 0.02778, 0.68278],
    "86": [0, 0.68333, 0.22222, 0, 0.58333],
    "87": [0, 0.68333, 0.13889, 0, 0.94445],
    "88": [0, 0.68333, 0.07847, 0.08334, 0.82847],
    "89": [0, 0.68333, 0.22222, 0, 0.58056],
    "90": [0, 0.68333, 0.07153, 0.08334, 0.68264],
    "97": [0, 0.43056, 0, 0, 0.52859],
    "98": [0, 0.69444, 0, 0, 0.42917],
    "99": [0, 0.43056, 0, 0.05556, 0.43276],
    "100": [0, 0.69444, 0, 0.16667, 0.52049],
    "101": [0, 0.43056, 0, 0.05556, 0.46563],
    "102": [0.19444, 0.69444, 0.10764, 0.16667, 0.48959],
    "103": [0.19444, 0.43056, 0.03588, 0.02778, 0.47697],
    "104": [0, 0.69444, 0, 0, 0.57616],
    "105": [0, 0.65952, 0, 0, 0.34451],
    "106": [0.19444, 0.65952, 0.05724, 0, 0.41181],
    "107": [0, 0.69444, 0.03148, 0, 0.5206],
    "108": [0, 0.69444, 0.01968, 0.08334, 0.29838],
    "109": [0, 0.43056, 0, 0, 0.87801],
    "110": [0, 0.43056, 0, 0, 0.60023],
    "111": [0, 0.43056, 0, 0.05556, 0.48472],
    "112": [0.19444, 0.43056, 0, 0.08334, 0.50313],
    "113": [0.19444, 0.43056, 0.03588, 0.08334, 0.44641],
    "114": [0, 0.43056, 0.02778, 0.05556, 0.45116],
    "115": [0, 0.43056, 0, 0.05556, 0.46875],
    "116": [0, 0.61508, 0, 0.08334, 0.36111],
    "117": [0, 0.43056, 0, 0.02778, 0.57246],
    "118": [0, 0.43056, 0.03588, 0.02778, 0.48472],
    "119": [0, 0.43056, 0.02691, 0.08334, 0.71592],
    "120": [0, 0.43056, 0, 0.02778, 0.57153],
    "121": [0.19444, 0.43056, 0.03588, 0.05556, 0.49028],
    "122": [0, 0.43056, 0.04398, 0.05556, 0.46505],
    "160": [0, 0, 0, 0, 0.25],
    "915": [0, 0.68333, 0.13889, 0.08334, 0.61528],
    "916": [0, 0.68333, 0, 0.16667, 0.83334],
    "920": [0, 0.68333, 0.02778, 0.08334, 0.76278],
    "923": [0, 0.68333, 0, 0.16667, 0.69445],
    "926": [0, 0.68333, 0.07569, 0.08334, 0.74236],
    "928": [0, 0.68333, 0.08125, 0.05556, 0.83125],
    "931": [0, 0.68333, 0.05764, 0.08334, 0.77986],
    "933": [0, 0.68333, 0.13889, 0.05556, 0.58333],
    "934": [0, 0.68333, 0, 0.08334, 0.66667],
    "936": [0, 0.68333, 0.11, 0.05556, 0.61222],
    "937": [0, 0.68333, 0.05017, 0.08334, 0.7724],
    "945": [0, 0.43056, 37e-4, 0.02778, 0.6397],
    "946": [0.19444, 0.69444, 0.05278, 0.08334, 0.56563],
    "947": [0.19444, 0.43056, 0.05556, 0, 0.51773],
    "948": [0, 0.69444, 0.03785, 0.05556, 0.44444],
    "949": [0, 0.43056, 0, 0.08334, 0.46632],
    "950": [0.19444, 0.69444, 0.07378, 0.08334, 0.4375],
    "951": [0.19444, 0.43056, 0.03588, 0.05556, 0.49653],
    "952": [0, 0.69444, 0.02778, 0.08334, 0.46944],
    "953": [0, 0.43056, 0, 0.05556, 0.35394],
    "954": [0, 0.43056, 0, 0, 0.57616],
    "955": [0, 0.69444, 0, 0, 0.58334],
    "956": [0.19444, 0.43056, 0, 0.02778, 0.60255],
    "957": [0, 0.43056, 0.06366, 0.02778, 0.49398],
    "958": [0.19444, 0.69444, 0.04601, 0.11111, 0.4375],
    "959": [0, 0.43056, 0, 0.05556, 0.48472],
    "960": [0, 0.43056, 0.03588, 0, 0.57003],
    "961": [0.19444, 0.43056, 0, 0.08334, 0.51702],
    "962": [0.09722, 0.43056, 0.07986, 0.08334, 0.36285],
    "963": [0, 0.43056, 0.03588, 0, 0.57141],
    "964": [0, 0.43056, 0.1132, 0.02778, 0.43715],
    "965": [0, 0.43056, 0.03588, 0.02778, 0.54028],
    "966": [0.19444, 0.43056, 0, 0.08334, 0.65417],
    "967": [0.19444, 0.43056, 0, 0.05556, 0.62569],
    "968": [0.19444, 0.69444, 0.03588, 0.11111, 0.65139],
    "969": [0, 0.43056, 0.03588, 0, 0.62245],
    "977": [0, 0.69444, 0, 0.08334, 0.59144],
    "981": [0.19444, 0.69444, 0, 0.08334, 0.59583],
    "982": [0, 0.43056, 0.02778, 0, 0.82813],
    "1009": [0.19444, 0.43056, 0, 0.08334, 0.51702],
    "1013": [0, 0.43056, 0, 0.05556, 0.4059],
    "57649": [0, 0.43056, 0, 0.02778, 0.32246],
    "57911": [0.19444, 0.43056, 0, 0.08334, 0.38403]
  },
  "SansSerif-Bold": {
    "32": [0, 0, 0, 0, 0.25],
    "33": [0, 0.69444, 0, 0, 0.36667],
    "34": [0, 0.69444, 0, 0, 0.55834],
    "35": [0.19444, 0.69444, 0, 0, 0.91667],
    "36": [0.05556, 0.75, 0, 0, 0.55],
    "37": [0.05556, 0.75, 0, 0, 1.02912],
    "38": [0, 0.69444, 0, 0, 0.83056],
    "39": [0, 0.69444, 0, 0, 0.30556],
    "40": [0.25, 0.75, 0, 0, 0.42778],
    "41": [0.25, 0.75, 0, 0, 0.42778],
    "42": [0, 0.75, 0, 0, 0.55],
    "43": [0.11667, 0.61667, 0, 0, 0.85556],
    "44": [0.10556, 0.13056, 0, 0, 0.30556],
    "45": [0, 0.45833, 0, 0, 0.36667],
    "46": [0, 0.13056, 0, 0, 0.30556],
    "47": [0.25, 0.75, 0, 0, 0.55],
    "48": [0, 0.69444, 0, 0, 0.55],
    "49": [0, 0.69444, 0, 0, 0.55],
    "50": [0, 0.69444, 0, 0, 0.55],
    "51": [0, 0.69444, 0, 0, 0.55],
    "52": [0, 0.69444, 0, 0, 0.55],
    "53": [0, 0.69444, 0, 0, 0.55],
    "54": [0, 0.69444, 0, 0, 0.55],
    "55": [0, 0.69444, 0, 0, 0.55],
    "56": [0, 0.69444, 0, 0, 0.55],
    "57": [0, 0.69444, 0, 0, 0.55],
    "58": [0, 0.45833, 0, 0, 0.30556],
    "59": [0.10556, 0.45833, 0, 0, 0.30556],
    "61": [-0.09375, 0.40625, 0, 0, 0.85556],
    "63": [0, 0.69444, 0, 0, 0.51945],
    "64": [0, 0.69444, 0, 0, 0.73334],
    "65": [0, 0.69444, 0, 0, 0.73334],
    "66": [0, 0.69444, 0, 0, 0.73334],
    "67": [0, 0.69444, 0, 0, 0.70278],
    "68": [0, 0.69444, 0, 0, 0.79445],
    "69": [0, 0.69444, 0, 0, 0.64167],
    "70": [0, 0.69444, 0, 0, 0.61111],
    "71": [0, 0.69444, 0, 0, 0.73334],
    "72": [0, 0.69444, 0, 0, 0.79445],
    "73": [0, 0.69444, 0, 0, 0.33056],
    "74": [0, 0.69444, 0, 0, 0.51945],
    "75": [0, 0.69444, 0, 0, 0.76389],
    "76": [0, 0.69444, 0, 0, 0.58056],
    "77": [0, 0.69444, 0, 0, 0.97778],
    "78": [0, 0.69444, 0, 0, 0.79445],
    "79": [0, 0.69444, 0, 0, 0.79445],
    "80": [0, 0.69444, 0, 0, 0.70278],
    "81": [0.10556, 0.69444, 0, 0, 0.79445],
    "82": [0, 0.69444, 0, 0, 0.70278],
    "83": [0, 0.69444, 0, 0, 0.61111],
    "84": [0, 0.69444, 0, 0, 0.73334],
    "85": [0, 0.69444, 0, 0, 0.76389],
    "86": [0, 0.69444, 0.01528, 0, 0.73334],
    "87": [0, 0.69444, 0.01528, 0, 1.03889],
    "88": [0, 0.69444, 0, 0, 0.73334],
    "89": [0, 0.69444, 0.0275, 0, 0.73334],
    "90": [0, 0.69444, 0, 0, 0.67223],
    "91": [0.25, 0.75, 0, 0, 0.34306],
    "93": [0.25, 0.75, 0, 0, 0.34306],
    "94": [0, 0.69444, 0, 0, 0.55],
    "95": [0.35, 0.10833, 0.03056, 0, 0.55],
    "97": [0, 0.45833, 0, 0, 0.525],
    "98": [0, 0.69444, 0, 0, 0.56111],
    "99": [0, 0.45833, 0, 0, 0.48889],
    "100": [0, 0.69444, 0, 0, 0.56111],
    "101": [0, 0.45833, 0, 0, 0.51111],
    "102": [0, 0.69444, 0.07639, 0, 0.33611],
    "103": [0.19444, 0.45833, 0.01528, 0, 0.55],
    "104": [0, 0.69444, 0, 0, 0.56111],
    "105": [0, 0.69444, 0, 0, 0.25556],
    "106": [0.19444, 0.69444, 0, 0, 0.28611],
    "107": [0, 0.69444, 0, 0, 0.53056],
    "108": [0, 0.69444, 0, 0, 0.25556],
    "109": [0, 0.45833, 0, 0, 0.86667],
    "110": [0, 0.45833, 0, 0, 0.56111],
    "111": [0, 0.45833, 0, 0, 0.55],
    "112": [0.19444, 0.45833, 0, 0, 0.56111],
    "113": [0.19444, 0.45833, 0, 0, 0.56111],
    "114": [0, 0.45833, 0.01528, 0, 0.37222],
    "115": [0, 0.45833, 0, 0, 0.42167],
    "116": [0, 0.58929, 0, 0, 0.40417],
    "117": [0, 0.45833, 0, 0, 0.56111],
    "118": [0, 0.45833, 0.01528, 0, 0.5],
    "119": [0, 0.45833, 0.01528, 0, 0.74445],
    "120": [0, 0.45833, 0, 0, 0.5],
    "121": [0.19444, 0.45833, 0.01528, 0, 0.5],
    "122": [0, 0.45833, 0, 0, 0.47639],
    "126": [0.35, 0.34444, 0, 0, 0.55],
    "160": [0, 0, 0, 0, 0.25],
    "168": [0, 0.69444, 0, 0, 0.55],
    "176": [0, 0.69444, 0, 0, 0.73334],
    "180": [0, 0.69444, 0, 0, 0.55],
    "184": [0.17014, 0, 0, 0, 0.48889],
    "305": [0, 0.45833, 0, 0, 0.25556],
    "567": [0.19444, 0.45833, 0, 0, 0.28611],
    "710": [0, 0.69444, 0, 0, 0.55],
    "711": [0, 0.63542, 0, 0, 0.55],
    "713": [0, 0.63778, 0, 0, 0.55],
    "728": [0, 0.69444, 0, 0, 0.55],
    "729": [0, 0.69444, 0, 0, 0.30556],
    "730": [0, 0.69444, 0, 0, 0.73334],
    "732": [0, 0.69444, 0, 0, 0.55],
    "733": [0, 0.69444, 0, 0, 0.55],
    "915": [0, 0.69444, 0, 0, 0.58056],
    "916": [0, 0.69444, 0, 0, 0.91667],
    "920": [0, 0.69444, 0, 0, 0.85556],
    "923": [0, 0.69444, 0, 0, 0.67223],
    "926": [0, 0.69444, 0, 0, 0.73334],
    "928": [0, 0.69444, 0, 0, 0.79445],
    "931": [0, 0.69444, 0, 0, 0.79445],
    "933": [0, 0.69444, 0, 0, 0.85556],
    "934": [0, 0.69444, 0, 0, 0.79445],
    "936": [0, 0.69444, 0, 0, 0.85556],
    "937": [0, 0.69444, 0, 0, 0.79445],
    "8211": [0, 0.45833, 0.03056, 0, 0.55],
    "8212": [0, 0.45833, 0.03056, 0, 1.10001],
    "8216": [0, 0.69444, 0, 0, 0.30556],
    "8217": [0, 0.69444, 0, 0, 0.30556],
    "8220": [0, 0.69444, 0, 0, 0.55834],
    "8221": [0, 0.69444, 0, 0, 0.55834]
  },
  "SansSerif-Italic": {
    "32": [0, 0, 0, 0, 0.25],
    "33": [0, 0.69444, 0.05733, 0, 0.31945],
    "34": [0, 0.69444, 316e-5, 0, 0.5],
    "35": [0.19444, 0.69444, 0.05087, 0, 0.83334],
    "36": [0.05556, 0.75, 0.11156, 0, 0.5],
    "37": [0.05556, 0.75, 0.03126, 0, 0.83334],
    "38": [0, 0.69444, 0.03058, 0, 0.75834],
    "39": [0, 0.69444, 0.07816, 0, 0.27778],
    "40": [0.25, 0.75, 0.13164, 0, 0.38889],
    "41": [0.25, 0.75, 0.02536, 0, 0.38889],
    "42": [0, 0.75, 0.11775, 0, 0.5],
    "43": [0.08333, 0.58333, 0.02536, 0, 0.77778],
    "44": [0.125, 0.08333, 0, 0, 0.27778],
    "45": [0, 0.44444, 0.01946, 0, 0.33333],
    "46": [0, 0.08333, 0, 0, 0.27778],
    "47": [0.25, 0.75, 0.13164, 0, 0.5],
    "48": [0, 0.65556, 0.11156, 0, 0.5],
    "49": [0, 0.65556, 0.11156, 0, 0.5],
    "50": [0, 0.65556, 0.11156, 0, 0.5],
    "51": [0, 0.65556, 0.11156, 0, 0.5],
    "52": [0, 0.65556, 0.11156, 0, 0.5],
    "53": [0, 0.65556, 0.11156, 0, 0.5],
    "54": [0, 0.65556, 0.11156, 0, 0.5],
    "55": [0, 0.65556, 0.11156, 0, 0.5],
    "56": [0, 0.65556, 0.11156, 0, 0.5],
    "57": [0, 0.65556, 0.11156, 0, 0.5],
    "58": [0, 0.44444, 0.02502, 0, 0.27778],
    "59": [0.125, 0.44444, 0.02502, 0, 0.27778],
    "61": [-0.13, 0.37, 0.05087, 0, 0.77778],
    "63": [0, 0.69444, 0.11809, 0, 0.47222],
    "64": [0, 0.69444, 0.07555, 0, 0.66667],
    "65": [0, 0.69444, 0, 0, 0.66667],
    "66": [0, 0.69444, 0.08293, 0, 0.66667],
    "67": [0, 0.69444, 0.11983, 0, 0.63889],
    "68": [0, 0.69444, 0.07555, 0, 0.72223],
    "69": [0, 0.69444, 0.11983, 0, 0.59722],
    "70": [0, 0.69444, 0.13372, 0, 0.56945],
    "71": [0, 0.69444, 0.11983, 0, 0.66667],
    "72": [0, 0.69444, 0.08094, 0, 0.70834],
    "73": [0, 0.69444, 0.13372, 0, 0.27778],
    "74": [0, 0.69444, 0.08094, 0, 0.47222],
    "75": [0, 0.69444, 0.11983, 0, 0.69445],
    "76": [0, 0.69444, 0, 0, 0.54167],
    "77": [0, 0.69444, 0.08094, 0, 0.875],
    "78": [0, 0.69444, 0.08094, 0, 0.70834],
    "79": [0, 0.69444, 0.07555, 0, 0.73611],
    "80": [0, 0.69444, 0.08293, 0, 0.63889],
    "81": [0.125, 0.69444, 0.07555, 0, 0.73611],
    "82": [0, 0.69444, 0.08293, 0, 0.64584],
    "83": [0, 0.69444, 0.09205, 0, 0.55556],
    "84": [0, 0.69444, 0.13372, 0, 0.68056],
    "85": [0, 0.69444, 0.08094, 0, 0.6875],
    "86": [0, 0.69444, 0.1615, 0, 0.66667],
    "87": [0, 0.69444, 0.1615, 0, 0.94445],
    "88": [0, 0.69444, 0.13372, 0, 0.66667],
    "89": [0, 0.69444, 0.17261, 0, 0.66667],
    "90": [0, 0.69444, 0.11983, 0, 0.61111],
    "91": [0.25, 0.75, 0.15942, 0, 0.28889],
    "93": [0.25, 0.75, 0.08719, 0, 0.28889],
    "94": [0, 0.69444, 0.0799, 0, 0.5],
    "95": [0.35, 0.09444, 0.08616, 0, 0.5],
    "97": [0, 0.44444, 981e-5, 0, 0.48056],
    "98": [0, 0.69444, 0.03057, 0, 0.51667],
    "99": [0, 0.44444, 0.08336, 0, 0.44445],
    "100": [0, 0.69444, 0.09483, 0, 0.51667],
    "101": [0, 0.44444, 0.06778, 0, 0.44445],
    "102": [0, 0.69444, 0.21705, 0, 0.30556],
    "103": [0.19444, 0.44444, 0.10836, 0, 0.5],
    "104": [0, 0.69444, 0.01778, 0, 0.51667],
    "105": [0, 0.67937, 0.09718, 0, 0.23889],
    "106": [0.19444, 0.67937, 0.09162, 0, 0.26667],
    "107": [0, 0.69444, 0.08336, 0, 0.48889],
    "108": [0, 0.69444, 0.09483, 0, 0.23889],
    "109": [0, 0.44444, 0.01778, 0, 0.79445],
    "110": [0, 0.44444, 0.01778, 0, 0.51667],
    "111": [0, 0.44444, 0.06613, 0, 0.5],
    "112": [0.19444, 0.44444, 0.0389, 0, 0.51667],
    "113": [0.19444, 0.44444, 0.04169, 0, 0.51667],
    "114": [0, 0.44444, 0.10836, 0, 0.34167],
    "115": [0, 0.44444, 0.0778, 0, 0.38333],
    "116": [0, 0.57143, 0.07225, 0, 0.36111],
    "117": [0, 0.44444, 0.04169, 0, 0.51667],
    "118": [0, 0.44444, 0.10836, 0, 0.46111],
    "119": [0, 0.44444, 0.10836, 0, 0.68334],
    "120": [0, 0.44444, 0.09169, 0, 0.46111],
    "121": [0.19444, 0.44444, 0.10836, 0, 0.46111],
    "122": [0, 0.44444, 0.08752, 0, 0.43472],
    "126": [0.35, 0.32659, 0.08826, 0, 0.5],
    "160": [0, 0, 0, 0, 0.25],
    "168": [0, 0.67937, 0.06385, 0, 0.5],
    "176": [0, 0.69444, 0, 0, 0.73752],
    "184": [0.17014, 0, 0, 0, 0.44445],
    "305": [0, 0.44444, 0.04169, 0, 0.23889],
    "567": [0.19444, 0.44444, 0.04169, 0, 0.26667],
    "710": [0, 0.69444, 0.0799, 0, 0.5],
    "711": [0, 0.63194, 0.08432, 0, 0.5],
    "713": [0, 0.60889, 0.08776, 0, 0.5],
    "714": [0, 0.69444, 0.09205, 0, 0.5],
    "715": [0, 0.69444, 0, 0, 0.5],
    "728": [0, 0.69444, 0.09483, 0, 0.5],
    "729": [0, 0.67937, 0.07774, 0, 0.27778],
    "730": [0, 0.69444, 0, 0, 0.73752],
    "732": [0, 0.67659, 0.08826, 0, 0.5],
    "733": [0, 0.69444, 0.09205, 0, 0.5],
    "915": [0, 0.69444, 0.13372, 0, 0.54167],
    "916": [0, 0.69444, 0, 0, 0.83334],
    "920": [0, 0.69444, 0.07555, 0, 0.77778],
    "923": [0, 0.69444, 0, 0, 0.61111],
    "926": [0, 0.69444, 0.12816, 0, 0.66667],
    "928": [0, 0.69444, 0.08094, 0, 0.70834],
    "931": [0, 0.69444, 0.11983, 0, 0.72222],
    "933": [0, 0.69444, 0.09031, 0, 0.77778],
    "934": [0, 0.69444, 0.04603, 0, 0.72222],
    "936": [0, 0.69444, 0.09031, 0, 0.77778],
    "937": [0, 0.69444, 0.08293, 0, 0.72222],
    "8211": [0, 0.44444, 0.08616, 0, 0.5],
    "8212": [0, 0.44444, 0.08616, 0, 1],
    "8216": [0, 0.69444, 0.07816, 0, 0.27778],
    "8217": [0, 0.69444, 0.07816, 0, 0.27778],
    "8220": [0, 0.69444, 0.14205, 0, 0.5],
    "8221": [0, 0.69444, 316e-5, 0, 0.5]
  },
  "SansSerif-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "33": [0, 0.69444, 0, 0, 0.31945],
    "34": [0, 0.69444, 0, 0, 0.5],
    "35": [0.19444, 0.69444, 0, 0, 0.83334],
    "36": [0.05556, 0.75, 0, 0, 0.5],
    "37": [0.05556, 0.75, 0, 0, 0.83334],
    "38": [0, 0.69444, 0, 0, 0.75834],
    "39": [0, 0.69444, 0, 0, 0.27778],
    "40": [0.25, 0.75, 0, 0, 0.38889],
    "41": [0.25, 0.75, 0, 0, 0.38889],
    "42": [0, 0.75, 0, 0, 0.5],
    "43": [0.08333, 0.58333, 0, 0, 0.77778],
    "44": [0.125, 0.08333, 0, 0, 0.27778],
    "45": [0, 0.44444, 0, 0, 0.33333],
    "46": [0, 0.08333, 0, 0, 0.27778],
    "47": [0.25, 0.75, 0, 0, 0.5],
    "48": [0, 0.65556, 0, 0, 0.5],
    "49": [0, 0.65556, 0, 0, 0.5],
    "50": [0, 0.65556, 0, 0, 0.5],
    "51": [0, 0.65556, 0, 0, 0.5],
    "52": [0, 0.65556, 0, 0, 0.5],
    "53": [0, 0.65556, 0, 0, 0.5],
    "54": [0, 0.65556, 0, 0, 0.5],
    "55": [0, 0.65556, 0, 0, 0.5],
    "56": [0, 0.65556, 0, 0, 0.5],
    "57": [0, 0.65556, 0, 0, 0.5],
    "58": [0, 0.44444, 0, 0, 0.27778],
    "59": [0.125, 0.44444, 0, 0, 0.27778],
    "61": [-0.13, 0.37, 0, 0, 0.77778],
    "63": [0, 0.69444, 0, 0, 0.47222],
    "64": [0, 0.69444, 0, 0, 0.66667],
    "65": [0, 0.69444, 0, 0, 0.66667],
    "66": [0, 0.69444, 0, 0, 0.66667],
    "67": [0, 0.69444, 0, 0, 0.63889],
    "68": [0, 0.69444, 0, 0, 0.72223],
    "69": [0, 0.69444, 0, 0, 0.59722],
    "70": [0, 0.69444, 0, 0, 0.56945],
    "71": [0, 0.69444, 0, 0, 0.66667],
    "72": [0, 0.69444, 0, 0, 0.70834],
    "73": [0, 0.69444, 0, 0, 0.27778],
    "74": [0, 0.69444, 0, 0, 0.47222],
    "75": [0, 0.69444, 0, 0, 0.69445],
    "76": [0, 0.69444, 0, 0, 0.54167],
    "77": [0, 0.69444, 0, 0, 0.875],
    "78": [0, 0.69444, 0, 0, 0.70834],
    "79": [0, 0.69444, 0, 0, 0.73611],
    "80": [0, 0.69444, 0, 0, 0.63889],
    "81": [0.125, 0.69444, 0, 0, 0.73611],
    "82": [0, 0.69444, 0, 0, 0.64584],
    "83": [0, 0.69444, 0, 0, 0.55556],
    "84": [0, 0.69444, 0, 0, 0.68056],
    "85": [0, 0.69444, 0, 0, 0.6875],
    "86": [0, 0.69444, 0.01389, 0, 0.66667],
    "87": [0, 0.69444, 0.01389, 0, 0.94445],
    "88": [0, 0.69444, 0, 0, 0.66667],
    "89": [0, 0.69444, 0.025, 0, 0.66667],
    "90": [0, 0.69444, 0, 0, 0.61111],
    "91": [0.25, 0.75, 0, 0, 0.28889],
    "93": [0.25, 0.75, 0, 0, 0.28889],
    "94": [0, 0.69444, 0, 0, 0.5],
    "95": [0.35, 0.09444, 0.02778, 0, 0.5],
    "97": [0, 0.44444, 0, 0, 0.48056],
    "98": [0, 0.69444, 0, 0, 0.51667],
    "99": [0, 0.44444, 0, 0, 0.44445],
    "100": [0, 0.69444, 0, 0, 0.51667],
    "101": [0, 0.44444, 0, 0, 0.44445],
    "102": [0, 0.69444, 0.06944, 0, 0.30556],
    "103": [0.19444, 0.44444, 0.01389, 0, 0.5],
    "104": [0, 0.69444, 0, 0, 0.51667],
    "105": [0, 0.67937, 0, 0, 0.23889],
    "106": [0.19444, 0.67937, 0, 0, 0.26667],
    "107": [0, 0.69444, 0, 0, 0.48889],
    "108": [0, 0.69444, 0, 0, 0.23889],
    "109": [0, 0.44444, 0, 0, 0.79445],
    "110": [0, 0.44444, 0, 0, 0.51667],
    "111": [0, 0.44444, 0, 0, 0.5],
    "112": [0.19444, 0.44444, 0, 0, 0.51667],
    "113": [0.19444, 0.44444, 0, 0, 0.51667],
    "114": [0, 0.44444, 0.01389, 0, 0.34167],
    "115": [0, 0.44444, 0, 0, 0.38333],
    "116": [0, 0.57143, 0, 0, 0.36111],
    "117": [0, 0.44444, 0, 0, 0.51667],
    "118": [0, 0.44444, 0.01389, 0, 0.46111],
    "119": [0, 0.44444, 0.01389, 0, 0.68334],
    "120": [0, 0.44444, 0, 0, 0.46111],
    "121": [0.19444, 0.44444, 0.01389, 0, 0.46111],
    "122": [0, 0.44444, 0, 0, 0.43472],
    "126": [0.35, 0.32659, 0, 0, 0.5],
    "160": [0, 0, 0, 0, 0.25],
    "168": [0, 0.67937, 0, 0, 0.5],
    "176": [0, 0.69444, 0, 0, 0.66667],
    "184": [0.17014, 0, 0, 0, 0.44445],
    "305": [0, 0.44444, 0, 0, 0.23889],
    "567": [0.19444, 0.44444, 0, 0, 0.26667],
    "710": [0, 0.69444, 0, 0, 0.5],
    "711": [0, 0.63194, 0, 0, 0.5],
    "713": [0, 0.60889, 0, 0, 0.5],
    "714": [0, 0.69444, 0, 0, 0.5],
    "715": [0, 0.69444, 0, 0, 0.5],
    "728": [0, 0.69444, 0, 0, 0.5],
    "729": [0, 0.67937, 0, 0, 0.27778],
    "730": [0, 0.69444, 0, 0, 0.66667],
    "732": [0, 0.67659, 0, 0, 0.5],
    "733": [0, 0.69444, 0, 0, 0.5],
    "915": [0, 0.69444, 0, 0, 0.54167],
    "916": [0, 0.69444, 0, 0, 0.83334],
    "920": [0, 0.69444, 0, 0, 0.77778],
    "923": [0, 0.69444, 0, 0, 0.61111],
    "926": [0, 0.69444, 0, 0, 0.66667],
    "928": [0, 0.69444, 0, 0, 0.70834],
    "931": [0, 0.69444, 0, 0, 0.72222],
    "933": [0, 0.69444, 0, 0, 0.77778],
    "934": [0, 0.69444, 0, 0, 0.72222],
    "936": [0, 0.69444, 0, 0, 0.77778],
    "937": [0, 0.69444, 0, 0, 0.72222],
    "8211": [0, 0.44444, 0.02778, 0, 0.5],
    "8212": [0, 0.44444, 0.02778, 0, 1],
    "8216": [0, 0.69444, 0, 0, 0.27778],
    "8217": [0, 0.69444, 0, 0, 0.27778],
    "8220": [0, 0.69444, 0, 0, 0.5],
    "8221": [0, 0.69444, 0, 0, 0.5]
  },
  "Script-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "65": [0, 0.7, 0.22925, 0, 0.80253],
    "66": [0, 0.7, 0.04087, 0, 0.90757],
    "67": [0, 0.7, 0.1689, 0, 0.66619],
    "68": [0, 0.7, 0.09371, 0, 0.77443],
    "69": [0, 0.7, 0.18583, 0, 0.56162],
    "70": [0, 0.7, 0.13634, 0, 0.89544],
    "71": [0, 0.7, 0.17322, 0, 0.60961],
    "72": [0, 0.7, 0.29694, 0, 0.96919],
    "73": [0, 0.7, 0.19189, 0, 0.80907],
    "74": [0.27778, 0.7, 0.19189, 0, 1.05159],
    "75": [0, 0.7, 0.31259, 0, 0.91364],
    "76": [0, 0.7, 0.19189, 0, 0.87373],
    "77": [0, 0.7, 0.15981, 0, 1.08031],
    "78": [0, 0.7, 0.3525, 0, 0.9015],
    "79": [0, 0.7, 0.08078, 0, 0.73787],
    "80": [0, 0.7, 0.08078, 0, 1.01262],
    "81": [0, 0.7, 0.03305, 0, 0.88282],
    "82": [0, 0.7, 0.06259, 0, 0.85],
    "83": [0, 0.7, 0.19189, 0, 0.86767],
    "84": [0, 0.7, 0.29087, 0, 0.74697],
    "85": [0, 0.7, 0.25815, 0, 0.79996],
    "86": [0, 0.7, 0.27523, 0, 0.62204],
    "87": [0, 0.7, 0.27523, 0, 0.80532],
    "88": [0, 0.7, 0.26006, 0, 0.94445],
    "89": [0, 0.7, 0.2939, 0, 0.70961],
    "90": [0, 0.7, 0.24037, 0, 0.8212],
    "160": [0, 0, 0, 0, 0.25]
  },
  "Size1-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "40": [0.35001, 0.85, 0, 0, 0.45834],
    "41": [0.35001, 0.85, 0, 0, 0.45834],
    "47": [0.35001, 0.85, 0, 0, 0.57778],
    "91": [0.35001, 0.85, 0, 0, 0.41667],
    "92": [0.35001, 0.85, 0, 0, 0.57778],
    "93": [0.35001, 0.85, 0, 0, 0.41667],
    "123": [0.35001, 0.85, 0, 0, 0.58334],
    "125": [0.35001, 0.85, 0, 0, 0.58334],
    "160": [0, 0, 0, 0, 0.25],
    "710": [0, 0.72222, 0, 0, 0.55556],
    "732": [0, 0.72222, 0, 0, 0.55556],
    "770": [0, 0.72222, 0, 0, 0.55556],
    "771": [0, 0.72222, 0, 0, 0.55556],
    "8214": [-99e-5, 0.601, 0, 0, 0.77778],
    "8593": [1e-5, 0.6, 0, 0, 0.66667],
    "8595": [1e-5, 0.6, 0, 0, 0.66667],
    "8657": [1e-5, 0.6, 0, 0, 0.77778],
    "8659": [1e-5, 0.6, 0, 0, 0.77778],
    "8719": [0.25001, 0.75, 0, 0, 0.94445],
    "8720": [0.25001, 0.75, 0, 0, 0.94445],
    "8721": [0.25001, 0.75, 0, 0, 1.05556],
    "8730": [0.35001, 0.85, 0, 0, 1],
    "8739": [-599e-5, 0.606, 0, 0, 0.33333],
    "8741": [-599e-5, 0.606, 0, 0, 0.55556],
    "8747": [0.30612, 0.805, 0.19445, 0, 0.47222],
    "8748": [0.306, 0.805, 0.19445, 0, 0.47222],
    "8749": [0.306, 0.805, 0.19445, 0, 0.47222],
    "8750": [0.30612, 0.805, 0.19445, 0, 0.47222],
    "8896": [0.25001, 0.75, 0, 0, 0.83334],
    "8897": [0.25001, 0.75, 0, 0, 0.83334],
    "8898": [0.25001, 0.75, 0, 0, 0.83334],
    "8899": [0.25001, 0.75, 0, 0, 0.83334],
    "8968": [0.35001, 0.85, 0, 0, 0.47222],
    "8969": [0.35001, 0.85, 0, 0, 0.47222],
    "8970": [0.35001, 0.85, 0, 0, 0.47222],
    "8971": [0.35001, 0.85, 0, 0, 0.47222],
    "9168": [-99e-5, 0.601, 0, 0, 0.66667],
    "10216": [0.35001, 0.85, 0, 0, 0.47222],
    "10217": [0.35001, 0.85, 0, 0, 0.47222],
    "10752": [0.25001, 0.75, 0, 0, 1.11111],
    "10753": [0.25001, 0.75, 0, 0, 1.11111],
    "10754": [0.25001, 0.75, 0, 0, 1.11111],
    "10756": [0.25001, 0.75, 0, 0, 0.83334],
    "10758": [0.25001, 0.75, 0, 0, 0.83334]
  },
  "Size2-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "40": [0.65002, 1.15, 0, 0, 0.59722],
    "41": [0.65002, 1.15, 0, 0, 0.59722],
    "47": [0.65002, 1.15, 0, 0, 0.81111],
    "91": [0.65002, 1.15, 0, 0, 0.47222],
    "92": [0.65002, 1.15, 0, 0, 0.81111],
    "93": [0.65002, 1.15, 0, 0, 0.47222],
    "123": [0.65002, 1.15, 0, 0, 0.66667],
    "125": [0.65002, 1.15, 0, 0, 0.66667],
    "160": [0, 0, 0, 0, 0.25],
    "710": [0, 0.75, 0, 0, 1],
    "732": [0, 0.75, 0, 0, 1],
    "770": [0, 0.75, 0, 0, 1],
    "771": [0, 0.75, 0, 0, 1],
    "8719": [0.55001, 1.05, 0, 0, 1.27778],
    "8720": [0.55001, 1.05, 0, 0, 1.27778],
    "8721": [0.55001, 1.05, 0, 0, 1.44445],
    "8730": [0.65002, 1.15, 0, 0, 1],
    "8747": [0.86225, 1.36, 0.44445, 0, 0.55556],
    "8748": [0.862, 1.36, 0.44445, 0, 0.55556],
    "8749": [0.862, 1.36, 0.44445, 0, 0.55556],
    "8750": [0.86225, 1.36, 0.44445, 0, 0.55556],
    "8896": [0.55001, 1.05, 0, 0, 1.11111],
    "8897": [0.55001, 1.05, 0, 0, 1.11111],
    "8898": [0.55001, 1.05, 0, 0, 1.11111],
    "8899": [0.55001, 1.05, 0, 0, 1.11111],
    "8968": [0.65002, 1.15, 0, 0, 0.52778],
    "8969": [0.65002, 1.15, 0, 0, 0.52778],
    "8970": [0.65002, 1.15, 0, 0, 0.52778],
    "8971": [0.65002, 1.15, 0, 0, 0.52778],
    "10216": [0.65002, 1.15, 0, 0, 0.61111],
    "10217": [0.65002, 1.15, 0, 0, 0.61111],
    "10752": [0.55001, 1.05, 0, 0, 1.51112],
    "10753": [0.55001, 1.05, 0, 0, 1.51112],
    "10754": [0.55001, 1.05, 0, 0, 1.51112],
    "10756": [0.55001, 1.05, 0, 0, 1.11111],
    "10758": [0.55001, 1.05, 0, 0, 1.11111]
  },
  "Size3-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "40": [0.95003, 1.45, 0, 0, 0.73611],
    "41": [0.95003, 1.45, 0, 0, 0.73611],
    "47": [0.95003, 1.45, 0, 0, 1.04445],
    "91": [0.95003, 1.45, 0, 0, 0.52778],
    "92": [0.95003, 1.45, 0, 0, 1.04445],
    "93": [0.95003, 1.45, 0, 0, 0.52778],
    "123": [0.95003, 1.45, 0, 0, 0.75],
    "125": [0.95003, 1.45, 0, 0, 0.75],
    "160": [0, 0, 0, 0, 0.25],
    "710": [0, 0.75, 0, 0, 1.44445],
    "732": [0, 0.75, 0, 0, 1.44445],
    "770": [0, 0.75, 0, 0, 1.44445],
    "771": [0, 0.75, 0, 0, 1.44445],
    "8730": [0.95003, 1.45, 0, 0, 1],
    "8968": [0.95003, 1.45, 0, 0, 0.58334],
    "8969": [0.95003, 1.45, 0, 0, 0.58334],
    "8970": [0.95003, 1.45, 0, 0, 0.58334],
    "8971": [0.95003, 1.45, 0, 0, 0.58334],
    "10216": [0.95003, 1.45, 0, 0, 0.75],
    "10217": [0.95003, 1.45, 0, 0, 0.75]
  },
  "Size4-Regular": {
    "32": [0, 0, 0, 0, 0.25],
    "40": [1.25003, 1.75, 0, 0, 0.79167],
    "41": [1.25003, 1.75, 0, 0, 0.79167],
    "47": [1.25003, 1.75, 0, 0, 1.27778],
    "91": [1.25003, 1.75, 0, 0, 0.58334],
    "92": [1.25003, 1.75, 0, 0, 1.27778],
    "93": [1.25003, 1.75, 0, 0, 0.58334],
    "123": [1.25003, 1.75, 0, 0, 0.80556],
    "125": [1.25003, 1.75, 0, 0, 0.80556],
    "160": [0, 0, 0, 0, 0.25],
    "710": [0, 0.825, 0, 0, 1.8889],
    "732": [0, 0.825, 0, 0, 1.8889],
    "770": [0, 0.825, 0, 0, 1.8889],
    "771": [0, 0.825, 0, 0, 1.8889],
    "8730": [1.25003, 1.75, 0, 0, 1],
    "8968": [1.25003, 1.75, 0, 0, 0.63889],
    "8969": [1.25003, 1.75, 0, 0, 0.63889],
    "8970": [1.25003, 1.75, 0, 0, 0.63889],
    "8971": [1.25003, 1.75, 0, 0, 0.63889],
    "9115": [0.64502, 1.155, 0, 0, 0.875],
    "9116": [1e-5, 0.6, 0, 0, 0.875],
    "9117": [0.64502, 1.155, 0, 0, 0.875],
    "9118": [0.64502, 1.155, 0, 0, 0.875],
    "9119": [1e-5, 0.6, 0, 0, 0.875],
    "9120": [0.64502, 1.155, 0, 0, 0.875],
    "9121": [0.64502, 1.155, 0, 0, 0.66667],
    "9122": [-99e-5, 0.601, 0, 0, 0.66667],
    "9123": [0.64502, 1.155, 0, 0, 0.66667],
    "9124": [0.64502, 1.155, 0, 0, 0.66667],
    "9125": [-99e-5, 0.601, 0, 0, 0.66667],
    "9126": [0.64502, 1.155, 0, 0, 0.66667],
    "9127": [1e-5, 0.9, 0, 0, 0.88889],
    "9128": [0.65002, 1.15, 0, 0, 0.88889],
    "9129": [0.90001, 0, 0, 0, 0.88889],
    "9130": [0, 0.3, 0, 0, 0.88889],
    "9131": [1e-5, 0.9, 0, 0, 0.88889],
    "9132": [0.65002, 1.15, 0, 0, 0.88889],
    "9133": [0.90001, 0, 0, 0, 0.88889],
    "9143": [0.88502, 0.915, 0, 0, 1.05556],
    "10216": [1.25003, 1.75, 0, 0, 0.80556],
    "10217": [1.25003, 1.75, 0, 0, 0.80556],
    "57344": [-499e-5, 0.605, 0, 0, 1.05556],
    "57345": [-499e-5, 0.605, 0, 0, 1.05556],
    "57680": [0, 0.12, 0, 0, 0.45],
    "57681": [0, 0.12, 0, 0, 0.45],
    "57682": [0, 0.12, 0, 0, 0.45],
    "57683": [0, 0.12, 0, 0, 0.45]
  },
  "Typewriter-Regular": {
    "32": [0, 0, 0, 0, 0.525],
    "33": [0, 0.61111, 0, 0, 0.525],
    "34": [0, 0.61111, 0, 0, 0.525],
    "35": [0, 0.61111, 0, 0, 0.525],
    "36": [0.08333, 0.69444, 0, 0, 0.525],
    "37": [0.08333, 0.69444, 0, 0, 0.525],
    "38": [0, 0.61111, 0, 0, 0.525],
    "39": [0, 0.61111, 0, 0, 0.525],
    "40": [0.08333, 0.69444, 0, 0, 0.525],
    "41": [0.08333, 0.69444, 0, 0, 0.525],
    "42": [0, 0.52083, 0, 0, 0.525],
    "43": [-0.08056, 0.53055, 0, 0, 0.525],
    "44": [0.13889, 0.125, 0, 0, 0.525],
    "45": [-0.08056, 0.53055, 0, 0, 0.525],
    "46": [0, 0.125, 0, 0, 0.525],
    "47": [0.08333, 0.69444, 0, 0, 0.525],
    "48": [0, 0.61111, 0, 0, 0.525],
    "49": [0, 0.61111, 0, 0, 0.525],
    "50": [0, 0.61111, 0, 0, 0.525],
    "51": [0, 0.61111, 0, 0, 0.525],
    "52": [0, 0.61111, 0, 0, 0.525],
    "53": [0, 0.61111, 0, 0, 0.525],
    "54": [0, 0.61111, 0, 0, 0.525],
    "55": [0, 0.61111, 0, 0, 0.525],
    "56": [0, 0.61111, 0, 0, 0.525],
    "57": [0, 0.61111, 0, 0, 0.525],
    "58": [0, 0.43056, 0, 0, 0.525],
    "59": [0.13889, 0.43056, 0, 0, 0.525],
    "60": [-0.05556, 0.55556, 0, 0, 0.525],
    "61": [-0.19549, 0.41562, 0, 0, 0.525],
    "62": [-0.05556, 0.55556, 0, 0, 0.525],
    "63": [0, 0.61111, 0, 0, 0.525],
    "64": [0, 0.61111, 0, 0, 0.525],
    "65": [0, 0.61111, 0, 0, 0.525],
    "66": [0, 0.61111, 0, 0, 0.525],
    "67": [0, 0.61111, 0, 0, 0.525],
    "68": [0, 0.61111, 0, 0, 0.525],
    "69": [0, 0.61111, 0, 0, 0.525],
    "70": [0, 0.61111, 0, 0, 0.525],
    "71": [0, 0.61111, 0, 0, 0.525],
    "72": [0, 0.61111, 0, 0, 0.525],
    "73": [0, 0.61111, 0, 0, 0.525],
    "74": [0, 0.61111, 0, 0, 0.525],
    "75": [0, 0.61111, 0, 0, 0.525],
    "76": [0, 0.61111, 0, 0, 0.525],
    "77": [0, 0.61111, 0, 0, 0.525],
    "78": [0, 0.61111, 0, 0, 0.525],
    "79": [0, 0.61111, 0, 0, 0.525],
    "80": [0, 0.61111, 0, 0, 0.525],
    "81": [0.13889, 0.61111, 0, 0, 0.525],
    "82": [0, 0.61111, 0, 0, 0.525],
    "83": [0, 0.61111, 0, 0, 0.525],
    "84": [0, 0.61111, 0, 0, 0.525],
    "85": [0, 0.61111, 0, 0, 0.525],
    "86": [0, 0.61111, 0, 0, 0.525],
    "87": [0, 0.61111, 0, 0, 0.525],
    "88": [0, 0.61111, 0, 0, 0.525],
    "89": [0, 0.61111, 0, 0, 0.525],
    "90": [0, 0.61111, 0, 0, 0.525],
    "91": [0.08333, 0.69444, 0, 0, 0.525],
    "92": [0.08333, 0.69444, 0, 0, 0.525],
    "93": [0.08333, 0.69444, 0, 0, 0.525],
    "94": [0, 0.61111, 0, 0, 0.525],
    "95": [0.09514, 0, 0, 0, 0.525],
    "96": [0, 0.61111, 0, 0, 0.525],
    "97": [0, 0.43056, 0, 0, 0.525],
    "98": [0, 0.61111, 0, 0, 0.525],
    "99": [0, 0.43056, 0, 0, 0.525],
    "100": [0, 0.61111, 0, 0, 0.525],
    "101": [0, 0.43056, 0, 0, 0.525],
    "102": [0, 0.61111, 0, 0, 0.525],
    "103": [0.22222, 0.43056, 0, 0, 0.525],
    "104": [0, 0.61111, 0, 0, 0.525],
    "105": [0, 0.61111, 0, 0, 0.525],
    "106": [0.22222, 0.61111, 0, 0, 0.525],
    "107": [0, 0.61111, 0, 0, 0.525],
    "108": [0, 0.61111, 0, 0, 0.525],
    "109": [0, 0.43056, 0, 0, 0.525],
    "110": [0, 0.43056, 0, 0, 0.525],
    "111": [0, 0.43056, 0, 0, 0.525],
    "112": [0.22222, 0.43056, 0, 0, 0.525],
    "113": [0.22222, 0.43056, 0, 0, 0.525],
    "114": [0, 0.43056, 0, 0, 0.525],
    "115": [0, 0.43056, 0, 0, 0.525],
    "116": [0, 0.55358, 0, 0, 0.525],
    "117": [0, 0.43056, 0, 0, 0.525],
    "118": [0, 0.43056, 0, 0, 0.525],
    "119": [0, 0.43056, 0, 0, 0.525],
    "120": [0, 0.43056, 0, 0, 0.525],
    "121": [0.22222, 0.43056, 0, 0, 0.525],
    "122": [0, 0.43056, 0, 0, 0.525],
    "123": [0.08333, 0.69444, 0, 0, 0.525],
    "124": [0.08333, 0.69444, 0, 0, 0.525],
    "125": [0.08333, 0.69444, 0, 0, 0.525],
    "126": [0, 0.61111, 0, 0, 0.525],
    "127": [0, 0.61111, 0, 0, 0.525],
    "160": [0, 0, 0, 0, 0.525],
    "176": [0, 0.61111, 0, 0, 0.525],
    "184": [0.19445, 0, 0, 0, 0.525],
    "305": [0, 0.43056, 0, 0, 0.525],
    "567": [0.22222, 0.43056, 0, 0, 0.525],
    "711": [0, 0.56597, 0, 0, 0.525],
    "713": [0, 0.56555, 0, 0, 0.525],
    "714": [0, 0.61111, 0, 0, 0.525],
    "715": [0, 0.61111, 0, 0, 0.525],
    "728": [0, 0.61111, 0, 0, 0.525],
    "730": [0, 0.61111, 0, 0, 0.525],
    "770": [0, 0.61111, 0, 0, 0.525],
    "771": [0, 0.61111, 0, 0, 0.525],
    "776": [0, 0.61111, 0, 0, 0.525],
    "915": [0, 0.61111, 0, 0, 0.525],
    "916": [0, 0.61111, 0, 0, 0.525],
    "920": [0, 0.61111, 0, 0, 0.525],
    "923": [0, 0.61111, 0, 0, 0.525],
    "926": [0, 0.61111, 0, 0, 0.525],
    "928": [0, 0.61111, 0, 0, 0.525],
    "931": [0, 0.61111, 0, 0, 0.525],
    "933": [0, 0.61111, 0, 0, 0.525],
    "934": [0, 0.61111, 0, 0, 0.525],
    "936": [0, 0.61111, 0, 0, 0.525],
    "937": [0, 0.61111, 0, 0, 0.525],
    "8216": [0, 0.61111, 0, 0, 0.525],
    "8217": [0, 0.61111, 0, 0, 0.525],
    "8242": [0, 0.61111, 0, 0, 0.525],
    "9251": [0.11111, 0.21944, 0, 0, 0.525]
  }
};
var sigmasAndXis = {
  slant: [0.25, 0.25, 0.25],
  // sigma1
  space: [0, 0, 0],
  // sigma2
  stretch: [0, 0, 0],
  // sigma3
  shrink: [0, 0, 0],
  // sigma4
  xHeight: [0.431, 0.431, 0.431],
  // sigma5
  quad: [1, 1.171, 1.472],
  // sigma6
  extraSpace: [0, 0, 0],
  // sigma7
  num1: [0.677, 0.732, 0.925],
  // sigma8
  num2: [0.394, 0.384, 0.387],
  // sigma9
  num3: [0.444, 0.471, 0.504],
  // sigma10
  denom1: [0.686, 0.752, 1.025],
  // sigma11
  denom2: [0.345, 0.344, 0.532],
  // sigma12
  sup1: [0.413, 0.503, 0.504],
  // sigma13
  sup2: [0.363, 0.431, 0.404],
  // sigma14
  sup3: [0.289, 0.286, 0.294],
  // sigma15
  sub1: [0.15, 0.143, 0.2],
  // sigma16
  sub2: [0.247, 0.286, 0.4],
  // sigma17
  supDrop: [0.386, 0.353, 0.494],
  // sigma18
  subDrop: [0.05, 0.071, 0.1],
  // sigma19
  delim1: [2.39, 1.7, 1.98],
  // sigma20
  delim2: [1.01, 1.157, 1.42],
  // sigma21
  axisHeight: [0.25, 0.25, 0.25],
  // sigma22
  // These font metrics are extracted from TeX by using tftopl on cmex10.tfm;
  // they correspond to the font parameters of the extension fonts (family 3).
  // See the TeXbook, page 441. In AMSTeX, the extension fonts scale; to
  // match cmex7, we'd use cmex7.tfm values for script and scriptscript
  // values.
  defaultRuleThickness: [0.04, 0.049, 0.049],
  // xi8; cmex7: 0.049
  bigOpSpacing1: [0.111, 0.111, 0.111],
  // xi9
  bigOpSpacing2: [0.166, 0.166, 0.166],
  // xi10
  bigOpSpacing3: [0.2, 0.2, 0.2],
  // xi11
  bigOpSpacing4: [0.6, 0.611, 0.611],
  // xi12; cmex7: 0.611
  bigOpSpacing5: [0.1, 0.143, 0.143],
  // xi13; cmex7: 0.143
  // The \sqrt rule width is taken from the height of the surd character.
  // Since we use the same font at all sizes, this thickness doesn't scale.
  sqrtRuleThickness: [0.04, 0.04, 0.04],
  // This value determines how large a pt is, for metrics which are defined
  // in terms of pts.
  // This value is also used in katex.scss; if you change it make sure the
  // values match.
  ptPerEm: [10, 10, 10],
  // The space between adjacent `|` columns in an array definition. From
  // `\showthe\doublerulesep` in LaTeX. Equals 2.0 / ptPerEm.
  doubleRuleSep: [0.2, 0.2, 0.2],
  // The width of separator lines in {array} environments. From
  // `\showthe\arrayrulewidth` in LaTeX. Equals 0.4 / ptPerEm.
  arrayRuleWidth: [0.04, 0.04, 0.04],
  // Two values from LaTeX source2e:
  fboxsep: [0.3, 0.3, 0.3],
  //        3 pt / ptPerEm
  fboxrule: [0.04, 0.04, 0.04]
  // 0.4 pt / ptPerEm
};
var extraCharacterMap = {
  // Latin-1
  "Å": "A",
  "Ð": "D",
  "Þ": "o",
  "å": "a",
  "ð": "d",
  "þ": "o",
  // Cyrillic
  "А": "A",
  "Б": "B",
  "В": "B",
  "Г": "F",
  "Д": "A",
  "Е": "E",
  "Ж": "K",
  "З": "3",
  "И": "N",
  "Й": "N",
  "К": "K",
  "Л": "N",
  "М": "M",
  "Н": "H",
  "О": "O",
  "П": "N",
  "Р": "P",
  "С": "C",
  "Т": "T",
  "У": "y",
  "Ф": "O",
  "Х": "X",
  "Ц": "U",
  "Ч": "h",
  "Ш": "W",
  "Щ": "W",
  "Ъ": "B",
  "Ы": "X",
  "Ь": "B",
  "Э": "3",
  "Ю": "X",
  "Я": "R",
  "а": "a",
  "б": "b",
  "в": "a",
  "г": "r",
  "д": "y",
  "е": "e",
  "ж": "m",
  "з": "e",
  "и": "n",
  "й": "n",
  "к": "n",
  "л": "n",
  "м": "m",
  "н": "n",
  "о": "o",
  "п": "n",
  "р": "p",
  "с": "c",
  "т": "o",
  "у": "y",
  "ф": "b",
  "х": "x",
  "ц": "n",
  "ч": "n",
  "ш": "w",
  "щ": "w",
  "ъ": "a",
  "ы": "m",
  "ь": "a",
  "э": "e",
  "ю": "m",
  "я": "r"
};
function setFontMetrics(fontName, metrics) {
  fontMetricsData[fontName] = metrics;
}
function getCharacterMetrics(character, font, mode) {
  if (!fontMetricsData[font]) {
    throw new Error("Font metrics not found for font: " + font + ".");
  }
  var ch = character.charCodeAt(0);
  var metrics = fontMetricsData[font][ch];
  if (!metrics && character[0] in extraCharacterMap) {
    ch = extraCharacterMap[character[0]].charCodeAt(0);
    metrics = fontMetricsData[font][ch];
  }
  if (!metrics && mode === "text") {
    if (supportedCodepoint(ch)) {
      metrics = fontMetricsData[font][77];
    }
  }
  if (metrics) {
    return {
      depth: metrics[0],
      height: metrics[1],
      italic: metrics[2],
      skew: metrics[3],
      width: metrics[4]
    };
  }
}
var fontMetricsBySizeIndex = {};
function getGlobalMetrics(size2) {
  var sizeIndex;
  if (size2 >= 5) {
    sizeIndex = 0;
  } else if (size2 >= 3) {
    sizeIndex = 1;
  } else {
    sizeIndex = 2;
  }
  if (!fontMetricsBySizeIndex[sizeIndex]) {
    var metrics = fontMetricsBySizeIndex[sizeIndex] = {
      cssEmPerMu: sigmasAndXis.quad[sizeIndex] / 18
    };
    for (var key in sigmasAndXis) {
      if (sigmasAndXis.hasOwnProperty(key)) {
        metrics[key] = sigmasAndXis[key][sizeIndex];
      }
    }
  }
  return fontMetricsBySizeIndex[sizeIndex];
}
var symbols = {
  "math": {},
  "text": {}
};
function defineSymbol(mode, font, group, replace, name, acceptUnicodeChar) {
  symbols[mode][name] = {
    font,
    group,
    replace
  };
  if (acceptUnicodeChar && replace) {
    symbols[mode][replace] = symbols[mode][name];
  }
}
var math = "math";
var text = "text";
var main = "main";
var ams = "ams";
var accent = "accent-token";
var bin = "bin";
var close = "close";
var inner = "inner";
var mathord = "mathord";
var op = "op-token";
var open = "open";
var punct = "punct";
var rel = "rel";
var spacing = "spacing";
var textord = "textord";
defineSymbol(math, main, rel, "≡", "\\equiv", true);
defineSymbol(math, main, rel, "≺", "\\prec", true);
defineSymbol(math, main, rel, "≻", "\\succ", true);
defineSymbol(math, main, rel, "∼", "\\sim", true);
defineSymbol(math, main, rel, "⊥", "\\perp");
defineSymbol(math, main, rel, "⪯", "\\preceq", true);
defineSymbol(math, main, rel, "⪰", "\\succeq", true);
defineSymbol(math, main, rel, "≃", "\\simeq", true);
defineSymbol(math, main, rel, "∣", "\\mid", true);
defineSymbol(math, main, rel, "≪", "\\ll", true);
defineSymbol(math, main, rel, "≫", "\\gg", true);
defineSymbol(math, main, rel, "≍", "\\asymp", true);
defineSymbol(math, main, rel, "∥", "\\parallel");
defineSymbol(math, main, rel, "⋈", "\\bowtie", true);
defineSymbol(math, main, rel, "⌣", "\\smile", true);
defineSymbol(math, main, rel, "⊑", "\\sqsubseteq", true);
defineSymbol(math, main, rel, "⊒", "\\sqsupseteq", true);
defineSymbol(math, main, rel, "≐", "\\doteq", true);
defineSymbol(math, main, rel, "⌢", "\\frown", true);
defineSymbol(math, main, rel, "∋", "\\ni", true);
defineSymbol(math, main, rel, "∝", "\\propto", true);
defineSymbol(math, main, rel, "⊢", "\\vdash", true);
defineSymbol(math, main, rel, "⊣", "\\dashv", true);
defineSymbol(math, main, rel, "∋", "\\owns");
defineSymbol(math, main, punct, ".", "\\ldotp");
defineSymbol(math, main, punct, "⋅", "\\cdotp");
defineSymbol(math, main, punct, "⋅", "·");
defineSymbol(text, main, textord, "⋅", "·");
defineSymbol(math, main, textord, "#", "\\#");
defineSymbol(text, main, textord, "#", "\\#");
defineSymbol(math, main, textord, "&", "\\&");
defineSymbol(text, main, textord, "&", "\\&");
defineSymbol(math, main, textord, "ℵ", "\\aleph", true);
defineSymbol(math, main, textord, "∀", "\\forall", true);
defineSymbol(math, main, textord, "ℏ", "\\hbar", true);
defineSymbol(math, main, textord, "∃", "\\exists", true);
defineSymbol(math, main, textord, "∇", "\\nabla", true);
defineSymbol(math, main, textord, "♭", "\\flat", true);
defineSymbol(math, main, textord, "ℓ", "\\ell", true);
defineSymbol(math, main, textord, "♮", "\\natural", true);
defineSymbol(math, main, textord, "♣", "\\clubsuit", true);
defineSymbol(math, main, textord, "℘", "\\wp", true);
defineSymbol(math, main, textord, "♯", "\\sharp", true);
defineSymbol(math, main, textord, "♢", "\\diamondsuit", true);
defineSymbol(math, main, textord, "ℜ", "\\Re", true);
defineSymbol(math, main, textord, "♡", "\\heartsuit", true);
defineSymbol(math, main, textord, "ℑ", "\\Im", true);
defineSymbol(math, main, textord, "♠", "\\spadesuit", true);
defineSymbol(math, main, textord, "§", "\\S", true);
defineSymbol(text, main, textord, "§", "\\S");
defineSymbol(math, main, textord, "¶", "\\P", true);
defineSymbol(text, main, textord, "¶", "\\P");
defineSymbol(math, main, textord, "†", "\\dag");
defineSymbol(text, main, textord, "†", "\\dag");
defineSymbol(text, main, textord, "†", "\\textdagger");
defineSymbol(math, main, textord, "‡", "\\ddag");
defineSymbol(text, main, textord, "‡", "\\ddag");
defineSymbol(text, main, textord, "‡", "\\textdaggerdbl");
defineSymbol(math, main, close, "⎱", "\\rmoustache", true);
defineSymbol(math, main, open, "⎰", "\\lmoustache", true);
defineSymbol(math, main, close, "⟯", "\\rgroup", true);
defineSymbol(math, main, open, "⟮", "\\lgroup", true);
defineSymbol(math, main, bin, "∓", "\\mp", true);
defineSymbol(math, main, bin, "⊖", "\\ominus", true);
defineSymbol(math, main, bin, "⊎", "\\uplus", true);
defineSymbol(math, main, bin, "⊓", "\\sqcap", true);
defineSymbol(math, main, bin, "∗", "\\ast");
defineSymbol(math, main, bin, "⊔", "\\sqcup", true);
defineSymbol(math, main, bin, "◯", "\\bigcirc", true);
defineSymbol(math, main, bin, "∙", "\\bullet", true);
defineSymbol(math, main, bin, "‡", "\\ddagger");
defineSymbol(math, main, bin, "≀", "\\wr", true);
defineSymbol(math, main, bin, "⨿", "\\amalg");
defineSymbol(math, main, bin, "&", "\\And");
defineSymbol(math, main, rel, "⟵", "\\longleftarrow", true);
defineSymbol(math, main, rel, "⇐", "\\Leftarrow", true);
defineSymbol(math, main, rel, "⟸", "\\Longleftarrow", true);
defineSymbol(math, main, rel, "⟶", "\\longrightarrow", true);
defineSymbol(math, main, rel, "⇒", "\\Rightarrow", true);
defineSymbol(math, main, rel, "⟹", "\\Longrightarrow", true);
defineSymbol(math, main, rel, "↔", "\\leftrightarrow", true);
defineSymbol(math, main, rel, "⟷", "\\longleftrightarrow", true);
defineSymbol(math, main, rel, "⇔", "\\Leftrightarrow", true);
defineSymbol(math, main, rel, "⟺", "\\Longleftrightarrow", true);
defineSymbol(math, main, rel, "↦", "\\mapsto", true);
defineSymbol(math, main, rel, "⟼", "\\longmapsto", true);
defineSymbol(math, main, rel, "↗", "\\nearrow", true);
defineSymbol(math, main, rel, "↩", "\\hookleftarrow", true);
defineSymbol(math, main, rel, "↪", "\\hookrightarrow", true);
defineSymbol(math, main, rel, "↘", "\\searrow", true);
defineSymbol(math, main, rel, "↼", "\\leftharpoonup", true);
defineSymbol(math, main, rel, "⇀", "\\rightharpoonup", true);
defineSymbol(math, main, rel, "↙", "\\swarrow", true);
defineSymbol(math, main, rel, "↽", "\\leftharpoondown", true);
defineSymbol(math, main, rel, "⇁", "\\rightharpoondown", true);
defineSymbol(math, main, rel, "↖", "\\nwarrow", true);
defineSymbol(math, main, rel, "⇌", "\\rightleftharpoons", true);
defineSymbol(math, ams, rel, "≮", "\\nless", true);
defineSymbol(math, ams, rel, "", "\\@nleqslant");
defineSymbol(math, ams, rel, "", "\\@nleqq");
defineSymbol(math, ams, rel, "⪇", "\\lneq", true);
defineSymbol(math, ams, rel, "≨", "\\lneqq", true);
defineSymbol(math, ams, rel, "", "\\@lvertneqq");
defineSymbol(math, ams, rel, "⋦", "\\lnsim", true);
defineSymbol(math, ams, rel, "⪉", "\\lnapprox", true);
defineSymbol(math, ams, rel, "⊀", "\\nprec", true);
defineSymbol(math, ams, rel, "⋠", "\\npreceq", true);
defineSymbol(math, ams, rel, "⋨", "\\precnsim", true);
defineSymbol(math, ams, rel, "⪹", "\\precnapprox", true);
defineSymbol(math, ams, rel, "≁", "\\nsim", true);
defineSymbol(math, ams, rel, "", "\\@nshortmid");
defineSymbol(math, ams, rel, "∤", "\\nmid", true);
defineSymbol(math, ams, rel, "⊬", "\\nvdash", true);
defineSymbol(math, ams, rel, "⊭", "\\nvDash", true);
defineSymbol(math, ams, rel, "⋪", "\\ntriangleleft");
defineSymbol(math, ams, rel, "⋬", "\\ntrianglelefteq", true);
defineSymbol(math, ams, rel, "⊊", "\\subsetneq", true);
defineSymbol(math, ams, rel, "", "\\@varsubsetneq");
defineSymbol(math, ams, rel, "⫋", "\\subsetneqq", true);
defineSymbol(math, ams, rel, "", "\\@varsubsetneqq");
defineSymbol(math, ams, rel, "≯", "\\ngtr", true);
defineSymbol(math, ams, rel, "", "\\@ngeqslant");
defineSymbol(math, ams, rel, "", "\\@ngeqq");
defineSymbol(math, ams, rel, "⪈", "\\gneq", true);
defineSymbol(math, ams, rel, "≩", "\\gneqq", true);
defineSymbol(math, ams, rel, "", "\\@gvertneqq");
defineSymbol(math, ams, rel, "⋧", "\\gnsim", true);
defineSymbol(math, ams, rel, "⪊", "\\gnapprox", true);
defineSymbol(math, ams, rel, "⊁", "\\nsucc", true);
defineSymbol(math, ams, rel, "⋡", "\\nsucceq", true);
defineSymbol(math, ams, rel, "⋩", "\\succnsim", true);
defineSymbol(math, ams, rel, "⪺", "\\succnapprox", true);
defineSymbol(math, ams, rel, "≆", "\\ncong", true);
defineSymbol(math, ams, rel, "", "\\@nshortparallel");
defineSymbol(math, ams, rel, "∦", "\\nparallel", true);
defineSymbol(math, ams, rel, "⊯", "\\nVDash", true);
defineSymbol(math, ams, rel, "⋫", "\\ntriangleright");
defineSymbol(math, ams, rel, "⋭", "\\ntrianglerighteq", true);
defineSymbol(math, ams, rel, "", "\\@nsupseteqq");
defineSymbol(math, ams, rel, "⊋", "\\supsetneq", true);
defineSymbol(math, ams, rel, "", "\\@varsupsetneq");
defineSymbol(math, ams, rel, "⫌", "\\supsetneqq", true);
defineSymbol(math, ams, rel, "", "\\@varsupsetneqq");
defineSymbol(math, ams, rel, "⊮", "\\nVdash", true);
defineSymbol(math, ams, rel, "⪵", "\\precneqq", true);
defineSymbol(math, ams, rel, "⪶", "\\succneqq", true);
defineSymbol(math, ams, rel, "", "\\@nsubseteqq");
defineSymbol(math, ams, bin, "⊴", "\\unlhd");
defineSymbol(math, ams, bin, "⊵", "\\unrhd");
defineSymbol(math, ams, rel, "↚", "\\nleftarrow", true);
defineSymbol(math, ams, rel, "↛", "\\nrightarrow", true);
defineSymbol(math, ams, rel, "⇍", "\\nLeftarrow", true);
defineSymbol(math, ams, rel, "⇏", "\\nRightarrow", true);
defineSymbol(math, ams, rel, "↮", "\\nleftrightarrow", true);
defineSymbol(math, ams, rel, "⇎", "\\nLeftrightarrow", true);
defineSymbol(math, ams, rel, "△", "\\vartriangle");
defineSymbol(math, ams, textord, "ℏ", "\\hslash");
defineSymbol(math, ams, textord, "▽", "\\triangledown");
defineSymbol(math, ams, textord, "◊", "\\lozenge");
defineSymbol(math, ams, textord, "Ⓢ", "\\circledS");
defineSymbol(math, ams, textord, "®", "\\circledR");
defineSymbol(text, ams, textord, "®", "\\circledR");
defineSymbol(math, ams, textord, "∡", "\\measuredangle", true);
defineSymbol(math, ams, textord, "∄", "\\nexists");
defineSymbol(math, ams, textord, "℧", "\\mho");
defineSymbol(math, ams, textord, "Ⅎ", "\\Finv", true);
defineSymbol(math, ams, textord, "⅁", "\\Game", true);
defineSymbol(math, ams, textord, "‵", "\\backprime");
defineSymbol(math, ams, textord, "▲", "\\blacktriangle");
defineSymbol(math, ams, textord, "▼", "\\blacktriangledown");
defineSymbol(math, ams, textord, "■", "\\blacksquare");
defineSymbol(math, ams, textord, "⧫", "\\blacklozenge");
defineSymbol(math, ams, textord, "★", "\\bigstar");
defineSymbol(math, ams, textord, "∢", "\\sphericalangle", true);
defineSymbol(math, ams, textord, "∁", "\\complement", true);
defineSymbol(math, ams, textord, "ð", "\\eth", true);
defineSymbol(text, main, textord, "ð", "ð");
defineSymbol(math, ams, textord, "╱", "\\diagup");
defineSymbol(math, ams, textord, "╲", "\\diagdown");
defineSymbol(math, ams, textord, "□", "\\square");
defineSymbol(math, ams, textord, "□", "\\Box");
defineSymbol(math, ams, textord, "◊", "\\Diamond");
defineSymbol(math, ams, textord, "¥", "\\yen", true);
defineSymbol(text, ams, textord, "¥", "\\yen", true);
defineSymbol(math, ams, textord, "✓", "\\checkmark", true);
defineSymbol(text, ams, textord, "✓", "\\checkmark");
defineSymbol(math, ams, textord, "ℶ", "\\beth", true);
defineSymbol(math, ams, textord, "ℸ", "\\daleth", true);
defineSymbol(math, ams, textord, "ℷ", "\\gimel", true);
defineSymbol(math, ams, textord, "ϝ", "\\digamma", true);
defineSymbol(math, ams, textord, "ϰ", "\\varkappa");
defineSymbol(math, ams, open, "┌", "\\@ulcorner", true);
defineSymbol(math, ams, close, "┐", "\\@urcorner", true);
defineSymbol(math, ams, open, "└", "\\@llcorner", true);
defineSymbol(math, ams, close, "┘", "\\@lrcorner", true);
defineSymbol(math, ams, rel, "≦", "\\leqq", true);
defineSymbol(math, ams, rel, "⩽", "\\leqslant", true);
defineSymbol(math, ams, rel, "⪕", "\\eqslantless", true);
defineSymbol(math, ams, rel, "≲", "\\lesssim", true);
defineSymbol(math, ams, rel, "⪅", "\\lessapprox", true);
defineSymbol(math, ams, rel, "≊", "\\approxeq", true);
defineSymbol(math, ams, bin, "⋖", "\\lessdot");
defineSymbol(math, ams, rel, "⋘", "\\lll", true);
defineSymbol(math, ams, rel, "≶", "\\lessgtr", true);
defineSymbol(math, ams, rel, "⋚", "\\lesseqgtr", true);
defineSymbol(math, ams, rel, "⪋", "\\lesseqqgtr", true);
defineSymbol(math, ams, rel, "≑", "\\doteqdot");
defineSymbol(math, ams, rel, "≓", "\\risingdotseq", true);
defineSymbol(math, ams, rel, "≒", "\\fallingdotseq", true);
defineSymbol(math, ams, rel, "∽", "\\backsim", true);
defineSymbol(math, ams, rel, "⋍", "\\backsimeq", true);
defineSymbol(math, ams, rel, "⫅", "\\subseteqq", true);
defineSymbol(math, ams, rel, "⋐", "\\Subset", true);
defineSymbol(math, ams, rel, "⊏", "\\sqsubset", true);
defineSymbol(math, ams, rel, "≼", "\\preccurlyeq", true);
defineSymbol(math, ams, rel, "⋞", "\\curlyeqprec", true);
defineSymbol(math, ams, rel, "≾", "\\precsim", true);
defineSymbol(math, ams, rel, "⪷", "\\precapprox", true);
defineSymbol(math, ams, rel, "⊲", "\\vartriangleleft");
defineSymbol(math, ams, rel, "⊴", "\\trianglelefteq");
defineSymbol(math, ams, rel, "⊨", "\\vDash", true);
defineSymbol(math, ams, rel, "⊪", "\\Vvdash", true);
defineSymbol(math, ams, rel, "⌣", "\\smallsmile");
defineSymbol(math, ams, rel, "⌢", "\\smallfrown");
defineSymbol(math, ams, rel, "≏", "\\bumpeq", true);
defineSymbol(math, ams, rel, "≎", "\\Bumpeq", true);
defineSymbol(math, ams, rel, "≧", "\\geqq", true);
defineSymbol(math, ams, rel, "⩾", "\\geqslant", true);
defineSymbol(math, ams, rel, "⪖", "\\eqslantgtr", true);
defineSymbol(math, ams, rel, "≳", "\\gtrsim", true);
defineSymbol(math, ams, rel, "⪆", "\\gtrapprox", true);
defineSymbol(math, ams, bin, "⋗", "\\gtrdot");
defineSymbol(math, ams, rel, "⋙", "\\ggg", true);
defineSymbol(math, ams, rel, "≷", "\\gtrless", true);
defineSymbol(math, ams, rel, "⋛", "\\gtreqless", true);
defineSymbol(math, ams, rel, "⪌", "\\gtreqqless", true);
defineSymbol(math, ams, rel, "≖", "\\eqcirc", true);
defineSymbol(math, ams, rel, "≗", "\\circeq", true);
defineSymbol(math, ams, rel, "≜", "\\triangleq", true);
defineSymbol(math, ams, rel, "∼", "\\thicksim");
defineSymbol(math, ams, rel, "≈", "\\thickapprox");
defineSymbol(math, ams, rel, "⫆", "\\supseteqq", true);
defineSymbol(math, ams, rel, "⋑", "\\Supset", true);
defineSymbol(math, ams, rel, "⊐", "\\sqsupset", true);
defineSymbol(math, ams, rel, "≽", "\\succcurlyeq", true);
defineSymbol(math, ams, rel, "⋟", "\\curlyeqsucc", true);
defineSymbol(math, ams, rel, "≿", "\\succsim", true);
defineSymbol(math, ams, rel, "⪸", "\\succapprox", true);
defineSymbol(math, ams, rel, "⊳", "\\vartriangleright");
defineSymbol(math, ams, rel, "⊵", "\\trianglerighteq");
defineSymbol(math, ams, rel, "⊩", "\\Vdash", true);
defineSymbol(math, ams, rel, "∣", "\\shortmid");
defineSymbol(math, ams, rel, "∥", "\\shortparallel");
defineSymbol(math, ams, rel, "≬", "\\between", true);
defineSymbol(math, ams, rel, "⋔", "\\pitchfork", true);
defineSymbol(math, ams, rel, "∝", "\\varpropto");
defineSymbol(math, ams, rel, "◀", "\\blacktriangleleft");
defineSymbol(math, ams, rel, "∴", "\\therefore", true);
defineSymbol(math, ams, rel, "∍", "\\backepsilon");
defineSymbol(math, ams, rel, "▶", "\\blacktriangleright");
defineSymbol(math, ams, rel, "∵", "\\because", true);
defineSymbol(math, ams, rel, "⋘", "\\llless");
defineSymbol(math, ams, rel, "⋙", "\\gggtr");
defineSymbol(math, ams, bin, "⊲", "\\lhd");
defineSymbol(math, ams, bin, "⊳", "\\rhd");
defineSymbol(math, ams, rel, "≂", "\\eqsim", true);
defineSymbol(math, main, rel, "⋈", "\\Join");
defineSymbol(math, ams, rel, "≑", "\\Doteq", true);
defineSymbol(math, ams, bin, "∔", "\\dotplus", true);
defineSymbol(math, ams, bin, "∖", "\\smallsetminus");
defineSymbol(math, ams, bin, "⋒", "\\Cap", true);
defineSymbol(math, ams, bin, "⋓", "\\Cup", true);
defineSymbol(math, ams, bin, "⩞", "\\doublebarwedge", true);
defineSymbol(math, ams, bin, "⊟", "\\boxminus", true);
defineSymbol(math, ams, bin, "⊞", "\\boxplus", true);
defineSymbol(math, ams, bin, "⋇", "\\divideontimes", true);
defineSymbol(math, ams, bin, "⋉", "\\ltimes", true);
defineSymbol(math, ams, bin, "⋊", "\\rtimes", true);
defineSymbol(math, ams, bin, "⋋", "\\leftthreetimes", true);
defineSymbol(math, ams, bin, "⋌", "\\rightthreetimes", true);
defineSymbol(math, ams, bin, "⋏", "\\curlywedge", true);
defineSymbol(math, ams, bin, "⋎", "\\curlyvee", true);
defineSymbol(math, ams, bin, "⊝", "\\circleddash", true);
defineSymbol(math, ams, bin, "⊛", "\\circledast", true);
defineSymbol(math, ams, bin, "⋅", "\\centerdot");
defineSymbol(math, ams, bin, "⊺", "\\intercal", true);
defineSymbol(math, ams, bin, "⋒", "\\doublecap");
defineSymbol(math, ams, bin, "⋓", "\\doublecup");
defineSymbol(math, ams, bin, "⊠", "\\boxtimes", true);
defineSymbol(math, ams, rel, "⇢", "\\dashrightarrow", true);
defineSymbol(math, ams, rel, "⇠", "\\dashleftarrow", true);
defineSymbol(math, ams, rel, "⇇", "\\leftleftarrows", true);
defineSymbol(math, ams, rel, "⇆", "\\leftrightarrows", true);
defineSymbol(math, ams, rel, "⇚", "\\Lleftarrow", true);
defineSymbol(math, ams, rel, "↞", "\\twoheadleftarrow", true);
defineSymbol(math, ams, rel, "↢", "\\leftarrowtail", true);
defineSymbol(math, ams, rel, "↫", "\\looparrowleft", true);
defineSymbol(math, ams, rel, "⇋", "\\leftrightharpoons", true);
defineSymbol(math, ams, rel, "↶", "\\curvearrowleft", true);
defineSymbol(math, ams, rel, "↺", "\\circlearrowleft", true);
defineSymbol(math, ams, rel, "↰", "\\Lsh", true);
defineSymbol(math, ams, rel, "⇈", "\\upuparrows", true);
defineSymbol(math, ams, rel, "↿", "\\upharpoonleft", true);
defineSymbol(math, ams, rel, "⇃", "\\downharpoonleft", true);
defineSymbol(math, main, rel, "⊶", "\\origof", true);
defineSymbol(math, main, rel, "⊷", "\\imageof", true);
defineSymbol(math, ams, rel, "⊸", "\\multimap", true);
defineSymbol(math, ams, rel, "↭", "\\leftrightsquigarrow", true);
defineSymbol(math, ams, rel, "⇉", "\\rightrightarrows", true);
defineSymbol(math, ams, rel, "⇄", "\\rightleftarrows", true);
defineSymbol(math, ams, rel, "↠", "\\twoheadrightarrow", true);
defineSymbol(math, ams, rel, "↣", "\\rightarrowtail", true);
defineSymbol(math, ams, rel, "↬", "\\looparrowright", true);
defineSymbol(math, ams, rel, "↷", "\\curvearrowright", true);
defineSymbol(math, ams, rel, "↻", "\\circlearrowright", true);
defineSymbol(math, ams, rel, "↱", "\\Rsh", true);
defineSymbol(math, ams, rel, "⇊", "\\downdownarrows", true);
defineSymbol(math, ams, rel, "↾", "\\upharpoonright", true);
defineSymbol(math, ams, rel, "⇂", "\\downharpoonright", true);
defineSymbol(math, ams, rel, "⇝", "\\rightsquigarrow", true);
defineSymbol(math, ams, rel, "⇝", "\\leadsto");
defineSymbol(math, ams, rel, "⇛", "\\Rrightarrow", true);
defineSymbol(math, ams, rel, "↾", "\\restriction");
defineSymbol(math, main, textord, "‘", "`");
defineSymbol(math, main, textord, "$", "\\$");
defineSymbol(text, main, textord, "$", "\\$");
defineSymbol(text, main, textord, "$", "\\textdollar");
defineSymbol(math, main, textord, "%", "\\%");
defineSymbol(text, main, textord, "%", "\\%");
defineSymbol(math, main, textord, "_", "\\_");
defineSymbol(text, main, textord, "_", "\\_");
defineSymbol(text, main, textord, "_", "\\textunderscore");
defineSymbol(math, main, textord, "∠", "\\angle", true);
defineSymbol(math, main, textord, "∞", "\\infty", true);
defineSymbol(math, main, textord, "′", "\\prime");
defineSymbol(math, main, textord, "△", "\\triangle");
defineSymbol(math, main, textord, "Γ", "\\Gamma", true);
defineSymbol(math, main, textord, "Δ", "\\Delta", true);
defineSymbol(math, main, textord, "Θ", "\\Theta", true);
defineSymbol(math, main, textord, "Λ", "\\Lambda", true);
defineSymbol(math, main, textord, "Ξ", "\\Xi", true);
defineSymbol(math, main, textord, "Π", "\\Pi", true);
defineSymbol(math, main, textord, "Σ", "\\Sigma", true);
defineSymbol(math, main, textord, "Υ", "\\Upsilon", true);
defineSymbol(math, main, textord, "Φ", "\\Phi", true);
defineSymbol(math, main, textord, "Ψ", "\\Psi", true);
defineSymbol(math, main, textord, "Ω", "\\Omega", true);
defineSymbol(math, main, textord, "A", "Α");
defineSymbol(math, main, textord, "B", "Β");
defineSymbol(math, main, textord, "E", "Ε");
defineSymbol(math, main, textord, "Z", "Ζ");
defineSymbol(math, main, textord, "H", "Η");
defineSymbol(math, main, textord, "I", "Ι");
defineSymbol(math, main, textord, "K", "Κ");
defineSymbol(math, main, textord, "M", "Μ");
defineSymbol(math, main, textord, "N", "Ν");
defineSymbol(math, main, textord, "O", "Ο");
defineSymbol(math, main, textord, "P", "Ρ");
defineSymbol(math, main, textord, "T", "Τ");
defineSymbol(math, main, textord, "X", "Χ");
defineSymbol(math, main, textord, "¬", "\\neg", true);
defineSymbol(math, main, textord, "¬", "\\lnot");
defineSymbol(math, main, textord, "⊤", "\\top");
defineSymbol(math, main, textord, "⊥", "\\bot");
defineSymbol(math, main, textord, "∅", "\\emptyset");
defineSymbol(math, ams, textord, "∅", "\\varnothing");
defineSymbol(math, main, mathord, "α", "\\alpha", true);
defineSymbol(math, main, mathord, "β", "\\beta", true);
defineSymbol(math, main, mathord, "γ", "\\gamma", true);
defineSymbol(math, main, mathord, "δ", "\\delta", true);
defineSymbol(math, main, mathord, "ϵ", "\\epsilon", true);
defineSymbol(math, main, mathord, "ζ", "\\zeta", true);
defineSymbol(math, main, mathord, "η", "\\eta", true);
defineSymbol(math, main, mathord, "θ", "\\theta", true);
defineSymbol(math, main, mathord, "ι", "\\iota", true);
defineSymbol(math, main, mathord, "κ", "\\kappa", true);
defineSymbol(math, main, mathord, "λ", "\\lambda", true);
defineSymbol(math, main, mathord, "μ", "\\mu", true);
defineSymbol(math, main, mathord, "ν", "\\nu", true);
defineSymbol(math, main, mathord, "ξ", "\\xi", true);
defineSymbol(math, main, mathord, "ο", "\\omicron", true);
defineSymbol(math, main, mathord, "π", "\\pi", true);
defineSymbol(math, main, mathord, "ρ", "\\rho", true);
defineSymbol(math, main, mathord, "σ", "\\sigma", true);
defineSymbol(math, main, mathord, "τ", "\\tau", true);
defineSymbol(math, main, mathord, "υ", "\\upsilon", true);
defineSymbol(math, main, mathord, "ϕ", "\\phi", true);
defineSymbol(math, main, mathord, "χ", "\\chi", true);
defineSymbol(math, main, mathord, "ψ", "\\psi", true);
defineSymbol(math, main, mathord, "ω", "\\omega", true);
defineSymbol(math, main, mathord, "ε", "\\varepsilon", true);
defineSymbol(math, main, mathord, "ϑ", "\\vartheta", true);
defineSymbol(math, main, mathord, "ϖ", "\\varpi", true);
defineSymbol(math, main, mathord, "ϱ", "\\varrho", true);
defineSymbol(math, main, mathord, "ς", "\\varsigma", true);
defineSymbol(math, main, mathord, "φ", "\\varphi", true);
defineSymbol(math, main, bin, "∗", "*", true);
defineSymbol(math, main, bin, "+", "+");
defineSymbol(math, main, bin, "−", "-", true);
defineSymbol(math, main, bin, "⋅", "\\cdot", true);
defineSymbol(math, main, bin, "∘", "\\circ", true);
defineSymbol(math, main, bin, "÷", "\\div", true);
defineSymbol(math, main, bin, "±", "\\pm", true);
defineSymbol(math, main, bin, "×", "\\times", true);
defineSymbol(math, main, bin, "∩", "\\cap", true);
defineSymbol(math, main, bin, "∪", "\\cup", true);
defineSymbol(math, main, bin, "∖", "\\setminus", true);
defineSymbol(math, main, bin, "∧", "\\land");
defineSymbol(math, main, bin, "∨", "\\lor");
defineSymbol(math, main, bin, "∧", "\\wedge", true);
defineSymbol(math, main, bin, "∨", "\\vee", true);
defineSymbol(math, main, textord, "√", "\\surd");
defineSymbol(math, main, open, "⟨", "\\langle", true);
defineSymbol(math, main, open, "∣", "\\lvert");
defineSymbol(math, main, open, "∥", "\\lVert");
defineSymbol(math, main, close, "?", "?");
defineSymbol(math, main, close, "!", "!");
defineSymbol(math, main, close, "⟩", "\\rangle", true);
defineSymbol(math, main, close, "∣", "\\rvert");
defineSymbol(math, main, close, "∥", "\\rVert");
defineSymbol(math, main, rel, "=", "=");
defineSymbol(math, main, rel, ":", ":");
defineSymbol(math, main, rel, "≈", "\\approx", true);
defineSymbol(math, main, rel, "≅", "\\cong", true);
defineSymbol(math, main, rel, "≥", "\\ge");
defineSymbol(math, main, rel, "≥", "\\geq", true);
defineSymbol(math, main, rel, "←", "\\gets");
defineSymbol(math, main, rel, ">", "\\gt", true);
defineSymbol(math, main, rel, "∈", "\\in", true);
defineSymbol(math, main, rel, "", "\\@not");
defineSymbol(math, main, rel, "⊂", "\\subset", true);
defineSymbol(math, main, rel, "⊃", "\\supset", true);
defineSymbol(math, main, rel, "⊆", "\\subseteq", true);
defineSymbol(math, main, rel, "⊇", "\\supseteq", true);
defineSymbol(math, ams, rel, "⊈", "\\nsubseteq", true);
defineSymbol(math, ams, rel, "⊉", "\\nsupseteq", true);
defineSymbol(math, main, rel, "⊨", "\\models");
defineSymbol(math, main, rel, "←", "\\leftarrow", true);
defineSymbol(math, main, rel, "≤", "\\le");
defineSymbol(math, main, rel, "≤", "\\leq", true);
defineSymbol(math, main, rel, "<", "\\lt", true);
defineSymbol(math, main, rel, "→", "\\rightarrow", true);
defineSymbol(math, main, rel, "→", "\\to");
defineSymbol(math, ams, rel, "≱", "\\ngeq", true);
defineSymbol(math, ams, rel, "≰", "\\nleq", true);
defineSymbol(math, main, spacing, " ", "\\ ");
defineSymbol(math, main, spacing, " ", "\\space");
defineSymbol(math, main, spacing, " ", "\\nobreakspace");
defineSymbol(text, main, spacing, " ", "\\ ");
defineSymbol(text, main, spacing, " ", " ");
defineSymbol(text, main, spacing, " ", "\\space");
defineSymbol(text, main, spacing, " ", "\\nobreakspace");
defineSymbol(math, main, spacing, "", "\\nobreak");
defineSymbol(math, main, spacing, "", "\\allowbreak");
defineSymbol(math, main, punct, ",", ",");
defineSymbol(math, main, punct, ";", ";");
defineSymbol(math, ams, bin, "⊼", "\\barwedge", true);
defineSymbol(math, ams, bin, "⊻", "\\veebar", true);
defineSymbol(math, main, bin, "⊙", "\\odot", true);
defineSymbol(math, main, bin, "⊕", "\\oplus", true);
defineSymbol(math, main, bin, "⊗", "\\otimes", true);
defineSymbol(math, main, textord, "∂", "\\partial", true);
defineSymbol(math, main, bin, "⊘", "\\oslash", true);
defineSymbol(math, ams, bin, "⊚", "\\circledcirc", true);
defineSymbol(math, ams, bin, "⊡", "\\boxdot", true);
defineSymbol(math, main, bin, "△", "\\bigtriangleup");
defineSymbol(math, main, bin, "▽", "\\bigtriangledown");
defineSymbol(math, main, bin, "†", "\\dagger");
defineSymbol(math, main, bin, "⋄", "\\diamond");
defineSymbol(math, main, bin, "⋆", "\\star");
defineSymbol(math, main, bin, "◃", "\\triangleleft");
defineSymbol(math, main, bin, "▹", "\\triangleright");
defineSymbol(math, main, open, "{", "\\{");
defineSymbol(text, main, textord, "{", "\\{");
defineSymbol(text, main, textord, "{", "\\textbraceleft");
defineSymbol(math, main, close, "}", "\\}");
defineSymbol(text, main, textord, "}", "\\}");
defineSymbol(text, main, textord, "}", "\\textbraceright");
defineSymbol(math, main, open, "{", "\\lbrace");
defineSymbol(math, main, close, "}", "\\rbrace");
defineSymbol(math, main, open, "[", "\\lbrack", true);
defineSymbol(text, main, textord, "[", "\\lbrack", true);
defineSymbol(math, main, close, "]", "\\rbrack", true);
defineSymbol(text, main, textord, "]", "\\rbrack", true);
defineSymbol(math, main, open, "(", "\\lparen", true);
defineSymbol(math, main, close, ")", "\\rparen", true);
defineSymbol(text, main, textord, "<", "\\textless", true);
defineSymbol(text, main, textord, ">", "\\textgreater", true);
defineSymbol(math, main, open, "⌊", "\\lfloor", true);
defineSymbol(math, main, close, "⌋", "\\rfloor", true);
defineSymbol(math, main, open, "⌈", "\\lceil", true);
defineSymbol(math, main, close, "⌉", "\\rceil", true);
defineSymbol(math, main, textord, "\\", "\\backslash");
defineSymbol(math, main, textord, "∣", "|");
defineSymbol(math, main, textord, "∣", "\\vert");
defineSymbol(text, main, textord, "|", "\\textbar", true);
defineSymbol(math, main, textord, "∥", "\\|");
defineSymbol(math, main, textord, "∥", "\\Vert");
defineSymbol(text, main, textord, "∥", "\\textbardbl");
defineSymbol(text, main, textord, "~", "\\textasciitilde");
defineSymbol(text, main, textord, "\\", "\\textbackslash");
defineSymbol(text, main, textord, "^", "\\textasciicircum");
defineSymbol(math, main, rel, "↑", "\\uparrow", true);
defineSymbol(math, main, rel, "⇑", "\\Uparrow", true);
defineSymbol(math, main, rel, "↓", "\\downarrow", true);
defineSymbol(math, main, rel, "⇓", "\\Downarrow", true);
defineSymbol(math, main, rel, "↕", "\\updownarrow", true);
defineSymbol(math, main, rel, "⇕", "\\Updownarrow", true);
defineSymbol(math, main, op, "∐", "\\coprod");
defineSymbol(math, main, op, "⋁", "\\bigvee");
defineSymbol(math, main, op, "⋀", "\\bigwedge");
defineSymbol(math, main, op, "⨄", "\\biguplus");
defineSymbol(math, main, op, "⋂", "\\bigcap");
defineSymbol(math, main, op, "⋃", "\\bigcup");
defineSymbol(math, main, op, "∫", "\\int");
defineSymbol(math, main, op, "∫", "\\intop");
defineSymbol(math, main, op, "∬", "\\iint");
defineSymbol(math, main, op, "∭", "\\iiint");
defineSymbol(math, main, op, "∏", "\\prod");
defineSymbol(math, main, op, "∑", "\\sum");
defineSymbol(math, main, op, "⨂", "\\bigotimes");
defineSymbol(math, main, op, "⨁", "\\bigoplus");
defineSymbol(math, main, op, "⨀", "\\bigodot");
defineSymbol(math, main, op, "∮", "\\oint");
defineSymbol(math, main, op, "∯", "\\oiint");
defineSymbol(math, main, op, "∰", "\\oiiint");
defineSymbol(math, main, op, "⨆", "\\bigsqcup");
defineSymbol(math, main, op, "∫", "\\smallint");
defineSymbol(text, main, inner, "…", "\\textellipsis");
defineSymbol(math, main, inner, "…", "\\mathellipsis");
defineSymbol(text, main, inner, "…", "\\ldots", true);
defineSymbol(math, main, inner, "…", "\\ldots", true);
defineSymbol(math, main, inner, "⋯", "\\@cdots", true);
defineSymbol(math, main, inner, "⋱", "\\ddots", true);
defineSymbol(math, main, textord, "⋮", "\\varvdots");
defineSymbol(text, main, textord, "⋮", "\\varvdots");
defineSymbol(math, main, accent, "ˊ", "\\acute");
defineSymbol(math, main, accent, "ˋ", "\\grave");
defineSymbol(math, main, accent, "¨", "\\ddot");
defineSymbol(math, main, accent, "~", "\\tilde");
defineSymbol(math, main, accent, "ˉ", "\\bar");
defineSymbol(math, main, accent, "˘", "\\breve");
defineSymbol(math, main, accent, "ˇ", "\\check");
defineSymbol(math, main, accent, "^", "\\hat");
defineSymbol(math, main, accent, "⃗", "\\vec");
defineSymbol(math, main, accent, "˙", "\\dot");
defineSymbol(math, main, accent, "˚", "\\mathring");
defineSymbol(math, main, mathord, "", "\\@imath");
defineSymbol(math, main, mathord, "", "\\@jmath");
defineSymbol(math, main, textord, "ı", "ı");
defineSymbol(math, main, textord, "ȷ", "ȷ");
defineSymbol(text, main, textord, "ı", "\\i", true);
defineSymbol(text, main, textord, "ȷ", "\\j", true);
defineSymbol(text, main, textord, "ß", "\\ss", true);
defineSymbol(text, main, textord, "æ", "\\ae", true);
defineSymbol(text, main, textord, "œ", "\\oe", true);
defineSymbol(text, main, textord, "ø", "\\o", true);
defineSymbol(text, main, textord, "Æ", "\\AE", true);
defineSymbol(text, main, textord, "Œ", "\\OE", true);
defineSymbol(text, main, textord, "Ø", "\\O", true);
defineSymbol(text, main, accent, "ˊ", "\\'");
defineSymbol(text, main, accent, "ˋ", "\\`");
defineSymbol(text, main, accent, "ˆ", "\\^");
defineSymbol(text, main, accent, "˜", "\\~");
defineSymbol(text, main, accent, "ˉ", "\\=");
defineSymbol(text, main, accent, "˘", "\\u");
defineSymbol(text, main, accent, "˙", "\\.");
defineSymbol(text, main, accent, "¸", "\\c");
defineSymbol(text, main, accent, "˚", "\\r");
defineSymbol(text, main, accent, "ˇ", "\\v");
defineSymbol(text, main, accent, "¨", '\\"');
defineSymbol(text, main, accent, "˝", "\\H");
defineSymbol(text, main, accent, "◯", "\\textcircled");
var ligatures = {
  "--": true,
  "---": true,
  "``": true,
  "''": true
};
defineSymbol(text, main, textord, "–", "--", true);
defineSymbol(text, main, textord, "–", "\\textendash");
defineSymbol(text, main, textord, "—", "---", true);
defineSymbol(text, main, textord, "—", "\\textemdash");
defineSymbol(text, main, textord, "‘", "`", true);
defineSymbol(text, main, textord, "‘", "\\textquoteleft");
defineSymbol(text, main, textord, "’", "'", true);
defineSymbol(text, main, textord, "’", "\\textquoteright");
defineSymbol(text, main, textord, "“", "``", true);
defineSymbol(text, main, textord, "“", "\\textquotedblleft");
defineSymbol(text, main, textord, "”", "''", true);
defineSymbol(text, main, textord, "”", "\\textquotedblright");
defineSymbol(math, main, textord, "°", "\\degree", true);
defineSymbol(text, main, textord, "°", "\\degree");
defineSymbol(text, main, textord, "°", "\\textdegree", true);
defineSymbol(math, main, textord, "£", "\\pounds");
defineSymbol(math, main, textord, "£", "\\mathsterling", true);
defineSymbol(text, main, textord, "£", "\\pounds");
defineSymbol(text, main, textord, "£", "\\textsterling", true);
defineSymbol(math, ams, textord, "✠", "\\maltese");
defineSymbol(text, ams, textord, "✠", "\\maltese");
var mathTextSymbols = '0123456789/@."';
for (var i = 0; i < mathTextSymbols.length; i++) {
  var ch = mathTextSymbols.charAt(i);
  defineSymbol(math, main, textord, ch, ch);
}
var textSymbols = '0123456789!@*()-=+";:?/.,';
for (var _i = 0; _i < textSymbols.length; _i++) {
  var _ch = textSymbols.charAt(_i);
  defineSymbol(text, main, textord, _ch, _ch);
}
var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
for (var _i2 = 0; _i2 < letters.length; _i2++) {
  var _ch2 = letters.charAt(_i2);
  defineSymbol(math, main, mathord, _ch2, _ch2);
  defineSymbol(text, main, textord, _ch2, _ch2);
}
defineSymbol(math, ams, textord, "C", "ℂ");
defineSymbol(text, ams, textord, "C", "ℂ");
defineSymbol(math, ams, textord, "H", "ℍ");
defineSymbol(text, ams, textord, "H", "ℍ");
defineSymbol(math, ams, textord, "N", "ℕ");
defineSymbol(text, ams, textord, "N", "ℕ");
defineSymbol(math, ams, textord, "P", "ℙ");
defineSymbol(text, ams, textord, "P", "ℙ");
defineSymbol(math, ams, textord, "Q", "ℚ");
defineSymbol(text, ams, textord, "Q", "ℚ");
defineSymbol(math, ams, textord, "R", "ℝ");
defineSymbol(text, ams, textord, "R", "ℝ");
defineSymbol(math, ams, textord, "Z", "ℤ");
defineSymbol(text, ams, textord, "Z", "ℤ");
defineSymbol(math, main, mathord, "h", "ℎ");
defineSymbol(text, main, mathord, "h", "ℎ");
var wideChar;
for (var _i3 = 0; _i3 < letters.length; _i3++) {
  var _ch3 = letters.charAt(_i3);
  wideChar = String.fromCharCode(55349, 56320 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  wideChar = String.fromCharCode(55349, 56372 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  wideChar = String.fromCharCode(55349, 56424 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  wideChar = String.fromCharCode(55349, 56580 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  wideChar = String.fromCharCode(55349, 56684 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  wideChar = String.fromCharCode(55349, 56736 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  wideChar = String.fromCharCode(55349, 56788 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  wideChar = String.fromCharCode(55349, 56840 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  wideChar = String.fromCharCode(55349, 56944 + _i3);
  defineSymbol(math, main, mathord, _ch3, wideChar);
  defineSymbol(text, main, textord, _ch3, wideChar);
  if (_i3 < 26) {
    wideChar = String.fromCharCode(55349, 56632 + _i3);
    defineSymbol(math, main, mathord, _ch3, wideChar);
    defineSymbol(text, main, textord, _ch3, wideChar);
    wideChar = String.fromCharCode(55349, 56476 + _i3);
    defineSymbol(math, main, mathord, _ch3, wideChar);
    defineSymbol(text, main, textord, _ch3, wideChar);
  }
}
wideChar = String.fromCharCode(55349, 56668);
defineSymbol(math, main, mathord, "k", wideChar);
defineSymbol(text, main, textord, "k", wideChar);
for (var _i4 = 0; _i4 < 10; _i4++) {
  var _ch4 = _i4.toString();
  wideChar = String.fromCharCode(55349, 57294 + _i4);
  defineSymbol(math, main, mathord, _ch4, wideChar);
  defineSymbol(text, main, textord, _ch4, wideChar);
  wideChar = String.fromCharCode(55349, 57314 + _i4);
  defineSymbol(math, main, mathord, _ch4, wideChar);
  defineSymbol(text, main, textord, _ch4, wideChar);
  wideChar = String.fromCharCode(55349, 57324 + _i4);
  defineSymbol(math, main, mathord, _ch4, wideChar);
  defineSymbol(text, main, textord, _ch4, wideChar);
  wideChar = String.fromCharCode(55349, 57334 + _i4);
  defineSymbol(math, main, mathord, _ch4, wideChar);
  defineSymbol(text, main, textord, _ch4, wideChar);
}
var extraLatin = "ÐÞþ";
for (var _i5 = 0; _i5 < extraLatin.length; _i5++) {
  var _ch5 = extraLatin.charAt(_i5);
  defineSymbol(math, main, mathord, _ch5, _ch5);
  defineSymbol(text, main, textord, _ch5, _ch5);
}
var boldUpright = {
  mathClass: "mathbf",
  textClass: "textbf",
  font: "Main-Bold"
};
var italic = {
  mathClass: "mathnormal",
  textClass: "textit",
  font: "Math-Italic"
};
var boldItalic = {
  mathClass: "boldsymbol",
  textClass: "boldsymbol",
  font: "Main-BoldItalic"
};
var script = {
  mathClass: "mathscr",
  textClass: "textscr",
  font: "Script-Regular"
};
var noFont = {
  mathClass: "",
  textClass: "",
  font: ""
};
var fraktur = {
  mathClass: "mathfrak",
  textClass: "textfrak",
  font: "Fraktur-Regular"
};
var doubleStruck = {
  mathClass: "mathbb",
  textClass: "textbb",
  font: "AMS-Regular"
};
var boldFraktur = {
  mathClass: "mathboldfrak",
  textClass: "textboldfrak",
  font: "Fraktur-Regular"
};
var sansSerif = {
  mathClass: "mathsf",
  textClass: "textsf",
  font: "SansSerif-Regular"
};
var boldSansSerif = {
  mathClass: "mathboldsf",
  textClass: "textboldsf",
  font: "SansSerif-Bold"
};
var italicSansSerif = {
  mathClass: "mathitsf",
  textClass: "textitsf",
  font: "SansSerif-Italic"
};
var monospace = {
  mathClass: "mathtt",
  textClass: "texttt",
  font: "Typewriter-Regular"
};
var wideLatinLetterData = [
  boldUpright,
  boldUpright,
  // A-Z, a-z
  italic,
  italic,
  // A-Z, a-z
  boldItalic,
  boldItalic,
  // A-Z, a-z
  // Map fancy A-Z letters to script, not calligraphic.
  // This aligns with unicode-math and math fonts (except Cambria Math).
  script,
  noFont,
  // A-Z script, a-z — no font
  noFont,
  noFont,
  // A-Z bold script, a-z bold script — no font
  fraktur,
  fraktur,
  // A-Z, a-z
  doubleStruck,
  doubleStruck,
  // A-Z double-struck, k double-struck
  // Note that we are using a bold font, but font metrics for regular Fraktur.
  boldFraktur,
  boldFraktur,
  // A-Z, a-z
  sansSerif,
  sansSerif,
  // A-Z, a-z
  boldSansSerif,
  boldSansSerif,
  // A-Z, a-z
  italicSansSerif,
  italicSansSerif,
  // A-Z, a-z
  noFont,
  noFont,
  // A-Z bold italic sans, a-z bold italic sans - no font
  monospace,
  monospace
  // A-Z, a-z
];
var wideNumeralData = [
  boldUpright,
  // 0-9
  noFont,
  // 0-9 double-struck. No KaTeX font.
  sansSerif,
  // 0-9
  boldSansSerif,
  // 0-9
  monospace
  // 0-9
];
var wideCharacterFont = (wideChar2) => {
  var H = wideChar2.charCodeAt(0);
  var L = wideChar2.charCodeAt(1);
  var codePoint = (H - 55296) * 1024 + (L - 56320) + 65536;
  if (119808 <= codePoint && codePoint < 120484) {
    var i = Math.floor((codePoint - 119808) / 26);
    return wideLatinLetterData[i];
  } else if (120782 <= codePoint && codePoint <= 120831) {
    var _i = Math.floor((codePoint - 120782) / 10);
    return wideNumeralData[_i];
  } else if (codePoint === 120485 || codePoint === 120486) {
    return wideLatinLetterData[0];
  } else if (120486 < codePoint && codePoint < 120782) {
    return noFont;
  } else {
    throw new ParseError("Unsupported character: " + wideChar2);
  }
};
var lookupSymbol = function lookupSymbol2(value, fontName, mode) {
  if (symbols[mode][value]) {
    var replacement = symbols[mode][value].replace;
    if (replacement) {
      value = replacement;
    }
  }
  return {
    value,
    metrics: getCharacterMetrics(value, fontName, mode)
  };
};
var makeSymbol = function makeSymbol2(value, fontName, mode, options, classes) {
  var lookup = lookupSymbol(value, fontName, mode);
  var metrics = lookup.metrics;
  value = lookup.value;
  var symbolNode;
  if (metrics) {
    var italic2 = metrics.italic;
    if (mode === "text" || options && options.font === "mathit") {
      italic2 = 0;
    }
    symbolNode = new SymbolNode(value, metrics.height, metrics.depth, italic2, metrics.skew, metrics.width, classes);
  } else {
    typeof console !== "undefined" && console.warn("No character metrics " + ("for '" + value + "' in style '" + fontName + "' and mode '" + mode + "'"));
    symbolNode = new SymbolNode(value, 0, 0, 0, 0, 0, classes);
  }
  if (options) {
    symbolNode.maxFontSize = options.sizeMultiplier;
    if (options.style.isTight()) {
      symbolNode.classes.push("mtight");
    }
    var color = options.getColor();
    if (color) {
      symbolNode.style.color = color;
    }
  }
  return symbolNode;
};
var mathsym = function mathsym2(value, mode, options, classes) {
  if (classes === void 0) {
    classes = [];
  }
  if (options.font === "boldsymbol" && lookupSymbol(value, "Main-Bold", mode).metrics) {
    return makeSymbol(value, "Main-Bold", mode, options, classes.concat(["mathbf"]));
  } else if (value === "\\" || symbols[mode][value].font === "main") {
    return makeSymbol(value, "Main-Regular", mode, options, classes);
  } else {
    return makeSymbol(value, "AMS-Regular", mode, options, classes.concat(["amsrm"]));
  }
};
var boldSymbol = function boldSymbol2(value, mode, type) {
  if (type !== "textord" && lookupSymbol(value, "Math-BoldItalic", mode).metrics) {
    return {
      fontName: "Math-BoldItalic",
      fontClass: "boldsymbol"
    };
  } else {
    return {
      fontName: "Main-Bold",
      fontClass: "mathbf"
    };
  }
};
var makeOrd = function makeOrd2(group, options, type) {
  var mode = group.mode;
  var text2 = group.text;
  var classes = ["mord"];
  var {
    font,
    fontFamily,
    fontWeight,
    fontShape
  } = options;
  var useFont = mode === "math" || mode === "text" && !!font;
  var fontOrFamily = useFont ? font : fontFamily;
  var wideFontName = "";
  var wideFontClass = "";
  if (text2.charCodeAt(0) === 55349) {
    var wideCharData = wideCharacterFont(text2);
    wideFontName = wideCharData.font;
    wideFontClass = wideCharData[mode + "Class"];
  }
  if (wideFontName) {
    return makeSymbol(text2, wideFontName, mode, options, classes.concat(wideFontClass));
  } else if (fontOrFamily) {
    var fontName;
    var fontClasses;
    if (fontOrFamily === "boldsymbol") {
      var fontData = boldSymbol(text2, mode, type);
      fontName = fontData.fontName;
      fontClasses = [fontData.fontClass];
    } else if (useFont) {
      fontName = fontMap[font].fontName;
      fontClasses = [font];
    } else {
      fontName = retrieveTextFontName(fontFamily, fontWeight, fontShape);
      fontClasses = [fontFamily, fontWeight, fontShape];
    }
    if (lookupSymbol(text2, fontName, mode).metrics) {
      return makeSymbol(text2, fontName, mode, options, classes.concat(fontClasses));
    } else if (ligatures.hasOwnProperty(text2) && fontName.slice(0, 10) === "Typewriter") {
      var parts = [];
      for (var i = 0; i < text2.length; i++) {
        parts.push(makeSymbol(text2[i], fontName, mode, options, classes.concat(fontClasses)));
      }
      return makeFragment(parts);
    }
  }
  if (type === "mathord") {
    return makeSymbol(text2, "Math-Italic", mode, options, classes.concat(["mathnormal"]));
  } else if (type === "textord") {
    var _font = symbols[mode][text2] && symbols[mode][text2].font;
    if (_font === "ams") {
      var _fontName = retrieveTextFontName("amsrm", fontWeight, fontShape);
      return makeSymbol(text2, _fontName, mode, options, classes.concat("amsrm", fontWeight, fontShape));
    } else if (_font === "main" || !_font) {
      var _fontName2 = retrieveTextFontName("textrm", fontWeight, fontShape);
      return makeSymbol(text2, _fontName2, mode, options, classes.concat(fontWeight, fontShape));
    } else {
      var _fontName3 = retrieveTextFontName(_font, fontWeight, fontShape);
      return makeSymbol(text2, _fontName3, mode, options, classes.concat(_fontName3, fontWeight, fontShape));
    }
  } else {
    throw new Error("unexpected type: " + type + " in makeOrd");
  }
};
var canCombine = (prev, next) => {
  if (createClass(prev.classes) !== createClass(next.classes) || prev.skew !== next.skew || prev.maxFontSize !== next.maxFontSize || prev.italic !== 0 && prev.hasClass("mathnormal")) {
    return false;
  }
  if (prev.classes.length === 1) {
    var cls = prev.classes[0];
    if (cls === "mbin" || cls === "mord") {
      return false;
    }
  }
  for (var key of Object.keys(prev.style)) {
    if (prev.style[key] !== next.style[key]) {
      return false;
    }
  }
  for (var _key of Object.keys(next.style)) {
    if (prev.style[_key] !== next.style[_key]) {
      return false;
    }
  }
  return true;
};
var tryCombineChars = (chars) => {
  for (var i = 0; i < chars.length - 1; i++) {
    var prev = chars[i];
    var next = chars[i + 1];
    if (prev instanceof SymbolNode && next instanceof SymbolNode && canCombine(prev, next)) {
      prev.text += next.text;
      prev.height = Math.max(prev.height, next.height);
      prev.depth = Math.max(prev.depth, next.depth);
      prev.italic = next.italic;
      chars.splice(i + 1, 1);
      i--;
    }
  }
  return chars;
};
var sizeElementFromChildren = function sizeElementFromChildren2(elem) {
  var height = 0;
  var depth = 0;
  var maxFontSize = 0;
  for (var i = 0; i < elem.children.length; i++) {
    var child = elem.children[i];
    if (child.height > height) {
      height = child.height;
    }
    if (child.depth > depth) {
      depth = child.depth;
    }
    if (child.maxFontSize > maxFontSize) {
      maxFontSize = child.maxFontSize;
    }
  }
  elem.height = height;
  elem.depth = depth;
  elem.maxFontSize = maxFontSize;
};
var makeSpan = function makeSpan2(classes, children, options, style) {
  var span = new Span(classes, children, options, style);
  sizeElementFromChildren(span);
  return span;
};
var makeSvgSpan = (classes, children, options, style) => new Span(classes, children, options, style);
var makeLineSpan = function makeLineSpan2(className, options, thickness) {
  var line = makeSpan([className], [], options);
  line.height = Math.max(thickness || options.fontMetrics().defaultRuleThickness, options.minRuleThickness);
  line.style.borderBottomWidth = makeEm(line.height);
  line.maxFontSize = 1;
  return line;
};
var makeAnchor = function makeAnchor2(href, classes, children, options) {
  var anchor = new Anchor(href, classes, children, options);
  sizeElementFromChildren(anchor);
  return anchor;
};
var makeFragment = function makeFragment2(children) {
  var fragment = new DocumentFragment(children);
  sizeElementFromChildren(fragment);
  return fragment;
};
var wrapFragment = function wrapFragment2(group, options) {
  if (group instanceof DocumentFragment) {
    return makeSpan([], [group], options);
  }
  return group;
};
var getVListChildrenAndDepth = function getVListChildrenAndDepth2(params) {
  if (params.positionType === "individualShift") {
    var oldChildren = params.children;
    var children = [oldChildren[0]];
    var _depth = -oldChildren[0].shift - oldChildren[0].elem.depth;
    var currPos = _depth;
    for (var i = 1; i < oldChildren.length; i++) {
      var diff = -oldChildren[i].shift - currPos - oldChildren[i].elem.depth;
      var size2 = diff - (oldChildren[i - 1].elem.height + oldChildren[i - 1].elem.depth);
      currPos = currPos + diff;
      children.push({
        type: "kern",
        size: size2
      });
      children.push(oldChildren[i]);
    }
    return {
      children,
      depth: _depth
    };
  }
  var depth;
  if (params.positionType === "top") {
    var bottom = params.positionData;
    for (var _i = 0; _i < params.children.length; _i++) {
      var child = params.children[_i];
      bottom -= child.type === "kern" ? child.size : child.elem.height + child.elem.depth;
    }
    depth = bottom;
  } else if (params.positionType === "bottom") {
    depth = -params.positionData;
  } else {
    var firstChild = params.children[0];
    if (firstChild.type !== "elem") {
      throw new Error('First child must have type "elem".');
    }
    if (params.positionType === "shift") {
      depth = -firstChild.elem.depth - params.positionData;
    } else if (params.positionType === "firstBaseline") {
      depth = -firstChild.elem.depth;
    } else {
      throw new Error("Invalid positionType " + params.positionType + ".");
    }
  }
  return {
    children: params.children,
    depth
  };
};
var makeVList = function makeVList2(params, options) {
  var {
    children,
    depth
  } = getVListChildrenAndDepth(params);
  var pstrutSize = 0;
  for (var i = 0; i < children.length; i++) {
    var child = children[i];
    if (child.type === "elem") {
      var elem = child.elem;
      pstrutSize = Math.max(pstrutSize, elem.maxFontSize, elem.height);
    }
  }
  pstrutSize += 2;
  var pstrut = makeSpan(["pstrut"], []);
  pstrut.style.height = makeEm(pstrutSize);
  var realChildren = [];
  var minPos = depth;
  var maxPos = depth;
  var currPos = depth;
  for (var _i2 = 0; _i2 < children.length; _i2++) {
    var _child = children[_i2];
    if (_child.type === "kern") {
      currPos += _child.size;
    } else {
      var _elem = _child.elem;
      var classes = _child.wrapperClasses || [];
      var style = _child.wrapperStyle || {};
      var childWrap = makeSpan(classes, [pstrut, _elem], void 0, style);
      childWrap.style.top = makeEm(-pstrutSize - currPos - _elem.depth);
      if (_child.marginLeft) {
        childWrap.style.marginLeft = _child.marginLeft;
      }
      if (_child.marginRight) {
        childWrap.style.marginRight = _child.marginRight;
      }
      realChildren.push(childWrap);
      currPos += _elem.height + _elem.depth;
    }
    minPos = Math.min(minPos, currPos);
    maxPos = Math.max(maxPos, currPos);
  }
  var vlist = makeSpan(["vlist"], realChildren);
  vlist.style.height = makeEm(maxPos);
  var rows;
  if (minPos < 0) {
    var emptySpan = makeSpan([], []);
    var depthStrut = makeSpan(["vlist"], [emptySpan]);
    depthStrut.style.height = makeEm(-minPos);
    var topStrut = makeSpan(["vlist-s"], [new SymbolNode("​")]);
    rows = [makeSpan(["vlist-r"], [vlist, topStrut]), makeSpan(["vlist-r"], [depthStrut])];
  } else {
    rows = [makeSpan(["vlist-r"], [vlist])];
  }
  var vtable = makeSpan(["vlist-t"], rows);
  if (rows.length === 2) {
    vtable.classes.push("vlist-t2");
  }
  vtable.height = maxPos;
  vtable.depth = -minPos;
  return vtable;
};
var makeGlue = (measurement, options) => {
  var rule = makeSpan(["mspace"], [], options);
  var size2 = calculateSize(measurement, options);
  rule.style.marginRight = makeEm(size2);
  return rule;
};
var retrieveTextFontName = (fontFamily, fontWeight, fontShape) => {
  var baseFontName;
  var fontStylesName;
  switch (fontFamily) {
    case "amsrm":
      baseFontName = "AMS";
      break;
    case "textrm":
      baseFontName = "Main";
      break;
    case "textsf":
      baseFontName = "SansSerif";
      break;
    case "texttt":
      baseFontName = "Typewriter";
      break;
    default:
      baseFontName = fontFamily;
  }
  if (fontWeight === "textbf" && fontShape === "textit") {
    fontStylesName = "BoldItalic";
  } else if (fontWeight === "textbf") {
    fontStylesName = "Bold";
  } else if (fontShape === "textit") {
    fontStylesName = "Italic";
  } else {
    fontStylesName = "Regular";
  }
  return baseFontName + "-" + fontStylesName;
};
var fontMap = {
  // styles
  "mathbf": {
    variant: "bold",
    fontName: "Main-Bold"
  },
  "mathrm": {
    variant: "normal",
    fontName: "Main-Regular"
  },
  "textit": {
    variant: "italic",
    fontName: "Main-Italic"
  },
  "mathit": {
    variant: "italic",
    fontName: "Main-Italic"
  },
  "mathnormal": {
    variant: "italic",
    fontName: "Math-Italic"
  },
  "mathsfit": {
    variant: "sans-serif-italic",
    fontName: "SansSerif-Italic"
  },
  // "boldsymbol" is missing because they require the use of multiple fonts:
  // Math-BoldItalic and Main-Bold.  This is handled by a special case in
  // makeOrd which ends up calling boldsymbol.
  // families
  "mathbb": {
    variant: "double-struck",
    fontName: "AMS-Regular"
  },
  "mathcal": {
    variant: "script",
    fontName: "Caligraphic-Regular"
  },
  "mathfrak": {
    variant: "fraktur",
    fontName: "Fraktur-Regular"
  },
  "mathscr": {
    variant: "script",
    fontName: "Script-Regular"
  },
  "mathsf": {
    variant: "sans-serif",
    fontName: "SansSerif-Regular"
  },
  "mathtt": {
    variant: "monospace",
    fontName: "Typewriter-Regular"
  }
};
var svgData = {
  //   path, width, height
  vec: ["vec", 0.471, 0.714],
  // values from the font glyph
  oiintSize1: ["oiintSize1", 0.957, 0.499],
  // oval to overlay the integrand
  oiintSize2: ["oiintSize2", 1.472, 0.659],
  oiiintSize1: ["oiiintSize1", 1.304, 0.499],
  oiiintSize2: ["oiiintSize2", 1.98, 0.659]
};
var staticSvg = function staticSvg2(value, options) {
  var [pathName, width, height] = svgData[value];
  var path2 = new PathNode(pathName);
  var svgNode = new SvgNode([path2], {
    "width": makeEm(width),
    "height": makeEm(height),
    // Override CSS rule `.katex svg { width: 100% }`
    "style": "width:" + makeEm(width),
    "viewBox": "0 0 " + 1e3 * width + " " + 1e3 * height,
    "preserveAspectRatio": "xMinYMin"
  });
  var span = makeSvgSpan(["overlay"], [svgNode], options);
  span.height = height;
  span.style.height = makeEm(height);
  span.style.width = makeEm(width);
  return span;
};
var thinspace = {
  number: 3,
  unit: "mu"
};
var mediumspace = {
  number: 4,
  unit: "mu"
};
var thickspace = {
  number: 5,
  unit: "mu"
};
var spacings = {
  mord: {
    mop: thinspace,
    mbin: mediumspace,
    mrel: thickspace,
    minner: thinspace
  },
  mop: {
    mord: thinspace,
    mop: thinspace,
    mrel: thickspace,
    minner: thinspace
  },
  mbin: {
    mord: mediumspace,
    mop: mediumspace,
    mopen: mediumspace,
    minner: mediumspace
  },
  mrel: {
    mord: thickspace,
    mop: thickspace,
    mopen: thickspace,
    minner: thickspace
  },
  mopen: {},
  mclose: {
    mop: thinspace,
    mbin: mediumspace,
    mrel: thickspace,
    minner: thinspace
  },
  mpunct: {
    mord: thinspace,
    mop: thinspace,
    mrel: thickspace,
    mopen: thinspace,
    mclose: thinspace,
    mpunct: thinspace,
    minner: thinspace
  },
  minner: {
    mord: thinspace,
    mop: thinspace,
    mbin: mediumspace,
    mrel: thickspace,
    mopen: thinspace,
    mpunct: thinspace,
    minner: thinspace
  }
};
var tightSpacings = {
  mord: {
    mop: thinspace
  },
  mop: {
    mord: thinspace,
    mop: thinspace
  },
  mbin: {},
  mrel: {},
  mopen: {},
  mclose: {
    mop: thinspace
  },
  mpunct: {},
  minner: {
    mop: thinspace
  }
};
var _functions = {};
var _htmlGroupBuilders = {};
var _mathmlGroupBuilders = {};
function defineFunction(_ref) {
  var {
    type,
    names,
    props,
    handler,
    htmlBuilder: htmlBuilder3,
    mathmlBuilder: mathmlBuilder3
  } = _ref;
  var data = {
    type,
    numArgs: props.numArgs,
    argTypes: props.argTypes,
    allowedInArgument: !!props.allowedInArgument,
    allowedInText: !!props.allowedInText,
    allowedInMath: props.allowedInMath === void 0 ? true : props.allowedInMath,
    numOptionalArgs: props.numOptionalArgs || 0,
    infix: !!props.infix,
    primitive: !!props.primitive,
    handler
  };
  for (var i = 0; i < names.length; ++i) {
    _functions[names[i]] = data;
  }
  if (type) {
    if (htmlBuilder3) {
      _htmlGroupBuilders[type] = htmlBuilder3;
    }
    if (mathmlBuilder3) {
      _mathmlGroupBuilders[type] = mathmlBuilder3;
    }
  }
}
function defineFunctionBuilders(_ref2) {
  var {
    type,
    htmlBuilder: htmlBuilder3,
    mathmlBuilder: mathmlBuilder3
  } = _ref2;
  defineFunction({
    type,
    names: [],
    props: {
      numArgs: 0
    },
    handler() {
      throw new Error("Should never be called.");
    },
    htmlBuilder: htmlBuilder3,
    mathmlBuilder: mathmlBuilder3
  });
}
var normalizeArgument = function normalizeArgument2(arg) {
  return arg.type === "ordgroup" && arg.body.length === 1 ? arg.body[0] : arg;
};
var ordargument = function ordargument2(arg) {
  return arg.type === "ordgroup" ? arg.body : [arg];
};
var binLeftCanceller = /* @__PURE__ */ new Set(["leftmost", "mbin", "mopen", "mrel", "mop", "mpunct"]);
var binRightCanceller = /* @__PURE__ */ new Set(["rightmost", "mrel", "mclose", "mpunct"]);
var styleMap$1 = {
  "display": Style$1.DISPLAY,
  "text": Style$1.TEXT,
  "script": Style$1.SCRIPT,
  "scriptscript": Style$1.SCRIPTSCRIPT
};
var DomEnum = {
  mord: "mord",
  mop: "mop",
  mbin: "mbin",
  mrel: "mrel",
  mopen: "mopen",
  mclose: "mclose",
  mpunct: "mpunct",
  minner: "minner"
};
var buildExpression$1 = function buildExpression(expression, options, isRealGroup, surrounding) {
  if (surrounding === void 0) {
    surrounding = [null, null];
  }
  var groups = [];
  for (var i = 0; i < expression.length; i++) {
    var output = buildGroup$1(expression[i], options);
    if (output instanceof DocumentFragment) {
      var children = output.children;
      groups.push(...children);
    } else {
      groups.push(output);
    }
  }
  tryCombineChars(groups);
  if (!isRealGroup) {
    return groups;
  }
  var glueOptions = options;
  if (expression.length === 1) {
    var node = expression[0];
    if (node.type === "sizing") {
      glueOptions = options.havingSize(node.size);
    } else if (node.type === "styling") {
      glueOptions = options.havingStyle(styleMap$1[node.style]);
    }
  }
  var dummyPrev = makeSpan([surrounding[0] || "leftmost"], [], options);
  var dummyNext = makeSpan([surrounding[1] || "rightmost"], [], options);
  var isRoot = isRealGroup === "root";
  _traverseNonSpaceNodes(groups, (node2, prev) => {
    var prevType = prev.classes[0];
    var type = node2.classes[0];
    if (prevType === "mbin" && binRightCanceller.has(type)) {
      prev.classes[0] = "mord";
    } else if (type === "mbin" && binLeftCanceller.has(prevType)) {
      node2.classes[0] = "mord";
    }
  }, {
    node: dummyPrev
  }, dummyNext, isRoot);
  _traverseNonSpaceNodes(groups, (node2, prev) => {
    var _tightSpacings$prevTy, _spacings$prevType;
    var prevType = getTypeOfDomTree(prev);
    var type = getTypeOfDomTree(node2);
    var space = prevType && type ? node2.hasClass("mtight") ? (_tightSpacings$prevTy = tightSpacings[prevType]) == null ? void 0 : _tightSpacings$prevTy[type] : (_spacings$prevType = spacings[prevType]) == null ? void 0 : _spacings$prevType[type] : null;
    if (space) {
      return makeGlue(space, glueOptions);
    }
  }, {
    node: dummyPrev
  }, dummyNext, isRoot);
  return groups;
};
var _traverseNonSpaceNodes = function traverseNonSpaceNodes(nodes, callback, prev, next, isRoot) {
  if (next) {
    nodes.push(next);
  }
  var i = 0;
  for (; i < nodes.length; i++) {
    var node = nodes[i];
    var partialGroup = checkPartialGroup(node);
    if (partialGroup) {
      _traverseNonSpaceNodes(partialGroup.children, callback, prev, null, isRoot);
      continue;
    }
    var nonspace = !node.hasClass("mspace");
    if (nonspace) {
      var result = callback(node, prev.node);
      if (result) {
        if (prev.insertAfter) {
          prev.insertAfter(result);
        } else {
          nodes.unshift(result);
          i++;
        }
      }
    }
    if (nonspace) {
      prev.node = node;
    } else if (isRoot && node.hasClass("newline")) {
      prev.node = makeSpan(["leftmost"]);
    }
    prev.insertAfter = /* @__PURE__ */ ((index) => (n) => {
      nodes.splice(index + 1, 0, n);
      i++;
    })(i);
  }
  if (next) {
    nodes.pop();
  }
};
var checkPartialGroup = function checkPartialGroup2(node) {
  if (node instanceof DocumentFragment || node instanceof Anchor || node instanceof Span && node.hasClass("enclosing")) {
    return node;
  }
  return null;
};
var _getOutermostNode = function getOutermostNode(node, side) {
  var partialGroup = checkPartialGroup(node);
  if (partialGroup) {
    var children = partialGroup.children;
    if (children.length) {
      if (side === "right") {
        return _getOutermostNode(children[children.length - 1], "right");
      } else if (side === "left") {
        return _getOutermostNode(children[0], "left");
      }
    }
  }
  return node;
};
var getTypeOfDomTree = function getTypeOfDomTree2(node, side) {
  if (!node) {
    return null;
  }
  if (side) {
    node = _getOutermostNode(node, side);
  }
  var className = node.classes[0];
  return DomEnum[className] || null;
};
var makeNullDelimiter = function makeNullDelimiter2(options, classes) {
  var moreClasses = ["nulldelimiter"].concat(options.baseSizingClasses());
  return makeSpan(classes.concat(moreClasses));
};
var buildGroup$1 = function buildGroup(group, options, baseOptions) {
  if (!group) {
    return makeSpan();
  }
  if (_htmlGroupBuilders[group.type]) {
    var groupNode = _htmlGroupBuilders[group.type](group, options);
    if (baseOptions && options.size !== baseOptions.size) {
      groupNode = makeSpan(options.sizingClasses(baseOptions), [groupNode], options);
      var multiplier = options.sizeMultiplier / baseOptions.sizeMultiplier;
      groupNode.height *= multiplier;
      groupNode.depth *= multiplier;
    }
    return groupNode;
  } else {
    throw new ParseError("Got group of unknown type: '" + group.type + "'");
  }
};
function buildHTMLUnbreakable(children, options) {
  var body = makeSpan(["base"], children, options);
  var strut = makeSpan(["strut"]);
  strut.style.height = makeEm(body.height + body.depth);
  if (body.depth) {
    strut.style.verticalAlign = makeEm(-body.depth);
  }
  body.children.unshift(strut);
  return body;
}
function buildHTML(tree, options) {
  var tag = null;
  if (tree.length === 1 && tree[0].type === "tag") {
    tag = tree[0].tag;
    tree = tree[0].body;
  }
  var expression = buildExpression$1(tree, options, "root");
  var eqnNum;
  if (expression.length === 2 && expression[1].hasClass("tag")) {
    eqnNum = expression.pop();
  }
  var children = [];
  var parts = [];
  for (var i = 0; i < expression.length; i++) {
    parts.push(expression[i]);
    if (expression[i].hasClass("mbin") || expression[i].hasClass("mrel") || expression[i].hasClass("allowbreak")) {
      var nobreak = false;
      while (i < expression.length - 1 && expression[i + 1].hasClass("mspace") && !expression[i + 1].hasClass("newline")) {
        i++;
        parts.push(expression[i]);
        if (expression[i].hasClass("nobreak")) {
          nobreak = true;
        }
      }
      if (!nobreak) {
        children.push(buildHTMLUnbreakable(parts, options));
        parts = [];
      }
    } else if (expression[i].hasClass("newline")) {
      parts.pop();
      if (parts.length > 0) {
        children.push(buildHTMLUnbreakable(parts, options));
        parts = [];
      }
      children.push(expression[i]);
    }
  }
  if (parts.length > 0) {
    children.push(buildHTMLUnbreakable(parts, options));
  }
  var tagChild;
  if (tag) {
    tagChild = buildHTMLUnbreakable(buildExpression$1(tag, options, true), options);
    tagChild.classes = ["tag"];
    children.push(tagChild);
  } else if (eqnNum) {
    children.push(eqnNum);
  }
  var htmlNode = makeSpan(["katex-html"], children);
  htmlNode.setAttribute("aria-hidden", "true");
  if (tagChild) {
    var strut = tagChild.children[0];
    strut.style.height = makeEm(htmlNode.height + htmlNode.depth);
    if (htmlNode.depth) {
      strut.style.verticalAlign = makeEm(-htmlNode.depth);
    }
  }
  return htmlNode;
}
function newDocumentFragment(children) {
  return new DocumentFragment(children);
}
class MathNode {
  constructor(type, children, classes) {
    this.type = void 0;
    this.attributes = void 0;
    this.children = void 0;
    this.classes = void 0;
    this.type = type;
    this.attributes = {};
    this.children = children || [];
    this.classes = classes || [];
  }
  /**
   * Sets an attribute on a MathML node. MathML depends on attributes to convey a
   * semantic content, so this is used heavily.
   */
  setAttribute(name, value) {
    this.attributes[name] = value;
  }
  /**
   * Gets an attribute on a MathML node.
   */
  getAttribute(name) {
    return this.attributes[name];
  }
  /**
   * Converts the math node into a MathML-namespaced DOM element.
   */
  toNode() {
    var node = document.createElementNS("http://www.w3.org/1998/Math/MathML", this.type);
    for (var attr in this.attributes) {
      if (Object.prototype.hasOwnProperty.call(this.attributes, attr)) {
        node.setAttribute(attr, this.attributes[attr]);
      }
    }
    if (this.classes.length > 0) {
      node.className = createClass(this.classes);
    }
    for (var i = 0; i < this.children.length; i++) {
      if (this.children[i] instanceof TextNode && this.children[i + 1] instanceof TextNode) {
        var text2 = this.children[i].toText() + this.children[++i].toText();
        while (this.children[i + 1] instanceof TextNode) {
          text2 += this.children[++i].toText();
        }
        node.appendChild(new TextNode(text2).toNode());
      } else {
        node.appendChild(this.children[i].toNode());
      }
    }
    return node;
  }
  /**
   * Converts the math node into an HTML markup string.
   */
  toMarkup() {
    var markup = "<" + this.type;
    for (var attr in this.attributes) {
      if (Object.prototype.hasOwnProperty.call(this.attributes, attr)) {
        markup += " " + attr + '="';
        markup += escape(this.attributes[attr]);
        markup += '"';
      }
    }
    if (this.classes.length > 0) {
      markup += ' class ="' + escape(createClass(this.classes)) + '"';
    }
    markup += ">";
    for (var i = 0; i < this.children.length; i++) {
      markup += this.children[i].toMarkup();
    }
    markup += "</" + this.type + ">";
    return markup;
  }
  /**
   * Converts the math node into a string, similar to innerText, but escaped.
   */
  toText() {
    return this.children.map((child) => child.toText()).join("");
  }
}
class TextNode {
  constructor(text2) {
    this.text = void 0;
    this.text = text2;
  }
  /**
   * Converts the text node into a DOM text node.
   */
  toNode() {
    return document.createTextNode(this.text);
  }
  /**
   * Converts the text node into escaped HTML markup
   * (representing the text itself).
   */
  toMarkup() {
    return escape(this.toText());
  }
  /**
   * Converts the text node into a string
   * (representing the text itself).
   */
  toText() {
    return this.text;
  }
}
class SpaceNode {
  /**
   * Create a Space node with width given in CSS ems.
   */
  constructor(width) {
    this.width = void 0;
    this.character = void 0;
    this.width = width;
    if (width >= 0.05555 && width <= 0.05556) {
      this.character = " ";
    } else if (width >= 0.1666 && width <= 0.1667) {
      this.character = " ";
    } else if (width >= 0.2222 && width <= 0.2223) {
      this.character = " ";
    } else if (width >= 0.2777 && width <= 0.2778) {
      this.character = "  ";
    } else if (width >= -0.05556 && width <= -0.05555) {
      this.character = " ⁣";
    } else if (width >= -0.1667 && width <= -0.1666) {
      this.character = " ⁣";
    } else if (width >= -0.2223 && width <= -0.2222) {
      this.character = " ⁣";
    } else if (width >= -0.2778 && width <= -0.2777) {
      this.character = " ⁣";
    } else {
      this.character = null;
    }
  }
  /**
   * Converts the math node into a MathML-namespaced DOM element.
   */
  toNode() {
    if (this.character) {
      return document.createTextNode(this.character);
    } else {
      var node = document.createElementNS("http://www.w3.org/1998/Math/MathML", "mspace");
      node.setAttribute("width", makeEm(this.width));
      return node;
    }
  }
  /**
   * Converts the math node into an HTML markup string.
   */
  toMarkup() {
    if (this.character) {
      return "<mtext>" + this.character + "</mtext>";
    } else {
      return '<mspace width="' + makeEm(this.width) + '"/>';
    }
  }
  /**
   * Converts the math node into a string, similar to innerText.
   */
  toText() {
    if (this.character) {
      return this.character;
    } else {
      return " ";
    }
  }
}
var noVariantSymbols = /* @__PURE__ */ new Set(["\\imath", "\\jmath"]);
var rowLikeTypes = /* @__PURE__ */ new Set(["mrow", "mtable"]);
var makeText = function makeText2(text2, mode, options) {
  if (symbols[mode][text2] && symbols[mode][text2].replace && text2.charCodeAt(0) !== 55349 && !(ligatures.hasOwnProperty(text2) && options && (options.fontFamily && options.fontFamily.slice(4, 6) === "tt" || options.font && options.font.slice(4, 6) === "tt"))) {
    text2 = symbols[mode][text2].replace;
  }
  return new TextNode(text2);
};
var makeRow = function makeRow2(body) {
  if (body.length === 1) {
    return body[0];
  } else {
    return new MathNode("mrow", body);
  }
};
var mathFontVariants = {
  mathit: "italic",
  boldsymbol: (group) => group.type === "textord" ? "bold" : "bold-italic",
  mathbf: "bold",
  mathbb: "double-struck",
  mathsfit: "sans-serif-italic",
  mathfrak: "fraktur",
  mathscr: "script",
  mathcal: "script",
  mathsf: "sans-serif",
  mathtt: "monospace"
};
var getVariant = (group, options) => {
  if (group.mode === "text") {
    if (options.fontFamily === "texttt") {
      return "monospace";
    } else if (options.fontFamily === "textsf") {
      if (options.fontShape === "textit" && options.fontWeight === "textbf") {
        return "sans-serif-bold-italic";
      } else if (options.fontShape === "textit") {
        return "sans-serif-italic";
      } else if (options.fontWeight === "textbf") {
        return "bold-sans-serif";
      } else {
        return "sans-serif";
      }
    } else if (options.fontShape === "textit" && options.fontWeight === "textbf") {
      return "bold-italic";
    } else if (options.fontShape === "textit") {
      return "italic";
    } else if (options.fontWeight === "textbf") {
      return "bold";
    }
  }
  var font = options.font;
  if (!font || font === "mathnormal") {
    return null;
  }
  var mode = group.mode;
  var mathVariant = mathFontVariants[font];
  if (mathVariant) {
    return typeof mathVariant === "function" ? mathVariant(group) : mathVariant;
  }
  var text2 = group.text;
  if (noVariantSymbols.has(text2)) {
    return null;
  }
  if (symbols[mode][text2]) {
    var replacement = symbols[mode][text2].replace;
    if (replacement) {
      text2 = replacement;
    }
  }
  var fontName = fontMap[font].fontName;
  if (getCharacterMetrics(text2, fontName, mode)) {
    return fontMap[font].variant;
  }
  return null;
};
function isNumberPunctuation(group) {
  if (!group) {
    return false;
  }
  if (group.type === "mi" && group.children.length === 1) {
    var child = group.children[0];
    return child instanceof TextNode && child.text === ".";
  } else if (group.type === "mo" && group.children.length === 1 && group.getAttribute("separator") === "true" && group.getAttribute("lspace") === "0em" && group.getAttribute("rspace") === "0em") {
    var _child = group.children[0];
    return _child instanceof TextNode && _child.text === ",";
  } else {
    return false;
  }
}
var buildExpression2 = function buildExpression3(expression, options, isOrdgroup) {
  if (expression.length === 1) {
    var group = buildGroup2(expression[0], options);
    if (isOrdgroup && group instanceof MathNode && group.type === "mo") {
      group.setAttribute("lspace", "0em");
      group.setAttribute("rspace", "0em");
    }
    return [group];
  }
  var groups = [];
  var lastGroup;
  for (var i = 0; i < expression.length; i++) {
    var _group = buildGroup2(expression[i], options);
    if (_group instanceof MathNode && lastGroup instanceof MathNode) {
      if (_group.type === "mtext" && lastGroup.type === "mtext" && _group.getAttribute("mathvariant") === lastGroup.getAttribute("mathvariant")) {
        lastGroup.children.push(..._group.children);
        continue;
      } else if (_group.type === "mn" && lastGroup.type === "mn") {
        lastGroup.children.push(..._group.children);
        continue;
      } else if (isNumberPunctuation(_group) && lastGroup.type === "mn") {
        lastGroup.children.push(..._group.children);
        continue;
      } else if (_group.type === "mn" && isNumberPunctuation(lastGroup)) {
        _group.children = [...lastGroup.children, ..._group.children];
        groups.pop();
      } else if ((_group.type === "msup" || _group.type === "msub") && _group.children.length >= 1 && (lastGroup.type === "mn" || isNumberPunctuation(lastGroup))) {
        var base2 = _group.children[0];
        if (base2 instanceof MathNode && base2.type === "mn") {
          base2.children = [...lastGroup.children, ...base2.children];
          groups.pop();
        }
      } else if (lastGroup.type === "mi" && lastGroup.children.length === 1) {
        var lastChild = lastGroup.children[0];
        if (lastChild instanceof TextNode && lastChild.text === "̸" && (_group.type === "mo" || _group.type === "mi" || _group.type === "mn")) {
          var child = _group.children[0];
          if (child instanceof TextNode && child.text.length > 0) {
            child.text = child.text.slice(0, 1) + "̸" + child.text.slice(1);
            groups.pop();
          }
        }
      }
    }
    groups.push(_group);
    lastGroup = _group;
  }
  return groups;
};
var buildExpressionRow = function buildExpressionRow2(expression, options, isOrdgroup) {
  return makeRow(buildExpression2(expression, options, isOrdgroup));
};
var buildGroup2 = function buildGroup3(group, options) {
  if (!group) {
    return new MathNode("mrow");
  }
  if (_mathmlGroupBuilders[group.type]) {
    return _mathmlGroupBuilders[group.type](group, options);
  } else {
    throw new ParseError("Got group of unknown type: '" + group.type + "'");
  }
};
function buildMathML(tree, texExpression, options, isDisplayMode, forMathmlOnly) {
  var expression = buildExpression2(tree, options);
  var wrapper;
  if (expression.length === 1 && expression[0] instanceof MathNode && rowLikeTypes.has(expression[0].type)) {
    wrapper = expression[0];
  } else {
    wrapper = new MathNode("mrow", expression);
  }
  var annotation = new MathNode("annotation", [new TextNode(texExpression)]);
  annotation.setAttribute("encoding", "application/x-tex");
  var semantics = new MathNode("semantics", [wrapper, annotation]);
  var math2 = new MathNode("math", [semantics]);
  math2.setAttribute("xmlns", "http://www.w3.org/1998/Math/MathML");
  if (isDisplayMode) {
    math2.setAttribute("display", "block");
  }
  var wrapperClass = forMathmlOnly ? "katex" : "katex-mathml";
  return makeSpan([wrapperClass], [math2]);
}
var sizeStyleMap = [
  // Each element contains [textsize, scriptsize, scriptscriptsize].
  // The size mappings are taken from TeX with \normalsize=10pt.
  [1, 1, 1],
  // size1: [5, 5, 5]              \tiny
  [2, 1, 1],
  // size2: [6, 5, 5]
  [3, 1, 1],
  // size3: [7, 5, 5]              \scriptsize
  [4, 2, 1],
  // size4: [8, 6, 5]              \footnotesize
  [5, 2, 1],
  // size5: [9, 6, 5]              \small
  [6, 3, 1],
  // size6: [10, 7, 5]             \normalsize
  [7, 4, 2],
  // size7: [12, 8, 6]             \large
  [8, 6, 3],
  // size8: [14.4, 10, 7]          \Large
  [9, 7, 6],
  // size9: [17.28, 12, 10]        \LARGE
  [10, 8, 7],
  // size10: [20.74, 14.4, 12]     \huge
  [11, 10, 9]
  // size11: [24.88, 20.74, 17.28] \HUGE
];
var sizeMultipliers = [
  // fontMetrics.js:getGlobalMetrics also uses size indexes, so if
  // you change size indexes, change that function.
  0.5,
  0.6,
  0.7,
  0.8,
  0.9,
  1,
  1.2,
  1.44,
  1.728,
  2.074,
  2.488
];
var sizeAtStyle = function sizeAtStyle2(size2, style) {
  return style.size < 2 ? size2 : sizeStyleMap[size2 - 1][style.size - 1];
};
class Options {
  constructor(data) {
    this.style = void 0;
    this.color = void 0;
    this.size = void 0;
    this.textSize = void 0;
    this.phantom = void 0;
    this.font = void 0;
    this.fontFamily = void 0;
    this.fontWeight = void 0;
    this.fontShape = void 0;
    this.sizeMultiplier = void 0;
    this.maxSize = void 0;
    this.minRuleThickness = void 0;
    this._fontMetrics = void 0;
    this.style = data.style;
    this.color = data.color;
    this.size = data.size || Options.BASESIZE;
    this.textSize = data.textSize || this.size;
    this.phantom = !!data.phantom;
    this.font = data.font || "";
    this.fontFamily = data.fontFamily || "";
    this.fontWeight = data.fontWeight || "";
    this.fontShape = data.fontShape || "";
    this.sizeMultiplier = sizeMultipliers[this.size - 1];
    this.maxSize = data.maxSize;
    this.minRuleThickness = data.minRuleThickness;
    this._fontMetrics = void 0;
  }
  /**
   * Returns a new options object with the same properties as "this".  Properties
   * from "extension" will be copied to the new options object.
   */
  extend(extension) {
    var data = {
      style: this.style,
      size: this.size,
      textSize: this.textSize,
      color: this.color,
      phantom: this.phantom,
      font: this.font,
      fontFamily: this.fontFamily,
      fontWeight: this.fontWeight,
      fontShape: this.fontShape,
      maxSize: this.maxSize,
      minRuleThickness: this.minRuleThickness
    };
    Object.assign(data, extension);
    return new Options(data);
  }
  /**
   * Return an options object with the given style. If `this.style === style`,
   * returns `this`.
   */
  havingStyle(style) {
    if (this.style === style) {
      return this;
    } else {
      return this.extend({
        style,
        size: sizeAtStyle(this.textSize, style)
      });
    }
  }
  /**
   * Return an options object with a cramped version of the current style. If
   * the current style is cramped, returns `this`.
   */
  havingCrampedStyle() {
    return this.havingStyle(this.style.cramp());
  }
  /**
   * Return an options object with the given size and in at least `\textstyle`.
   * Returns `this` if appropriate.
   */
  havingSize(size2) {
    if (this.size === size2 && this.textSize === size2) {
      return this;
    } else {
      return this.extend({
        style: this.style.text(),
        size: size2,
        textSize: size2,
        sizeMultiplier: sizeMultipliers[size2 - 1]
      });
    }
  }
  /**
   * Like `this.havingSize(BASESIZE).havingStyle(style)`. If `style` is omitted,
   * changes to at least `\textstyle`.
   */
  havingBaseStyle(style) {
    style = style || this.style.text();
    var wantSize = sizeAtStyle(Options.BASESIZE, style);
    if (this.size === wantSize && this.textSize === Options.BASESIZE && this.style === style) {
      return this;
    } else {
      return this.extend({
        style,
        size: wantSize
      });
    }
  }
  /**
   * Remove the effect of sizing changes such as \Huge.
   * Keep the effect of the current style, such as \scriptstyle.
   */
  havingBaseSizing() {
    var size2;
    switch (this.style.id) {
      case 4:
      case 5:
        size2 = 3;
        break;
      case 6:
      case 7:
        size2 = 1;
        break;
      default:
        size2 = 6;
    }
    return this.extend({
      style: this.style.text(),
      size: size2
    });
  }
  /**
   * Create a new options object with the given color.
   */
  withColor(color) {
    return this.extend({
      color
    });
  }
  /**
   * Create a new options object with "phantom" set to true.
   */
  withPhantom() {
    return this.extend({
      phantom: true
    });
  }
  /**
   * Creates a new options object with the given math font or old text font.
   * @type {[type]}
   */
  withFont(font) {
    return this.extend({
      font
    });
  }
  /**
   * Create a new options objects with the given fontFamily.
   */
  withTextFontFamily(fontFamily) {
    return this.extend({
      fontFamily,
      font: ""
    });
  }
  /**
   * Creates a new options object with the given font weight
   */
  withTextFontWeight(fontWeight) {
    return this.extend({
      fontWeight,
      font: ""
    });
  }
  /**
   * Creates a new options object with the given font weight
   */
  withTextFontShape(fontShape) {
    return this.extend({
      fontShape,
      font: ""
    });
  }
  /**
   * Return the CSS sizing classes required to switch from enclosing options
   * `oldOptions` to `this`. Returns an array of classes.
   */
  sizingClasses(oldOptions) {
    if (oldOptions.size !== this.size) {
      return ["sizing", "reset-size" + oldOptions.size, "size" + this.size];
    } else {
      return [];
    }
  }
  /**
   * Return the CSS sizing classes required to switch to the base size. Like
   * `this.havingSize(BASESIZE).sizingClasses(this)`.
   */
  baseSizingClasses() {
    if (this.size !== Options.BASESIZE) {
      return ["sizing", "reset-size" + this.size, "size" + Options.BASESIZE];
    } else {
      return [];
    }
  }
  /**
   * Return the font metrics for this size.
   */
  fontMetrics() {
    if (!this._fontMetrics) {
      this._fontMetrics = getGlobalMetrics(this.size);
    }
    return this._fontMetrics;
  }
  /**
   * Gets the CSS color of the current options object
   */
  getColor() {
    if (this.phantom) {
      return "transparent";
    } else {
      return this.color;
    }
  }
}
Options.BASESIZE = 6;
var optionsFromSettings = function optionsFromSettings2(settings) {
  return new Options({
    style: settings.displayMode ? Style$1.DISPLAY : Style$1.TEXT,
    maxSize: settings.maxSize,
    minRuleThickness: settings.minRuleThickness
  });
};
var displayWrap = function displayWrap2(node, settings) {
  if (settings.displayMode) {
    var classes = ["katex-display"];
    if (settings.leqno) {
      classes.push("leqno");
    }
    if (settings.fleqn) {
      classes.push("fleqn");
    }
    node = makeSpan(classes, [node]);
  }
  return node;
};
var buildTree = function buildTree2(tree, expression, settings) {
  var options = optionsFromSettings(settings);
  var katexNode;
  if (settings.output === "mathml") {
    return buildMathML(tree, expression, options, settings.displayMode, true);
  } else if (settings.output === "html") {
    var htmlNode = buildHTML(tree, options);
    katexNode = makeSpan(["katex"], [htmlNode]);
  } else {
    var mathMLNode = buildMathML(tree, expression, options, settings.displayMode, false);
    var _htmlNode = buildHTML(tree, options);
    katexNode = makeSpan(["katex"], [mathMLNode, _htmlNode]);
  }
  return displayWrap(katexNode, settings);
};
var buildHTMLTree = function buildHTMLTree2(tree, expression, settings) {
  var options = optionsFromSettings(settings);
  var htmlNode = buildHTML(tree, options);
  var katexNode = makeSpan(["katex"], [htmlNode]);
  return displayWrap(katexNode, settings);
};
var stretchyCodePoint = {
  widehat: "^",
  widecheck: "ˇ",
  widetilde: "~",
  utilde: "~",
  overleftarrow: "←",
  underleftarrow: "←",
  xleftarrow: "←",
  overrightarrow: "→",
  underrightarrow: "→",
  xrightarrow: "→",
  underbrace: "⏟",
  overbrace: "⏞",
  underbracket: "⎵",
  overbracket: "⎴",
  overgroup: "⏠",
  undergroup: "⏡",
  overleftrightarrow: "↔",
  underleftrightarrow: "↔",
  xleftrightarrow: "↔",
  Overrightarrow: "⇒",
  xRightarrow: "⇒",
  overleftharpoon: "↼",
  xleftharpoonup: "↼",
  overrightharpoon: "⇀",
  xrightharpoonup: "⇀",
  xLeftarrow: "⇐",
  xLeftrightarrow: "⇔",
  xhookleftarrow: "↩",
  xhookrightarrow: "↪",
  xmapsto: "↦",
  xrightharpoondown: "⇁",
  xleftharpoondown: "↽",
  xrightleftharpoons: "⇌",
  xleftrightharpoons: "⇋",
  xtwoheadleftarrow: "↞",
  xtwoheadrightarrow: "↠",
  xlongequal: "=",
  xtofrom: "⇄",
  xrightleftarrows: "⇄",
  xrightequilibrium: "⇌",
  // Not a perfect match.
  xleftequilibrium: "⇋",
  // None better available.
  "\\cdrightarrow": "→",
  "\\cdleftarrow": "←",
  "\\cdlongequal": "="
};
var stretchyMathML = function stretchyMathML2(label) {
  var node = new MathNode("mo", [new TextNode(stretchyCodePoint[label.replace(/^\\/, "")])]);
  node.setAttribute("stretchy", "true");
  return node;
};
var katexImagesData = {
  //   path(s), minWidth, height, align
  overrightarrow: [["rightarrow"], 0.888, 522, "xMaxYMin"],
  overleftarrow: [["leftarrow"], 0.888, 522, "xMinYMin"],
  underrightarrow: [["rightarrow"], 0.888, 522, "xMaxYMin"],
  underleftarrow: [["leftarrow"], 0.888, 522, "xMinYMin"],
  xrightarrow: [["rightarrow"], 1.469, 522, "xMaxYMin"],
  "\\cdrightarrow": [["rightarrow"], 3, 522, "xMaxYMin"],
  // CD minwwidth2.5pc
  xleftarrow: [["leftarrow"], 1.469, 522, "xMinYMin"],
  "\\cdleftarrow": [["leftarrow"], 3, 522, "xMinYMin"],
  Overrightarrow: [["doublerightarrow"], 0.888, 560, "xMaxYMin"],
  xRightarrow: [["doublerightarrow"], 1.526, 560, "xMaxYMin"],
  xLeftarrow: [["doubleleftarrow"], 1.526, 560, "xMinYMin"],
  overleftharpoon: [["leftharpoon"], 0.888, 522, "xMinYMin"],
  xleftharpoonup: [["leftharpoon"], 0.888, 522, "xMinYMin"],
  xleftharpoondown: [["leftharpoondown"], 0.888, 522, "xMinYMin"],
  overrightharpoon: [["rightharpoon"], 0.888, 522, "xMaxYMin"],
  xrightharpoonup: [["rightharpoon"], 0.888, 522, "xMaxYMin"],
  xrightharpoondown: [["rightharpoondown"], 0.888, 522, "xMaxYMin"],
  xlongequal: [["longequal"], 0.888, 334, "xMinYMin"],
  "\\cdlongequal": [["longequal"], 3, 334, "xMinYMin"],
  xtwoheadleftarrow: [["twoheadleftarrow"], 0.888, 334, "xMinYMin"],
  xtwoheadrightarrow: [["twoheadrightarrow"], 0.888, 334, "xMaxYMin"],
  overleftrightarrow: [["leftarrow", "rightarrow"], 0.888, 522],
  overbrace: [["leftbrace", "midbrace", "rightbrace"], 1.6, 548],
  underbrace: [["leftbraceunder", "midbraceunder", "rightbraceunder"], 1.6, 548],
  underleftrightarrow: [["leftarrow", "rightarrow"], 0.888, 522],
  xleftrightarrow: [["leftarrow", "rightarrow"], 1.75, 522],
  xLeftrightarrow: [["doubleleftarrow", "doublerightarrow"], 1.75, 560],
  xrightleftharpoons: [["leftharpoondownplus", "rightharpoonplus"], 1.75, 716],
  xleftrightharpoons: [["leftharpoonplus", "rightharpoondownplus"], 1.75, 716],
  xhookleftarrow: [["leftarrow", "righthook"], 1.08, 522],
  xhookrightarrow: [["lefthook", "rightarrow"], 1.08, 522],
  overlinesegment: [["leftlinesegment", "rightlinesegment"], 0.888, 522],
  underlinesegment: [["leftlinesegment", "rightlinesegment"], 0.888, 522],
  overbracket: [["leftbracketover", "rightbracketover"], 1.6, 440],
  underbracket: [["leftbracketunder", "rightbracketunder"], 1.6, 410],
  overgroup: [["leftgroup", "rightgroup"], 0.888, 342],
  undergroup: [["leftgroupunder", "rightgroupunder"], 0.888, 342],
  xmapsto: [["leftmapsto", "rightarrow"], 1.5, 522],
  xtofrom: [["leftToFrom", "rightToFrom"], 1.75, 528],
  // The next three arrows are from the mhchem package.
  // In mhchem.sty, min-length is 2.0em. But these arrows might appear in the
  // document as \xrightarrow or \xrightleftharpoons. Those have
  // min-length = 1.75em, so we set min-length on these next three to match.
  xrightleftarrows: [["baraboveleftarrow", "rightarrowabovebar"], 1.75, 901],
  xrightequilibrium: [["baraboveshortleftharpoon", "rightharpoonaboveshortbar"], 1.75, 716],
  xleftequilibrium: [["shortbaraboveleftharpoon", "shortrightharpoonabovebar"], 1.75, 716]
};
var wideAccentLabels = /* @__PURE__ */ new Set(["widehat", "widecheck", "widetilde", "utilde"]);
var stretchySvg = function stretchySvg2(group, options) {
  function buildSvgSpan_() {
    var viewBoxWidth = 4e5;
    var label = group.label.slice(1);
    if (wideAccentLabels.has(label) && "base" in group) {
      var numChars = group.base.type === "ordgroup" ? group.base.body.length : 1;
      var viewBoxHeight;
      var pathName;
      var _height;
      if (numChars > 5) {
        if (label === "widehat" || label === "widecheck") {
          viewBoxHeight = 420;
          viewBoxWidth = 2364;
          _height = 0.42;
          pathName = label + "4";
        } else {
          viewBoxHeight = 312;
          viewBoxWidth = 2340;
          _height = 0.34;
          pathName = "tilde4";
        }
      } else {
        var imgIndex = [1, 1, 2, 2, 3, 3][numChars];
        if (label === "widehat" || label === "widecheck") {
          viewBoxWidth = [0, 1062, 2364, 2364, 2364][imgIndex];
          viewBoxHeight = [0, 239, 300, 360, 420][imgIndex];
          _height = [0, 0.24, 0.3, 0.3, 0.36, 0.42][imgIndex];
          pathName = label + imgIndex;
        } else {
          viewBoxWidth = [0, 600, 1033, 2339, 2340][imgIndex];
          viewBoxHeight = [0, 260, 286, 306, 312][imgIndex];
          _height = [0, 0.26, 0.286, 0.3, 0.306, 0.34][imgIndex];
          pathName = "tilde" + imgIndex;
        }
      }
      var path2 = new PathNode(pathName);
      var svgNode = new SvgNode([path2], {
        "width": "100%",
        "height": makeEm(_height),
        "viewBox": "0 0 " + viewBoxWidth + " " + viewBoxHeight,
        "preserveAspectRatio": "none"
      });
      return {
        span: makeSvgSpan([], [svgNode], options),
        minWidth: 0,
        height: _height
      };
    } else {
      var spans = [];
      var data = katexImagesData[label];
      if (!data) {
        throw new Error('No SVG data for "' + label + '".');
      }
      var [paths, _minWidth, _viewBoxHeight] = data;
      var _height2 = _viewBoxHeight / 1e3;
      var numSvgChildren = paths.length;
      var widthClasses;
      var aligns;
      if (numSvgChildren === 1) {
        if (data.length !== 4) {
          throw new Error('Expected 4-tuple for single-path SVG data "' + label + '".');
        }
        widthClasses = ["hide-tail"];
        aligns = [data[3]];
      } else if (numSvgChildren === 2) {
        widthClasses = ["halfarrow-left", "halfarrow-right"];
        aligns = ["xMinYMin", "xMaxYMin"];
      } else if (numSvgChildren === 3) {
        widthClasses = ["brace-left", "brace-center", "brace-right"];
        aligns = ["xMinYMin", "xMidYMin", "xMaxYMin"];
      } else {
        throw new Error("Correct katexImagesData or update code here to support\n                    " + numSvgChildren + " children.");
      }
      for (var i = 0; i < numSvgChildren; i++) {
        var _path = new PathNode(paths[i]);
        var _svgNode = new SvgNode([_path], {
          "width": "400em",
          "height": makeEm(_height2),
          "viewBox": "0 0 " + viewBoxWidth + " " + _viewBoxHeight,
          "preserveAspectRatio": aligns[i] + " slice"
        });
        var _span = makeSvgSpan([widthClasses[i]], [_svgNode], options);
        if (numSvgChildren === 1) {
          return {
            span: _span,
            minWidth: _minWidth,
            height: _height2
          };
        } else {
          _span.style.height = makeEm(_height2);
          spans.push(_span);
        }
      }
      return {
        span: makeSpan(["stretchy"], spans, options),
        minWidth: _minWidth,
        height: _height2
      };
    }
  }
  var {
    span,
    minWidth,
    height
  } = buildSvgSpan_();
  span.height = height;
  span.style.height = makeEm(height);
  if (minWidth > 0) {
    span.style.minWidth = makeEm(minWidth);
  }
  return span;
};
var stretchyEnclose = function stretchyEnclose2(inner2, label, topPad, bottomPad, options) {
  var img;
  var totalHeight = inner2.height + inner2.depth + topPad + bottomPad;
  if (/fbox|color|angl/.test(label)) {
    img = makeSpan(["stretchy", label], [], options);
    if (label === "fbox") {
      var color = options.color && options.getColor();
      if (color) {
        img.style.borderColor = color;
      }
    }
  } else {
    var lines = [];
    if (/^[bx]cancel$/.test(label)) {
      lines.push(new LineNode({
        "x1": "0",
        "y1": "0",
        "x2": "100%",
        "y2": "100%",
        "stroke-width": "0.046em"
      }));
    }
    if (/^x?cancel$/.test(label)) {
      lines.push(new LineNode({
        "x1": "0",
        "y1": "100%",
        "x2": "100%",
        "y2": "0",
        "stroke-width": "0.046em"
      }));
    }
    var svgNode = new SvgNode(lines, {
      "width": "100%",
      "height": makeEm(totalHeight)
    });
    img = makeSvgSpan([], [svgNode], options);
  }
  img.height = totalHeight;
  img.style.height = makeEm(totalHeight);
  return img;
};
var ATOMS = {
  "bin": 1,
  "close": 1,
  "inner": 1,
  "open": 1,
  "punct": 1,
  "rel": 1
};
var NON_ATOMS = {
  "accent-token": 1,
  "mathord": 1,
  "op-token": 1,
  "spacing": 1,
  "textord": 1
};
function isAtom(value) {
  return value in ATOMS;
}
function assertNodeType(node, type) {
  if (!node || node.type !== type) {
    throw new Error("Expected node of type " + type + ", but got " + (node ? "node of type " + node.type : String(node)));
  }
  return node;
}
function assertSymbolNodeType(node) {
  var typedNode = checkSymbolNodeType(node);
  if (!typedNode) {
    throw new Error("Expected node of symbol group type, but got " + (node ? "node of type " + node.type : String(node)));
  }
  return typedNode;
}
function checkSymbolNodeType(node) {
  if (node && (node.type === "atom" || NON_ATOMS.hasOwnProperty(node.type))) {
    return node;
  }
  return null;
}
var getBaseSymbol = (group) => {
  if (group instanceof SymbolNode) {
    return group;
  }
  if (hasHtmlDomChildren(group) && group.children.length === 1) {
    return getBaseSymbol(group.children[0]);
  }
};
var htmlBuilder$a = (grp, options) => {
  var base2;
  var group;
  var supSubGroup;
  if (grp && grp.type === "supsub") {
    group = assertNodeType(grp.base, "accent");
    base2 = group.base;
    grp.base = base2;
    supSubGroup = assertSpan(buildGroup$1(grp, options));
    grp.base = group;
  } else {
    group = assertNodeType(grp, "accent");
    base2 = group.base;
  }
  var body = buildGroup$1(base2, options.havingCrampedStyle());
  var mustShift = group.isShifty && isCharacterBox(base2);
  var skew = 0;
  if (mustShift) {
    var _getBaseSymbol$skew, _getBaseSymbol;
    skew = (_getBaseSymbol$skew = (_getBaseSymbol = getBaseSymbol(body)) == null ? void 0 : _getBaseSymbol.skew) != null ? _getBaseSymbol$skew : 0;
  }
  var accentBelow = group.label === "\\c";
  var clearance = accentBelow ? body.height + body.depth : Math.min(body.height, options.fontMetrics().xHeight);
  var accentBody;
  if (!group.isStretchy) {
    var accent2;
    var width;
    if (group.label === "\\vec") {
      accent2 = staticSvg("vec", options);
      width = svgData.vec[1];
    } else {
      accent2 = makeOrd({
        mode: group.mode,
        text: group.label
      }, options, "textord");
      accent2 = assertSymbolDomNode(accent2);
      accent2.italic = 0;
      width = accent2.width;
      if (accentBelow) {
        clearance += accent2.depth;
      }
    }
    accentBody = makeSpan(["accent-body"], [accent2]);
    var accentFull = group.label === "\\textcircled";
    if (accentFull) {
      accentBody.classes.push("accent-full");
      clearance = body.height;
    }
    var left = skew;
    if (!accentFull) {
      left -= width / 2;
    }
    accentBody.style.left = makeEm(left);
    if (group.label === "\\textcircled") {
      accentBody.style.top = ".2em";
    }
    accentBody = makeVList({
      positionType: "firstBaseline",
      children: [{
        type: "elem",
        elem: body
      }, {
        type: "kern",
        size: -clearance
      }, {
        type: "elem",
        elem: accentBody
      }]
    });
  } else {
    accentBody = stretchySvg(group, options);
    accentBody = makeVList({
      positionType: "firstBaseline",
      children: [{
        type: "elem",
        elem: body
      }, {
        type: "elem",
        elem: accentBody,
        wrapperClasses: ["svg-align"],
        wrapperStyle: skew > 0 ? {
          width: "calc(100% - " + makeEm(2 * skew) + ")",
          marginLeft: makeEm(2 * skew)
        } : void 0
      }]
    });
  }
  var accentWrap = makeSpan(["mord", "accent"], [accentBody], options);
  if (supSubGroup) {
    supSubGroup.children[0] = accentWrap;
    supSubGroup.height = Math.max(accentWrap.height, supSubGroup.height);
    supSubGroup.classes[0] = "mord";
    return supSubGroup;
  } else {
    return accentWrap;
  }
};
var mathmlBuilder$9 = (group, options) => {
  var accentNode = group.isStretchy ? stretchyMathML(group.label) : new MathNode("mo", [makeText(group.label, group.mode)]);
  var node = new MathNode("mover", [buildGroup2(group.base, options), accentNode]);
  node.setAttribute("accent", "true");
  return node;
};
var NON_STRETCHY_ACCENT_REGEX = new RegExp(["\\acute", "\\grave", "\\ddot", "\\tilde", "\\bar", "\\breve", "\\check", "\\hat", "\\vec", "\\dot", "\\mathring"].map((accent2) => "\\" + accent2).join("|"));
defineFunction({
  type: "accent",
  names: ["\\acute", "\\grave", "\\ddot", "\\tilde", "\\bar", "\\breve", "\\check", "\\hat", "\\vec", "\\dot", "\\mathring", "\\widecheck", "\\widehat", "\\widetilde", "\\overrightarrow", "\\overleftarrow", "\\Overrightarrow", "\\overleftrightarrow", "\\overgroup", "\\overlinesegment", "\\overleftharpoon", "\\overrightharpoon"],
  props: {
    numArgs: 1
  },
  handler: (context, args) => {
    var base2 = normalizeArgument(args[0]);
    var isStretchy = !NON_STRETCHY_ACCENT_REGEX.test(context.funcName);
    var isShifty = !isStretchy || context.funcName === "\\widehat" || context.funcName === "\\widetilde" || context.funcName === "\\widecheck";
    return {
      type: "accent",
      mode: context.parser.mode,
      label: context.funcName,
      isStretchy,
      isShifty,
      base: base2
    };
  },
  htmlBuilder: htmlBuilder$a,
  mathmlBuilder: mathmlBuilder$9
});
defineFunction({
  type: "accent",
  names: ["\\'", "\\`", "\\^", "\\~", "\\=", "\\u", "\\.", '\\"', "\\c", "\\r", "\\H", "\\v", "\\textcircled"],
  props: {
    numArgs: 1,
    allowedInText: true,
    allowedInMath: true,
    // unless in strict mode
    argTypes: ["primitive"]
  },
  handler: (context, args) => {
    var base2 = args[0];
    var mode = context.parser.mode;
    if (mode === "math") {
      context.parser.settings.reportNonstrict("mathVsTextAccents", "LaTeX's accent " + context.funcName + " works only in text mode");
      mode = "text";
    }
    return {
      type: "accent",
      mode,
      label: context.funcName,
      isStretchy: false,
      isShifty: true,
      base: base2
    };
  },
  htmlBuilder: htmlBuilder$a,
  mathmlBuilder: mathmlBuilder$9
});
defineFunction({
  type: "accentUnder",
  names: ["\\underleftarrow", "\\underrightarrow", "\\underleftrightarrow", "\\undergroup", "\\underlinesegment", "\\utilde"],
  props: {
    numArgs: 1
  },
  handler: (_ref, args) => {
    var {
      parser,
      funcName
    } = _ref;
    var base2 = args[0];
    return {
      type: "accentUnder",
      mode: parser.mode,
      label: funcName,
      base: base2
    };
  },
  htmlBuilder: (group, options) => {
    var innerGroup = buildGroup$1(group.base, options);
    var accentBody = stretchySvg(group, options);
    var kern = group.label === "\\utilde" ? 0.12 : 0;
    var vlist = makeVList({
      positionType: "top",
      positionData: innerGroup.height,
      children: [{
        type: "elem",
        elem: accentBody,
        wrapperClasses: ["svg-align"]
      }, {
        type: "kern",
        size: kern
      }, {
        type: "elem",
        elem: innerGroup
      }]
    });
    return makeSpan(["mord", "accentunder"], [vlist], options);
  },
  mathmlBuilder: (group, options) => {
    var accentNode = stretchyMathML(group.label);
    var node = new MathNode("munder", [buildGroup2(group.base, options), accentNode]);
    node.setAttribute("accentunder", "true");
    return node;
  }
});
var paddedNode = (group) => {
  var node = new MathNode("mpadded", group ? [group] : []);
  node.setAttribute("width", "+0.6em");
  node.setAttribute("lspace", "0.3em");
  return node;
};
defineFunction({
  type: "xArrow",
  names: [
    "\\xleftarrow",
    "\\xrightarrow",
    "\\xLeftarrow",
    "\\xRightarrow",
    "\\xleftrightarrow",
    "\\xLeftrightarrow",
    "\\xhookleftarrow",
    "\\xhookrightarrow",
    "\\xmapsto",
    "\\xrightharpoondown",
    "\\xrightharpoonup",
    "\\xleftharpoondown",
    "\\xleftharpoonup",
    "\\xrightleftharpoons",
    "\\xleftrightharpoons",
    "\\xlongequal",
    "\\xtwoheadrightarrow",
    "\\xtwoheadleftarrow",
    "\\xtofrom",
    // The next 3 functions are here to support the mhchem extension.
    // Direct use of these functions is discouraged and may break someday.
    "\\xrightleftarrows",
    "\\xrightequilibrium",
    "\\xleftequilibrium",
    // The next 3 functions are here only to support the {CD} environment.
    "\\\\cdrightarrow",
    "\\\\cdleftarrow",
    "\\\\cdlongequal"
  ],
  props: {
    numArgs: 1,
    numOptionalArgs: 1
  },
  handler(_ref, args, optArgs) {
    var {
      parser,
      funcName
    } = _ref;
    return {
      type: "xArrow",
      mode: parser.mode,
      label: funcName,
      body: args[0],
      below: optArgs[0]
    };
  },
  htmlBuilder(group, options) {
    var style = options.style;
    var newOptions = options.havingStyle(style.sup());
    var upperGroup = wrapFragment(buildGroup$1(group.body, newOptions, options), options);
    var arrowPrefix = group.label.slice(0, 2) === "\\x" ? "x" : "cd";
    upperGroup.classes.push(arrowPrefix + "-arrow-pad");
    var lowerGroup;
    if (group.below) {
      newOptions = options.havingStyle(style.sub());
      lowerGroup = wrapFragment(buildGroup$1(group.below, newOptions, options), options);
      lowerGroup.classes.push(arrowPrefix + "-arrow-pad");
    }
    var arrowBody = stretchySvg(group, options);
    var arrowShift = -options.fontMetrics().axisHeight + 0.5 * arrowBody.height;
    var upperShift = -options.fontMetrics().axisHeight - 0.5 * arrowBody.height - 0.111;
    if (upperGroup.depth > 0.25 || group.label === "\\xleftequilibrium") {
      upperShift -= upperGroup.depth;
    }
    var vlist;
    if (lowerGroup) {
      var lowerShift = -options.fontMetrics().axisHeight + lowerGroup.height + 0.5 * arrowBody.height + 0.111;
      vlist = makeVList({
        positionType: "individualShift",
        children: [{
          type: "elem",
          elem: upperGroup,
          shift: upperShift
        }, {
          type: "elem",
          elem: arrowBody,
          shift: arrowShift,
          wrapperClasses: ["svg-align"]
        }, {
          type: "elem",
          elem: lowerGroup,
          shift: lowerShift
        }]
      });
    } else {
      vlist = makeVList({
        positionType: "individualShift",
        children: [{
          type: "elem",
          elem: upperGroup,
          shift: upperShift
        }, {
          type: "elem",
          elem: arrowBody,
          shift: arrowShift,
          wrapperClasses: ["svg-align"]
        }]
      });
    }
    return makeSpan(["mrel", "x-arrow"], [vlist], options);
  },
  mathmlBuilder(group, options) {
    var arrowNode = stretchyMathML(group.label);
    arrowNode.setAttribute("minsize", group.label.charAt(0) === "x" ? "1.75em" : "3.0em");
    var node;
    if (group.body) {
      var upperNode = paddedNode(buildGroup2(group.body, options));
      if (group.below) {
        var lowerNode = paddedNode(buildGroup2(group.below, options));
        node = new MathNode("munderover", [arrowNode, lowerNode, upperNode]);
      } else {
        node = new MathNode("mover", [arrowNode, upperNode]);
      }
    } else if (group.below) {
      var _lowerNode = paddedNode(buildGroup2(group.below, options));
      node = new MathNode("munder", [arrowNode, _lowerNode]);
    } else {
      node = paddedNode();
      node = new MathNode("mover", [arrowNode, node]);
    }
    return node;
  }
});
function htmlBuilder$9(group, options) {
  var elements = buildExpression$1(group.body, options, true);
  return makeSpan([group.mclass], elements, options);
}
function mathmlBuilder$8(group, options) {
  var node;
  var inner2 = buildExpression2(group.body, options);
  if (group.mclass === "minner") {
    node = new MathNode("mpadded", inner2);
  } else if (group.mclass === "mord") {
    if (group.isCharacterBox) {
      node = inner2[0];
      node.type = "mi";
    } else {
      node = new MathNode("mi", inner2);
    }
  } else {
    if (group.isCharacterBox) {
      node = inner2[0];
      node.type = "mo";
    } else {
      node = new MathNode("mo", inner2);
    }
    if (group.mclass === "mbin") {
      node.attributes.lspace = "0.22em";
      node.attributes.rspace = "0.22em";
    } else if (group.mclass === "mpunct") {
      node.attributes.lspace = "0em";
      node.attributes.rspace = "0.17em";
    } else if (group.mclass === "mopen" || group.mclass === "mclose") {
      node.attributes.lspace = "0em";
      node.attributes.rspace = "0em";
    } else if (group.mclass === "minner") {
      node.attributes.lspace = "0.0556em";
      node.attributes.width = "+0.1111em";
    }
  }
  return node;
}
defineFunction({
  type: "mclass",
  names: ["\\mathord", "\\mathbin", "\\mathrel", "\\mathopen", "\\mathclose", "\\mathpunct", "\\mathinner"],
  props: {
    numArgs: 1,
    primitive: true
  },
  handler(_ref, args) {
    var {
      parser,
      funcName
    } = _ref;
    var body = args[0];
    return {
      type: "mclass",
      mode: parser.mode,
      mclass: "m" + funcName.slice(5),
      // TODO(kevinb): don't prefix with 'm'
      body: ordargument(body),
      isCharacterBox: isCharacterBox(body)
    };
  },
  htmlBuilder: htmlBuilder$9,
  mathmlBuilder: mathmlBuilder$8
});
var binrelClass = (arg) => {
  var atom = arg.type === "ordgroup" && arg.body.length ? arg.body[0] : arg;
  if (atom.type === "atom" && (atom.family === "bin" || atom.family === "rel")) {
    return "m" + atom.family;
  } else {
    return "mord";
  }
};
defineFunction({
  type: "mclass",
  names: ["\\@binrel"],
  props: {
    numArgs: 2
  },
  handler(_ref2, args) {
    var {
      parser
    } = _ref2;
    return {
      type: "mclass",
      mode: parser.mode,
      mclass: binrelClass(args[0]),
      body: ordargument(args[1]),
      isCharacterBox: isCharacterBox(args[1])
    };
  }
});
defineFunction({
  type: "mclass",
  names: ["\\stackrel", "\\overset", "\\underset"],
  props: {
    numArgs: 2
  },
  handler(_ref3, args) {
    var {
      parser,
      funcName
    } = _ref3;
    var baseArg = args[1];
    var shiftedArg = args[0];
    var mclass;
    if (funcName !== "\\stackrel") {
      mclass = binrelClass(baseArg);
    } else {
      mclass = "mrel";
    }
    var baseOp = {
      type: "op",
      mode: baseArg.mode,
      limits: true,
      alwaysHandleSupSub: true,
      parentIsSupSub: false,
      symbol: false,
      suppressBaseShift: funcName !== "\\stackrel",
      body: ordargument(baseArg)
    };
    var supsub = {
      type: "supsub",
      mode: shiftedArg.mode,
      base: baseOp,
      sup: funcName === "\\underset" ? null : shiftedArg,
      sub: funcName === "\\underset" ? shiftedArg : null
    };
    return {
      type: "mclass",
      mode: parser.mode,
      mclass,
      body: [supsub],
      isCharacterBox: isCharacterBox(supsub)
    };
  },
  htmlBuilder: htmlBuilder$9,
  mathmlBuilder: mathmlBuilder$8
});
defineFunction({
  type: "pmb",
  names: ["\\pmb"],
  props: {
    numArgs: 1,
    allowedInText: true
  },
  handler(_ref, args) {
    var {
      parser
    } = _ref;
    return {
      type: "pmb",
      mode: parser.mode,
      mclass: binrelClass(args[0]),
      body: ordargument(args[0])
    };
  },
  htmlBuilder(group, options) {
    var elements = buildExpression$1(group.body, options, true);
    var node = makeSpan([group.mclass], elements, options);
    node.style.textShadow = "0.02em 0.01em 0.04px";
    return node;
  },
  mathmlBuilder(group, style) {
    var inner2 = buildExpression2(group.body, style);
    var node = new MathNode("mstyle", inner2);
    node.setAttribute("style", "text-shadow: 0.02em 0.01em 0.04px");
    return node;
  }
});
var cdArrowFunctionName = {
  ">": "\\\\cdrightarrow",
  "<": "\\\\cdleftarrow",
  "=": "\\\\cdlongequal",
  "A": "\\uparrow",
  "V": "\\downarrow",
  "|": "\\Vert",
  ".": "no arrow"
};
var newCell = () => {
  return {
    type: "styling",
    body: [],
    mode: "math",
    style: "display",
    resetFont: true
  };
};
var isStartOfArrow = (node) => {
  return node.type === "textord" && node.text === "@";
};
var isLabelEnd = (node, endChar) => {
  return (node.type === "mathord" || node.type === "atom") && node.text === endChar;
};
function cdArrow(arrowChar, labels, parser) {
  var funcName = cdArrowFunctionName[arrowChar];
  switch (funcName) {
    case "\\\\cdrightarrow":
    case "\\\\cdleftarrow":
      return parser.callFunction(funcName, [labels[0]], [labels[1]]);
    case "\\uparrow":
    case "\\downarrow": {
      var leftLabel = parser.callFunction("\\\\cdleft", [labels[0]], []);
      var bareArrow = {
        type: "atom",
        text: funcName,
        mode: "math",
        family: "rel"
      };
      var sizedArrow = parser.callFunction("\\Big", [bareArrow], []);
      var rightLabel = parser.callFunction("\\\\cdright", [labels[1]], []);
      var arrowGroup = {
        type: "ordgroup",
        mode: "math",
        body: [leftLabel, sizedArrow, rightLabel]
      };
      return parser.callFunction("\\\\cdparent", [arrowGroup], []);
    }
    case "\\\\cdlongequal":
      return parser.callFunction("\\\\cdlongequal", [], []);
    case "\\Vert": {
      var arrow = {
        type: "textord",
        text: "\\Vert",
        mode: "math"
      };
      return parser.callFunction("\\Big", [arrow], []);
    }
    default:
      return {
        type: "textord",
        text: " ",
        mode: "math"
      };
  }
}
function parseCD(parser) {
  var parsedRows = [];
  parser.gullet.beginGroup();
  parser.gullet.macros.set("\\cr", "\\\\\\relax");
  parser.gullet.beginGroup();
  while (true) {
    parsedRows.push(parser.parseExpression(false, "\\\\"));
    parser.gullet.endGroup();
    parser.gullet.beginGroup();
    var next = parser.fetch().text;
    if (next === "&" || next === "\\\\") {
      parser.consume();
    } else if (next === "\\end") {
      if (parsedRows[parsedRows.length - 1].length === 0) {
        parsedRows.pop();
      }
      break;
    } else {
      throw new ParseError("Expected \\\\ or \\cr or \\end", parser.nextToken);
    }
  }
  var row = [];
  var body = [row];
  for (var i = 0; i < parsedRows.length; i++) {
    var rowNodes = parsedRows[i];
    var cell = newCell();
    for (var j = 0; j < rowNodes.length; j++) {
      if (!isStartOfArrow(rowNodes[j])) {
        cell.body.push(rowNodes[j]);
      } else {
        row.push(cell);
        j += 1;
        var arrowChar = assertSymbolNodeType(rowNodes[j]).text;
        var labels = new Array(2);
        labels[0] = {
          type: "ordgroup",
          mode: "math",
          body: []
        };
        labels[1] = {
          type: "ordgroup",
          mode: "math",
          body: []
        };
        if ("=|.".includes(arrowChar)) ;
        else if ("<>AV".includes(arrowChar)) {
          for (var labelNum = 0; labelNum < 2; labelNum++) {
            var inLabel = true;
            for (var k = j + 1; k < rowNodes.length; k++) {
              if (isLabelEnd(rowNodes[k], arrowChar)) {
                inLabel = false;
                j = k;
                break;
              }
              if (isStartOfArrow(rowNodes[k])) {
                throw new ParseError("Missing a " + arrowChar + " character to complete a CD arrow.", rowNodes[k]);
              }
              labels[labelNum].body.push(rowNodes[k]);
            }
            if (inLabel) {
              throw new ParseError("Missing a " + arrowChar + " character to complete a CD arrow.", rowNodes[j]);
            }
          }
        } else {
          throw new ParseError('Expected one of "<>AV=|." after @', rowNodes[j]);
        }
        var arrow = cdArrow(arrowChar, labels, parser);
        var wrappedArrow = {
          type: "styling",
          body: [arrow],
          mode: "math",
          style: "display",
          // CD is always displaystyle.
          resetFont: true
        };
        row.push(wrappedArrow);
        cell = newCell();
      }
    }
    if (i % 2 === 0) {
      row.push(cell);
    } else {
      row.shift();
    }
    row = [];
    body.push(row);
  }
  parser.gullet.endGroup();
  parser.gullet.endGroup();
  var cols = new Array(body[0].length).fill({
    type: "align",
    align: "c",
    pregap: 0.25,
    // CD package sets \enskip between columns.
    postgap: 0.25
    // So pre and post each get half an \enskip, i.e. 0.25em.
  });
  return {
    type: "array",
    mode: "math",
    body,
    arraystretch: 1,
    addJot: true,
    rowGaps: [null],
    cols,
    colSeparationType: "CD",
    hLinesBeforeRow: new Array(body.length + 1).fill([])
  };
}
defineFunction({
  type: "cdlabel",
  names: ["\\\\cdleft", "\\\\cdright"],
  props: {
    numArgs: 1
  },
  handler(_ref, args) {
    var {
      parser,
      funcName
    } = _ref;
    return {
      type: "cdlabel",
      mode: parser.mode,
      side: funcName.slice(4),
      label: args[0]
    };
  },
  htmlBuilder(group, options) {
    var newOptions = options.havingStyle(options.style.sup());
    var label = wrapFragment(buildGroup$1(group.label, newOptions, options), options);
    label.classes.push("cd-label-" + group.side);
    label.style.bottom = makeEm(0.8 - label.depth);
    label.height = 0;
    label.depth = 0;
    return label;
  },
  mathmlBuilder(group, options) {
    var label = new MathNode("mrow", [buildGroup2(group.label, options)]);
    label = new MathNode("mpadded", [label]);
    label.setAttribute("width", "0");
    if (group.side === "left") {
      label.setAttribute("lspace", "-1width");
    }
    label.setAttribute("voffset", "0.7em");
    label = new MathNode("mstyle", [label]);
    label.setAttribute("displaystyle", "false");
    label.setAttribute("scriptlevel", "1");
    return label;
  }
});
defineFunction({
  type: "cdlabelparent",
  names: ["\\\\cdparent"],
  props: {
    numArgs: 1
  },
  handler(_ref2, args) {
    var {
      parser
    } = _ref2;
    return {
      type: "cdlabelparent",
      mode: parser.mode,
      fragment: args[0]
    };
  },
  htmlBuilder(group, options) {
    var parent = wrapFragment(buildGroup$1(group.fragment, options), options);
    parent.classes.push("cd-vert-arrow");
    return parent;
  },
  mathmlBuilder(group, options) {
    return new MathNode("mrow", [buildGroup2(group.fragment, options)]);
  }
});
defineFunction({
  type: "textord",
  names: ["\\@char"],
  props: {
    numArgs: 1,
    allowedInText: true
  },
  handler(_ref, args) {
    var {
      parser
    } = _ref;
    var arg = assertNodeType(args[0], "ordgroup");
    var group = arg.body;
    var number = "";
    for (var i = 0; i < group.length; i++) {
      var node = assertNodeType(group[i], "textord");
      number += node.text;
    }
    var code = parseInt(number);
    var text2;
    if (isNaN(code)) {
      throw new ParseError("\\@char has non-numeric argument " + number);
    } else if (code < 0 || code >= 1114111) {
      throw new ParseError("\\@char with invalid code point " + number);
    } else if (code <= 65535) {
      text2 = String.fromCharCode(code);
    } else {
      code -= 65536;
      text2 = String.fromCharCode((code >> 10) + 55296, (code & 1023) + 56320);
    }
    return {
      type: "textord",
      mode: parser.mode,
      text: text2
    };
  }
});
var htmlBuilder$8 = (group, options) => {
  var elements = buildExpression$1(group.body, options.withColor(group.color), false);
  return makeFragment(elements);
};
var mathmlBuilder$7 = (group, options) => {
  var inner2 = buildExpression2(group.body, options.withColor(group.color));
  var node = new MathNode("mstyle", inner2);
  node.setAttribute("mathcolor", group.color);
  return node;
};
defineFunction({
  type: "color",
  names: ["\\textcolor"],
  props: {
    numArgs: 2,
    allowedInText: true,
    argTypes: ["color", "original"]
  },
  handler(_ref, args) {
    var {
      parser
    } = _ref;
    var color = assertNodeType(args[0], "color-token").color;
    var body = args[1];
    return {
      type: "color",
      mode: parser.mode,
      color,
      body: ordargument(body)
    };
  },
  htmlBuilder: htmlBuilder$8,
  mathmlBuilder: mathmlBuilder$7
});
defineFunction({
  type: "color",
  names: ["\\color"],
  props: {
    numArgs: 1,
    allowedInText: true,
    argTypes: ["color"]
  },
  handler(_ref2, args) {
    var {
      parser,
      breakOnTokenText
    } = _ref2;
    var color = assertNodeType(args[0], "color-token").color;
    parser.gullet.macros.set("\\current@color", color);
    var body = parser.parseExpression(true, breakOnTokenText);
    return {
      type: "color",
      mode: parser.mode,
      color,
      body
    };
  },
  htmlBuilder: htmlBuilder$8,
  mathmlBuilder: mathmlBuilder$7
});
defineFunction({
  type: "cr",
  names: ["\\\\"],
  props: {
    numArgs: 0,
    numOptionalArgs: 0,
    allowedInText: true
  },
  handler(_ref, args, optArgs) {
    var {
      parser
    } = _ref;
    var size2 = parser.gullet.future().text === "[" ? parser.parseSizeGroup(true) : null;
    var newLine = !parser.settings.displayMode || !parser.settings.useStrictBehavior("newLineInDisplayMode", "In LaTeX, \\\\ or \\newline does nothing in display mode");
    return {
      type: "cr",
      mode: parser.mode,
      newLine,
      size: size2 && assertNodeType(size2, "size").value
    };
  },
  // The following builders are called only at the top level,
  // not within tabular/array environments.
  htmlBuilder(group, options) {
    var span = makeSpan(["mspace"], [], options);
    if (group.newLine) {
      span.classes.push("newline");
      if (group.size) {
        span.style.marginTop = makeEm(calculateSize(group.size, options));
      }
    }
    return span;
  },
  mathmlBuilder(group, options) {
    var node = new MathNode("mspace");
    if (group.newLine) {
      node.setAttribute("linebreak", "newline");
      if (group.size) {
        node.setAttribute("height", makeEm(calculateSize(group.size, options)));
      }
    }
    return node;
  }
});
var globalMap = {
  "\\global": "\\global",
  "\\long": "\\\\globallong",
  "\\\\globallong": "\\\\globallong",
  "\\def": "\\gdef",
  "\\gdef": "\\gdef",
  "\\edef": "\\xdef",
  "\\xdef": "\\xdef",
  "\\let": "\\\\globallet",
  "\\futurelet": "\\\\globalfuture"
};
var checkControlSequence = (tok) => {
  var name = tok.text;
  if (/^(?:[\\{}$&#^_]|EOF)$/.test(name)) {
    throw new ParseError("Expected a control sequence", tok);
  }
  return name;
};
var getRHS = (parser) => {
  var tok = parser.gullet.popToken();
  if (tok.text === "=") {
    tok = parser.gullet.popToken();
    if (tok.text === " ") {
      tok = parser.gullet.popToken();
    }
  }
  return tok;
};
var letCommand = (parser, name, tok, global) => {
  var macro = parser.gullet.macros.get(tok.text);
  if (macro == null) {
    tok.noexpand = true;
    macro = {
      tokens: [tok],
      numArgs: 0,
      // reproduce the same behavior in expansion
      unexpandable: !parser.gullet.isExpandable(tok.text)
    };
  }
  parser.gullet.macros.set(name, macro, global);
};
defineFunction({
  type: "internal",
  names: [
    "\\global",
    "\\long",
    "\\\\globallong"
    // can’t be entered directly
  ],
  props: {
    numArgs: 0,
    allowedInText: true
  },
  handler(_ref) {
    var {
      parser,
      funcName
    } = _ref;
    parser.consumeSpaces();
    var token = parser.fetch();
    if (globalMap[token.text]) {
      if (funcName === "\\global" || funcName === "\\\\globallong") {
        token.text = globalMap[token.text];
      }
      return assertNodeType(parser.parseFunction(), "internal");
    }
    throw new ParseError("Invalid token after macro prefix", token);
  }
});
defineFunction({
  type: "internal",
  names: ["\\def", "\\gdef", "\\edef", "\\xdef"],
  props: {
    numArgs: 0,
    allowedInText: true,
    primitive: true
  },
  handler(_ref2) {
    var {
      parser,
      funcName
    } = _ref2;
    var tok = parser.gullet.popToken();
    var name = tok.text;
    if (/^(?:[\\{}$&#^_]|EOF)$/.test(name)) {
      throw new ParseError("Expected a control sequence", tok);
    }
    var numArgs = 0;
    var insert;
    var delimiters2 = [[]];
    while (parser.gullet.future().text !== "{") {
      tok = parser.gullet.popToken();
      if (tok.text === "#") {
        if (parser.gullet.future().text === "{") {
          insert = parser.gullet.future();
          delimiters2[numArgs].push("{");
          break;
        }
        tok = parser.gullet.popToken();
        if (!/^[1-9]$/.test(tok.text)) {
          throw new ParseError('Invalid argument number "' + tok.text + '"');
        }
        if (parseInt(tok.text) !== numArgs + 1) {
          throw new ParseError('Argument number "' + tok.text + '" out of order');
        }
        numArgs++;
        delimiters2.push([]);
      } else if (tok.text === "EOF") {
        throw new ParseError("Expected a macro definition");
      } else {
        delimiters2[numArgs].push(tok.text);
      }
    }
    var {
      tokens
    } = parser.gullet.consumeArg();
    if (insert) {
      tokens.unshift(insert);
    }
    if (funcName === "\\edef" || funcName === "\\xdef") {
      tokens = parser.gullet.expandTokens(tokens);
      tokens.reverse();
    }
    parser.gullet.macros.set(name, {
      tokens,
      numArgs,
      delimiters: delimiters2
    }, funcName === globalMap[funcName]);
    return {
      type: "internal",
      mode: parser.mode
    };
  }
});
defineFunction({
  type: "internal",
  names: [
    "\\let",
    "\\\\globallet"
    // can’t be entered directly
  ],
  props: {
    numArgs: 0,
    allowedInText: true,
    primitive: true
  },
  handler(_ref3) {
    var {
      parser,
      funcName
    } = _ref3;
    var name = checkControlSequence(parser.gullet.popToken());
    parser.gullet.consumeSpaces();
    var tok = getRHS(parser);
    letCommand(parser, name, tok, funcName === "\\\\globallet");
    return {
      type: "internal",
      mode: parser.mode
    };
  }
});
defineFunction({
  type: "internal",
  names: [
    "\\futurelet",
    "\\\\globalfuture"
    // can’t be entered directly
  ],
  props: {
    numArgs: 0,
    allowedInText: true,
    primitive: true
  },
  handler(_ref4) {
    var {
      parser,
      funcName
    } = _ref4;
    var name = checkControlSequence(parser.gullet.popToken());
    var middle = parser.gullet.popToken();
    var tok = parser.gullet.popToken();
    letCommand(parser, name, tok, funcName === "\\\\globalfuture");
    parser.gullet.pushToken(tok);
    parser.gullet.pushToken(middle);
    return {
      type: "internal",
      mode: parser.mode
    };
  }
});
var getMetrics = function getMetrics2(symbol, font, mode) {
  var replace = symbols.math[symbol] && symbols.math[symbol].replace;
  var metrics = getCharacterMetrics(replace || symbol, font, mode);
  if (!metrics) {
    throw new Error("Unsupported symbol " + symbol + " and font size " + font + ".");
  }
  return metrics;
};
var styleWrap = function styleWrap2(delim, toStyle, options, classes) {
  var newOptions = options.havingBaseStyle(toStyle);
  var span = makeSpan(classes.concat(newOptions.sizingClasses(options)), [delim], options);
  var delimSizeMultiplier = newOptions.sizeMultiplier / options.sizeMultiplier;
  span.height *= delimSizeMultiplier;
  span.depth *= delimSizeMultiplier;
  span.maxFontSize = newOptions.sizeMultiplier;
  return span;
};
var centerSpan = function centerSpan2(span, options, style) {
  var newOptions = options.havingBaseStyle(style);
  var shift = (1 - options.sizeMultiplier / newOptions.sizeMultiplier) * options.fontMetrics().axisHeight;
  span.classes.push("delimcenter");
  span.style.top = makeEm(shift);
  span.height -= shift;
  span.depth += shift;
};
var makeSmallDelim = function makeSmallDelim2(delim, style, center, options, mode, classes) {
  var text2 = makeSymbol(delim, "Main-Regular", mode, options);
  var span = styleWrap(text2, style, options, classes);
  {
    centerSpan(span, options, style);
  }
  return span;
};
var mathrmSize = function mathrmSize2(value, size2, mode, options) {
  return makeSymbol(value, "Size" + size2 + "-Regular", mode, options);
};
var makeLargeDelim = function makeLargeDelim2(delim, size2, center, options, mode, classes) {
  var inner2 = mathrmSize(delim, size2, mode, options);
  var span = styleWrap(makeSpan(["delimsizing", "size" + size2], [inner2], options), Style$1.TEXT, options, classes);
  if (center) {
    centerSpan(span, options, Style$1.TEXT);
  }
  return span;
};
var makeGlyphSpan = function makeGlyphSpan2(symbol, font, mode) {
  var sizeClass;
  if (font === "Size1-Regular") {
    sizeClass = "delim-size1";
  } else {
    sizeClass = "delim-size4";
  }
  var corner = makeSpan(["delimsizinginner", sizeClass], [makeSpan([], [makeSymbol(symbol, font, mode)])]);
  return {
    type: "elem",
    elem: corner
  };
};
var makeInner = function makeInner2(ch, height, options) {
  var width = fontMetricsData["Size4-Regular"][ch.charCodeAt(0)] ? fontMetricsData["Size4-Regular"][ch.charCodeAt(0)][4] : fontMetricsData["Size1-Regular"][ch.charCodeAt(0)][4];
  var path2 = new PathNode("inner", innerPath(ch, Math.round(1e3 * height)));
  var svgNode = new SvgNode([path2], {
    "width": makeEm(width),
    "height": makeEm(height),
    // Override CSS rule `.katex svg { width: 100% }`
    "style": "width:" + makeEm(width),
    "viewBox": "0 0 " + 1e3 * width + " " + Math.round(1e3 * height),
    "preserveAspectRatio": "xMinYMin"
  });
  var span = makeSvgSpan([], [svgNode], options);
  span.height = height;
  span.style.height = makeEm(height);
  span.style.width = makeEm(width);
  return {
    type: "elem",
    elem: span
  };
};
var lapInEms = 8e-3;
var lap = {
  type: "kern",
  size: -1 * lapInEms
};
var verts = /* @__PURE__ */ new Set(["|", "\\lvert", "\\rvert", "\\vert"]);
var doubleVerts = /* @__PURE__ */ new Set(["\\|", "\\lVert", "\\rVert", "\\Vert"]);
var makeStackedDelim = function makeStackedDelim2(delim, heightTotal, center, options, mode, classes) {
  var top;
  var middle;
  var repeat;
  var bottom;
  var svgLabel = "";
  var viewBoxWidth = 0;
  top = repeat = bottom = delim;
  middle = null;
  var font = "Size1-Regular";
  if (delim === "\\uparrow") {
    repeat = bottom = "⏐";
  } else if (delim === "\\Uparrow") {
    repeat = bottom = "‖";
  } else if (delim === "\\downarrow") {
    top = repeat = "⏐";
  } else if (delim === "\\Downarrow") {
    top = repeat = "‖";
  } else if (delim === "\\updownarrow") {
    top = "\\uparrow";
    repeat = "⏐";
    bottom = "\\downarrow";
  } else if (delim === "\\Updownarrow") {
    top = "\\Uparrow";
    repeat = "‖";
    bottom = "\\Downarrow";
  } else if (verts.has(delim)) {
    repeat = "∣";
    svgLabel = "vert";
    viewBoxWidth = 333;
  } else if (doubleVerts.has(delim)) {
    repeat = "∥";
    svgLabel = "doublevert";
    viewBoxWidth = 556;
  } else if (delim === "[" || delim === "\\lbrack") {
    top = "⎡";
    repeat = "⎢";
    bottom = "⎣";
    font = "Size4-Regular";
    svgLabel = "lbrack";
    viewBoxWidth = 667;
  } else if (delim === "]" || delim === "\\rbrack") {
    top = "⎤";
    repeat = "⎥";
    bottom = "⎦";
    font = "Size4-Regular";
    svgLabel = "rbrack";
    viewBoxWidth = 667;
  } else if (delim === "\\lfloor" || delim === "⌊") {
    repeat = top = "⎢";
    bottom = "⎣";
    font = "Size4-Regular";
    svgLabel = "lfloor";
    viewBoxWidth = 667;
  } else if (delim === "\\lceil" || delim === "⌈") {
    top = "⎡";
    repeat = bottom = "⎢";
    font = "Size4-Regular";
    svgLabel = "lceil";
    viewBoxWidth = 667;
  } else if (delim === "\\rfloor" || delim === "⌋") {
    repeat = top = "⎥";
    bottom = "⎦";
    font = "Size4-Regular";
    svgLabel = "rfloor";
    viewBoxWidth = 667;
  } else if (delim === "\\rceil" || delim === "⌉") {
    top = "⎤";
    repeat = bottom = "⎥";
    font = "Size4-Regular";
    svgLabel = "rceil";
    viewBoxWidth = 667;
  } else if (delim === "(" || delim === "\\lparen") {
    top = "⎛";
    repeat = "⎜";
    bottom = "⎝";
    font = "Size4-Regular";
    svgLabel = "lparen";
    viewBoxWidth = 875;
  } else if (delim === ")" || delim === "\\rparen") {
    top = "⎞";
    repeat = "⎟";
    bottom = "⎠";
    font = "Size4-Regular";
    svgLabel = "rparen";
    viewBoxWidth = 875;
  } else if (delim === "\\{" || delim === "\\lbrace") {
    top = "⎧";
    middle = "⎨";
    bottom = "⎩";
    repeat = "⎪";
    font = "Size4-Regular";
  } else if (delim === "\\}" || delim === "\\rbrace") {
    top = "⎫";
    middle = "⎬";
    bottom = "⎭";
    repeat = "⎪";
    font = "Size4-Regular";
  } else if (delim === "\\lgroup" || delim === "⟮") {
    top = "⎧";
    bottom = "⎩";
    repeat = "⎪";
    font = "Size4-Regular";
  } else if (delim === "\\rgroup" || delim === "⟯") {
    top = "⎫";
    bottom = "⎭";
    repeat = "⎪";
    font = "Size4-Regular";
  } else if (delim === "\\lmoustache" || delim === "⎰") {
    top = "⎧";
    bottom = "⎭";
    repeat = "⎪";
    font = "Size4-Regular";
  } else if (delim === "\\rmoustache" || delim === "⎱") {
    top = "⎫";
    bottom = "⎩";
    repeat = "⎪";
    font = "Size4-Regular";
  }
  var topMetrics = getMetrics(top, font, mode);
  var topHeightTotal = topMetrics.height + topMetrics.depth;
  var repeatMetrics = getMetrics(repeat, font, mode);
  var repeatHeightTotal = repeatMetrics.height + repeatMetrics.depth;
  var bottomMetrics = getMetrics(bottom, font, mode);
  var bottomHeightTotal = bottomMetrics.height + bottomMetrics.depth;
  var middleHeightTotal = 0;
  var middleFactor = 1;
  if (middle !== null) {
    var middleMetrics = getMetrics(middle, font, mode);
    middleHeightTotal = middleMetrics.height + middleMetrics.depth;
    middleFactor = 2;
  }
  var minHeight = topHeightTotal + bottomHeightTotal + middleHeightTotal;
  var repeatCount = Math.max(0, Math.ceil((heightTotal - minHeight) / (middleFactor * repeatHeightTotal)));
  var realHeightTotal = minHeight + repeatCount * middleFactor * repeatHeightTotal;
  var axisHeight = options.fontMetrics().axisHeight;
  if (center) {
    axisHeight *= options.sizeMultiplier;
  }
  var depth = realHeightTotal / 2 - axisHeight;
  var stack = [];
  if (svgLabel.length > 0) {
    var midHeight = realHeightTotal - topHeightTotal - bottomHeightTotal;
    var viewBoxHeight = Math.round(realHeightTotal * 1e3);
    var pathStr = tallDelim(svgLabel, Math.round(midHeight * 1e3));
    var path2 = new PathNode(svgLabel, pathStr);
    var width = makeEm(viewBoxWidth / 1e3);
    var height = makeEm(viewBoxHeight / 1e3);
    var svg = new SvgNode([path2], {
      "width": width,
      "height": height,
      "viewBox": "0 0 " + viewBoxWidth + " " + viewBoxHeight
    });
    var wrapper = makeSvgSpan([], [svg], options);
    wrapper.height = viewBoxHeight / 1e3;
    wrapper.style.width = width;
    wrapper.style.height = height;
    stack.push({
      type: "elem",
      elem: wrapper
    });
  } else {
    stack.push(makeGlyphSpan(bottom, font, mode));
    stack.push(lap);
    if (middle === null) {
      var innerHeight = realHeightTotal - topHeightTotal - bottomHeightTotal + 2 * lapInEms;
      stack.push(makeInner(repeat, innerHeight, options));
    } else {
      var _innerHeight = (realHeightTotal - topHeightTotal - bottomHeightTotal - middleHeightTotal) / 2 + 2 * lapInEms;
      stack.push(makeInner(repeat, _innerHeight, options));
      stack.push(lap);
      stack.push(makeGlyphSpan(middle, font, mode));
      stack.push(lap);
      stack.push(makeInner(repeat, _innerHeight, options));
    }
    stack.push(lap);
    stack.push(makeGlyphSpan(top, font, mode));
  }
  var newOptions = options.havingBaseStyle(Style$1.TEXT);
  var inner2 = makeVList({
    positionType: "bottom",
    positionData: depth,
    children: stack
  });
  return styleWrap(makeSpan(["delimsizing", "mult"], [inner2], newOptions), Style$1.TEXT, options, classes);
};
var vbPad = 80;
var emPad = 0.08;
var sqrtSvg = function sqrtSvg2(sqrtName, height, viewBoxHeight, extraVinculum, options) {
  var path2 = sqrtPath(sqrtName, extraVinculum, viewBoxHeight);
  var pathNode = new PathNode(sqrtName, path2);
  var svg = new SvgNode([pathNode], {
    // Note: 1000:1 ratio of viewBox to document em width.
    "width": "400em",
    "height": makeEm(height),
    "viewBox": "0 0 400000 " + viewBoxHeight,
    "preserveAspectRatio": "xMinYMin slice"
  });
  return makeSvgSpan(["hide-tail"], [svg], options);
};
var makeSqrtImage = function makeSqrtImage2(height, options) {
  var newOptions = options.havingBaseSizing();
  var delim = traverseSequence("\\surd", height * newOptions.sizeMultiplier, stackLargeDelimiterSequence, newOptions);
  var sizeMultiplier = newOptions.sizeMultiplier;
  var extraVinculum = Math.max(0, options.minRuleThickness - options.fontMetrics().sqrtRuleThickness);
  var span;
  var spanHeight;
  var texHeight;
  var viewBoxHeight;
  var advanceWidth;
  if (delim.type === "small") {
    viewBoxHeight = 1e3 + 1e3 * extraVinculum + vbPad;
    if (height < 1) {
      sizeMultiplier = 1;
    } else if (height < 1.4) {
      sizeMultiplier = 0.7;
    }
    spanHeight = (1 + extraVinculum + emPad) / sizeMultiplier;
    texHeight = (1 + extraVinculum) / sizeMultiplier;
    span = sqrtSvg("sqrtMain", spanHeight, viewBoxHeight, extraVinculum, options);
    span.style.minWidth = "0.853em";
    advanceWidth = 0.833 / sizeMultiplier;
  } else if (delim.type === "large") {
    viewBoxHeight = (1e3 + vbPad) * sizeToMaxHeight[delim.size];
    texHeight = (sizeToMaxHeight[delim.size] + extraVinculum) / sizeMultiplier;
    spanHeight = (sizeToMaxHeight[delim.size] + extraVinculum + emPad) / sizeMultiplier;
    span = sqrtSvg("sqrtSize" + delim.size, spanHeight, viewBoxHeight, extraVinculum, options);
    span.style.minWidth = "1.02em";
    advanceWidth = 1 / sizeMultiplier;
  } else {
    spanHeight = height + extraVinculum + emPad;
    texHeight = height + extraVinculum;
    viewBoxHeight = Math.floor(1e3 * height + extraVinculum) + vbPad;
    span = sqrtSvg("sqrtTall", spanHeight, viewBoxHeight, extraVinculum, options);
    span.style.minWidth = "0.742em";
    advanceWidth = 1.056;
  }
  span.height = texHeight;
  span.style.height = makeEm(spanHeight);
  return {
    span,
    advanceWidth,
    // Calculate the actual line width.
    // This actually should depend on the chosen font -- e.g. \boldmath
    // should use the thicker surd symbols from e.g. KaTeX_Main-Bold, and
    // have thicker rules.
    ruleWidth: (options.fontMetrics().sqrtRuleThickness + extraVinculum) * sizeMultiplier
  };
};
var stackLargeDelimiters = /* @__PURE__ */ new Set(["(", "\\lparen", ")", "\\rparen", "[", "\\lbrack", "]", "\\rbrack", "\\{", "\\lbrace", "\\}", "\\rbrace", "\\lfloor", "\\rfloor", "⌊", "⌋", "\\lceil", "\\rceil", "⌈", "⌉", "\\surd"]);
var stackAlwaysDelimiters = /* @__PURE__ */ new Set(["\\uparrow", "\\downarrow", "\\updownarrow", "\\Uparrow", "\\Downarrow", "\\Updownarrow", "|", "\\|", "\\vert", "\\Vert", "\\lvert", "\\rvert", "\\lVert", "\\rVert", "\\lgroup", "\\rgroup", "⟮", "⟯", "\\lmoustache", "\\rmoustache", "⎰", "⎱"]);
var stackNeverDelimiters = /* @__PURE__ */ new Set(["<", ">", "\\langle", "\\rangle", "/", "\\backslash", "\\lt", "\\gt"]);
var sizeToMaxHeight = [0, 1.2, 1.8, 2.4, 3];
var makeSizedDelim = function makeSizedDelim2(delim, size2, options, mode, classes) {
  if (delim === "<" || delim === "\\lt" || delim === "⟨") {
    delim = "\\langle";
  } else if (delim === ">" || delim === "\\gt" || delim === "⟩") {
    delim = "\\rangle";
  }
  if (stackLargeDelimiters.has(delim) || stackNeverDelimiters.has(delim)) {
    return makeLargeDelim(delim, size2, false, options, mode, classes);
  } else if (stackAlwaysDelimiters.has(delim)) {
    return makeStackedDelim(delim, sizeToMaxHeight[size2], false, options, mode, classes);
  } else {
    throw new ParseError("Illegal delimiter: '" + delim + "'");
  }
};
var stackNeverDelimiterSequence = [{
  type: "small",
  style: Style$1.SCRIPTSCRIPT
}, {
  type: "small",
  style: Style$1.SCRIPT
}, {
  type: "small",
  style: Style$1.TEXT
}, {
  type: "large",
  size: 1
}, {
  type: "large",
  size: 2
}, {
  type: "large",
  size: 3
}, {
  type: "large",
  size: 4
}];
var stackAlwaysDelimiterSequence = [{
  type: "small",
  style: Style$1.SCRIPTSCRIPT
}, {
  type: "small",
  style: Style$1.SCRIPT
}, {
  type: "small",
  style: Style$1.TEXT
}, {
  type: "stack"
}];
var stackLargeDelimiterSequence = [{
  type: "small",
  style: Style$1.SCRIPTSCRIPT
}, {
  type: "small",
  style: Style$1.SCRIPT
}, {
  type: "small",
  style: Style$1.TEXT
}, {
  type: "large",
  size: 1
}, {
  type: "large",
  size: 2
}, {
  type: "large",
  size: 3
}, {
  type: "large",
  size: 4
}, {
  type: "stack"
}];
var delimTypeToFont = function delimTypeToFont2(type) {
  if (type.type === "small") {
    return "Main-Regular";
  } else if (type.type === "large") {
    return "Size" + type.size + "-Regular";
  } else if (type.type === "stack") {
    return "Size4-Regular";
  } else {
    var delimKind = type.type;
    throw new Error("Add support for delim type '" + delimKind + "' here.");
  }
};
var traverseSequence = function traverseSequence2(delim, height, sequence, options) {
  var start = Math.min(2, 3 - options.style.size);
  for (var i = start; i < sequence.length; i++) {
    var delimType = sequence[i];
    if (delimType.type === "stack") {
      break;
    }
    var metrics = getMetrics(delim, delimTypeToFont(delimType), "math");
    var heightDepth = metrics.height + metrics.depth;
    if (delimType.type === "small") {
      var newOptions = options.havingBaseStyle(delimType.style);
      heightDepth *= newOptions.sizeMultiplier;
    }
    if (heightDepth > height) {
      return delimType;
    }
  }
  return sequence[sequence.length - 1];
};
var makeCustomSizedDelim = function makeCustomSizedDelim2(delim, height, center, options, mode, classes) {
  if (delim === "<" || delim === "\\lt" || delim === "⟨") {
    delim = "\\langle";
  } else if (delim === ">" || delim === "\\gt" || delim === "⟩") {
    delim = "\\rangle";
  }
  var sequence;
  if (stackNeverDelimiters.has(delim)) {
    sequence = stackNeverDelimiterSequence;
  } else if (stackLargeDelimiters.has(delim)) {
    sequence = stackLargeDelimiterSequence;
  } else {
    sequence = stackAlwaysDelimiterSequence;
  }
  var delimType = traverseSequence(delim, height, sequence, options);
  if (delimType.type === "small") {
    return makeSmallDelim(delim, delimType.style, center, options, mode, classes);
  } else if (delimType.type === "large") {
    return makeLargeDelim(delim, delimType.size, center, options, mode, classes);
  } else {
    return makeStackedDelim(delim, height, center, options, mode, classes);
  }
};
var makeLeftRightDelim = function makeLeftRightDelim2(delim, height, depth, options, mode, classes) {
  var axisHeight = options.fontMetrics().axisHeight * options.sizeMultiplier;
  var delimiterFactor = 901;
  var delimiterExtend = 5 / options.fontMetrics().ptPerEm;
  var maxDistFromAxis = Math.max(height - axisHeight, depth + axisHeight);
  var totalHeight = Math.max(
    // In real TeX, calculations are done using integral values which are
    // 65536 per pt, or 655360 per em. So, the division here truncates in
    // TeX but doesn't here, producing different results. If we wanted to
    // exactly match TeX's calculation, we could do
    //   Math.floor(655360 * maxDistFromAxis / 500) *
    //    delimiterFactor / 655360
    // (To see the difference, compare
    //    x^{x^{\left(\rule{0.1em}{0.68em}\right)}}
    // in TeX and KaTeX)
    maxDistFromAxis / 500 * delimiterFactor,
    2 * maxDistFromAxis - delimiterExtend
  );
  return makeCustomSizedDelim(delim, totalHeight, true, options, mode, classes);
};
var delimiterSizes = {
  "\\bigl": {
    mclass: "mopen",
    size: 1
  },
  "\\Bigl": {
    mclass: "mopen",
    size: 2
  },
  "\\biggl": {
    mclass: "mopen",
    size: 3
  },
  "\\Biggl": {
    mclass: "mopen",
    size: 4
  },
  "\\bigr": {
    mclass: "mclose",
    size: 1
  },
  "\\Bigr": {
    mclass: "mclose",
    size: 2
  },
  "\\biggr": {
    mclass: "mclose",
    size: 3
  },
  "\\Biggr": {
    mclass: "mclose",
    size: 4
  },
  "\\bigm": {
    mclass: "mrel",
    size: 1
  },
  "\\Bigm": {
    mclass: "mrel",
    size: 2
  },
  "\\biggm": {
    mclass: "mrel",
    size: 3
  },
  "\\Biggm": {
    mclass: "mrel",
    size: 4
  },
  "\\big": {
    mclass: "mord",
    size: 1
  },
  "\\Big": {
    mclass: "mord",
    size: 2
  },
  "\\bigg": {
    mclass: "mord",
    size: 3
  },
  "\\Bigg": {
    mclass: "mord",
    size: 4
  }
};
var delimiters = /* @__PURE__ */ new Set(["(", "\\lparen", ")", "\\rparen", "[", "\\lbrack", "]", "\\rbrack", "\\{", "\\lbrace", "\\}", "\\rbrace", "\\lfloor", "\\rfloor", "⌊", "⌋", "\\lceil", "\\rceil", "⌈", "⌉", "<", ">", "\\langle", "⟨", "\\rangle", "⟩", "\\lt", "\\gt", "\\lvert", "\\rvert", "\\lVert", "\\rVert", "\\lgroup", "\\rgroup", "⟮", "⟯", "\\lmoustache", "\\rmoustache", "⎰", "⎱", "/", "\\backslash", "|", "\\vert", "\\|", "\\Vert", "\\uparrow", "\\Uparrow", "\\downarrow", "\\Downarrow", "\\updownarrow", "\\Updownarrow", "."]);
function isMiddleDelimNode(node) {
  return "isMiddle" in node;
}
function checkDelimiter(delim, context) {
  var symDelim = checkSymbolNodeType(delim);
  if (symDelim && delimiters.has(symDelim.text)) {
    return symDelim;
  } else if (symDelim) {
    throw new ParseError("Invalid delimiter '" + symDelim.text + "' after '" + context.funcName + "'", delim);
  } else {
    throw new ParseError("Invalid delimiter type '" + delim.type + "'", delim);
  }
}
defineFunction({
  type: "delimsizing",
  names: ["\\bigl", "\\Bigl", "\\biggl", "\\Biggl", "\\bigr", "\\Bigr", "\\biggr", "\\Biggr", "\\bigm", "\\Bigm", "\\biggm", "\\Biggm", "\\big", "\\Big", "\\bigg", "\\Bigg"],
  props: {
    numArgs: 1,
    argTypes: ["primitive"]
  },
  handler: (context, args) => {
    var delim = checkDelimiter(args[0], context);
    return {
      type: "delimsizing",
      mode: context.parser.mode,
      size: delimiterSizes[context.funcName].size,
      mclass: delimiterSizes[context.funcName].mclass,
      delim: delim.text
    };
  },
  htmlBuilder: (group, options) => {
    if (group.delim === ".") {
      return makeSpan([group.mclass]);
    }
    return makeSizedDelim(group.delim, group.size, options, group.mode, [group.mclass]);
  },
  mathmlBuilder: (group) => {
    var children = [];
    if (group.delim !== ".") {
      children.push(makeText(group.delim, group.mode));
    }
    var node = new MathNode("mo", children);
    if (group.mclass === "mopen" || group.mclass === "mclose") {
      node.setAttribute("fence", "true");
    } else {
      node.setAttribute("fence", "false");
    }
    node.setAttribute("stretchy", "true");
    var size2 = makeEm(sizeToMaxHeight[group.size]);
    node.setAttribute("minsize", size2);
    node.setAttribute("maxsize", size2);
    return node;
  }
});
function assertParsed(group) {
  if (!group.body) {
    throw new Error("Bug: The leftright ParseNode wasn't fully parsed.");
  }
}
defineFunction({
  type: "leftright-right",
  names: ["\\right"],
  props: {
    numArgs: 1,
    primitive: true
  },
  handler: (context, args) => {
    var color = context.parser.gullet.macros.get("\\current@color");
    if (color && typeof color !== "string") {
      throw new ParseError("\\current@color set to non-string in \\right");
    }
    return {
      type: "leftright-right",
      mode: context.parser.mode,
      delim: checkDelimiter(args[0], context).text,
      color
      // undefined if not set via \color
    };
  }
});
defineFunction({
  type: "leftright",
  names: ["\\left"],
  props: {
    numArgs: 1,
    primitive: true
  },
  handler: (context, args) => {
    var delim = checkDelimiter(args[0], context);
    var parser = context.parser;
    ++parser.leftrightDepth;
    var body = parser.parseExpression(false);
    --parser.leftrightDepth;
    parser.expect("\\right", false);
    var right = assertNodeType(parser.parseFunction(), "leftright-right");
    return {
      type: "leftright",
      mode: parser.mode,
      body,
      left: delim.text,
      right: right.delim,
      rightColor: right.color
    };
  },
  htmlBuilder: (group, options) => {
    assertParsed(group);
    var inner2 = buildExpression$1(group.body, options, true, ["mopen", "mclose"]);
    var innerHeight = 0;
    var innerDepth = 0;
    var hadMiddle = false;
    for (var i = 0; i < inner2.length; i++) {
      var node = inner2[i];
      if (isMiddleDelimNode(node)) {
        hadMiddle = true;
      } else {
        innerHeight = Math.max(inner2[i].height, innerHeight);
        innerDepth = Math.max(inner2[i].depth, innerDepth);
      }
    }
    innerHeight *= options.sizeMultiplier;
    innerDepth *= options.sizeMultiplier;
    var leftDelim;
    if (group.left === ".") {
      leftDelim = makeNullDelimiter(options, ["mopen"]);
    } else {
      leftDelim = makeLeftRightDelim(group.left, innerHeight, innerDepth, options, group.mode, ["mopen"]);
    }
    inner2.unshift(leftDelim);
    if (hadMiddle) {
      for (var _i = 1; _i < inner2.length; _i++) {
        var middleDelim = inner2[_i];
        if (isMiddleDelimNode(middleDelim)) {
          var isMiddle = middleDelim.isMiddle;
          inner2[_i] = makeLeftRightDelim(isMiddle.delim, innerHeight, innerDepth, isMiddle.options, group.mode, []);
        }
      }
    }
    var rightDelim;
    if (group.right === ".") {
      rightDelim = makeNullDelimiter(options, ["mclose"]);
    } else {
      var colorOptions = group.rightColor ? options.withColor(group.rightColor) : options;
      rightDelim = makeLeftRightDelim(group.right, innerHeight, innerDepth, colorOptions, group.mode, ["mclose"]);
    }
    inner2.push(rightDelim);
    return makeSpan(["minner"], inner2, options);
  },
  mathmlBuilder: (group, options) => {
    assertParsed(group);
    var inner2 = buildExpression2(group.body, options);
    if (group.left !== ".") {
      var leftNode = new MathNode("mo", [makeText(group.left, group.mode)]);
      leftNode.setAttribute("fence", "true");
      inner2.unshift(leftNode);
    }
    if (group.right !== ".") {
      var rightNode = new MathNode("mo", [makeText(group.right, group.mode)]);
      rightNode.setAttribute("fence", "true");
      if (group.rightColor) {
        rightNode.setAttribute("mathcolor", group.rightColor);
      }
      inner2.push(rightNode);
    }
    return makeRow(inner2);
  }
});
defineFunction({
  type: "middle",
  names: ["\\middle"],
  props: {
    numArgs: 1,
    primitive: true
  },
  handler: (context, args) => {
    var delim = checkDelimiter(args[0], context);
    if (!context.parser.leftrightDepth) {
      throw new ParseError("\\middle without preceding \\left", delim);
    }
    return {
      type: "middle",
      mode: context.parser.mode,
      delim: delim.text
    };
  },
  htmlBuilder: (group, options) => {
    var middleDelim;
    if (group.delim === ".") {
      middleDelim = makeNullDelimiter(options, []);
    } else {
      middleDelim = makeSizedDelim(group.delim, 1, options, group.mode, []);
      middleDelim.isMiddle = {
        delim: group.delim,
        options
      };
    }
    return middleDelim;
  },
  mathmlBuilder: (group, options) => {
    var textNode = group.delim === "\\vert" || group.delim === "|" ? makeText("|", "text") : makeText(group.delim, group.mode);
    var middleNode = new MathNode("mo", [textNode]);
    middleNode.setAttribute("fence", "true");
    middleNode.setAttribute("lspace", "0.05em");
    middleNode.setAttribute("rspace", "0.05em");
    return middleNode;
  }
});
var htmlBuilder$7 = (group, options) => {
  var inner2 = wrapFragment(buildGroup$1(group.body, options), options);
  var label = group.label.slice(1);
  var scale = options.sizeMultiplier;
  var img;
  var imgShift;
  var isSingleChar = isCharacterBox(group.body);
  if (label === "sout") {
    img = makeSpan(["stretchy", "sout"]);
    img.height = options.fontMetrics().defaultRuleThickness / scale;
    imgShift = -0.5 * options.fontMetrics().xHeight;
  } else if (label === "phase") {
    var lineWeight = calculateSize({
      number: 0.6,
      unit: "pt"
    }, options);
    var clearance = calculateSize({
      number: 0.35,
      unit: "ex"
    }, options);
    var newOptions = options.havingBaseSizing();
    scale = scale / newOptions.sizeMultiplier;
    var angleHeight = inner2.height + inner2.depth + lineWeight + clearance;
    inner2.style.paddingLeft = makeEm(angleHeight / 2 + lineWeight);
    var viewBoxHeight = Math.floor(1e3 * angleHeight * scale);
    var path2 = phasePath(viewBoxHeight);
    var svgNode = new SvgNode([new PathNode("phase", path2)], {
      "width": "400em",
      "height": makeEm(viewBoxHeight / 1e3),
      "viewBox": "0 0 400000 " + viewBoxHeight,
      "preserveAspectRatio": "xMinYMin slice"
    });
    img = makeSvgSpan(["hide-tail"], [svgNode], options);
    img.style.height = makeEm(angleHeight);
    imgShift = inner2.depth + lineWeight + clearance;
  } else {
    if (/cancel/.test(label)) {
      if (!isSingleChar) {
        inner2.classes.push("cancel-pad");
      }
    } else if (label === "angl") {
      inner2.classes.push("anglpad");
    } else {
      inner2.classes.push("boxpad");
    }
    var topPad;
    var bottomPad;
    var ruleThickness = 0;
    if (/box/.test(label)) {
      ruleThickness = Math.max(
        options.fontMetrics().fboxrule,
        // default
        options.minRuleThickness
      );
      topPad = options.fontMetrics().fboxsep + (label === "colorbox" ? 0 : ruleThickness);
      bottomPad = topPad;
    } else if (label === "angl") {
      ruleThickness = Math.max(options.fontMetrics().defaultRuleThickness, options.minRuleThickness);
      topPad = 4 * ruleThickness;
      bottomPad = Math.max(0, 0.25 - inner2.depth);
    } else {
      topPad = isSingleChar ? 0.2 : 0;
      bottomPad = topPad;
    }
    img = stretchyEnclose(inner2, label, topPad, bottomPad, options);
    if (/fbox|boxed|fcolorbox/.test(label)) {
      img.style.borderStyle = "solid";
      img.style.borderWidth = makeEm(ruleThickness);
    } else if (label === "angl" && ruleThickness !== 0.049) {
      img.style.borderTopWidth = makeEm(ruleThickness);
      img.style.borderRightWidth = makeEm(ruleThickness);
    }
    imgShift = inner2.depth + bottomPad;
    if (group.backgroundColor) {
      img.style.backgroundColor = group.backgroundColor;
      if (group.borderColor) {
        img.style.borderColor = group.borderColor;
      }
    }
  }
  var vlist;
  if (group.backgroundColor) {
    vlist = makeVList({
      positionType: "individualShift",
      children: [
        // Put the color background behind inner;
        {
          type: "elem",
          elem: img,
          shift: imgShift
        },
        {
          type: "elem",
          elem: inner2,
          shift: 0
        }
      ]
    });
  } else {
    var classes = /cancel|phase/.test(label) ? ["svg-align"] : [];
    vlist = makeVList({
      positionType: "individualShift",
      children: [
        // Write the \cancel stroke on top of inner.
        {
          type: "elem",
          elem: inner2,
          shift: 0
        },
        {
          type: "elem",
          elem: img,
          shift: imgShift,
          wrapperClasses: classes
        }
      ]
    });
  }
  if (/cancel/.test(label)) {
    vlist.height = inner2.height;
    vlist.depth = inner2.depth;
  }
  if (/cancel/.test(label) && !isSingleChar) {
    return makeSpan(["mord", "cancel-lap"], [vlist], options);
  } else {
    return makeSpan(["mord"], [vlist], options);
  }
};
var mathmlBuilder$6 = (group, options) => {
  var fboxsep;
  var node = new MathNode(group.label.includes("colorbox") ? "mpadded" : "menclose", [buildGroup2(group.body, options)]);
  switch (group.label) {
    case "\\cancel":
      node.setAttribute("notation", "updiagonalstrike");
      break;
    case "\\bcancel":
      node.setAttribute("notation", "downdiagonalstrike");
      break;
    case "\\phase":
      node.setAttribute("notation", "phasorangle");
      break;
    case "\\sout":
      node.setAttribute("notation", "horizontalstrike");
      break;
    case "\\fbox":
      node.setAttribute("notation", "box");
      break;
    case "\\angl":
      node.setAttribute("notation", "actuarial");
      break;
    case "\\fcolorbox":
    case "\\colorbox":
      fboxsep = options.fontMetrics().fboxsep * options.fontMetrics().ptPerEm;
      node.setAttribute("width", "+" + 2 * fboxsep + "pt");
      node.setAttribute("height", "+" + 2 * fboxsep + "pt");
      node.setAttribute("lspace", fboxsep + "pt");
      node.setAttribute("voffset", fboxsep + "pt");
      if (group.label === "\\fcolorbox") {
        var thk = Math.max(
          options.fontMetrics().fboxrule,
          // default
          options.minRuleThickness
        );
        node.setAttribute("style", "border: " + makeEm(thk) + " solid " + group.borderColor);
      }
      break;
    case "\\xcancel":
      node.setAttribute("notation", "updiagonalstrike downdiagonalstrike");
      break;
  }
  if (group.backgroundColor) {
    node.setAttribute("mathbackground", group.backgroundColor);
  }
  return node;
};
defineFunction({
  type: "enclose",
  names: ["\\colorbox"],
  props: {
    numArgs: 2,
    allowedInText: true,
    argTypes: ["color", "hbox"]
  },
  handler(_ref, args, optArgs) {
    var {
      parser,
      funcName
    } = _ref;
    var color = assertNodeType(args[0], "color-token").color;
    var body = args[1];
    return {
      type: "enclose",
      mode: parser.mode,
      label: funcName,
      backgroundColor: color,
      body
    };
  },
  htmlBuilder: htmlBuilder$7,
  mathmlBuilder: mathmlBuilder$6
});
defineFunction({
  type: "enclose",
  names: ["\\fcolorbox"],
  props: {
    numArgs: 3,
    allowedInText: true,
    argTypes: ["color", "color", "hbox"]
  },
  handler(_ref2, args, optArgs) {
    var {
      parser,
      funcName
    } = _ref2;
    var borderColor = assertNodeType(args[0], "color-token").color;
    var backgroundColor = assertNodeType(args[1], "color-token").color;
    var body = args[2];
    return {
      type: "enclose",
      mode: parser.mode,
      label: funcName,
      backgroundColor,
      borderColor,
      body
    };
  },
  htmlBuilder: htmlBuilder$7,
  mathmlBuilder: mathmlBuilder$6
});
defineFunction({
  type: "enclose",
  names: ["\\fbox"],
  props: {
    numArgs: 1,
    argTypes: ["hbox"],
    allowedInText: true
  },
  handler(_ref3, args) {
    var {
      parser
    } = _ref3;
    return {
      type: "enclose",
      mode: parser.mode,
      label: "\\fbox",
      body: args[0]
    };
  }
});
defineFunction({
  type: "enclose",
  names: ["\\cancel", "\\bcancel", "\\xcancel", "\\phase"],
  props: {
    numArgs: 1
  },
  handler(_ref4, args) {
    var {
      parser,
      funcName
    } = _ref4;
    var body = args[0];
    return {
      type: "enclose",
      mode: parser.mode,
      label: funcName,
      body
    };
  },
  htmlBuilder: htmlBuilder$7,
  mathmlBuilder: mathmlBuilder$6
});
defineFunction({
  type: "enclose",
  names: ["\\sout"],
  props: {
    numArgs: 1,
    allowedInText: true
  },
  handler(_ref5, args) {
    var {
      parser,
      funcName
    } = _ref5;
    if (parser.mode === "math") {
      parser.settings.reportNonstrict("mathVsSout", "LaTeX's \\sout works only in text mode");
    }
    var body = args[0];
    return {
      type: "enclose",
      mode: parser.mode,
      label: funcName,
      body
    };
  },
  htmlBuilder: htmlBuilder$7,
  mathmlBuilder: mathmlBuilder$6
});
defineFunction({
  type: "enclose",
  names: ["\\angl"],
  props: {
    numArgs: 1,
    argTypes: ["hbox"],
    allowedInText: false
  },
  handler(_ref6, args) {
    var {
      parser
    } = _ref6;
    return {
      type: "enclose",
      mode: parser.mode,
      label: "\\angl",
      body: args[0]
    };
  }
});
var _environments = {};
function defineEnvironment(_ref) {
  var {
    type,
    names,
    props,
    handler,
    htmlBuilder: htmlBuilder3,
    mathmlBuilder: mathmlBuilder3
  } = _ref;
  var data = {
    type,
    numArgs: props.numArgs || 0,
    allowedInText: false,
    numOptionalArgs: 0,
    handler
  };
  for (var i = 0; i < names.length; ++i) {
    _environments[names[i]] = data;
  }
  if (htmlBuilder3) {
    _htmlGroupBuilders[type] = htmlBuilder3;
  }
  if (mathmlBuilder3) {
    _mathmlGroupBuilders[type] = mathmlBuilder3;
  }
}
var _macros = {};
function defineMacro(name, body) {
  _macros[name] = body;
}
class SourceLocation {
  // End offset, zero-based exclusive.
  constructor(lexer, start, end) {
    this.lexer = void 0;
    this.start = void 0;
    this.end = void 0;
    this.lexer = lexer;
    this.start = start;
    this.end = end;
  }
  /**
   * Merges two `SourceLocation`s from location providers, given they are
   * provided in order of appearance.
   * - Returns the first one's location if only the first is provided.
   * - Returns a merged range of the first and the last if both are provided
   *   and their lexers match.
   * - Otherwise, returns null.
   */
  static range(first, second) {
    if (!second) {
      return first && first.loc;
    } else if (!first || !first.loc || !second.loc || first.loc.lexer !== second.loc.lexer) {
      return null;
    } else {
      return new SourceLocation(first.loc.lexer, first.loc.start, second.loc.end);
    }
  }
}
class Token {
  // used in \noexpand
  constructor(text2, loc) {
    this.text = void 0;
    this.loc = void 0;
    this.noexpand = void 0;
    this.treatAsRelax = void 0;
    this.text = text2;
    this.loc = loc;
  }
  /**
   * Given a pair of tokens (this and endToken), compute a `Token` encompassing
   * the whole input range enclosed by these two.
   */
  range(endToken, text2) {
    return new Token(text2, SourceLocation.range(this, endToken));
  }
}
function getHLines(parser) {
  var hlineInfo = [];
  parser.consumeSpaces();
  var nxt = parser.fetch().text;
  if (nxt === "\\relax") {
    parser.consume();
    parser.consumeSpaces();
    nxt = parser.fetch().text;
  }
  while (nxt === "\\hline" || nxt === "\\hdashline") {
    parser.consume();
    hlineInfo.push(nxt === "\\hdashline");
    parser.consumeSpaces();
    nxt = parser.fetch().text;
  }
  return hlineInfo;
}
var validateAmsEnvironmentContext = (context) => {
  var settings = context.parser.settings;
  if (!settings.displayMode) {
    throw new ParseError("{" + context.envName + "} can be used only in display mode.");
  }
};
var gatherEnvironments = /* @__PURE__ */ new Set(["gather", "gather*"]);
function getAutoTag(name) {
  if (!name.includes("ed")) {
    return !name.includes("*");
  }
}
function parseArray(parser, _ref, style) {
  var {
    hskipBeforeAndAfter,
    addJot,
    cols,
    arraystretch,
    colSeparationType,
    autoTag,
    singleRow,
    emptySingleRow,
    maxNumCols,
    leqno
  } = _ref;
  parser.gullet.beginGroup();
  if (!singleRow) {
    parser.gullet.macros.set("\\cr", "\\\\\\relax");
  }
  if (!arraystretch) {
    var stretch = parser.gullet.expandMacroAsText("\\arraystretch");
    if (stretch == null) {
      arraystretch = 1;
    } else {
      arraystretch = parseFloat(stretch);
      if (!arraystretch || arraystretch < 0) {
        throw new ParseError("Invalid \\arraystretch: " + stretch);
      }
    }
  }
  parser.gullet.beginGroup();
  var row = [];
  var body = [row];
  var rowGaps = [];
  var hLinesBeforeRow = [];
  var tags = autoTag != null ? [] : void 0;
  function beginRow() {
    if (autoTag) {
      parser.gullet.macros.set("\\@eqnsw", "1", true);
    }
  }
  function endRow() {
    if (tags) {
      if (parser.gullet.macros.get("\\df@tag")) {
        tags.push(parser.subparse([new Token("\\df@tag")]));
        parser.gullet.macros.set("\\df@tag", void 0, true);
      } else {
        tags.push(Boolean(autoTag) && parser.gullet.macros.get("\\@eqnsw") === "1");
      }
    }
  }
  beginRow();
  hLinesBeforeRow.push(getHLines(parser));
  while (true) {
    var cellBody = parser.parseExpression(false, singleRow ? "\\end" : "\\\\");
    parser.gullet.endGroup();
    parser.gullet.beginGroup();
    var cell = {
      type: "ordgroup",
      mode: parser.mode,
      body: cellBody
    };
    if (style) {
      cell = {
        type: "styling",
        mode: parser.mode,
        style,
        resetFont: true,
        body: [cell]
      };
    }
    row.push(cell);
    var next = parser.fetch().text;
    if (next === "&") {
      if (maxNumCols && row.length === maxNumCols) {
        if (singleRow || colSeparationType) {
          throw new ParseError("Too many tab characters: &", parser.nextToken);
        } else {
          parser.settings.reportNonstrict("textEnv", "Too few columns specified in the {array} column argument.");
        }
      }
      parser.consume();
    } else if (next === "\\end") {
      endRow();
      if (row.length === 1 && cell.type === "styling" && cell.body.length === 1 && cell.body[0].type === "ordgroup" && cell.body[0].body.length === 0 && (body.length > 1 || !emptySingleRow)) {
        body.pop();
      }
      if (hLinesBeforeRow.length < body.length + 1) {
        hLinesBeforeRow.push([]);
      }
      break;
    } else if (next === "\\\\") {
      parser.consume();
      var size2 = void 0;
      if (parser.gullet.future().text !== " ") {
        size2 = parser.parseSizeGroup(true);
      }
      rowGaps.push(size2 ? size2.value : null);
      endRow();
      hLinesBeforeRow.push(getHLines(parser));
      row = [];
      body.push(row);
      beginRow();
    } else {
      throw new ParseError("Expected & or \\\\ or \\cr or \\end", parser.nextToken);
    }
  }
  parser.gullet.endGroup();
  parser.gullet.endGroup();
  return {
    type: "array",
    mode: parser.mode,
    addJot,
    arraystretch,
    body,
    cols,
    rowGaps,
    hskipBeforeAndAfter,
    hLinesBeforeRow,
    colSeparationType,
    tags,
    leqno
  };
}
function dCellStyle(envName) {
  if (envName.slice(0, 1) === "d") {
    return "display";
  } else {
    return "text";
  }
}
var htmlBuilder$6 = function htmlBuilder(group, options) {
  var r;
  var c;
  var nr = group.body.length;
  var hLinesBeforeRow = group.hLinesBeforeRow;
  var nc = 0;
  var body = new Array(nr);
  var hlines = [];
  var ruleThickness = Math.max(
    // From LaTeX \showthe\arrayrulewidth. Equals 0.04 em.
    options.fontMetrics().arrayRuleWidth,
    options.minRuleThickness
  );
  var pt = 1 / options.fontMetrics().ptPerEm;
  var arraycolsep = 5 * pt;
  if (group.colSeparationType && group.colSeparationType === "small") {
    var localMultiplier = options.havingStyle(Style$1.SCRIPT).sizeMultiplier;
    arraycolsep = 0.2778 * (localMultiplier / options.sizeMultiplier);
  }
  var baselineskip = group.colSeparationType === "CD" ? calculateSize({
    number: 3,
    unit: "ex"
  }, options) : 12 * pt;
  var jot = 3 * pt;
  var arrayskip = group.arraystretch * baselineskip;
  var arstrutHeight = 0.7 * arrayskip;
  var arstrutDepth = 0.3 * arrayskip;
  var totalHeight = 0;
  function setHLinePos(hlinesInGap) {
    for (var i = 0; i < hlinesInGap.length; ++i) {
      if (i > 0) {
        totalHeight += 0.25;
      }
      hlines.push({
        pos: totalHeight,
        isDashed: hlinesInGap[i]
      });
    }
  }
  setHLinePos(hLinesBeforeRow[0]);
  for (r = 0; r < group.body.length; ++r) {
    var inrow = group.body[r];
    var height = arstrutHeight;
    var depth = arstrutDepth;
    if (nc < inrow.length) {
      nc = inrow.length;
    }
    var outrow = {
      cells: new Array(inrow.length),
      height: 0,
      depth: 0,
      pos: 0
    };
    for (c = 0; c < inrow.length; ++c) {
      var elt = buildGroup$1(inrow[c], options);
      if (depth < elt.depth) {
        depth = elt.depth;
      }
      if (height < elt.height) {
        height = elt.height;
      }
      outrow.cells[c] = elt;
    }
    var rowGap = group.rowGaps[r];
    var gap = 0;
    if (rowGap) {
      gap = calculateSize(rowGap, options);
      if (gap > 0) {
        gap += arstrutDepth;
        if (depth < gap) {
          depth = gap;
        }
        gap = 0;
      }
    }
    if (group.addJot && r < group.body.length - 1) {
      depth += jot;
    }
    outrow.height = height;
    outrow.depth = depth;
    totalHeight += height;
    outrow.pos = totalHeight;
    totalHeight += depth + gap;
    body[r] = outrow;
    setHLinePos(hLinesBeforeRow[r + 1]);
  }
  var offset = totalHeight / 2 + options.fontMetrics().axisHeight;
  var colDescriptions = group.cols || [];
  var cols = [];
  var colSep;
  var colDescrNum;
  var tagSpans = [];
  if (group.tags && group.tags.some((tag2) => tag2)) {
    for (r = 0; r < nr; ++r) {
      var rw = body[r];
      var shift = rw.pos - offset;
      var tag = group.tags[r];
      var tagSpan = void 0;
      if (tag === true) {
        tagSpan = makeSpan(["eqn-num"], [], options);
      } else if (tag === false) {
        tagSpan = makeSpan([], [], options);
      } else {
        tagSpan = makeSpan([], buildExpression$1(tag, options, true), options);
      }
      tagSpan.depth = rw.depth;
      tagSpan.height = rw.height;
      tagSpans.push({
        type: "elem",
        elem: tagSpan,
        shift
      });
    }
  }
  for (
    c = 0, colDescrNum = 0;
    // Continue while either there are more columns or more column
    // descriptions, so trailing separators don't get lost.
    c < nc || colDescrNum < colDescriptions.length;
    ++c, ++colDescrNum
  ) {
    var _colDescr3;
    var colDescr = colDescriptions[colDescrNum];
    var firstSeparator = true;
    while (((_colDescr = colDescr) == null ? void 0 : _colDescr.type) === "separator") {
      var _colDescr;
      if (!firstSeparator) {
        colSep = makeSpan(["arraycolsep"], []);
        colSep.style.width = makeEm(options.fontMetrics().doubleRuleSep);
        cols.push(colSep);
      }
      if (colDescr.separator === "|" || colDescr.separator === ":") {
        var lineType = colDescr.separator === "|" ? "solid" : "dashed";
        var separator = makeSpan(["vertical-separator"], [], options);
        separator.style.height = makeEm(totalHeight);
        separator.style.borderRightWidth = makeEm(ruleThickness);
        separator.style.borderRightStyle = lineType;
        separator.style.margin = "0 " + makeEm(-ruleThickness / 2);
        var _shift = totalHeight - offset;
        if (_shift) {
          separator.style.verticalAlign = makeEm(-_shift);
        }
        cols.push(separator);
      } else {
        throw new ParseError("Invalid separator type: " + colDescr.separator);
      }
      colDescrNum++;
      colDescr = colDescriptions[colDescrNum];
      firstSeparator = false;
    }
    if (c >= nc) {
      continue;
    }
    var sepwidth = void 0;
    if (c > 0 || group.hskipBeforeAndAfter) {
      var _colDescr$pregap, _colDescr2;
      sepwidth = (_colDescr$pregap = (_colDescr2 = colDescr) == null ? void 0 : _colDescr2.pregap) != null ? _colDescr$pregap : arraycolsep;
      if (sepwidth !== 0) {
        colSep = makeSpan(["arraycolsep"], []);
        colSep.style.width = makeEm(sepwidth);
        cols.push(colSep);
      }
    }
    var colElems = [];
    for (r = 0; r < nr; ++r) {
      var row = body[r];
      var elem = row.cells[c];
      if (!elem) {
        continue;
      }
      var _shift2 = row.pos - offset;
      elem.depth = row.depth;
      elem.height = row.height;
      colElems.push({
        type: "elem",
        elem,
        shift: _shift2
      });
    }
    var colVList = makeVList({
      positionType: "individualShift",
      children: colElems
    });
    var colSpan = makeSpan(["col-align-" + (((_colDescr3 = colDescr) == null ? void 0 : _colDescr3.align) || "c")], [colVList]);
    cols.push(colSpan);
    if (c < nc - 1 || group.hskipBeforeAndAfter) {
      var _colDescr$postgap, _colDescr4;
      sepwidth = (_colDescr$postgap = (_colDescr4 = colDescr) == null ? void 0 : _colDescr4.postgap) != null ? _colDescr$postgap : arraycolsep;
      if (sepwidth !== 0) {
        colSep = makeSpan(["arraycolsep"], []);
        colSep.style.width = makeEm(sepwidth);
        cols.push(colSep);
      }
    }
  }
  var tableBody = makeSpan(["mtable"], cols);
  if (hlines.length > 0) {
    var line = makeLineSpan("hline", options, ruleThickness);
    var dashes = makeLineSpan("hdashline", options, ruleThickness);
    var vListElems = [{
      type: "elem",
      elem: tableBody,
      shift: 0
    }];
    while (hlines.length > 0) {
      var hline = hlines.pop();
      var lineShift = hline.pos - offset;
      if (hline.isDashed) {
        vListElems.push({
          type: "elem",
          elem: dashes,
          shift: lineShift
        });
      } else {
        vListElems.push({
          type: "elem",
          elem: line,
          shift: lineShift
        });
      }
    }
    tableBody = makeVList({
      positionType: "individualShift",
      children: vListElems
    });
  }
  if (tagSpans.length === 0) {
    return makeSpan(["mord"], [tableBody], options);
  } else {
    var eqnNumCol = makeVList({
      positionType: "individualShift",
      children: tagSpans
    });
    var tagCol = makeSpan(["tag"], [eqnNumCol], options);
    return makeFragment([tableBody, tagCol]);
  }
};
var alignMap = {
  c: "center ",
  l: "left ",
  r: "right "
};
var mathmlBuilder$5 = function mathmlBuilder(group, options) {
  var tbl = [];
  var glue = new MathNode("mtd", [], ["mtr-glue"]);
  var tag = new MathNode("mtd", [], ["mml-eqn-num"]);
  for (var i = 0; i < group.body.length; i++) {
    var rw = group.body[i];
    var row = [];
    for (var j = 0; j < rw.length; j++) {
      row.push(new MathNode("mtd", [buildGroup2(rw[j], options)]));
    }
    if (group.tags && group.tags[i]) {
      row.unshift(glue);
      row.push(glue);
      if (group.leqno) {
        row.unshift(tag);
      } else {
        row.push(tag);
      }
    }
    tbl.push(new MathNode("mtr", row));
  }
  var table = new MathNode("mtable", tbl);
  var gap = group.arraystretch === 0.5 ? 0.1 : 0.16 + group.arraystretch - 1 + (group.addJot ? 0.09 : 0);
  table.setAttribute("rowspacing", makeEm(gap));
  var menclose = "";
  var align = "";
  if (group.cols && group.cols.length > 0) {
    var cols = group.cols;
    var columnLines = "";
    var prevTypeWasAlign = false;
    var iStart = 0;
    var iEnd = cols.length;
    if (cols[0].type === "separator") {
      menclose += "top ";
      iStart = 1;
    }
    if (cols[cols.length - 1].type === "separator") {
      menclose += "bottom ";
      iEnd -= 1;
    }
    for (var _i = iStart; _i < iEnd; _i++) {
      var col = cols[_i];
      if (col.type === "align") {
        align += alignMap[col.align];
        if (prevTypeWasAlign) {
          columnLines += "none ";
        }
        prevTypeWasAlign = true;
      } else if (col.type === "separator") {
        if (prevTypeWasAlign) {
          columnLines += col.separator === "|" ? "solid " : "dashed ";
          prevTypeWasAlign = false;
        }
      }
    }
    table.setAttribute("columnalign", align.trim());
    if (/[sd]/.test(columnLines)) {
      table.setAttribute("columnlines", columnLines.trim());
    }
  }
  if (group.colSeparationType === "align") {
    var _cols = group.cols || [];
    var spacing2 = "";
    for (var _i2 = 1; _i2 < _cols.length; _i2++) {
      spacing2 += _i2 % 2 ? "0em " : "1em ";
    }
    table.setAttribute("columnspacing", spacing2.trim());
  } else if (group.colSeparationType === "alignat" || group.colSeparationType === "gather") {
    table.setAttribute("columnspacing", "0em");
  } else if (group.colSeparationType === "small") {
    table.setAttribute("columnspacing", "0.2778em");
  } else if (group.colSeparationType === "CD") {
    table.setAttribute("columnspacing", "0.5em");
  } else {
    table.setAttribute("columnspacing", "1em");
  }
  var rowLines = "";
  var hlines = group.hLinesBeforeRow;
  menclose += hlines[0].length > 0 ? "left " : "";
  menclose += hlines[hlines.length - 1].length > 0 ? "right " : "";
  for (var _i3 = 1; _i3 < hlines.length - 1; _i3++) {
    rowLines += hlines[_i3].length === 0 ? "none " : hlines[_i3][0] ? "dashed " : "solid ";
  }
  if (/[sd]/.test(rowLines)) {
    table.setAttribute("rowlines", rowLines.trim());
  }
  if (menclose !== "") {
    table = new MathNode("menclose", [table]);
    table.setAttribute("notation", menclose.trim());
  }
  if (group.arraystretch && group.arraystretch < 1) {
    table = new MathNode("mstyle", [table]);
    table.setAttribute("scriptlevel", "1");
  }
  return table;
};
var alignedHandler = function alignedHandler2(context, args) {
  if (!context.envName.includes("ed")) {
    validateAmsEnvironmentContext(context);
  }
  var cols = [];
  var separationType = context.envName.includes("at") ? "alignat" : "align";
  var isSplit = context.envName === "split";
  var res = parseArray(context.parser, {
    cols,
    addJot: true,
    autoTag: isSplit ? void 0 : getAutoTag(context.envName),
    emptySingleRow: true,
    colSeparationType: separationType,
    maxNumCols: isSplit ? 2 : void 0,
    leqno: context.parser.settings.leqno
  }, "display");
  var numMaths = 0;
  var numCols = 0;
  var emptyGroup = {
    type: "ordgroup",
    mode: context.mode,
    body: []
  };
  if (args[0] && args[0].type === "ordgroup") {
    var arg0 = "";
    for (var i = 0; i < args[0].body.length; i++) {
      var textord2 = assertNodeType(args[0].body[i], "textord");
      arg0 += textord2.text;
    }
    numMaths = Number(arg0);
    numCols = numMaths * 2;
  }
  var isAligned = !numCols;
  res.body.forEach(function(row) {
    for (var _i4 = 1; _i4 < row.length; _i4 += 2) {
      var styling = assertNodeType(row[_i4], "styling");
      var ordgroup = assertNodeType(styling.body[0], "ordgroup");
      ordgroup.body.unshift(emptyGroup);
    }
    if (!isAligned) {
      var curMaths = row.length / 2;
      if (numMaths < curMaths) {
        throw new ParseError("Too many math in a row: " + ("expected " + numMaths + ", but got " + curMaths), row[0]);
      }
    } else if (numCols < row.length) {
      numCols = row.length;
    }
  });
  for (var _i5 = 0; _i5 < numCols; ++_i5) {
    var align = "r";
    var pregap = 0;
    if (_i5 % 2 === 1) {
      align = "l";
    } else if (_i5 > 0 && isAligned) {
      pregap = 1;
    }
    cols[_i5] = {
      type: "align",
      align,
      pregap,
      postgap: 0
    };
  }
  res.colSeparationType = isAligned ? "align" : "alignat";
  return res;
};
defineEnvironment({
  type: "array",
  names: ["array", "darray"],
  props: {
    numArgs: 1
  },
  handler(context, args) {
    var symNode = checkSymbolNodeType(args[0]);
    var colalign = symNode ? [args[0]] : assertNodeType(args[0], "ordgroup").body;
    var cols = colalign.map(function(nde) {
      var node = assertSymbolNodeType(nde);
      var ca = node.text;
      if ("lcr".includes(ca)) {
        return {
          type: "align",
          align: ca
        };
      } else if (ca === "|") {
        return {
          type: "separator",
          separator: "|"
        };
      } else if (ca === ":") {
        return {
          type: "separator",
          separator: ":"
        };
      }
      throw new ParseError("Unknown column alignment: " + ca, nde);
    });
    var res = {
      cols,
      hskipBeforeAndAfter: true,
      // \@preamble in lttab.dtx
      maxNumCols: cols.length
    };
    return parseArray(context.parser, res, dCellStyle(context.envName));
  },
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "matrix*", "pmatrix*", "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*"],
  props: {
    numArgs: 0
  },
  handler(context) {
    var delimiters2 = {
      "matrix": null,
      "pmatrix": ["(", ")"],
      "bmatrix": ["[", "]"],
      "Bmatrix": ["\\{", "\\}"],
      "vmatrix": ["|", "|"],
      "Vmatrix": ["\\Vert", "\\Vert"]
    }[context.envName.replace("*", "")];
    var colAlign = "c";
    var payload = {
      hskipBeforeAndAfter: false,
      cols: [{
        type: "align",
        align: colAlign
      }]
    };
    if (context.envName.charAt(context.envName.length - 1) === "*") {
      var parser = context.parser;
      parser.consumeSpaces();
      if (parser.fetch().text === "[") {
        parser.consume();
        parser.consumeSpaces();
        colAlign = parser.fetch().text;
        if (!"lcr".includes(colAlign)) {
          throw new ParseError("Expected l or c or r", parser.nextToken);
        }
        parser.consume();
        parser.consumeSpaces();
        parser.expect("]");
        parser.consume();
        payload.cols = [{
          type: "align",
          align: colAlign
        }];
      }
    }
    var res = parseArray(context.parser, payload, dCellStyle(context.envName));
    var numCols = Math.max(0, ...res.body.map((row) => row.length));
    res.cols = new Array(numCols).fill({
      type: "align",
      align: colAlign
    });
    return delimiters2 ? {
      type: "leftright",
      mode: context.mode,
      body: [res],
      left: delimiters2[0],
      right: delimiters2[1],
      rightColor: void 0
      // \right uninfluenced by \color in array
    } : res;
  },
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["smallmatrix"],
  props: {
    numArgs: 0
  },
  handler(context) {
    var payload = {
      arraystretch: 0.5
    };
    var res = parseArray(context.parser, payload, "script");
    res.colSeparationType = "small";
    return res;
  },
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["subarray"],
  props: {
    numArgs: 1
  },
  handler(context, args) {
    var symNode = checkSymbolNodeType(args[0]);
    var colalign = symNode ? [args[0]] : assertNodeType(args[0], "ordgroup").body;
    var cols = colalign.map(function(nde) {
      var node = assertSymbolNodeType(nde);
      var ca = node.text;
      if ("lc".includes(ca)) {
        return {
          type: "align",
          align: ca
        };
      }
      throw new ParseError("Unknown column alignment: " + ca, nde);
    });
    if (cols.length > 1) {
      throw new ParseError("{subarray} can contain only one column");
    }
    var payload = {
      cols,
      hskipBeforeAndAfter: false,
      arraystretch: 0.5
    };
    var res = parseArray(context.parser, payload, "script");
    if (res.body.length > 0 && res.body[0].length > 1) {
      throw new ParseError("{subarray} can contain only one column");
    }
    return res;
  },
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["cases", "dcases", "rcases", "drcases"],
  props: {
    numArgs: 0
  },
  handler(context) {
    var payload = {
      arraystretch: 1.2,
      cols: [{
        type: "align",
        align: "l",
        pregap: 0,
        // TODO(kevinb) get the current style.
        // For now we use the metrics for TEXT style which is what we were
        // doing before.  Before attempting to get the current style we
        // should look at TeX's behavior especially for \over and matrices.
        postgap: 1
        /* 1em quad */
      }, {
        type: "align",
        align: "l",
        pregap: 0,
        postgap: 0
      }]
    };
    var res = parseArray(context.parser, payload, dCellStyle(context.envName));
    return {
      type: "leftright",
      mode: context.mode,
      body: [res],
      left: context.envName.includes("r") ? "." : "\\{",
      right: context.envName.includes("r") ? "\\}" : ".",
      rightColor: void 0
    };
  },
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["align", "align*", "aligned", "split"],
  props: {
    numArgs: 0
  },
  handler: alignedHandler,
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["gathered", "gather", "gather*"],
  props: {
    numArgs: 0
  },
  handler(context) {
    if (gatherEnvironments.has(context.envName)) {
      validateAmsEnvironmentContext(context);
    }
    var res = {
      cols: [{
        type: "align",
        align: "c"
      }],
      addJot: true,
      colSeparationType: "gather",
      autoTag: getAutoTag(context.envName),
      emptySingleRow: true,
      leqno: context.parser.settings.leqno
    };
    return parseArray(context.parser, res, "display");
  },
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["alignat", "alignat*", "alignedat"],
  props: {
    numArgs: 1
  },
  handler: alignedHandler,
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["equation", "equation*"],
  props: {
    numArgs: 0
  },
  handler(context) {
    validateAmsEnvironmentContext(context);
    var res = {
      autoTag: getAutoTag(context.envName),
      emptySingleRow: true,
      singleRow: true,
      maxNumCols: 1,
      leqno: context.parser.settings.leqno
    };
    return parseArray(context.parser, res, "display");
  },
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineEnvironment({
  type: "array",
  names: ["CD"],
  props: {
    numArgs: 0
  },
  handler(context) {
    validateAmsEnvironmentContext(context);
    return parseCD(context.parser);
  },
  htmlBuilder: htmlBuilder$6,
  mathmlBuilder: mathmlBuilder$5
});
defineMacro("\\nonumber", "\\gdef\\@eqnsw{0}");
defineMacro("\\notag", "\\nonumber");
defineFunction({
  type: "text",
  // Doesn't matter what this is.
  names: ["\\hline", "\\hdashline"],
  props: {
    numArgs: 0,
    allowedInText: true,
    allowedInMath: true
  },
  handler(context, args) {
    throw new ParseError(context.funcName + " valid only within array environment");
  }
});
var environments = _environments;
defineFunction({
  type: "environment",
  names: ["\\begin", "\\end"],
  props: {
    numArgs: 1,
    argTypes: ["text"]
  },
  handler(_ref, args) {
    var {
      parser,
      funcName
    } = _ref;
    var nameGroup = args[0];
    if (nameGroup.type !== "ordgroup") {
      throw new ParseError("Invalid environment name", nameGroup);
    }
    var envName = "";
    for (var i = 0; i < nameGroup.body.length; ++i) {
      envName += assertNodeType(nameGroup.body[i], "textord").text;
    }
    if (funcName === "\\begin") {
      if (!environments.hasOwnProperty(envName)) {
        throw new ParseError("No such environment: " + envName, nameGroup);
      }
      var env = environments[envName];
      var {
        args: _args,
        optArgs
      } = parser.parseArguments("\\begin{" + envName + "}", env);
      var context = {
        mode: parser.mode,
        envName,
        parser
      };
      var result = env.handler(context, _args, optArgs);
      parser.expect("\\end", false);
      var endNameToken = parser.nextToken;
      var end = assertNodeType(parser.parseFunction(), "environment");
      if (end.name !== envName) {
        throw new ParseError("Mismatch: \\begin{" + envName + "} matched by \\end{" + end.name + "}", endNameToken);
      }
      return result;
    }
    return {
      type: "environment",
      mode: parser.mode,
      name: envName,
      nameGroup
    };
  }
});
var htmlBuilder$5 = (group, options) => {
  var font = group.font;
  var newOptions = options.withFont(font);
  return buildGroup$1(group.body, newOptions);
};
var mathmlBuilder$4 = (group, options) => {
  var font = group.font;
  var newOptions = options.withFont(font);
  return buildGroup2(group.body, newOptions);
};
var fontAliases = {
  "\\Bbb": "\\mathbb",
  "\\bold": "\\mathbf",
  "\\frak": "\\mathfrak"
};
defineFunction({
  type: "font",
  names: [
    // styles, except \boldsymbol defined below
    "\\mathrm",
    "\\mathit",
    "\\mathbf",
    "\\mathnormal",
    "\\mathsfit",
    // families
    "\\mathbb",
    "\\mathcal",
    "\\mathfrak",
    "\\mathscr",
    "\\mathsf",
    "\\mathtt",
    // aliases, except \bm defined below
    "\\Bbb",
    "\\bold",
    "\\frak"
  ],
  props: {
    numArgs: 1,
    allowedInArgument: true
  },
  handler: (_ref, args) => {
    var {
      parser,
      funcName
    } = _ref;
    var body = normalizeArgument(args[0]);
    var func = funcName;
    if (func in fontAliases) {
      func = fontAliases[func];
    }
    return {
      type: "font",
      mode: parser.mode,
      font: func.slice(1),
      body
    };
  },
  htmlBuilder: htmlBuilder$5,
  mathmlBuilder: mathmlBuilder$4
});
defineFunction({
  type: "mclass",
  names: ["\\boldsymbol", "\\bm"],
  props: {
    numArgs: 1
  },
  handler: (_ref2, args) => {
    var {
      parser
    } = _ref2;
    var body = args[0];
    return {
      type: "mclass",
      mode: parser.mode,
      mclass: binrelClass(body),
      body: [{
        type: "font",
        mode: parser.mode,
        font: "boldsymbol",
        body
      }],
      isCharacterBox: isCharacterBox(body)
    };
  }
});
defineFunction({
  type: "font",
  names: ["\\rm", "\\sf", "\\tt", "\\bf", "\\it", "\\cal"],
  props: {
    numArgs: 0,
    allowedInText: true
  },
  handler: (_ref3, args) => {
    var {
      parser,
      funcName,
      breakOnTokenText
    } = _ref3;
    var {
      mode
    } = parser;
    var body = parser.parseExpression(true, breakOnTokenText);
    return {
      type: "font",
      mode,
      font: "math" + funcName.slice(1),
      body: {
        type: "ordgroup",
        mode: parser.mode,
        body
      }
    };
  },
  htmlBuilder: htmlBuilder$5,
  mathmlBuilder: mathmlBuilder$4
});
var htmlBuilder$4 = (group, options) => {
  var style = options.style;
  var nstyle = style.fracNum();
  var dstyle = style.fracDen();
  var newOptions;
  newOptions = options.havingStyle(nstyle);
  var numerm = buildGroup$1(group.numer, newOptions, options);
  if (group.continued) {
    var hStrut = 8.5 / options.fontMetrics().ptPerEm;
    var dStrut = 3.5 / options.fontMetrics().ptPerEm;
    numerm.height = numerm.height < hStrut ? hStrut : numerm.height;
    numerm.depth = numerm.depth < dStrut ? dStrut : numerm.depth;
  }
  newOptions = options.havingStyle(dstyle);
  var denomm = buildGroup$1(group.denom, newOptions, options);
  var rule;
  var ruleWidth;
  var ruleSpacing;
  if (group.hasBarLine) {
    if (group.barSize) {
      ruleWidth = calculateSize(group.barSize, options);
      rule = makeLineSpan("frac-line", options, ruleWidth);
    } else {
      rule = makeLineSpan("frac-line", options);
    }
    ruleWidth = rule.height;
    ruleSpacing = rule.height;
  } else {
    rule = null;
    ruleWidth = 0;
    ruleSpacing = options.fontMetrics().defaultRuleThickness;
  }
  var numShift;
  var clearance;
  var denomShift;
  if (style.size === Style$1.DISPLAY.size) {
    numShift = options.fontMetrics().num1;
    if (ruleWidth > 0) {
      clearance = 3 * ruleSpacing;
    } else {
      clearance = 7 * ruleSpacing;
    }
    denomShift = options.fontMetrics().denom1;
  } else {
    if (ruleWidth > 0) {
      numShift = options.fontMetrics().num2;
      clearance = ruleSpacing;
    } else {
      numShift = options.fontMetrics().num3;
      clearance = 3 * ruleSpacing;
    }
    denomShift = options.fontMetrics().denom2;
  }
  var frac;
  if (!rule) {
    var candidateClearance = numShift - numerm.depth - (denomm.height - denomShift);
    if (candidateClearance < clearance) {
      numShift += 0.5 * (clearance - candidateClearance);
      denomShift += 0.5 * (clearance - candidateClearance);
    }
    frac = makeVList({
      positionType: "individualShift",
      children: [{
        type: "elem",
        elem: denomm,
        shift: denomShift
      }, {
        type: "elem",
        elem: numerm,
        shift: -numShift
      }]
    });
  } else {
    var axisHeight = options.fontMetrics().axisHeight;
    if (numShift - numerm.depth - (axisHeight + 0.5 * ruleWidth) < clearance) {
      numShift += clearance - (numShift - numerm.depth - (axisHeight + 0.5 * ruleWidth));
    }
    if (axisHeight - 0.5 * ruleWidth - (denomm.height - denomShift) < clearance) {
      denomShift += clearance - (axisHeight - 0.5 * ruleWidth - (denomm.height - denomShift));
    }
    var midShift = -(axisHeight - 0.5 * ruleWidth);
    frac = makeVList({
      positionType: "individualShift",
      children: [{
        type: "elem",
        elem: denomm,
        shift: denomShift
      }, {
        type: "elem",
        elem: rule,
        shift: midShift
      }, {
        type: "elem",
        elem: numerm,
        shift: -numShift
      }]
    });
  }
  newOptions = options.havingStyle(style);
  frac.height *= newOptions.sizeMultiplier / options.sizeMultiplier;
  frac.depth *= newOptions.sizeMultiplier / options.sizeMultiplier;
  var delimSize;
  if (style.size === Style$1.DISPLAY.size) {
    delimSize = options.fontMetrics().delim1;
  } else if (style.size === Style$1.SCRIPTSCRIPT.size) {
    delimSize = options.havingStyle(Style$1.SCRIPT).fontMetrics().delim2;
  } else {
    delimSize = options.fontMetrics().delim2;
  }
  var leftDelim;
  var rightDelim;
  if (group.leftDelim == null) {
    leftDelim = makeNullDelimiter(options, ["mopen"]);
  } else {
    leftDelim = makeCustomSizedDelim(group.leftDelim, delimSize, true, options.havingStyle(style), group.mode, ["mopen"]);
  }
  if (group.continued) {
    rightDelim = makeSpan([]);
  } else if (group.rightDelim == null) {
    rightDelim = makeNullDelimiter(options, ["mclose"]);
  } else {
    rightDelim = makeCustomSizedDelim(group.rightDelim, delimSize, true, options.havingStyle(style), group.mode, ["mclose"]);
  }
  return makeSpan(["mord"].concat(newOptions.sizingClasses(options)), [leftDelim, makeSpan(["mfrac"], [frac]), rightDelim], options);
};
var mathmlBuilder$3 = (group, options) => {
  var node = new MathNode("mfrac", [buildGroup2(group.numer, options), buildGroup2(group.denom, options)]);
  if (!group.hasBarLine) {
    node.setAttribute("linethickness", "0px");
  } else if (group.barSize) {
    var ruleWidth = calculateSize(group.barSize, options);
    node.setAttribute("linethickness", makeEm(ruleWidth));
  }
  if (group.leftDelim != null || group.rightDelim != null) {
    var withDelims = [];
    if (group.leftDelim != null) {
      var leftOp = new MathNode("mo", [new TextNode(group.leftDelim.replace("\\", ""))]);
      leftOp.setAttribute("fence", "true");
      withDelims.push(leftOp);
    }
    withDelims.push(node);
    if (group.rightDelim != null) {
      var rightOp = new MathNode("mo", [new TextNode(group.rightDelim.replace("\\", ""))]);
      rightOp.setAttribute("fence", "true");
      withDelims.push(rightOp);
    }
    return makeRow(withDelims);
  }
  return node;
};
var wrapWithStyle = (frac, style) => {
  if (!style) {
    return frac;
  }
  var wrapper = {
    type: "styling",
    mode: frac.mode,
    style,
    body: [frac]
  };
  return wrapper;
};
defineFunction({
  type: "genfrac",
  names: [
    "\\cfrac",
    "\\dfrac",
    "\\frac",
    "\\tfrac",
    "\\dbinom",
    "\\binom",
    "\\tbinom",
    "\\\\atopfrac",
    // can’t be entered directly
    "\\\\bracefrac",
    "\\\\brackfrac"
    // ditto
  ],
  props: {
    numArgs: 2,
    allowedInArgument: true
  },
  handler: (_ref, args) => {
    var {
      parser,
      funcName
    } = _ref;
    var numer = args[0];
    var denom = args[1];
    var hasBarLine;
    var leftDelim = null;
    var rightDelim = null;
    switch (funcName) {
      case "\\cfrac":
      case "\\dfrac":
      case "\\frac":
      case "\\tfrac":
        hasBarLine = true;
        break;
      case "\\\\atopfrac":
        hasBarLine = false;
        break;
      case "\\dbinom":
      case "\\binom":
      case "\\tbinom":
        hasBarLine = false;
        leftDelim = "(";
        rightDelim = ")";
        break;
      case "\\\\bracefrac":
        hasBarLine = false;
        leftDelim = "\\{";
        rightDelim = "\\}";
        break;
      case "\\\\brackfrac":
        hasBarLine = false;
        leftDelim = "[";
        rightDelim = "]";
        break;
      default:
        throw new Error("Unrecognized genfrac command");
    }
    var continued = funcName === "\\cfrac";
    var style = null;
    if (continued || funcName.startsWith("\\d")) {
      style = "display";
    } else if (funcName.startsWith("\\t")) {
      style = "text";
    }
    return wrapWithStyle({
      type: "genfrac",
      mode: parser.mode,
      numer,
      denom,
      continued,
      hasBarLine,
      leftDelim,
      rightDelim,
      barSize: null
    }, style);
  },
  htmlBuilder: htmlBuilder$4,
  mathmlBuilder: mathmlBuilder$3
});
defineFunction({
  type: "infix",
  names: ["\\over", "\\choose", "\\atop", "\\brace", "\\brack"],
  props: {
    numArgs: 0,
    infix: true
  },
  handler(_ref2) {
    var {
      parser,
      funcName,
      token
    } = _ref2;
    var replaceWith;
    switch (funcName) {
      case "\\over":
        replaceWith = "\\frac";
        break;
      case "\\choose":
        replaceWith = "\\binom";
        break;
      case "\\atop":
        replaceWith = "\\\\atopfrac";
        break;
      case "\\brace":
        replaceWith = "\\\\bracefrac";
        break;
      case "\\brack":
        replaceWith = "\\\\brackfrac";
        break;
      default:
        throw new Error("Unrecognized infix genfrac command");
    }
    return {
      type: "infix",
      mode: parser.mode,
      replaceWith,
      token
    };
  }
});
var stylArray = ["display", "text", "script", "scriptscript"];
var delimFromValue = function delimFromValue2(delimString) {
  var delim = null;
  if (delimString.length > 0) {
    delim = delimString;
    delim = delim === "." ? null : delim;
  }
  return delim;
};
defineFunction({
  type: "genfrac",
  names: ["\\genfrac"],
  props: {
    numArgs: 6,
    allowedInArgument: true,
    argTypes: ["math", "math", "size", "text", "math", "math"]
  },
  handler(_ref3, args) {
    var {
      parser
    } = _ref3;
    var numer = args[4];
    var denom = args[5];
    var leftNode = normalizeArgument(args[0]);
    var leftDelim = leftNode.type === "atom" && leftNode.family === "open" ? delimFromValue(leftNode.text) : null;
    var rightNode = normalizeArgument(args[1]);
    var rightDelim = rightNode.type === "atom" && rightNode.family === "close" ? delimFromValue(rightNode.text) : null;
    var barNode = assertNodeType(args[2], "size");
    var hasBarLine;
    var barSize = null;
    if (barNode.isBlank) {
      hasBarLine = true;
    } else {
      barSize = barNode.value;
      hasBarLine = barSize.number > 0;
    }
    var size2 = null;
    var styl = args[3];
    if (styl.type === "ordgroup") {
      if (styl.body.length > 0) {
        var textOrd = assertNodeType(styl.body[0], "textord");
        size2 = stylArray[Number(textOrd.text)];
      }
    } else {
      styl = assertNodeType(styl, "textord");
      size2 = stylArray[Number(styl.text)];
    }
    return wrapWithStyle({
      type: "genfrac",
      mode: parser.mode,
      numer,
      denom,
      continued: false,
      hasBarLine,
      barSize,
      leftDelim,
      rightDelim
    }, size2);
  }
});
defineFunction({
  type: "infix",
  names: ["\\above"],
  props: {
    numArgs: 1,
    argTypes: ["size"],
    infix: true
  },
  handler(_ref4, args) {
    var {
      parser,
      funcName,
      token
    } = _ref4;
    return {
      type: "infix",
      mode: parser.mode,
      replaceWith: "\\\\abovefrac",
      size: assertNodeType(args[0], "size").value,
      token
    };
  }
});
defineFunction({
  type: "genfrac",
  names: ["\\\\abovefrac"],
  props: {
    numArgs: 3,
    argTypes: ["math", "size", "math"]
  },
  handler: (_ref5, args) => {
    var {
      parser,
      funcName
    } = _ref5;
    var numer = args[0];
    var barSize = assertNodeType(args[1], "infix").size;
    if (!barSize) {
      throw new Error("\\\\abovefrac expected size, but got " + String(barSize));
    }
    var denom = args[2];
    var hasBarLine = barSize.number > 0;
    return {
      type: "genfrac",
      mode: parser.mode,
      numer,
      denom,
      continued: false,
      hasBarLine,
      barSize,
      leftDelim: null,
      rightDelim: null
    };
  }
});
var htmlBuilder$3 = (grp, options) => {
  var style = options.style;
  var supSubGroup;
  var group;
  if (grp.type === "supsub") {
    supSubGroup = grp.sup ? buildGroup$1(grp.sup, options.havingStyle(style.sup()), options) : buildGroup$1(grp.sub, options.havingStyle(style.sub()), options);
    group = assertNodeType(grp.base, "horizBrace");
  } else {
    group = assertNodeType(grp, "horizBrace");
  }
  var body = buildGroup$1(group.base, options.havingBaseStyle(Style$1.DISPLAY));
  var braceBody = stretchySvg(group, options);
  var vlist;
  if (group.isOver) {
    vlist = makeVList({
      positionType: "firstBaseline",
      children: [{
        type: "elem",
        elem: body
      }, {
        type: "kern",
        size: 0.1
      }, {
        type: "elem",
        elem: braceBody,
        wrapperClasses: ["svg-align"]
      }]
    });
  } else {
    vlist = makeVList({
      positionType: "bottom",
      positionData: body.depth + 0.1 + braceBody.height,
      children: [{
        type: "elem",
        elem: braceBody,
        wrapperClasses: ["svg-align"]
      }, {
        type: "kern",
        size: 0.1
      }, {
        type: "elem",
        elem: body
      }]
    });
  }
  if (supSubGroup) {
    var vSpan = makeSpan(["minner", group.isOver ? "mover" : "munder"], [vlist], options);
    if (group.isOver) {
      vlist = makeVList({
        positionType: "firstBaseline",
        children: [{
          type: "elem",
          elem: vSpan
        }, {
          type: "kern",
          size: 0.2
        }, {
          type: "elem",
          elem: supSubGroup
        }]
      });
    } else {
      vlist = makeVList({
        positionType: "bottom",
        positionData: vSpan.depth + 0.2 + supSubGroup.height + supSubGroup.depth,
        children: [{
          type: "elem",
          elem: supSubGroup
        }, {
          type: "kern",
          size: 0.2
        }, {
          type: "elem",
          elem: vSpan
        }]
      });
    }
  }
  return makeSpan(["minner", group.isOver ? "mover" : "munder"], [vlist], options);
};
var mathmlBuilder$2 = (group, options) => {
  var accentNode = stretchyMathML(group.label);
  return new MathNode(group.isOver ? "mover" : "munder", [buildGroup2(group.base, options), accentNode]);
};
defineFunction({
  type: "horizBrace",
  names: ["\\overbrace", "\\underbrace", "\\overbracket", "\\underbracket"],
  props: {
    numArgs: 1
  },
  handler(_ref, args) {
    var {
      parser,
      funcName
    } = _ref;
    return {
      type: "horizBrace",
      mode: parser.mode,
      label: funcName,
      isOver: funcName.includes("\\over"),
      base: args[0]
    };
  },
  htmlBuilder: htmlBuilder$3,
  mathmlBuilder: mathmlBuilder$2
});
defineFunction({
  type: "href",
  names: ["\\href"],
  props: {
    numArgs: 2,
    argTypes: ["url", "original"],
    allowedInText: true
  },
  handler: (_ref, args) => {
    var {
      parser
    } = _ref;
    var body = args[1];
    var href = assertNodeType(args[0], "url").url;
    if (!parser.settings.isTrusted({
      command: "\\href",
      url: href
    })) {
      return parser.formatUnsupportedCmd("\\href");
    }
    return {
      type: "href",
      mode: parser.mode,
      href,
      body: ordargument(body)
    };
  },
  htmlBuilder: (group, options) => {
    var elements = buildExpression$1(group.body, options, false);
    return makeAnchor(group.href, [], elements, options);
  },
  mathmlBuilder: (group, options) => {
    var math2 = buildExpressionRow(group.body, options);
    if (!(math2 instanceof MathNode)) {
      math2 = new MathNode("mrow", [math2]);
    }
    math2.setAttribute("href", group.href);
    return math2;
  }
});
defineFunction({
  type: "href",
  names: ["\\url"],
  props: {
    numArgs: 1,
    argTypes: ["url"],
    allowedInText: true
  },
  handler: (_ref2, args) => {
    var {
      parser
    } = _ref2;
    var href = assertNodeType(args[0], "url").url;
    if (!parser.settings.isTrusted({
      command: "\\url",
      url: href
    })) {
      return parser.formatUnsupportedCmd("\\url");
    }
    var chars = [];
    for (var i = 0; i < href.length; i++) {
      var c = href[i];
      if (c === "~") {
        c = "\\textasciitilde";
      }
      chars.push({
        type: "textord",
        mode: "text",
        text: c
      });
    }
    var body = {
      type: "text",
      mode: parser.mode,
      font: "\\texttt",
      body: chars
    };
    return {
      type: "href",
      mode: parser.mode,
      href,
      body: ordargument(body)
    };
  }
});
defineFunction({
  type: "hbox",
  names: ["\\hbox"],
  props: {
    numArgs: 1,
    argTypes: ["text"],
    allowedInText: true,
    primitive: true
  },
  handler(_ref, args) {
    var {
      parser
    } = _ref;
    return {
      type: "hbox",
      mode: parser.mode,
      body: ordargument(args[0])
    };
  },
  htmlBuilder(group, options) {
    var elements = buildExpression$1(group.body, options.withFont(""), false);
    return makeFragment(elements);
  },
  mathmlBuilder(group, options) {
    return new MathNode("mrow", buildExpression2(group.body, options.withFont("")));
  }
});
defineFunction({
  type: "html",
  names: ["\\htmlClass", "\\htmlId", "\\htmlStyle", "\\htmlData"],
  props: {
    numArgs: 2,
    argTypes: ["raw", "original"],
    allowedInText: true
  },
  handler: (_ref, args) => {
    var {
      parser,
      funcName,
      token
    } = _ref;
    var value = assertNodeType(args[0], "raw").string;
    var body = args[1];
    if (parser.settings.strict) {
      parser.settings.reportNonstrict("htmlExtension", "HTML extension is disabled on strict mode");
    }
    var trustContext;
    var attributes = {};
    switch (funcName) {
      case "\\htmlClass":
        attributes.class = value;
        trustContext = {
          command: "\\htmlClass",
          class: value
        };
        break;
      case "\\htmlId":
        attributes.id = value;
        trustContext = {
          command: "\\htmlId",
          id: value
        };
        break;
      case "\\htmlStyle":
        attributes.style = value;
        trustContext = {
          command: "\\htmlStyle",
          style: value
        };
        break;
      case "\\htmlData": {
        var data = value.split(",");
        for (var i = 0; i < data.length; i++) {
          var item = data[i];
          var firstEquals = item.indexOf("=");
          if (firstEquals < 0) {
            throw new ParseError("\\htmlData key/value '" + item + "' missing equals sign");
          }
          var key = item.slice(0, firstEquals);
          var _value = item.slice(firstEquals + 1);
          attributes["data-" + key.trim()] = _value;
        }
        trustContext = {
          command: "\\htmlData",
          attributes
        };
        break;
      }
      default:
        throw new Error("Unrecognized html command");
    }
    if (!parser.settings.isTrusted(trustContext)) {
      return parser.formatUnsupportedCmd(funcName);
    }
    return {
      type: "html",
      mode: parser.mode,
      attributes,
      body: ordargument(body)
    };
  },
  htmlBuilder: (group, options) => {
    var elements = buildExpression$1(group.body, options, false);
    var classes = ["enclosing"];
    if (group.attributes.class) {
      classes.push(...group.attributes.class.trim().split(/\s+/));
    }
    var span = makeSpan(classes, elements, options);
    for (var attr in group.attributes) {
      if (attr !== "class" && group.attributes.hasOwnProperty(attr)) {
        span.setAttribute(attr, group.attributes[attr]);
      }
    }
    return span;
  },
  mathmlBuilder: (group, options) => {
    return buildExpressionRow(group.body, options);
  }
});
defineFunction({
  type: "htmlmathml",
  names: ["\\html@mathml"],
  props: {
    numArgs: 2,
    allowedInArgument: true,
    allowedInText: true
  },
  handler: (_ref, args) => {
    var {
      parser
    } = _ref;
    return {
      type: "htmlmathml",
      mode: parser.mode,
      html: ordargument(args[0]),
      mathml: ordargument(args[1])
    };
  },
  htmlBuilder: (group, options) => {
    var elements = buildExpression$1(group.html, options, false);
    return makeFragment(elements);
  },
  mathmlBuilder: (group, options) => {
    return buildExpressionRow(group.mathml, options);
  }
});
var sizeData = function sizeData2(str) {
  if (/^[-+]? *(\d+(\.\d*)?|\.\d+)$/.test(str)) {
    return {
      number: +str,
      unit: "bp"
    };
  } else {
    var match2 = /([-+]?) *(\d+(?:\.\d*)?|\.\d+) *([a-z]{2})/.exec(str);
    if (!match2) {
      throw new ParseError("Invalid size: '" + str + "' in \\includegraphics");
    }
    var data = {
      number: +(match2[1] + match2[2]),
      // sign + magnitude, cast to number
      unit: match2[3]
    };
    if (!validUnit(data)) {
      throw new ParseError("Invalid unit: '" + data.unit + "' in \\includegraphics.");
    }
    return data;
  }
};
defineFunction({
  type: "includegraphics",
  names: ["\\includegraphics"],
  props: {
    numArgs: 1,
    numOptionalArgs: 1,
    argTypes: ["raw", "url"],
    allowedInText: false
  },
  handler: (_ref, args, optArgs) => {
    var {
      parser
    } = _ref;
    var width = {
      number: 0,
      unit: "em"
    };
    var height = {
      number: 0.9,
      unit: "em"
    };
    var totalheight = {
      number: 0,
      unit: "em"
    };
    var alt = "";
    if (optArgs[0]) {
      var attributeStr = assertNodeType(optArgs[0], "raw").string;
      var attributes = attributeStr.split(",");
      for (var i = 0; i < attributes.length; i++) {
        var keyVal = attributes[i].split("=");
        if (keyVal.length === 2) {
          var str = keyVal[1].trim();
          switch (keyVal[0].trim()) {
            case "alt":
              alt = str;
              break;
            case "width":
              width = sizeData(str);
              break;
            case "height":
              height = sizeData(str);
              break;
            case "totalheight":
              totalheight = sizeData(str);
              break;
            default:
              throw new ParseError("Invalid key: '" + keyVal[0] + "' in \\includegraphics.");
          }
        }
      }
    }
    var src = assertNodeType(args[0], "url").url;
    if (alt === "") {
      alt = src;
      alt = alt.replace(/^.*[\\/]/, "");
      alt = alt.substring(0, alt.lastIndexOf("."));
    }
    if (!parser.settings.isTrusted({
      command: "\\includegraphics",
      url: src
    })) {
      return parser.formatUnsupportedCmd("\\includegraphics");
    }
    return {
      type: "includegraphics",
      mode: parser.mode,
      alt,
      width,
      height,
      totalheight,
      src
    };
  },
  htmlBuilder: (group, options) => {
    var height = calculateSize(group.height, options);
    var depth = 0;
    if (group.totalheight.number > 0) {
      depth = calculateSize(group.totalheight, options) - height;
    }
    var width = 0;
    if (group.width.number > 0) {
      width = calculateSize(group.width, options);
    }
    var style = {
      height: makeEm(height + depth)
    };
    if (width > 0) {
      style.width = makeEm(width);
    }
    if (depth > 0) {
      style.verticalAlign = makeEm(-depth);
    }
    var node = new Img(group.src, group.alt, style);
    node.height = height;
    node.depth = depth;
    return node;
  },
  mathmlBuilder: (group, options) => {
    var node = new MathNode("mglyph", []);
    node.setAttribute("alt", group.alt);
    var height = calculateSize(group.height, options);
    var depth = 0;
    if (group.totalheight.number > 0) {
      depth = calculateSize(group.totalheight, options) - height;
      node.setAttribute("valign", makeEm(-depth));
    }
    node.setAttribute("height", makeEm(height + depth));
    if (group.width.number > 0) {
      var width = calculateSize(group.width, options);
      node.setAttribute("width", makeEm(width));
    }
    node.setAttribute("src", group.src);
    return node;
  }
});
defineFunction({
  type: "kern",
  names: ["\\kern", "\\mkern", "\\hskip", "\\mskip"],
  props: {
    numArgs: 1,
    argTypes: ["size"],
    primitive: true,
    allowedInText: true
  },
  handler(_ref, args) {
    var {
      parser,
      funcName
    } = _ref;
    var size2 = assertNodeType(args[0], "size");
    if (parser.settings.strict) {
      var mathFunction = funcName[1] === "m";
      var muUnit = size2.value.unit === "mu";
      if (mathFunction) {
        if (!muUnit) {
          parser.settings.reportNonstrict("mathVsTextUnits", "LaTeX's " + funcName + " supports only mu units, " + ("not " + size2.value.unit + " units"));
        }
        if (parser.mode !== "math") {
          parser.settings.reportNonstrict("mathVsTextUnits", "LaTeX's " + funcName + " works only in math mode");
        }
      } else {
        if (muUnit) {
          parser.settings.reportNonstrict("mathVsTextUnits", "LaTeX's " + funcName + " doesn't support mu units");
        }
      }
    }
    return {
      type: "kern",
      mode: parser.mode,
      dimension: size2.value
    };
  },
  htmlBuilder(group, options) {
    return makeGlue(group.dimension, options);
  },
  mathmlBuilder(group, options) {
    var dimension = calculateSize(group.dimension, options);
    return new SpaceNode(dimension);
  }
});
defineFunction({
  type: "lap",
  names: ["\\mathllap", "\\mathrlap", "\\mathclap"],
  props: {
    numArgs: 1,
    allowedInText: true
  },
  handler: (_ref, args) => {
    var {
      parser,
      funcName
    } = _ref;
    var body = args[0];
    return {
      type: "lap",
      mode: parser.mode,
      alignment: funcName.slice(5),
      body
    };
  },
  htmlBuilder: (group, options) => {
    var inner2;
    if (group.alignment === "clap") {
      inner2 = makeSpan([], [buildGroup$1(group.body, options)]);
      inner2 = makeSpan(["inner"], [inner2], options);
    } else {
      inner2 = makeSpan(["inner"], [buildGroup$1(group.body, options)]);
    }
    var fix = makeSpan(["fix"], []);
    var node = makeSpan([group.alignment], [inner2, fix], options);
    var strut = makeSpan(["strut"]);
    strut.style.height = makeEm(node.height + node.depth);
    if (node.depth) {
      strut.style.verticalAlign = makeEm(-node.depth);
    }
    node.children.unshift(strut);
    node = makeSpan(["thinbox"], [node], options);
    return makeSpan(["mord", "vbox"], [node], options);
  },
  mathmlBuilder: (group, options) => {
    var node = new MathNode("mpadded", [buildGroup2(group.body, options)]);
    if (group.alignment !== "rlap") {
      var offset = group.alignment === "llap" ? "-1" : "-0.5";
      node.setAttribute("lspace", offset + "width");
    }
    node.setAttribute("width", "0px");
    return node;
  }
});
defineFunction({
  type: "styling",
  names: ["\\(", "$"],
  props: {
    numArgs: 0,
    allowedInText: true,
    allowedInMath: false
  },
  handler(_ref, args) {
    var {
      funcName,
      parser
    } = _ref;
    var outerMode = parser.mode;
    parser.switchMode("math");
    var close2 = funcName === "\\(" ? "\\)" : "$";
    var body = parser.parseExpression(false, close2);
    parser.expect(close2);
    parser.switchMode(outerMode);
    return {
      type: "styling",
      mode: parser.mode,
      style: "text",
      resetFont: true,
      body
    };
  }
});
defineFunction({
  type: "text",
  // Doesn't matter what this is.
  names: ["\\)", "\\]"],
  props: {
    numArgs: 0,
    allowedInText: true,
    allowedInMath: false
  },
  handler(context, args) {
    throw new ParseError("Mismatched " + context.funcName);
  }
});
var chooseMathStyle = (group, options) => {
  switch (options.style.size) {
    case Style$1.DISPLAY.size:
      return group.display;
    case Style$1.TEXT.size:
      return group.text;
    case Style$1.SCRIPT.size:
      return group.script;
    case Style$1.SCRIPTSCRIPT.size:
      return group.scriptscript;
    default:
      return group.text;
  }
};
defineFunction({
  type: "mathchoice",
  names: ["\\mathchoice"],
  props: {
    numArgs: 4,
    primitive: true
  },
  handler: (_ref, args) => {
    var {
      parser
    } = _ref;
    return {
      type: "mathchoice",
      mode: parser.mode,
      display: ordargument(args[0]),
      text: ordargument(args[1]),
      script: ordargument(args[2]),
      scriptscript: ordargument(args[3])
    };
  },
  htmlBuilder: (group, options) => {
    var body = chooseMathStyle(group, options);
    var elements = buildExpression$1(body, options, false);
    return makeFragment(elements);
  },
  mathmlBuilder: (group, options) => {
    var body = chooseMathStyle(group, options);
    return buildExpressionRow(body, options);
  }
});
var assembleSupSub = (base2, supGroup, subGroup, options, style, slant, baseShift) => {
  base2 = makeSpan([], [base2]);
  var subIsSingleCharacter = subGroup && isCharacterBox(subGroup);
  var sub2;
  var sup2;
  if (supGroup) {
    var elem = buildGroup$1(supGroup, options.havingStyle(style.sup()), options);
    sup2 = {
      elem,
      kern: Math.max(options.fontMetrics().bigOpSpacing1, options.fontMetrics().bigOpSpacing3 - elem.depth)
    };
  }
  if (subGroup) {
    var _elem = buildGroup$1(subGroup, options.havingStyle(style.sub()), options);
    sub2 = {
      elem: _elem,
      kern: Math.max(options.fontMetrics().bigOpSpacing2, options.fontMetrics().bigOpSpacing4 - _elem.height)
    };
  }
  var finalGroup;
  if (sup2 && sub2) {
    var bottom = options.fontMetrics().bigOpSpacing5 + sub2.elem.height + sub2.elem.depth + sub2.kern + base2.depth + baseShift;
    finalGroup = makeVList({
      positionType: "bottom",
      positionData: bottom,
      children: [{
        type: "kern",
        size: options.fontMetrics().bigOpSpacing5
      }, {
        type: "elem",
        elem: sub2.elem,
        marginLeft: makeEm(-slant)
      }, {
        type: "kern",
        size: sub2.kern
      }, {
        type: "elem",
        elem: base2
      }, {
        type: "kern",
        size: sup2.kern
      }, {
        type: "elem",
        elem: sup2.elem,
        marginLeft: makeEm(slant)
      }, {
        type: "kern",
        size: options.fontMetrics().bigOpSpacing5
      }]
    });
  } else if (sub2) {
    var top = base2.height - baseShift;
    finalGroup = makeVList({
      positionType: "top",
      positionData: top,
      children: [{
        type: "kern",
        size: options.fontMetrics().bigOpSpacing5
      }, {
        type: "elem",
        elem: sub2.elem,
        marginLeft: makeEm(-slant)
      }, {
        type: "kern",
        size: sub2.kern
      }, {
        type: "elem",
        elem: base2
      }]
    });
  } else if (sup2) {
    var _bottom = base2.depth + baseShift;
    finalGroup = makeVList({
      positionType: "bottom",
      positionData: _bottom,
      children: [{
        type: "elem",
        elem: base2
      }, {
        type: "kern",
        size: sup2.kern
      }, {
        type: "elem",
        elem: sup2.elem,
        marginLeft: makeEm(slant)
      }, {
        type: "kern",
        size: options.fontMetrics().bigOpSpacing5
      }]
    });
  } else {
    return base2;
  }
  var parts = [finalGroup];
  if (sub2 && slant !== 0 && !subIsSingleCharacter) {
    var spacer = makeSpan(["mspace"], [], options);
    spacer.style.marginRight = makeEm(slant);
    parts.unshift(spacer);
  }
  return makeSpan(["mop", "op-limits"], parts, options);
};
var noSuccessor = /* @__PURE__ */ new Set(["\\smallint"]);
var htmlBuilder$2 = (grp, options) => {
  var supGroup;
  var subGroup;
  var hasLimits = false;
  var group;
  if (grp.type === "supsub") {
    supGroup = grp.sup;
    subGroup = grp.sub;
    group = assertNodeType(grp.base, "op");
    hasLimits = true;
  } else {
    group = assertNodeType(grp, "op");
  }
  var style = options.style;
  var large = false;
  if (style.size === Style$1.DISPLAY.size && group.symbol && !noSuccessor.has(group.name)) {
    large = true;
  }
  var base2;
  var symbolItalic;
  if (group.symbol) {
    var fontName = large ? "Size2-Regular" : "Size1-Regular";
    var stash = "";
    if (group.name === "\\oiint" || group.name === "\\oiiint") {
      stash = group.name.slice(1);
      group.name = stash === "oiint" ? "\\iint" : "\\iiint";
    }
    base2 = makeSymbol(group.name, fontName, "math", options, ["mop", "op-symbol", large ? "large-op" : "small-op"]);
    symbolItalic = base2.italic;
    if (stash.length > 0) {
      var oval = staticSvg(stash + "Size" + (large ? "2" : "1"), options);
      base2 = makeVList({
        positionType: "individualShift",
        children: [{
          type: "elem",
          elem: base2,
          shift: 0
        }, {
          type: "elem",
          elem: oval,
          shift: large ? 0.08 : 0
        }]
      });
      group.name = "\\" + stash;
      base2.classes.unshift("mop");
      base2.italic = symbolItalic;
    }
  } else if (group.body) {
    var inner2 = buildExpression$1(group.body, options, true);
    if (inner2.length === 1 && inner2[0] instanceof SymbolNode) {
      base2 = inner2[0];
      base2.classes[0] = "mop";
    } else {
      base2 = makeSpan(["mop"], inner2, options);
    }
  } else {
    var output = [];
    for (var i = 1; i < group.name.length; i++) {
      output.push(mathsym(group.name[i], group.mode, options));
    }
    base2 = makeSpan(["mop"], output, options);
  }
  var baseShift = 0;
  var slant = 0;
  if ((base2 instanceof SymbolNode || group.name === "\\oiint" || group.name === "\\oiiint") && !group.suppressBaseShift) {
    var _base$italic;
    baseShift = (base2.height - base2.depth) / 2 - options.fontMetrics().axisHeight;
    slant = (_base$italic = base2.italic) != null ? _base$italic : 0;
  }
  if (hasLimits) {
    return assembleSupSub(base2, supGroup, subGroup, options, style, slant, baseShift);
  } else {
    if (baseShift) {
      base2.style.position = "relative";
      base2.style.top = makeEm(baseShift);
    }
    return base2;
  }
};
var mathmlBuilder$1 = (group, options) => {
  var node;
  if (group.symbol) {
    node = new MathNode("mo", [makeText(group.name, group.mode)]);
    if (noSuccessor.has(group.name)) {
      node.setAttribute("largeop", "false");
    }
  } else if (group.body) {
    node = new MathNode("mo", buildExpression2(group.body, options));
  } else {
    node = new MathNode("mi", [new TextNode(group.name.slice(1))]);
    var operator = new MathNode("mo", [makeText("⁡", "text")]);
    if (group.parentIsSupSub) {
      node = new MathNode("mrow", [node, operator]);
    } else {
      node = newDocumentFragment([node, operator]);
    }
  }
  return node;
};
var singleCharBigOps = {
  "∏": "\\prod",
  "∐": "\\coprod",
  "∑": "\\sum",
  "⋀": "\\bigwedge",
  "⋁": "\\bigvee",
  "⋂": "\\bigcap",
  "⋃": "\\bigcup",
  "⨀": "\\bigodot",
  "⨁": "\\bigoplus",
  "⨂": "\\bigotimes",
  "⨄": "\\biguplus",
  "⨆": "\\bigsqcup"
};
defineFunction({
  type: "op",
  names: ["\\coprod", "\\bigvee", "\\bigwedge", "\\biguplus", "\\bigcap", "\\bigcup", "\\intop", "\\prod", "\\sum", "\\bigotimes", "\\bigoplus", "\\bigodot", "\\bigsqcup", "\\smallint", "∏", "∐", "∑", "⋀", "⋁", "⋂", "⋃", "⨀", "⨁", "⨂", "⨄", "⨆"],
  props: {
    numArgs: 0
  },
  handler: (_ref, args) => {
    var {
      parser,
      funcName
    } = _ref;
    var fName = funcName;
    if (fName.length === 1) {
      fName = singleCharBigOps[fName];
    }
    return {
      type: "op",
      mode: parser.mode,
      limits: true,
      parentIsSupSub: false,
      symbol: true,
      name: fName
    };
  },
  htmlBuilder: htmlBuilder$2,
  mathmlBuilder: mathmlBuilder$1
});
defineFunction({
  type: "op",
  names: ["\\mathop"],
  props: {
    numArgs: 1,
    primitive: true
  },
  handler: (_ref2, args) => {
    var {
      parser
    } = _ref2;
    var body = args[0];
    return {
      type: "op",
      mode: parser.mode,
      limits: false,
      parentIsSupSub: false,
      symbol: false,
      body: ordargument(body)
    };
  },
  htmlBuilder: htmlBuilder$2,
  mathmlBuilder: mathmlBuilder$1
});
var singleCharIntegrals = {
  "∫": "\\int",
  "∬": "\\iint",
  "∭": "\\iiint",
  "∮": "\\oint",
  "∯": "\\oiint",
  "∰": "\\oiiint"
};
defineFunction({
  type: "op",
  names: ["\\arcsin", "\\arccos", "\\arctan", "\\arctg", "\\arcctg", "\\arg", "\\ch", "\\cos", "\\cosec", "\\cosh", "\\cot", "\\cotg", "\\coth", "\\csc", "\\ctg", "\\cth", "\\deg", "\\dim", "\\exp", "\\hom", "\\ker", "\\lg", "\\ln", "\\log", "\\sec", "\\sin", "\\sinh", "\\sh", "\\tan", "\\tanh", "\\tg", "\\th"],
  props: {
    numArgs: 0
  },
  handler(_ref3) {
    var {
      parser,
      funcName
    } = _ref3;
    return {
      type: "op",
      mode: parser.mode,
      limits: false,
      parentIsSupSub: false,
      symbol: false,
      name: funcName
    };
  },
  htmlBuilder: htmlBuilder$2,
  mathmlBuilder: mathmlBuilder$1
});
defineFunction({
  type: "op",
  names: ["\\det", "\\gcd", "\\inf", "\\lim", "\\max", "\\min", "\\Pr", "\\sup"],
  props: {
    numArgs: 0
  },
  handler(_ref4) {
    var {
      parser,
      funcName
    } = _ref4;
    return {
      type: "op",
      mode: parser.mode,
      limits: true,
      parentIsSupSub: false,
      symbol: false,
      name: funcName
    };
  },
  htmlBuilder: htmlBuilder$2,
  mathmlBuilder: mathmlBuilder$1
});
defineFunction({
  type: "op",
  names: ["\\int", "\\iint", "\\iiint", "\\oint", "\\oiint", "\\oiiint", "∫", "∬", "∭", "∮", "∯", "∰"],
  props: {
    numArgs: 0,
    allowedInArgument: true
  },
  handler(_ref5) {
    var {
      parser,
      funcName
    } = _ref5;
    var fName = funcName;
    if (fName.length === 1) {
      fName = singleCharIntegrals[fName];
    }
    return {
      type: "op",
      mode: parser.mode,
      limits: false,
      parentIsSupSub: false,
      symbol: true,
      name: fName
    };
  },
  htmlBuilder: htmlBuilder$2,
  mathmlBuilder: mathmlBuilder$1
});
var htmlBuilder$1 = (grp, options) => {
  var supGroup;
  var subGroup;
  var hasLimits = false;
  var group;
  if (grp.type === "supsub") {
    supGroup = grp.sup;
    subGroup = grp.sub;
    group = assertNodeType(grp.base, "operatorname");
    hasLimits = true;
  } else {
    group = assertNodeType(grp, "operatorname");
  }
  var base2;
  if (group.body.length > 0) {
    var body = group.body.map((child2) => {
      var childText = "text" in child2 ? child2.text : void 0;
      if (typeof childText === "string") {
        return {
          type: "textord",
          mode: child2.mode,
          text: childText
        };
      } else {
        return child2;
      }
    });
    var expression = buildExpression$1(body, options.withFont("mathrm"), true);
    for (var i = 0; i < expression.length; i++) {
      var child = expression[i];
      if (child instanceof SymbolNode) {
        child.text = child.text.replace(/\u2212/, "-").replace(/\u2217/, "*");
      }
    }
    base2 = makeSpan(["mop"], expression, options);
  } else {
    base2 = makeSpan(["mop"], [], options);
  }
  if (hasLimits) {
    return assembleSupSub(base2, supGroup, subGroup, options, options.style, 0, 0);
  } else {
    return base2;
  }
};
var mathmlBuilder2 = (group, options) => {
  var expression = buildExpression2(group.body, options.withFont("mathrm"));
  var isAllString = true;
  for (var i = 0; i < expression.length; i++) {
    var node = expression[i];
    if (node instanceof SpaceNode) ;
    else if (node instanceof MathNode) {
      switch (node.type) {
        case "mi":
        case "mn":
        case "mspace":
        case "mtext":
          break;
        case "mo": {
          var child = node.children[0];
          if (node.children.length === 1 && child instanceof TextNode) {
            child.text = child.text.replace(/\u2212/, "-").replace(/\u2217/, "*");
          } else {
            isAllString = false;
          }
          break;
        }
        default:
          isAllString = false;
      }
    } else {
      isAllString = false;
    }
  }
  if (isAllString) {
    var word = expression.map((node2) => node2.toText()).join("");
    expression = [new TextNode(word)];
  }
  var identifier = new MathNode("mi", expression);
  identifier.setAttribute("mathvariant", "normal");
  var operator = new MathNode("mo", [makeText("⁡", "text")]);
  if (group.parentIsSupSub) {
    return new MathNode("mrow", [identifier, operator]);
  } else {
    return newDocumentFragment([identifier, operator]);
  }
};
defineFunction({
  type: "operatorname",
  names: ["\\operatorname@", "\\operatornamewithlimits"],
  props: {
    numArgs: 1
  },
  handler: (_ref, args) => {
    var {
      parser,
      funcName
    } = _ref;
    var body = args[0];
    return {
      type: "operatorname",
      mode: parser.mode,
      body: ordargument(body),
      alwaysHandleSupSub: funcName === "\\operatornamewithlimits",
      limits: false,
      parentIsSupSub: false
    };
  },
  htmlBuilder: htmlBuilder$1,
  mathmlBuilder: mathmlBuilder2
});
defineMacro("\\operatorname", "\\@ifstar\\operatornamewithlimits\\operatorname@");
defineFunctionBuilders({
  type: "ordgroup",
  htmlBuilder(group, options) {
    if (group.semisimple) {
      return makeFragment(buildExpression$1(group.body, options, false));
    }
    return makeSpan(["mord"], buildExpression$1(group.body, options, true), options);
  },
  mathmlBuilder(group, options) {
    return buildExpressionRow(group.body, options, true);
  }
});
defineFunction({
  type: "overline",
  names: ["\\overline"],
  props: {
    numArgs: 1
  },
  handler(_ref, args) {
    var {
      parser
    } = _ref;
    var body = args[0];
    return {
      type: "overline",
      mode: parser.mode,
      body
    };
  },
  htmlBuilder(group, options) {
    var innerGroup = buildGroup$1(group.body, options.havingCrampedStyle());
    var line = makeLineSpan("overline-line", options);
    var defaultRuleThickness = options.fontMetrics().defaultRuleThickness;
    var vlist = makeVList({
      positionType: "firstBaseline",
      children: [{
        type: "elem",
        elem: innerGroup
      }, {
        type: "kern",
        size: 3 * defaultRuleThickness
      }, {
        type: "elem",
        elem: line
      }, {
        type: "kern",
        size: defaultRuleThickness
      }]
    });
    return makeSpan(["mord", "overline"], [vlist], options);
  },
  mathmlBuilder(group, options) {
    var operator = new MathNode("mo", [new TextNode("‾")]);
    operator.setAttribute("stretchy", "true");
    var node = new MathNode("mover", [buildGroup2(group.body, options), operator]);
    node.setAttribute("accent", "true");
    return node;
  }
});
defineFunction({
  type: "phantom",
  names: ["\\phantom"],
  props: {
    numArgs: 1,
    allowedInText: true
  },
  handler: (_ref, args) => {
    var {
      parser
    } = _ref;
    var body = args[0];
    return {
      type: "phantom",
      mode: parser.mode,
      body: ordargument(body)
    };
  },
  htmlBuilder: (group, options) => {
    var elements = buildExpression$1(group.body, options.withPhantom(), false);
    return makeFragment(elements);
  },
  mathmlBuilder: (group, options) => {
    var inner2 = buildExpression2(group.body, options);
    return new MathNode("mphantom", inner2);
  }
});
defineMacro("\\hphantom", "\\smash{\\phantom{#1}}");
defineFunction({
  type: "vphantom",
  names: ["\\vphantom"],
  props: {
    numArgs: 1,
    allowedInText: true
  },
  handler: (_ref2, args) => {
    var {
      parser
    } = _ref2;
    var body = args[0];
    return {
      type: "vphantom",
      mode: parser.mode,
      body
    };
  },
  htmlBuilder: (group, options) => {
    var inner2 = makeSpan(["inner"], [buildGroup$1(group.body, options.withPhantom())]);
    var fix = makeSpan(["fix"], []);
    return makeSpan(["mord", "rlap"], [inner2, fix], options);
  },
  mathmlBuilder: (group, options) => {
    var inner2 = buildExpression2(ordargument(group.body), options);
    var phantom = new MathNode("mphantom", inner2);
    var node = new MathNode("mpadded", [phantom]);
    node.setAttribute("width", "0px");
    return node;
  }
});
defineFunction({
  type: "raisebox",
  names: ["\\raisebox"],
  props: {
    numArgs: 2,
    argTypes: ["size", "hbox"],
    allowedInText: true
  },
  handler(_ref, args) {
    var {
      parser
    } = _ref;
    var amount = assertNodeType(args[0], "size").value;
    var body = args[1];
    return {
      type: "raisebox",
      mode: parser.mode,
      dy: amount,
      body
    };
  },
  htmlBuilder(group, options) {
    var body = buildGroup$1(group.body, options);
    var dy = calculateSize(group.dy, options);
    return makeVList({
      positionType: "shift",
      positionData: -dy,
      children: [{
        type: "elem",
        elem: body
      }]
    });
  },
  mathmlBuilder(group, options) {
    var node = new MathNode("mpadded", [buildGroup2(group.body, options)]);
    var dy = group.dy.number + group.dy.unit;
    node.setAttribute("voffset", dy);
    return node;
  }
});
defineFunction({
  type: "internal",
  names: ["\\relax"],
  props: {
    numArgs: 0,
    allowedInText: true,
    allowedInArgument: true
  },
  handler(_ref) {
    var {
      parser
    } = _ref;
    return {
      type: "internal",
      mode: parser.mode
    };
  }
});
defineFunction({
  type: "rule",
  names: ["\\rule"],
  props: {
    numArgs: 2,
    numOptionalArgs: 1,
    allowedInText: true,
    allowedInMath: true,
    argTypes: ["size", "size", "size"]
  },
  handler(_ref, args, optArgs) {
    var {
      parser
    } = _ref;
    var shift = optArgs[0];
    var width = assertNodeType(args[0], "size");
    var height = assertNodeType(args[1], "size");
    return {
      type: "rule",
      mode: parser.mode,
      shift: shift && assertNodeType(shift, "size").value,
      width: width.value,
      height: height.value
    };
  },
  htmlBuilder(group, options) {
    var rule = makeSpan(["mord", "rule"], [], options);
    var width = calculateSize(group.width, options);
    var height = calculateSize(group.height, options);
    var shift = group.shift ? calculateSize(group.shift, options) : 0;
    rule.style.borderRightWidth = makeEm(width);
    rule.style.borderTopWidth = makeEm(height);
    rule.style.bottom = makeEm(shift);
    rule.width = width;
    rule.height = height + shift;
    rule.depth = -shift;
    rule.maxFontSize = height * 1.125 * options.sizeMultiplier;
    return rule;
  },
  mathmlBuilder(group, options) {
    var width = calculateSize(group.width, options);
    var height = calculateSize(group.height, options);
    var shift = group.shift ? calculateSize(group.shift, options) : 0;
    var color = options.color && options.getColor() || "black";
    var rule = new MathNode("mspace");
    rule.setAttribute("mathbackground", color);
    rule.setAttribute("width", makeEm(width));
    rule.setAttribute("height", makeEm(height));
    var wrapper = new MathNode("mpadded", [rule]);
    if (shift >= 0) {
      wrapper.setAttribute("height", makeEm(shift));
    } else {
      wrapper.setAttribute("height", makeEm(shift));
      wrapper.setAttribute("depth", makeEm(-shift));
    }
    wrapper.setAttribute("voffset", makeEm(shift));
    return wrapper;
  }
});
function sizingGroup(value, options, baseOptions) {
  var inner2 = buildExpression$1(value, options, false);
  var multiplier = options.sizeMultiplier / baseOptions.sizeMultiplier;
  for (var i = 0; i < inner2.length; i++) {
    var pos = inner2[i].classes.indexOf("sizing");
    if (pos < 0) {
      Array.prototype.push.apply(inner2[i].classes, options.sizingClasses(baseOptions));
    } else if (inner2[i].classes[pos + 1] === "reset-size" + options.size) {
      inner2[i].classes[pos + 1] = "reset-size" + baseOptions.size;
    }
    inner2[i].height *= multiplier;
    inner2[i].depth *= multiplier;
  }
  return makeFragment(inner2);
}
var sizeFuncs = ["\\tiny", "\\sixptsize", "\\scriptsize", "\\footnotesize", "\\small", "\\normalsize", "\\large", "\\Large", "\\LARGE", "\\huge", "\\Huge"];
var htmlBuilder2 = (group, options) => {
  var newOptions = options.havingSize(group.size);
  return sizingGroup(group.body, newOptions, options);
};
defineFunction({
  type: "sizing",
  names: sizeFuncs,
  props: {
    numArgs: 0,
    allowedInText: true
  },
  handler: (_ref, args) => {
    var {
      breakOnTokenText,
      funcName,
      parser
    } = _ref;
    var body = parser.parseExpression(false, breakOnTokenText);
    return {
      type: "sizing",
      mode: parser.mode,
      // Figure out what size to use based on the list of functions above
      size: sizeFuncs.indexOf(funcName) + 1,
      body
    };
  },
  htmlBuilder: htmlBuilder2,
  mathmlBuilder: (group, options) => {
    var newOptions = options.havingSize(group.size);
    var inner2 = buildExpression2(group.body, newOptions);
    var node = new MathNode("mstyle", inner2);
    node.setAttribute("mathsize", makeEm(newOptions.sizeMultiplier));
    return node;
  }
});
defineFunction({
  type: "smash",
  names: ["\\smash"],
  props: {
    numArgs: 1,
    numOptionalArgs: 1,
    allowedInText: true
  },
  handler: (_ref, args, optArgs) => {
    var {
      parser
    } = _ref;
    var smashHeight = false;
    var smashDepth = false;
    var tbArg = optArgs[0] && assertNodeType(optArgs[0], "ordgroup");
    if (tbArg) {
      var letter;
      for (var i = 0; i < tbArg.body.length; ++i) {
        var node = tbArg.body[i];
        letter = assertSymbolNodeType(node).text;
        if (letter === "t") {
          smashHeight = true;
        } else if (letter === "b") {
          smashDepth = true;
        } else {
          smashHeight = false;
          smashDepth = false;
          break;
        }
      }
    } else {
      smashHeight = true;
      smashDepth = true;
    }
    var body = args[0];
    return {
      type: "smash",
      mode: parser.mode,
      body,
      smashHeight,
      smashDepth
    };
  },
  htmlBuilder: (group, options) => {
    var node = makeSpan([], [buildGroup$1(group.body, options)]);
    if (!group.smashHeight && !group.smashDepth) {
      return node;
    }
    if (group.smashHeight) {
      node.height = 0;
    }
    if (group.smashDepth) {
      node.depth = 0;
    }
    if (group.smashHeight && group.smashDepth) {
      return makeSpan(["mord", "smash"], [node], options);
    }
    if (node.children) {
      for (var i = 0; i < node.children.length; i++) {
        if (group.smashHeight) {
          node.children[i].height = 0;
        }
        if (group.smashDepth) {
          node.children[i].depth = 0;
        }
      }
    }
    var smashedNode = makeVList({
      positionType: "firstBaseline",
      children: [{
        type: "elem",
        elem: node
      }]
    });
    return makeSpan(["mord"], [smashedNode], options);
  },
  mathmlBuilder: (group, options) => {
    var node = new MathNode("mpadded", [buildGroup2(group.body, options)]);
    if (group.smashHeight) {
      node.setAttribute("height", "0px");
    }
    if (group.smashDepth) {
      node.setAttribute("depth", "0px");
    }
    return node;
  }
});
defineFunction({
  type: "sqrt",
  names: ["\\sqrt"],
  props: {
    numArgs: 1,
    numOptionalArgs: 1
  },
  handler(_ref, args, optArgs) {
    var {
      parser
    } = _ref;
    var index = optArgs[0];
    var body = args[0];
    return {
      type: "sqrt",
      mode: parser.mode,
      body,
      index
    };
  },
  htmlBuilder(group, options) {
    var inner2 = buildGroup$1(group.body, options.havingCrampedStyle());
    if (inner2.height === 0) {
      inner2.height = options.fontMetrics().xHeight;
    }
    inner2 = wrapFragment(inner2, options);
    var metrics = options.fontMetrics();
    var theta = metrics.defaultRuleThickness;
    var phi = theta;
    if (options.style.id < Style$1.TEXT.id) {
      phi = options.fontMetrics().xHeight;
    }
    var lineClearance = theta + phi / 4;
    var minDelimiterHeight = inner2.height + inner2.depth + lineClearance + theta;
    var {
      span: img,
      ruleWidth,
      advanceWidth
    } = makeSqrtImage(minDelimiterHeight, options);
    var delimDepth = img.height - ruleWidth;
    if (delimDepth > inner2.height + inner2.depth + lineClearance) {
      lineClearance = (lineClearance + delimDepth - inner2.height - inner2.depth) / 2;
    }
    var imgShift = img.height - inner2.height - lineClearance - ruleWidth;
    inner2.style.paddingLeft = makeEm(advanceWidth);
    var body = makeVList({
      positionType: "firstBaseline",
      children: [{
        type: "elem",
        elem: inner2,
        wrapperClasses: ["svg-align"]
      }, {
        type: "kern",
        size: -(inner2.height + imgShift)
      }, {
        type: "elem",
        elem: img
      }, {
        type: "kern",
        size: ruleWidth
      }]
    });
    if (!group.index) {
      return makeSpan(["mord", "sqrt"], [body], options);
    } else {
      var newOptions = options.havingStyle(Style$1.SCRIPTSCRIPT);
      var rootm = buildGroup$1(group.index, newOptions, options);
      var toShift = 0.6 * (body.height - body.depth);
      var rootVList = makeVList({
        positionType: "shift",
        positionData: -toShift,
        children: [{
          type: "elem",
          elem: rootm
        }]
      });
      var rootVListWrap = makeSpan(["root"], [rootVList]);
      return makeSpan(["mord", "sqrt"], [rootVListWrap, body], options);
    }
  },
  mathmlBuilder(group, options) {
    var {
      body,
      index
    } = group;
    return index ? new MathNode("mroot", [buildGroup2(body, options), buildGroup2(index, options)]) : new MathNode("msqrt", [buildGroup2(body, options)]);
  }
});
var styleMap = {
  "display": Style$1.DISPLAY,
  "text": Style$1.TEXT,
  "script": Style$1.SCRIPT,
  "scriptscript": Style$1.SCRIPTSCRIPT
};
function isStyleStr(s) {
  return s in styleMap;
}
defineFunction({
  type: "styling",
  names: ["\\displaystyle", "\\textstyle", "\\scriptstyle", "\\scriptscriptstyle"],
  props: {
    numArgs: 0,
    allowedInText: true,
    primitive: true
  },
  handler(_ref, args) {
    var {
      breakOnTokenText,
      funcName,
      parser
    } = _ref;
    var body = parser.parseExpression(true, breakOnTokenText);
    var style = funcName.slice(1, funcName.length - 5);
    if (!isStyleStr(style)) {
      throw new Error("Unknown style: " + style);
    }
    return {
      type: "styling",
      mode: parser.mode,
      // Figure out what style to use by pulling out the style from
      // the function name
      style,
      body
    };
  },
  htmlBuilder(group, options) {
    var newStyle = styleMap[group.style];
    var newOptions = options.havingStyle(newStyle);
    if (group.resetFont) {
      newOptions = newOptions.withFont("");
    }
    return sizingGroup(group.body, newOptions, options);
  },
  mathmlBuilder(group, options) {
    var newStyle = styleMap[group.style];
    var newOptions = options.havingStyle(newStyle);
    if (group.resetFont) {
      newOptions = newOptions.withFont("");
    }
    var inner2 = buildExpression2(group.body, newOptions);
    var node = new MathNode("mstyle", inner2);
    var styleAttributes = {
      "display": ["0", "true"],
      "text": ["0", "false"],
      "script": ["1", "false"],
      "scriptscript": ["2", "false"]
    };
    var attr = styleAttributes[group.style];
    node.setAttribute("scriptlevel", attr[0]);
    node.setAttribute("displaystyle", attr[1]);
    return node;
  }
});
var htmlBuilderDelegate = function htmlBuilderDelegate2(group, options) {
  var base2 = group.base;
  if (!base2) {
    return null;
  } else if (base2.type === "op") {
    var delegate = base2.limits && (options.style.size === Style$1.DISPLAY.size || base2.alwaysHandleSupSub);
    return delegate ? htmlBuilder$2 : null;
  } else if (base2.type === "operatorname") {
    var _delegate = base2.alwaysHandleSupSub && (options.style.size === Style$1.DISPLAY.size || base2.limits);
    return _delegate ? htmlBuilder$1 : null;
  } else if (base2.type === "accent") {
    return isCharacterBox(base2.base) ? htmlBuilder$a : null;
  } else if (base2.type === "horizBrace") {
    var isSup = !group.sub;
    return isSup === base2.isOver ? htmlBuilder$3 : null;
  } else {
    return null;
  }
};
defineFunctionBuilders({
  type: "supsub",
  htmlBuilder(group, options) {
    var builderDelegate = htmlBuilderDelegate(group, options);
    if (builderDelegate) {
      return builderDelegate(group, options);
    }
    var {
      base: valueBase,
      sup: valueSup,
      sub: valueSub
    } = group;
    var base2 = buildGroup$1(valueBase, options);
    var supm;
    var subm;
    var metrics = options.fontMetrics();
    var supShift = 0;
    var subShift = 0;
    var isCharBox = valueBase && isCharacterBox(valueBase);
    if (valueSup) {
      var newOptions = options.havingStyle(options.style.sup());
      supm = buildGroup$1(valueSup, newOptions, options);
      if (!isCharBox) {
        supShift = base2.height - newOptions.fontMetrics().supDrop * newOptions.sizeMultiplier / options.sizeMultiplier;
      }
    }
    if (valueSub) {
      var _newOptions = options.havingStyle(options.style.sub());
      subm = buildGroup$1(valueSub, _newOptions, options);
      if (!isCharBox) {
        subShift = base2.depth + _newOptions.fontMetrics().subDrop * _newOptions.sizeMultiplier / options.sizeMultiplier;
      }
    }
    var minSupShift;
    if (options.style === Style$1.DISPLAY) {
      minSupShift = metrics.sup1;
    } else if (options.style.cramped) {
      minSupShift = metrics.sup3;
    } else {
      minSupShift = metrics.sup2;
    }
    var multiplier = options.sizeMultiplier;
    var marginRight = makeEm(0.5 / metrics.ptPerEm / multiplier);
    var marginLeft = null;
    if (subm) {
      var isOiint = group.base && group.base.type === "op" && group.base.name && (group.base.name === "\\oiint" || group.base.name === "\\oiiint");
      if (base2 instanceof SymbolNode || isOiint) {
        var _base$italic;
        marginLeft = makeEm(-((_base$italic = base2.italic) != null ? _base$italic : 0));
      }
    }
    var supsub;
    if (supm && subm) {
      supShift = Math.max(supShift, minSupShift, supm.depth + 0.25 * metrics.xHeight);
      subShift = Math.max(subShift, metrics.sub2);
      var ruleWidth = metrics.defaultRuleThickness;
      var maxWidth = 4 * ruleWidth;
      if (supShift - supm.depth - (subm.height - subShift) < maxWidth) {
        subShift = maxWidth - (supShift - supm.depth) + subm.height;
        var psi = 0.8 * metrics.xHeight - (supShift - supm.depth);
        if (psi > 0) {
          supShift += psi;
          subShift -= psi;
        }
      }
      var vlistElem = [{
        type: "elem",
        elem: subm,
        shift: subShift,
        marginRight,
        marginLeft
      }, {
        type: "elem",
        elem: supm,
        shift: -supShift,
        marginRight
      }];
      supsub = makeVList({
        positionType: "individualShift",
        children: vlistElem
      });
    } else if (subm) {
      subShift = Math.max(subShift, metrics.sub1, subm.height - 0.8 * metrics.xHeight);
      var _vlistElem = [{
        type: "elem",
        elem: subm,
        marginLeft,
        marginRight
      }];
      supsub = makeVList({
        positionType: "shift",
        positionData: subShift,
        children: _vlistElem
      });
    } else if (supm) {
      supShift = Math.max(supShift, minSupShift, supm.depth + 0.25 * metrics.xHeight);
      supsub = makeVList({
        positionType: "shift",
        positionData: -supShift,
        children: [{
          type: "elem",
          elem: supm,
          marginRight
        }]
      });
    } else {
      throw new Error("supsub must have either sup or sub.");
    }
    var mclass = getTypeOfDomTree(base2, "right") || "mord";
    return makeSpan([mclass], [base2, makeSpan(["msupsub"], [supsub])], options);
  },
  mathmlBuilder(group, options) {
    var isBrace = false;
    var isOver;
    var isSup;
    if (group.base && group.base.type === "horizBrace") {
      isSup = !!group.sup;
      if (isSup === group.base.isOver) {
        isBrace = true;
        isOver = group.base.isOver;
      }
    }
    if (group.base && (group.base.type === "op" || group.base.type === "operatorname")) {
      group.base.parentIsSupSub = true;
    }
    var children = [buildGroup2(group.base, options)];
    if (group.sub) {
      children.push(buildGroup2(group.sub, options));
    }
    if (group.sup) {
      children.push(buildGroup2(group.sup, options));
    }
    var nodeType;
    if (isBrace) {
      nodeType = isOver ? "mover" : "munder";
    } else if (!group.sub) {
      var base2 = group.base;
      if (base2 && base2.type === "op" && base2.limits && (options.style === Style$1.DISPLAY || base2.alwaysHandleSupSub)) {
        nodeType = "mover";
      } else if (base2 && base2.type === "operatorname" && base2.alwaysHandleSupSub && (base2.limits || options.style === Style$1.DISPLAY)) {
        nodeType = "mover";
      } else {
        nodeType = "msup";
      }
    } else if (!group.sup) {
      var _base = group.base;
      if (_base && _base.type === "op" && _base.limits && (options.style === Style$1.DISPLAY || _base.alwaysHandleSupSub)) {
        nodeType = "munder";
      } else if (_base && _base.type === "operatorname" && _base.alwaysHandleSupSub && (_base.limits || options.style === Style$1.DISPLAY)) {
        nodeType = "munder";
      } else {
        nodeType = "msub";
      }
    } else {
      var _base2 = group.base;
      if (_base2 && _base2.type === "op" && _base2.limits && options.style === Style$1.DISPLAY) {
        nodeType = "munderover";
      } else if (_base2 && _base2.type === "operatorname" && _base2.alwaysHandleSupSub && (options.style === Style$1.DISPLAY || _base2.limits)) {
        nodeType = "munderover";
      } else {
        nodeType = "msubsup";
      }
    }
    return new MathNode(nodeType, children);
  }
});
defineFunctionBuilders({
  type: "atom",
  htmlBuilder(group, options) {
    return mathsym(group.text, group.mode, options, ["m" + group.family]);
  },
  mathmlBuilder(group, options) {
    var node = new MathNode("mo", [makeText(group.text, group.mode)]);
    if (group.family === "bin") {
      var variant = getVariant(group, options);
      if (variant === "bold-italic") {
        node.setAttribute("mathvariant", variant);
      }
    } else if (group.family === "punct") {
      node.setAttribute("separator", "true");
    } else if (group.family === "open" || group.family === "close") {
      node.setAttribute("stretchy", "false");
    }
    return node;
  }
});
var defaultVariant = {
  "mi": "italic",
  "mn": "normal",
  "mtext": "normal"
};
defineFunctionBuilders({
  type: "mathord",
  htmlBuilder(group, options) {
    return makeOrd(group, options, "mathord");
  },
  mathmlBuilder(group, options) {
    var node = new MathNode("mi", [makeText(group.text, group.mode, options)]);
    var variant = getVariant(group, options) || "italic";
    if (variant !== defaultVariant[node.type]) {
      node.setAttribute("mathvariant", variant);
    }
    return node;
  }
});
defineFunctionBuilders({
  type: "textord",
  htmlBuilder(group, options) {
    return makeOrd(group, options, "textord");
  },
  mathmlBuilder(group, options) {
    var text2 = makeText(group.text, group.mode, options);
    var variant = getVariant(group, options) || "normal";
    var node;
    if (group.mode === "text") {
      node = new MathNode("mtext", [text2]);
    } else if (/[0-9]/.test(group.text)) {
      node = new MathNode("mn", [text2]);
    } else if (group.text === "\\prime") {
      node = new MathNode("mo", [text2]);
    } else {
      node = new MathNode("mi", [text2]);
    }
    if (variant !== defaultVariant[node.type]) {
      node.setAttribute("mathvariant", variant);
    }
    return node;
  }
});
var cssSpace = {
  "\\nobreak": "nobreak",
  "\\allowbreak": "allowbreak"
};
var regularSpace = {
  " ": {},
  "\\ ": {},
  "~": {
    className: "nobreak"
  },
  "\\space": {},
  "\\nobreakspace": {
    className: "nobreak"
  }
};
defineFunctionBuilders({
  type: "spacing",
  htmlBuilder(group, options) {
    if (regularSpace.hasOwnProperty(group.text)) {
      var className = regularSpace[group.text].className || "";
      if (group.mode === "text") {
        var ord = makeOrd(group, options, "textord");
        ord.classes.push(className);
        return ord;
      } else {
        return makeSpan(["mspace", className], [mathsym(group.text, group.mode, options)], options);
      }
    } else if (cssSpace.hasOwnProperty(group.text)) {
      return makeSpan(["mspace", cssSpace[group.text]], [], options);
    } else {
      throw new ParseError('Unknown type of space "' + group.text + '"');
    }
  },
  mathmlBuilder(group, options) {
    var node;
    if (regularSpace.hasOwnProperty(group.text)) {
      node = new MathNode("mtext", [new TextNode(" ")]);
    } else if (cssSpace.hasOwnProperty(group.text)) {
      return new MathNode("mspace");
    } else {
      throw new ParseError('Unknown type of space "' + group.text + '"');
    }
    return node;
  }
});
var pad = () => {
  var padNode = new MathNode("mtd", []);
  padNode.setAttribute("width", "50%");
  return padNode;
};
defineFunctionBuilders({
  type: "tag",
  mathmlBuilder(group, options) {
    var table = new MathNode("mtable", [new MathNode("mtr", [pad(), new MathNode("mtd", [buildExpressionRow(group.body, options)]), pad(), new MathNode("mtd", [buildExpressionRow(group.tag, options)])])]);
    table.setAttribute("width", "100%");
    return table;
  }
});
var textFontFamilies = {
  "\\text": void 0,
  "\\textrm": "textrm",
  "\\textsf": "textsf",
  "\\texttt": "texttt",
  "\\textnormal": "textrm"
};
var textFontWeights = {
  "\\textbf": "textbf",
  "\\textmd": "textmd"
};
var textFontShapes = {
  "\\textit": "textit",
  "\\textup": "textup"
};
var optionsWithFont = (group, options) => {
  var font = group.font;
  if (!font) {
    return options;
  } else if (textFontFamilies[font]) {
    return options.withTextFontFamily(textFontFamilies[font]);
  } else if (textFontWeights[font]) {
    return options.withTextFontWeight(textFontWeights[font]);
  } else if (font === "\\emph") {
    return options.fontShape === "textit" ? options.withTextFontShape("textup") : options.withTextFontShape("textit");
  }
  return options.withTextFontShape(textFontShapes[font]);
};
defineFunction({
  type: "text",
  names: [
    // Font families
    "\\text",
    "\\textrm",
    "\\textsf",
    "\\texttt",
    "\\textnormal",
    // Font weights
    "\\textbf",
    "\\textmd",
    // Font Shapes
    "\\textit",
    "\\textup",
    "\\emph"
  ],
  props: {
    numArgs: 1,
    argTypes: ["text"],
    allowedInArgument: true,
    allowedInText: true
  },
  handler(_ref, args) {
    var {
      parser,
      funcName
    } = _ref;
    var body = args[0];
    return {
      type: "text",
      mode: parser.mode,
      body: ordargument(body),
      font: funcName
    };
  },
  htmlBuilder(group, options) {
    var newOptions = optionsWithFont(group, options);
    var inner2 = buildExpression$1(group.body, newOptions, true);
    return makeSpan(["mord", "text"], inner2, newOptions);
  },
  mathmlBuilder(group, options) {
    var newOptions = optionsWithFont(group, options);
    return buildExpressionRow(group.body, newOptions);
  }
});
defineFunction({
  type: "underline",
  names: ["\\underline"],
  props: {
    numArgs: 1,
    allowedInText: true
  },
  handler(_ref, args) {
    var {
      parser
    } = _ref;
    return {
      type: "underline",
      mode: parser.mode,
      body: args[0]
    };
  },
  htmlBuilder(group, options) {
    var innerGroup = buildGroup$1(group.body, options);
    var line = makeLineSpan("underline-line", options);
    var defaultRuleThickness = options.fontMetrics().defaultRuleThickness;
    var vlist = makeVList({
      positionType: "top",
      positionData: innerGroup.height,
      children: [{
        type: "kern",
        size: defaultRuleThickness
      }, {
        type: "elem",
        elem: line
      }, {
        type: "kern",
        size: 3 * defaultRuleThickness
      }, {
        type: "elem",
        elem: innerGroup
      }]
    });
    return makeSpan(["mord", "underline"], [vlist], options);
  },
  mathmlBuilder(group, options) {
    var operator = new MathNode("mo", [new TextNode("‾")]);
    operator.setAttribute("stretchy", "true");
    var node = new MathNode("munder", [buildGroup2(group.body, options), operator]);
    node.setAttribute("accentunder", "true");
    return node;
  }
});
defineFunction({
  type: "vcenter",
  names: ["\\vcenter"],
  props: {
    numArgs: 1,
    argTypes: ["original"],
    // In LaTeX, \vcenter can act only on a box.
    allowedInText: false
  },
  handler(_ref, args) {
    var {
      parser
    } = _ref;
    return {
      type: "vcenter",
      mode: parser.mode,
      body: args[0]
    };
  },
  htmlBuilder(group, options) {
    var body = buildGroup$1(group.body, options);
    var axisHeight = options.fontMetrics().axisHeight;
    var dy = 0.5 * (body.height - axisHeight - (body.depth + axisHeight));
    return makeVList({
      positionType: "shift",
      positionData: dy,
      children: [{
        type: "elem",
        elem: body
      }]
    });
  },
  mathmlBuilder(group, options) {
    var mpadded = new MathNode("mpadded", [buildGroup2(group.body, options)], ["vcenter"]);
    return new MathNode("mrow", [mpadded]);
  }
});
defineFunction({
  type: "verb",
  names: ["\\verb"],
  props: {
    numArgs: 0,
    allowedInText: true
  },
  handler(context, args, optArgs) {
    throw new ParseError("\\verb ended by end of line instead of matching delimiter");
  },
  htmlBuilder(group, options) {
    var text2 = makeVerb(group);
    var body = [];
    var newOptions = options.havingStyle(options.style.text());
    for (var i = 0; i < text2.length; i++) {
      var c = text2[i];
      if (c === "~") {
        c = "\\textasciitilde";
      }
      body.push(makeSymbol(c, "Typewriter-Regular", group.mode, newOptions, ["mord", "texttt"]));
    }
    return makeSpan(["mord", "text"].concat(newOptions.sizingClasses(options)), tryCombineChars(body), newOptions);
  },
  mathmlBuilder(group, options) {
    var text2 = new TextNode(makeVerb(group));
    var node = new MathNode("mtext", [text2]);
    node.setAttribute("mathvariant", "monospace");
    return node;
  }
});
var makeVerb = (group) => group.body.replace(/ /g, group.star ? "␣" : " ");
var functions = _functions;
var spaceRegexString = "[ \r\n	]";
var controlWordRegexString = "\\\\[a-zA-Z@]+";
var controlSymbolRegexString = "\\\\[^\uD800-\uDFFF]";
var controlWordWhitespaceRegexString = "(" + controlWordRegexString + ")" + spaceRegexString + "*";
var controlSpaceRegexString = "\\\\(\n|[ \r	]+\n?)[ \r	]*";
var combiningDiacriticalMarkString = "[̀-ͯ]";
var combiningDiacriticalMarksEndRegex = new RegExp(combiningDiacriticalMarkString + "+$");
var tokenRegexString = "(" + spaceRegexString + "+)|" + // whitespace
(controlSpaceRegexString + "|") + // \whitespace
"([!-\\[\\]-‧‪-퟿豈-￿]" + // single codepoint
(combiningDiacriticalMarkString + "*") + // ...plus accents
"|[\uD800-\uDBFF][\uDC00-\uDFFF]" + // surrogate pair
(combiningDiacriticalMarkString + "*") + // ...plus accents
"|\\\\verb\\*([^]).*?\\4|\\\\verb([^*a-zA-Z]).*?\\5" + // \verb unstarred
("|" + controlWordWhitespaceRegexString) + // \macroName + spaces
("|" + controlSymbolRegexString + ")");
class Lexer {
  constructor(input, settings) {
    this.input = void 0;
    this.settings = void 0;
    this.tokenRegex = void 0;
    this.catcodes = void 0;
    this.input = input;
    this.settings = settings;
    this.tokenRegex = new RegExp(tokenRegexString, "g");
    this.catcodes = {
      "%": 14,
      // comment character
      "~": 13
      // active character
    };
  }
  setCatcode(char, code) {
    this.catcodes[char] = code;
  }
  /**
   * This function lexes a single token.
   */
  lex() {
    var input = this.input;
    var pos = this.tokenRegex.lastIndex;
    if (pos === input.length) {
      return new Token("EOF", new SourceLocation(this, pos, pos));
    }
    var match2 = this.tokenRegex.exec(input);
    if (match2 === null || match2.index !== pos) {
      throw new ParseError("Unexpected character: '" + input[pos] + "'", new Token(input[pos], new SourceLocation(this, pos, pos + 1)));
    }
    var text2 = match2[6] || match2[3] || (match2[2] ? "\\ " : " ");
    if (this.catcodes[text2] === 14) {
      var nlIndex = input.indexOf("\n", this.tokenRegex.lastIndex);
      if (nlIndex === -1) {
        this.tokenRegex.lastIndex = input.length;
        this.settings.reportNonstrict("commentAtEnd", "% comment has no terminating newline; LaTeX would fail because of commenting the end of math mode (e.g. $)");
      } else {
        this.tokenRegex.lastIndex = nlIndex + 1;
      }
      return this.lex();
    }
    return new Token(text2, new SourceLocation(this, pos, this.tokenRegex.lastIndex));
  }
}
class Namespace {
  /**
   * Both arguments are optional.  The first argument is an object of
   * built-in mappings which never change.  The second argument is an object
   * of initial (global-level) mappings, which will constantly change
   * according to any global/top-level `set`s done.
   */
  constructor(builtins, globalMacros) {
    if (builtins === void 0) {
      builtins = {};
    }
    if (globalMacros === void 0) {
      globalMacros = {};
    }
    this.current = void 0;
    this.builtins = void 0;
    this.undefStack = void 0;
    this.current = globalMacros;
    this.builtins = builtins;
    this.undefStack = [];
  }
  /**
   * Start a new nested group, affecting future local `set`s.
   */
  beginGroup() {
    this.undefStack.push({});
  }
  /**
   * End current nested group, restoring values before the group began.
   */
  endGroup() {
    if (this.undefStack.length === 0) {
      throw new ParseError("Unbalanced namespace destruction: attempt to pop global namespace; please report this as a bug");
    }
    var undefs = this.undefStack.pop();
    for (var undef in undefs) {
      if (undefs.hasOwnProperty(undef)) {
        if (undefs[undef] == null) {
          delete this.current[undef];
        } else {
          this.current[undef] = undefs[undef];
        }
      }
    }
  }
  /**
   * Ends all currently nested groups (if any), restoring values before the
   * groups began.  Useful in case of an error in the middle of parsing.
   */
  endGroups() {
    while (this.undefStack.length > 0) {
      this.endGroup();
    }
  }
  /**
   * Detect whether `name` has a definition.  Equivalent to
   * `get(name) != null`.
   */
  has(name) {
    return this.current.hasOwnProperty(name) || this.builtins.hasOwnProperty(name);
  }
  /**
   * Get the current value of a name, or `undefined` if there is no value.
   *
   * Note: Do not use `if (namespace.get(...))` to detect whether a macro
   * is defined, as the definition may be the empty string which evaluates
   * to `false` in JavaScript.  Use `if (namespace.get(...) != null)` or
   * `if (namespace.has(...))`.
   */
  get(name) {
    if (this.current.hasOwnProperty(name)) {
      return this.current[name];
    } else {
      return this.builtins[name];
    }
  }
  /**
   * Set the current value of a name, and optionally set it globally too.
   * Local set() sets the current value and (when appropriate) adds an undo
   * operation to the undo stack.  Global set() may change the undo
   * operation at every level, so takes time linear in their number.
   * A value of undefined means to delete existing definitions.
   */
  set(name, value, global) {
    if (global === void 0) {
      global = false;
    }
    if (global) {
      for (var i = 0; i < this.undefStack.length; i++) {
        delete this.undefStack[i][name];
      }
      if (this.undefStack.length > 0) {
        this.undefStack[this.undefStack.length - 1][name] = value;
      }
    } else {
      var top = this.undefStack[this.undefStack.length - 1];
      if (top && !top.hasOwnProperty(name)) {
        top[name] = this.current[name];
      }
    }
    if (value == null) {
      delete this.current[name];
    } else {
      this.current[name] = value;
    }
  }
}
var macros = _macros;
defineMacro("\\noexpand", function(context) {
  var t = context.popToken();
  if (context.isExpandable(t.text)) {
    t.noexpand = true;
    t.treatAsRelax = true;
  }
  return {
    tokens: [t],
    numArgs: 0
  };
});
defineMacro("\\expandafter", function(context) {
  var t = context.popToken();
  context.expandOnce(true);
  return {
    tokens: [t],
    numArgs: 0
  };
});
defineMacro("\\@firstoftwo", function(context) {
  var args = context.consumeArgs(2);
  return {
    tokens: args[0],
    numArgs: 0
  };
});
defineMacro("\\@secondoftwo", function(context) {
  var args = context.consumeArgs(2);
  return {
    tokens: args[1],
    numArgs: 0
  };
});
defineMacro("\\@ifnextchar", function(context) {
  var args = context.consumeArgs(3);
  context.consumeSpaces();
  var nextToken = context.future();
  if (args[0].length === 1 && args[0][0].text === nextToken.text) {
    return {
      tokens: args[1],
      numArgs: 0
    };
  } else {
    return {
      tokens: args[2],
      numArgs: 0
    };
  }
});
defineMacro("\\@ifstar", "\\@ifnextchar *{\\@firstoftwo{#1}}");
defineMacro("\\TextOrMath", function(context) {
  var args = context.consumeArgs(2);
  if (context.mode === "text") {
    return {
      tokens: args[0],
      numArgs: 0
    };
  } else {
    return {
      tokens: args[1],
      numArgs: 0
    };
  }
});
var digitToNumber = {
  "0": 0,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  "6": 6,
  "7": 7,
  "8": 8,
  "9": 9,
  "a": 10,
  "A": 10,
  "b": 11,
  "B": 11,
  "c": 12,
  "C": 12,
  "d": 13,
  "D": 13,
  "e": 14,
  "E": 14,
  "f": 15,
  "F": 15
};
defineMacro("\\char", function(context) {
  var token = context.popToken();
  var base2;
  var number = 0;
  if (token.text === "'") {
    base2 = 8;
    token = context.popToken();
  } else if (token.text === '"') {
    base2 = 16;
    token = context.popToken();
  } else if (token.text === "`") {
    token = context.popToken();
    if (token.text[0] === "\\") {
      number = token.text.charCodeAt(1);
    } else if (token.text === "EOF") {
      throw new ParseError("\\char` missing argument");
    } else {
      number = token.text.charCodeAt(0);
    }
  } else {
    base2 = 10;
  }
  if (base2) {
    number = digitToNumber[token.text];
    if (number == null || number >= base2) {
      throw new ParseError("Invalid base-" + base2 + " digit " + token.text);
    }
    var digit;
    while ((digit = digitToNumber[context.future().text]) != null && digit < base2) {
      number *= base2;
      number += digit;
      context.popToken();
    }
  }
  return "\\@char{" + number + "}";
});
var newcommand = (context, existsOK, nonexistsOK, skipIfExists) => {
  var arg = context.consumeArg().tokens;
  if (arg.length !== 1) {
    throw new ParseError("\\newcommand's first argument must be a macro name");
  }
  var name = arg[0].text;
  var exists = context.isDefined(name);
  if (exists && !existsOK) {
    throw new ParseError("\\newcommand{" + name + "} attempting to redefine " + (name + "; use \\renewcommand"));
  }
  if (!exists && !nonexistsOK) {
    throw new ParseError("\\renewcommand{" + name + "} when command " + name + " does not yet exist; use \\newcommand");
  }
  var numArgs = 0;
  arg = context.consumeArg().tokens;
  if (arg.length === 1 && arg[0].text === "[") {
    var argText = "";
    var token = context.expandNextToken();
    while (token.text !== "]" && token.text !== "EOF") {
      argText += token.text;
      token = context.expandNextToken();
    }
    if (!argText.match(/^\s*[0-9]+\s*$/)) {
      throw new ParseError("Invalid number of arguments: " + argText);
    }
    numArgs = parseInt(argText);
    arg = context.consumeArg().tokens;
  }
  if (!(exists && skipIfExists)) {
    context.macros.set(name, {
      tokens: arg,
      numArgs
    });
  }
  return "";
};
defineMacro("\\newcommand", (context) => newcommand(context, false, true, false));
defineMacro("\\renewcommand", (context) => newcommand(context, true, false, false));
defineMacro("\\providecommand", (context) => newcommand(context, true, true, true));
defineMacro("\\message", (context) => {
  var arg = context.consumeArgs(1)[0];
  console.log(arg.reverse().map((token) => token.text).join(""));
  return "";
});
defineMacro("\\errmessage", (context) => {
  var arg = context.consumeArgs(1)[0];
  console.error(arg.reverse().map((token) => token.text).join(""));
  return "";
});
defineMacro("\\show", (context) => {
  var tok = context.popToken();
  var name = tok.text;
  console.log(tok, context.macros.get(name), functions[name], symbols.math[name], symbols.text[name]);
  return "";
});
defineMacro("\\bgroup", "{");
defineMacro("\\egroup", "}");
defineMacro("~", "\\nobreakspace");
defineMacro("\\lq", "`");
defineMacro("\\rq", "'");
defineMacro("\\aa", "\\r a");
defineMacro("\\AA", "\\r A");
defineMacro("\\textcopyright", "\\html@mathml{\\textcircled{c}}{\\char`©}");
defineMacro("\\copyright", "\\TextOrMath{\\textcopyright}{\\text{\\textcopyright}}");
defineMacro("\\textregistered", "\\html@mathml{\\textcircled{\\scriptsize R}}{\\char`®}");
defineMacro("ℬ", "\\mathscr{B}");
defineMacro("ℰ", "\\mathscr{E}");
defineMacro("ℱ", "\\mathscr{F}");
defineMacro("ℋ", "\\mathscr{H}");
defineMacro("ℐ", "\\mathscr{I}");
defineMacro("ℒ", "\\mathscr{L}");
defineMacro("ℳ", "\\mathscr{M}");
defineMacro("ℛ", "\\mathscr{R}");
defineMacro("ℭ", "\\mathfrak{C}");
defineMacro("ℌ", "\\mathfrak{H}");
defineMacro("ℨ", "\\mathfrak{Z}");
defineMacro("\\Bbbk", "\\Bbb{k}");
defineMacro("\\llap", "\\mathllap{\\textrm{#1}}");
defineMacro("\\rlap", "\\mathrlap{\\textrm{#1}}");
defineMacro("\\clap", "\\mathclap{\\textrm{#1}}");
defineMacro("\\mathstrut", "\\vphantom{(}");
defineMacro("\\underbar", "\\underline{\\text{#1}}");
defineMacro("\\not", '\\html@mathml{\\mathrel{\\mathrlap\\@not}\\nobreak}{\\char"338}');
defineMacro("\\neq", "\\html@mathml{\\mathrel{\\not=}}{\\mathrel{\\char`≠}}");
defineMacro("\\ne", "\\neq");
defineMacro("≠", "\\neq");
defineMacro("\\notin", "\\html@mathml{\\mathrel{{\\in}\\mathllap{/\\mskip1mu}}}{\\mathrel{\\char`∉}}");
defineMacro("∉", "\\notin");
defineMacro("≘", "\\html@mathml{\\mathrel{=\\kern{-1em}\\raisebox{0.4em}{$\\scriptsize\\frown$}}}{\\mathrel{\\char`≘}}");
defineMacro("≙", "\\html@mathml{\\stackrel{\\tiny\\wedge}{=}}{\\mathrel{\\char`≘}}");
defineMacro("≚", "\\html@mathml{\\stackrel{\\tiny\\vee}{=}}{\\mathrel{\\char`≚}}");
defineMacro("≛", "\\html@mathml{\\stackrel{\\scriptsize\\star}{=}}{\\mathrel{\\char`≛}}");
defineMacro("≝", "\\html@mathml{\\stackrel{\\tiny\\mathrm{def}}{=}}{\\mathrel{\\char`≝}}");
defineMacro("≞", "\\html@mathml{\\stackrel{\\tiny\\mathrm{m}}{=}}{\\mathrel{\\char`≞}}");
defineMacro("≟", "\\html@mathml{\\stackrel{\\tiny?}{=}}{\\mathrel{\\char`≟}}");
defineMacro("⟂", "\\perp");
defineMacro("‼", "\\mathclose{!\\mkern-0.8mu!}");
defineMacro("∌", "\\notni");
defineMacro("⌜", "\\ulcorner");
defineMacro("⌝", "\\urcorner");
defineMacro("⌞", "\\llcorner");
defineMacro("⌟", "\\lrcorner");
defineMacro("©", "\\copyright");
defineMacro("®", "\\textregistered");
defineMacro("\\ulcorner", '\\html@mathml{\\@ulcorner}{\\mathop{\\char"231c}}');
defineMacro("\\urcorner", '\\html@mathml{\\@urcorner}{\\mathop{\\char"231d}}');
defineMacro("\\llcorner", '\\html@mathml{\\@llcorner}{\\mathop{\\char"231e}}');
defineMacro("\\lrcorner", '\\html@mathml{\\@lrcorner}{\\mathop{\\char"231f}}');
defineMacro("\\vdots", "{\\varvdots\\rule{0pt}{15pt}}");
defineMacro("⋮", "\\vdots");
defineMacro("\\varGamma", "\\mathit{\\Gamma}");
defineMacro("\\varDelta", "\\mathit{\\Delta}");
defineMacro("\\varTheta", "\\mathit{\\Theta}");
defineMacro("\\varLambda", "\\mathit{\\Lambda}");
defineMacro("\\varXi", "\\mathit{\\Xi}");
defineMacro("\\varPi", "\\mathit{\\Pi}");
defineMacro("\\varSigma", "\\mathit{\\Sigma}");
defineMacro("\\varUpsilon", "\\mathit{\\Upsilon}");
defineMacro("\\varPhi", "\\mathit{\\Phi}");
defineMacro("\\varPsi", "\\mathit{\\Psi}");
defineMacro("\\varOmega", "\\mathit{\\Omega}");
defineMacro("\\substack", "\\begin{subarray}{c}#1\\end{subarray}");
defineMacro("\\colon", "\\nobreak\\mskip2mu\\mathpunct{}\\mathchoice{\\mkern-3mu}{\\mkern-3mu}{}{}{:}\\mskip6mu\\relax");
defineMacro("\\boxed", "\\fbox{$\\displaystyle{#1}$}");
defineMacro("\\iff", "\\DOTSB\\;\\Longleftrightarrow\\;");
defineMacro("\\implies", "\\DOTSB\\;\\Longrightarrow\\;");
defineMacro("\\impliedby", "\\DOTSB\\;\\Longleftarrow\\;");
defineMacro("\\dddot", "{\\overset{\\raisebox{-0.1ex}{\\normalsize ...}}{#1}}");
defineMacro("\\ddddot", "{\\overset{\\raisebox{-0.1ex}{\\normalsize ....}}{#1}}");
var dotsByToken = {
  ",": "\\dotsc",
  "\\not": "\\dotsb",
  // \keybin@ checks for the following:
  "+": "\\dotsb",
  "=": "\\dotsb",
  "<": "\\dotsb",
  ">": "\\dotsb",
  "-": "\\dotsb",
  "*": "\\dotsb",
  ":": "\\dotsb",
  // Symbols whose definition starts with \DOTSB:
  "\\DOTSB": "\\dotsb",
  "\\coprod": "\\dotsb",
  "\\bigvee": "\\dotsb",
  "\\bigwedge": "\\dotsb",
  "\\biguplus": "\\dotsb",
  "\\bigcap": "\\dotsb",
  "\\bigcup": "\\dotsb",
  "\\prod": "\\dotsb",
  "\\sum": "\\dotsb",
  "\\bigotimes": "\\dotsb",
  "\\bigoplus": "\\dotsb",
  "\\bigodot": "\\dotsb",
  "\\bigsqcup": "\\dotsb",
  "\\And": "\\dotsb",
  "\\longrightarrow": "\\dotsb",
  "\\Longrightarrow": "\\dotsb",
  "\\longleftarrow": "\\dotsb",
  "\\Longleftarrow": "\\dotsb",
  "\\longleftrightarrow": "\\dotsb",
  "\\Longleftrightarrow": "\\dotsb",
  "\\mapsto": "\\dotsb",
  "\\longmapsto": "\\dotsb",
  "\\hookrightarrow": "\\dotsb",
  "\\doteq": "\\dotsb",
  // Symbols whose definition starts with \mathbin:
  "\\mathbin": "\\dotsb",
  // Symbols whose definition starts with \mathrel:
  "\\mathrel": "\\dotsb",
  "\\relbar": "\\dotsb",
  "\\Relbar": "\\dotsb",
  "\\xrightarrow": "\\dotsb",
  "\\xleftarrow": "\\dotsb",
  // Symbols whose definition starts with \DOTSI:
  "\\DOTSI": "\\dotsi",
  "\\int": "\\dotsi",
  "\\oint": "\\dotsi",
  "\\iint": "\\dotsi",
  "\\iiint": "\\dotsi",
  "\\iiiint": "\\dotsi",
  "\\idotsint": "\\dotsi",
  // Symbols whose definition starts with \DOTSX:
  "\\DOTSX": "\\dotsx"
};
var dotsbGroups = /* @__PURE__ */ new Set(["bin", "rel"]);
defineMacro("\\dots", function(context) {
  var thedots = "\\dotso";
  var next = context.expandAfterFuture().text;
  if (next in dotsByToken) {
    thedots = dotsByToken[next];
  } else if (next.slice(0, 4) === "\\not") {
    thedots = "\\dotsb";
  } else if (next in symbols.math) {
    if (dotsbGroups.has(symbols.math[next].group)) {
      thedots = "\\dotsb";
    }
  }
  return thedots;
});
var spaceAfterDots = {
  // \rightdelim@ checks for the following:
  ")": true,
  "]": true,
  "\\rbrack": true,
  "\\}": true,
  "\\rbrace": true,
  "\\rangle": true,
  "\\rceil": true,
  "\\rfloor": true,
  "\\rgroup": true,
  "\\rmoustache": true,
  "\\right": true,
  "\\bigr": true,
  "\\biggr": true,
  "\\Bigr": true,
  "\\Biggr": true,
  // \extra@ also tests for the following:
  "$": true,
  // \extrap@ checks for the following:
  ";": true,
  ".": true,
  ",": true
};
defineMacro("\\dotso", function(context) {
  var next = context.future().text;
  if (next in spaceAfterDots) {
    return "\\ldots\\,";
  } else {
    return "\\ldots";
  }
});
defineMacro("\\dotsc", function(context) {
  var next = context.future().text;
  if (next in spaceAfterDots && next !== ",") {
    return "\\ldots\\,";
  } else {
    return "\\ldots";
  }
});
defineMacro("\\cdots", function(context) {
  var next = context.future().text;
  if (next in spaceAfterDots) {
    return "\\@cdots\\,";
  } else {
    return "\\@cdots";
  }
});
defineMacro("\\dotsb", "\\cdots");
defineMacro("\\dotsm", "\\cdots");
defineMacro("\\dotsi", "\\!\\cdots");
defineMacro("\\dotsx", "\\ldots\\,");
defineMacro("\\DOTSI", "\\relax");
defineMacro("\\DOTSB", "\\relax");
defineMacro("\\DOTSX", "\\relax");
defineMacro("\\tmspace", "\\TextOrMath{\\kern#1#3}{\\mskip#1#2}\\relax");
defineMacro("\\,", "\\tmspace+{3mu}{.1667em}");
defineMacro("\\thinspace", "\\,");
defineMacro("\\>", "\\mskip{4mu}");
defineMacro("\\:", "\\tmspace+{4mu}{.2222em}");
defineMacro("\\medspace", "\\:");
defineMacro("\\;", "\\tmspace+{5mu}{.2777em}");
defineMacro("\\thickspace", "\\;");
defineMacro("\\!", "\\tmspace-{3mu}{.1667em}");
defineMacro("\\negthinspace", "\\!");
defineMacro("\\negmedspace", "\\tmspace-{4mu}{.2222em}");
defineMacro("\\negthickspace", "\\tmspace-{5mu}{.277em}");
defineMacro("\\enspace", "\\kern.5em ");
defineMacro("\\enskip", "\\hskip.5em\\relax");
defineMacro("\\quad", "\\hskip1em\\relax");
defineMacro("\\qquad", "\\hskip2em\\relax");
defineMacro("\\tag", "\\@ifstar\\tag@literal\\tag@paren");
defineMacro("\\tag@paren", "\\tag@literal{({#1})}");
defineMacro("\\tag@literal", (context) => {
  if (context.macros.get("\\df@tag")) {
    throw new ParseError("Multiple \\tag");
  }
  return "\\gdef\\df@tag{\\text{#1}}";
});
defineMacro("\\bmod", "\\mathchoice{\\mskip1mu}{\\mskip1mu}{\\mskip5mu}{\\mskip5mu}\\mathbin{\\rm mod}\\mathchoice{\\mskip1mu}{\\mskip1mu}{\\mskip5mu}{\\mskip5mu}");
defineMacro("\\pod", "\\allowbreak\\mathchoice{\\mkern18mu}{\\mkern8mu}{\\mkern8mu}{\\mkern8mu}(#1)");
defineMacro("\\pmod", "\\pod{{\\rm mod}\\mkern6mu#1}");
defineMacro("\\mod", "\\allowbreak\\mathchoice{\\mkern18mu}{\\mkern12mu}{\\mkern12mu}{\\mkern12mu}{\\rm mod}\\,\\,#1");
defineMacro("\\newline", "\\\\\\relax");
defineMacro("\\TeX", "\\textrm{\\html@mathml{T\\kern-.1667em\\raisebox{-.5ex}{E}\\kern-.125emX}{TeX}}");
var latexRaiseA = makeEm(fontMetricsData["Main-Regular"]["T".charCodeAt(0)][1] - 0.7 * fontMetricsData["Main-Regular"]["A".charCodeAt(0)][1]);
defineMacro("\\LaTeX", "\\textrm{\\html@mathml{" + ("L\\kern-.36em\\raisebox{" + latexRaiseA + "}{\\scriptstyle A}") + "\\kern-.15em\\TeX}{LaTeX}}");
defineMacro("\\KaTeX", "\\textrm{\\html@mathml{" + ("K\\kern-.17em\\raisebox{" + latexRaiseA + "}{\\scriptstyle A}") + "\\kern-.15em\\TeX}{KaTeX}}");
defineMacro("\\hspace", "\\@ifstar\\@hspacer\\@hspace");
defineMacro("\\@hspace", "\\hskip #1\\relax");
defineMacro("\\@hspacer", "\\rule{0pt}{0pt}\\hskip #1\\relax");
defineMacro("\\ordinarycolon", ":");
defineMacro("\\vcentcolon", "\\mathrel{\\mathop\\ordinarycolon}");
defineMacro("\\dblcolon", '\\html@mathml{\\mathrel{\\vcentcolon\\mathrel{\\mkern-.9mu}\\vcentcolon}}{\\mathop{\\char"2237}}');
defineMacro("\\coloneqq", '\\html@mathml{\\mathrel{\\vcentcolon\\mathrel{\\mkern-1.2mu}=}}{\\mathop{\\char"2254}}');
defineMacro("\\Coloneqq", '\\html@mathml{\\mathrel{\\dblcolon\\mathrel{\\mkern-1.2mu}=}}{\\mathop{\\char"2237\\char"3d}}');
defineMacro("\\coloneq", '\\html@mathml{\\mathrel{\\vcentcolon\\mathrel{\\mkern-1.2mu}\\mathrel{-}}}{\\mathop{\\char"3a\\char"2212}}');
defineMacro("\\Coloneq", '\\html@mathml{\\mathrel{\\dblcolon\\mathrel{\\mkern-1.2mu}\\mathrel{-}}}{\\mathop{\\char"2237\\char"2212}}');
defineMacro("\\eqqcolon", '\\html@mathml{\\mathrel{=\\mathrel{\\mkern-1.2mu}\\vcentcolon}}{\\mathop{\\char"2255}}');
defineMacro("\\Eqqcolon", '\\html@mathml{\\mathrel{=\\mathrel{\\mkern-1.2mu}\\dblcolon}}{\\mathop{\\char"3d\\char"2237}}');
defineMacro("\\eqcolon", '\\html@mathml{\\mathrel{\\mathrel{-}\\mathrel{\\mkern-1.2mu}\\vcentcolon}}{\\mathop{\\char"2239}}');
defineMacro("\\Eqcolon", '\\html@mathml{\\mathrel{\\mathrel{-}\\mathrel{\\mkern-1.2mu}\\dblcolon}}{\\mathop{\\char"2212\\char"2237}}');
defineMacro("\\colonapprox", '\\html@mathml{\\mathrel{\\vcentcolon\\mathrel{\\mkern-1.2mu}\\approx}}{\\mathop{\\char"3a\\char"2248}}');
defineMacro("\\Colonapprox", '\\html@mathml{\\mathrel{\\dblcolon\\mathrel{\\mkern-1.2mu}\\approx}}{\\mathop{\\char"2237\\char"2248}}');
defineMacro("\\colonsim", '\\html@mathml{\\mathrel{\\vcentcolon\\mathrel{\\mkern-1.2mu}\\sim}}{\\mathop{\\char"3a\\char"223c}}');
defineMacro("\\Colonsim", '\\html@mathml{\\mathrel{\\dblcolon\\mathrel{\\mkern-1.2mu}\\sim}}{\\mathop{\\char"2237\\char"223c}}');
defineMacro("∷", "\\dblcolon");
defineMacro("∹", "\\eqcolon");
defineMacro("≔", "\\coloneqq");
defineMacro("≕", "\\eqqcolon");
defineMacro("⩴", "\\Coloneqq");
defineMacro("\\ratio", "\\vcentcolon");
defineMacro("\\coloncolon", "\\dblcolon");
defineMacro("\\colonequals", "\\coloneqq");
defineMacro("\\coloncolonequals", "\\Coloneqq");
defineMacro("\\equalscolon", "\\eqqcolon");
defineMacro("\\equalscoloncolon", "\\Eqqcolon");
defineMacro("\\colonminus", "\\coloneq");
defineMacro("\\coloncolonminus", "\\Coloneq");
defineMacro("\\minuscolon", "\\eqcolon");
defineMacro("\\minuscoloncolon", "\\Eqcolon");
defineMacro("\\coloncolonapprox", "\\Colonapprox");
defineMacro("\\coloncolonsim", "\\Colonsim");
defineMacro("\\simcolon", "\\mathrel{\\sim\\mathrel{\\mkern-1.2mu}\\vcentcolon}");
defineMacro("\\simcoloncolon", "\\mathrel{\\sim\\mathrel{\\mkern-1.2mu}\\dblcolon}");
defineMacro("\\approxcolon", "\\mathrel{\\approx\\mathrel{\\mkern-1.2mu}\\vcentcolon}");
defineMacro("\\approxcoloncolon", "\\mathrel{\\approx\\mathrel{\\mkern-1.2mu}\\dblcolon}");
defineMacro("\\notni", "\\html@mathml{\\not\\ni}{\\mathrel{\\char`∌}}");
defineMacro("\\limsup", "\\DOTSB\\operatorname*{lim\\,sup}");
defineMacro("\\liminf", "\\DOTSB\\operatorname*{lim\\,inf}");
defineMacro("\\injlim", "\\DOTSB\\operatorname*{inj\\,lim}");
defineMacro("\\projlim", "\\DOTSB\\operatorname*{proj\\,lim}");
defineMacro("\\varlimsup", "\\DOTSB\\operatorname*{\\overline{lim}}");
defineMacro("\\varliminf", "\\DOTSB\\operatorname*{\\underline{lim}}");
defineMacro("\\varinjlim", "\\DOTSB\\operatorname*{\\underrightarrow{lim}}");
defineMacro("\\varprojlim", "\\DOTSB\\operatorname*{\\underleftarrow{lim}}");
defineMacro("\\gvertneqq", "\\html@mathml{\\@gvertneqq}{≩}");
defineMacro("\\lvertneqq", "\\html@mathml{\\@lvertneqq}{≨}");
defineMacro("\\ngeqq", "\\html@mathml{\\@ngeqq}{≱}");
defineMacro("\\ngeqslant", "\\html@mathml{\\@ngeqslant}{≱}");
defineMacro("\\nleqq", "\\html@mathml{\\@nleqq}{≰}");
defineMacro("\\nleqslant", "\\html@mathml{\\@nleqslant}{≰}");
defineMacro("\\nshortmid", "\\html@mathml{\\@nshortmid}{∤}");
defineMacro("\\nshortparallel", "\\html@mathml{\\@nshortparallel}{∦}");
defineMacro("\\nsubseteqq", "\\html@mathml{\\@nsubseteqq}{⊈}");
defineMacro("\\nsupseteqq", "\\html@mathml{\\@nsupseteqq}{⊉}");
defineMacro("\\varsubsetneq", "\\html@mathml{\\@varsubsetneq}{⊊}");
defineMacro("\\varsubsetneqq", "\\html@mathml{\\@varsubsetneqq}{⫋}");
defineMacro("\\varsupsetneq", "\\html@mathml{\\@varsupsetneq}{⊋}");
defineMacro("\\varsupsetneqq", "\\html@mathml{\\@varsupsetneqq}{⫌}");
defineMacro("\\imath", "\\html@mathml{\\@imath}{ı}");
defineMacro("\\jmath", "\\html@mathml{\\@jmath}{ȷ}");
defineMacro("\\llbracket", "\\html@mathml{\\mathopen{[\\mkern-3.2mu[}}{\\mathopen{\\char`⟦}}");
defineMacro("\\rrbracket", "\\html@mathml{\\mathclose{]\\mkern-3.2mu]}}{\\mathclose{\\char`⟧}}");
defineMacro("⟦", "\\llbracket");
defineMacro("⟧", "\\rrbracket");
defineMacro("\\lBrace", "\\html@mathml{\\mathopen{\\{\\mkern-3.2mu[}}{\\mathopen{\\char`⦃}}");
defineMacro("\\rBrace", "\\html@mathml{\\mathclose{]\\mkern-3.2mu\\}}}{\\mathclose{\\char`⦄}}");
defineMacro("⦃", "\\lBrace");
defineMacro("⦄", "\\rBrace");
defineMacro("\\minuso", "\\mathbin{\\html@mathml{{\\mathrlap{\\mathchoice{\\kern{0.145em}}{\\kern{0.145em}}{\\kern{0.1015em}}{\\kern{0.0725em}}\\circ}{-}}}{\\char`⦵}}");
defineMacro("⦵", "\\minuso");
defineMacro("\\darr", "\\downarrow");
defineMacro("\\dArr", "\\Downarrow");
defineMacro("\\Darr", "\\Downarrow");
defineMacro("\\lang", "\\langle");
defineMacro("\\rang", "\\rangle");
defineMacro("\\uarr", "\\uparrow");
defineMacro("\\uArr", "\\Uparrow");
defineMacro("\\Uarr", "\\Uparrow");
defineMacro("\\N", "\\mathbb{N}");
defineMacro("\\R", "\\mathbb{R}");
defineMacro("\\Z", "\\mathbb{Z}");
defineMacro("\\alef", "\\aleph");
defineMacro("\\alefsym", "\\aleph");
defineMacro("\\Alpha", "\\mathrm{A}");
defineMacro("\\Beta", "\\mathrm{B}");
defineMacro("\\bull", "\\bullet");
defineMacro("\\Chi", "\\mathrm{X}");
defineMacro("\\clubs", "\\clubsuit");
defineMacro("\\cnums", "\\mathbb{C}");
defineMacro("\\Complex", "\\mathbb{C}");
defineMacro("\\Dagger", "\\ddagger");
defineMacro("\\diamonds", "\\diamondsuit");
defineMacro("\\empty", "\\emptyset");
defineMacro("\\Epsilon", "\\mathrm{E}");
defineMacro("\\Eta", "\\mathrm{H}");
defineMacro("\\exist", "\\exists");
defineMacro("\\harr", "\\leftrightarrow");
defineMacro("\\hArr", "\\Leftrightarrow");
defineMacro("\\Harr", "\\Leftrightarrow");
defineMacro("\\hearts", "\\heartsuit");
defineMacro("\\image", "\\Im");
defineMacro("\\infin", "\\infty");
defineMacro("\\Iota", "\\mathrm{I}");
defineMacro("\\isin", "\\in");
defineMacro("\\Kappa", "\\mathrm{K}");
defineMacro("\\larr", "\\leftarrow");
defineMacro("\\lArr", "\\Leftarrow");
defineMacro("\\Larr", "\\Leftarrow");
defineMacro("\\lrarr", "\\leftrightarrow");
defineMacro("\\lrArr", "\\Leftrightarrow");
defineMacro("\\Lrarr", "\\Leftrightarrow");
defineMacro("\\Mu", "\\mathrm{M}");
defineMacro("\\natnums", "\\mathbb{N}");
defineMacro("\\Nu", "\\mathrm{N}");
defineMacro("\\Omicron", "\\mathrm{O}");
defineMacro("\\plusmn", "\\pm");
defineMacro("\\rarr", "\\rightarrow");
defineMacro("\\rArr", "\\Rightarrow");
defineMacro("\\Rarr", "\\Rightarrow");
defineMacro("\\real", "\\Re");
defineMacro("\\reals", "\\mathbb{R}");
defineMacro("\\Reals", "\\mathbb{R}");
defineMacro("\\Rho", "\\mathrm{P}");
defineMacro("\\sdot", "\\cdot");
defineMacro("\\sect", "\\S");
defineMacro("\\spades", "\\spadesuit");
defineMacro("\\sub", "\\subset");
defineMacro("\\sube", "\\subseteq");
defineMacro("\\supe", "\\supseteq");
defineMacro("\\Tau", "\\mathrm{T}");
defineMacro("\\thetasym", "\\vartheta");
defineMacro("\\weierp", "\\wp");
defineMacro("\\Zeta", "\\mathrm{Z}");
defineMacro("\\argmin", "\\DOTSB\\operatorname*{arg\\,min}");
defineMacro("\\argmax", "\\DOTSB\\operatorname*{arg\\,max}");
defineMacro("\\plim", "\\DOTSB\\mathop{\\operatorname{plim}}\\limits");
defineMacro("\\bra", "\\mathinner{\\langle{#1}|}");
defineMacro("\\ket", "\\mathinner{|{#1}\\rangle}");
defineMacro("\\braket", "\\mathinner{\\langle{#1}\\rangle}");
defineMacro("\\Bra", "\\left\\langle#1\\right|");
defineMacro("\\Ket", "\\left|#1\\right\\rangle");
var braketHelper = (one2) => (context) => {
  var left = context.consumeArg().tokens;
  var middle = context.consumeArg().tokens;
  var middleDouble = context.consumeArg().tokens;
  var right = context.consumeArg().tokens;
  var oldMiddle = context.macros.get("|");
  var oldMiddleDouble = context.macros.get("\\|");
  context.macros.beginGroup();
  var midMacro = (double) => (context2) => {
    if (one2) {
      context2.macros.set("|", oldMiddle);
      if (middleDouble.length) {
        context2.macros.set("\\|", oldMiddleDouble);
      }
    }
    var doubled = double;
    if (!double && middleDouble.length) {
      var nextToken = context2.future();
      if (nextToken.text === "|") {
        context2.popToken();
        doubled = true;
      }
    }
    return {
      tokens: doubled ? middleDouble : middle,
      numArgs: 0
    };
  };
  context.macros.set("|", midMacro(false));
  if (middleDouble.length) {
    context.macros.set("\\|", midMacro(true));
  }
  var arg = context.consumeArg().tokens;
  var expanded = context.expandTokens([
    ...right,
    ...arg,
    ...left
    // reversed
  ]);
  context.macros.endGroup();
  return {
    tokens: expanded.reverse(),
    numArgs: 0
  };
};
defineMacro("\\bra@ket", braketHelper(false));
defineMacro("\\bra@set", braketHelper(true));
defineMacro("\\Braket", "\\bra@ket{\\left\\langle}{\\,\\middle\\vert\\,}{\\,\\middle\\vert\\,}{\\right\\rangle}");
defineMacro("\\Set", "\\bra@set{\\left\\{\\:}{\\;\\middle\\vert\\;}{\\;\\middle\\Vert\\;}{\\:\\right\\}}");
defineMacro("\\set", "\\bra@set{\\{\\,}{\\mid}{}{\\,\\}}");
defineMacro("\\angln", "{\\angl n}");
defineMacro("\\blue", "\\textcolor{##6495ed}{#1}");
defineMacro("\\orange", "\\textcolor{##ffa500}{#1}");
defineMacro("\\pink", "\\textcolor{##ff00af}{#1}");
defineMacro("\\red", "\\textcolor{##df0030}{#1}");
defineMacro("\\green", "\\textcolor{##28ae7b}{#1}");
defineMacro("\\gray", "\\textcolor{gray}{#1}");
defineMacro("\\purple", "\\textcolor{##9d38bd}{#1}");
defineMacro("\\blueA", "\\textcolor{##ccfaff}{#1}");
defineMacro("\\blueB", "\\textcolor{##80f6ff}{#1}");
defineMacro("\\blueC", "\\textcolor{##63d9ea}{#1}");
defineMacro("\\blueD", "\\textcolor{##11accd}{#1}");
defineMacro("\\blueE", "\\textcolor{##0c7f99}{#1}");
defineMacro("\\tealA", "\\textcolor{##94fff5}{#1}");
defineMacro("\\tealB", "\\textcolor{##26edd5}{#1}");
defineMacro("\\tealC", "\\textcolor{##01d1c1}{#1}");
defineMacro("\\tealD", "\\textcolor{##01a995}{#1}");
defineMacro("\\tealE", "\\textcolor{##208170}{#1}");
defineMacro("\\greenA", "\\textcolor{##b6ffb0}{#1}");
defineMacro("\\greenB", "\\textcolor{##8af281}{#1}");
defineMacro("\\greenC", "\\textcolor{##74cf70}{#1}");
defineMacro("\\greenD", "\\textcolor{##1fab54}{#1}");
defineMacro("\\greenE", "\\textcolor{##0d923f}{#1}");
defineMacro("\\goldA", "\\textcolor{##ffd0a9}{#1}");
defineMacro("\\goldB", "\\textcolor{##ffbb71}{#1}");
defineMacro("\\goldC", "\\textcolor{##ff9c39}{#1}");
defineMacro("\\goldD", "\\textcolor{##e07d10}{#1}");
defineMacro("\\goldE", "\\textcolor{##a75a05}{#1}");
defineMacro("\\redA", "\\textcolor{##fca9a9}{#1}");
defineMacro("\\redB", "\\textcolor{##ff8482}{#1}");
defineMacro("\\redC", "\\textcolor{##f9685d}{#1}");
defineMacro("\\redD", "\\textcolor{##e84d39}{#1}");
defineMacro("\\redE", "\\textcolor{##bc2612}{#1}");
defineMacro("\\maroonA", "\\textcolor{##ffbde0}{#1}");
defineMacro("\\maroonB", "\\textcolor{##ff92c6}{#1}");
defineMacro("\\maroonC", "\\textcolor{##ed5fa6}{#1}");
defineMacro("\\maroonD", "\\textcolor{##ca337c}{#1}");
defineMacro("\\maroonE", "\\textcolor{##9e034e}{#1}");
defineMacro("\\purpleA", "\\textcolor{##ddd7ff}{#1}");
defineMacro("\\purpleB", "\\textcolor{##c6b9fc}{#1}");
defineMacro("\\purpleC", "\\textcolor{##aa87ff}{#1}");
defineMacro("\\purpleD", "\\textcolor{##7854ab}{#1}");
defineMacro("\\purpleE", "\\textcolor{##543b78}{#1}");
defineMacro("\\mintA", "\\textcolor{##f5f9e8}{#1}");
defineMacro("\\mintB", "\\textcolor{##edf2df}{#1}");
defineMacro("\\mintC", "\\textcolor{##e0e5cc}{#1}");
defineMacro("\\grayA", "\\textcolor{##f6f7f7}{#1}");
defineMacro("\\grayB", "\\textcolor{##f0f1f2}{#1}");
defineMacro("\\grayC", "\\textcolor{##e3e5e6}{#1}");
defineMacro("\\grayD", "\\textcolor{##d6d8da}{#1}");
defineMacro("\\grayE", "\\textcolor{##babec2}{#1}");
defineMacro("\\grayF", "\\textcolor{##888d93}{#1}");
defineMacro("\\grayG", "\\textcolor{##626569}{#1}");
defineMacro("\\grayH", "\\textcolor{##3b3e40}{#1}");
defineMacro("\\grayI", "\\textcolor{##21242c}{#1}");
defineMacro("\\kaBlue", "\\textcolor{##314453}{#1}");
defineMacro("\\kaGreen", "\\textcolor{##71B307}{#1}");
var implicitCommands = {
  "^": true,
  // Parser.js
  "_": true,
  // Parser.js
  "\\limits": true,
  // Parser.js
  "\\nolimits": true
  // Parser.js
};
class MacroExpander {
  constructor(input, settings, mode) {
    this.settings = void 0;
    this.expansionCount = void 0;
    this.lexer = void 0;
    this.macros = void 0;
    this.stack = void 0;
    this.mode = void 0;
    this.settings = settings;
    this.expansionCount = 0;
    this.feed(input);
    this.macros = new Namespace(macros, settings.macros);
    this.mode = mode;
    this.stack = [];
  }
  /**
   * Feed a new input string to the same MacroExpander
   * (with existing macros etc.).
   */
  feed(input) {
    this.lexer = new Lexer(input, this.settings);
  }
  /**
   * Switches between "text" and "math" modes.
   */
  switchMode(newMode) {
    this.mode = newMode;
  }
  /**
   * Start a new group nesting within all namespaces.
   */
  beginGroup() {
    this.macros.beginGroup();
  }
  /**
   * End current group nesting within all namespaces.
   */
  endGroup() {
    this.macros.endGroup();
  }
  /**
   * Ends all currently nested groups (if any), restoring values before the
   * groups began.  Useful in case of an error in the middle of parsing.
   */
  endGroups() {
    this.macros.endGroups();
  }
  /**
   * Returns the topmost token on the stack, without expanding it.
   * Similar in behavior to TeX's `\futurelet`.
   */
  future() {
    if (this.stack.length === 0) {
      this.pushToken(this.lexer.lex());
    }
    return this.stack[this.stack.length - 1];
  }
  /**
   * Remove and return the next unexpanded token.
   */
  popToken() {
    this.future();
    return this.stack.pop();
  }
  /**
   * Add a given token to the token stack.  In particular, this get be used
   * to put back a token returned from one of the other methods.
   */
  pushToken(token) {
    this.stack.push(token);
  }
  /**
   * Append an array of tokens to the token stack.
   */
  pushTokens(tokens) {
    this.stack.push(...tokens);
  }
  /**
   * Find an macro argument without expanding tokens and append the array of
   * tokens to the token stack. Uses Token as a container for the result.
   */
  scanArgument(isOptional) {
    var start;
    var end;
    var tokens;
    if (isOptional) {
      this.consumeSpaces();
      if (this.future().text !== "[") {
        return null;
      }
      start = this.popToken();
      ({
        tokens,
        end
      } = this.consumeArg(["]"]));
    } else {
      ({
        tokens,
        start,
        end
      } = this.consumeArg());
    }
    this.pushToken(new Token("EOF", end.loc));
    this.pushTokens(tokens);
    return new Token("", SourceLocation.range(start, end));
  }
  /**
   * Consume all following space tokens, without expansion.
   */
  consumeSpaces() {
    for (; ; ) {
      var token = this.future();
      if (token.text === " ") {
        this.stack.pop();
      } else {
        break;
      }
    }
  }
  /**
   * Consume an argument from the token stream, and return the resulting array
   * of tokens and start/end token.
   */
  consumeArg(delims) {
    var tokens = [];
    var isDelimited = delims && delims.length > 0;
    if (!isDelimited) {
      this.consumeSpaces();
    }
    var start = this.future();
    var tok;
    var depth = 0;
    var match2 = 0;
    do {
      tok = this.popToken();
      tokens.push(tok);
      if (tok.text === "{") {
        ++depth;
      } else if (tok.text === "}") {
        --depth;
        if (depth === -1) {
          throw new ParseError("Extra }", tok);
        }
      } else if (tok.text === "EOF") {
        throw new ParseError("Unexpected end of input in a macro argument, expected '" + (delims && isDelimited ? delims[match2] : "}") + "'", tok);
      }
      if (delims && isDelimited) {
        if ((depth === 0 || depth === 1 && delims[match2] === "{") && tok.text === delims[match2]) {
          ++match2;
          if (match2 === delims.length) {
            tokens.splice(-match2, match2);
            break;
          }
        } else {
          match2 = 0;
        }
      }
    } while (depth !== 0 || isDelimited);
    if (start.text === "{" && tokens[tokens.length - 1].text === "}") {
      tokens.pop();
      tokens.shift();
    }
    tokens.reverse();
    return {
      tokens,
      start,
      end: tok
    };
  }
  /**
   * Consume the specified number of (delimited) arguments from the token
   * stream and return the resulting array of arguments.
   */
  consumeArgs(numArgs, delimiters2) {
    if (delimiters2) {
      if (delimiters2.length !== numArgs + 1) {
        throw new ParseError("The length of delimiters doesn't match the number of args!");
      }
      var delims = delimiters2[0];
      for (var i = 0; i < delims.length; i++) {
        var tok = this.popToken();
        if (delims[i] !== tok.text) {
          throw new ParseError("Use of the macro doesn't match its definition", tok);
        }
      }
    }
    var args = [];
    for (var _i = 0; _i < numArgs; _i++) {
      args.push(this.consumeArg(delimiters2 && delimiters2[_i + 1]).tokens);
    }
    return args;
  }
  /**
   * Increment `expansionCount` by the specified amount.
   * Throw an error if it exceeds `maxExpand`.
   */
  countExpansion(amount) {
    this.expansionCount += amount;
    if (this.expansionCount > this.settings.maxExpand) {
      throw new ParseError("Too many expansions: infinite loop or need to increase maxExpand setting");
    }
  }
  /**
   * Expand the next token only once if possible.
   *
   * If the token is expanded, the resulting tokens will be pushed onto
   * the stack in reverse order, and the number of such tokens will be
   * returned.  This number might be zero or positive.
   *
   * If not, the return value is `false`, and the next token remains at the
   * top of the stack.
   *
   * In either case, the next token will be on the top of the stack,
   * or the stack will be empty (in case of empty expansion
   * and no other tokens).
   *
   * Used to implement `expandAfterFuture` and `expandNextToken`.
   *
   * If expandableOnly, only expandable tokens are expanded and
   * an undefined control sequence results in an error.
   */
  expandOnce(expandableOnly) {
    var topToken = this.popToken();
    var name = topToken.text;
    var expansion = !topToken.noexpand ? this._getExpansion(name) : null;
    if (expansion == null || expandableOnly && expansion.unexpandable) {
      if (expandableOnly && expansion == null && name[0] === "\\" && !this.isDefined(name)) {
        throw new ParseError("Undefined control sequence: " + name);
      }
      this.pushToken(topToken);
      return false;
    }
    this.countExpansion(1);
    var tokens = expansion.tokens;
    var args = this.consumeArgs(expansion.numArgs, expansion.delimiters);
    if (expansion.numArgs) {
      tokens = tokens.slice();
      for (var i = tokens.length - 1; i >= 0; --i) {
        var tok = tokens[i];
        if (tok.text === "#") {
          if (i === 0) {
            throw new ParseError("Incomplete placeholder at end of macro body", tok);
          }
          tok = tokens[--i];
          if (tok.text === "#") {
            tokens.splice(i + 1, 1);
          } else if (/^[1-9]$/.test(tok.text)) {
            tokens.splice(i, 2, ...args[+tok.text - 1]);
          } else {
            throw new ParseError("Not a valid argument number", tok);
          }
        }
      }
    }
    this.pushTokens(tokens);
    return tokens.length;
  }
  /**
   * Expand the next token only once (if possible), and return the resulting
   * top token on the stack (without removing anything from the stack).
   * Similar in behavior to TeX's `\expandafter\futurelet`.
   * Equivalent to expandOnce() followed by future().
   */
  expandAfterFuture() {
    this.expandOnce();
    return this.future();
  }
  /**
   * Recursively expand first token, then return first non-expandable token.
   */
  expandNextToken() {
    for (; ; ) {
      if (this.expandOnce() === false) {
        var token = this.stack.pop();
        if (token.treatAsRelax) {
          token.text = "\\relax";
        }
        return token;
      }
    }
  }
  /**
   * Fully expand the given macro name and return the resulting list of
   * tokens, or return `undefined` if no such macro is defined.
   */
  expandMacro(name) {
    return this.macros.has(name) ? this.expandTokens([new Token(name)]) : void 0;
  }
  /**
   * Fully expand the given token stream and return the resulting list of
   * tokens.  Note that the input tokens are in reverse order, but the
   * output tokens are in forward order.
   */
  expandTokens(tokens) {
    var output = [];
    var oldStackLength = this.stack.length;
    this.pushTokens(tokens);
    while (this.stack.length > oldStackLength) {
      if (this.expandOnce(true) === false) {
        var token = this.stack.pop();
        if (token.treatAsRelax) {
          token.noexpand = false;
          token.treatAsRelax = false;
        }
        output.push(token);
      }
    }
    this.countExpansion(output.length);
    return output;
  }
  /**
   * Fully expand the given macro name and return the result as a string,
   * or return `undefined` if no such macro is defined.
   */
  expandMacroAsText(name) {
    var tokens = this.expandMacro(name);
    if (tokens) {
      return tokens.map((token) => token.text).join("");
    } else {
      return tokens;
    }
  }
  /**
   * Returns the expanded macro as a reversed array of tokens and a macro
   * argument count.  Or returns `null` if no such macro.
   */
  _getExpansion(name) {
    var definition = this.macros.get(name);
    if (definition == null) {
      return definition;
    }
    if (name.length === 1) {
      var catcode = this.lexer.catcodes[name];
      if (catcode != null && catcode !== 13) {
        return;
      }
    }
    var expansion = typeof definition === "function" ? definition(this) : definition;
    if (typeof expansion === "string") {
      var numArgs = 0;
      if (expansion.includes("#")) {
        var stripped = expansion.replace(/##/g, "");
        while (stripped.includes("#" + (numArgs + 1))) {
          ++numArgs;
        }
      }
      var bodyLexer = new Lexer(expansion, this.settings);
      var tokens = [];
      var tok = bodyLexer.lex();
      while (tok.text !== "EOF") {
        tokens.push(tok);
        tok = bodyLexer.lex();
      }
      tokens.reverse();
      var expanded = {
        tokens,
        numArgs
      };
      return expanded;
    }
    return expansion;
  }
  /**
   * Determine whether a command is currently "defined" (has some
   * functionality), meaning that it's a macro (in the current group),
   * a function, a symbol, or one of the special commands listed in
   * `implicitCommands`.
   */
  isDefined(name) {
    return this.macros.has(name) || functions.hasOwnProperty(name) || symbols.math.hasOwnProperty(name) || symbols.text.hasOwnProperty(name) || implicitCommands.hasOwnProperty(name);
  }
  /**
   * Determine whether a command is expandable.
   */
  isExpandable(name) {
    var macro = this.macros.get(name);
    return macro != null ? typeof macro === "string" || typeof macro === "function" || !macro.unexpandable : functions.hasOwnProperty(name) && !functions[name].primitive;
  }
}
var unicodeSubRegEx = /^[₊₋₌₍₎₀₁₂₃₄₅₆₇₈₉ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ]/;
var uSubsAndSups = Object.freeze({
  "₊": "+",
  "₋": "-",
  "₌": "=",
  "₍": "(",
  "₎": ")",
  "₀": "0",
  "₁": "1",
  "₂": "2",
  "₃": "3",
  "₄": "4",
  "₅": "5",
  "₆": "6",
  "₇": "7",
  "₈": "8",
  "₉": "9",
  "ₐ": "a",
  "ₑ": "e",
  "ₕ": "h",
  "ᵢ": "i",
  "ⱼ": "j",
  "ₖ": "k",
  "ₗ": "l",
  "ₘ": "m",
  "ₙ": "n",
  "ₒ": "o",
  "ₚ": "p",
  "ᵣ": "r",
  "ₛ": "s",
  "ₜ": "t",
  "ᵤ": "u",
  "ᵥ": "v",
  "ₓ": "x",
  "ᵦ": "β",
  "ᵧ": "γ",
  "ᵨ": "ρ",
  "ᵩ": "ϕ",
  "ᵪ": "χ",
  "⁺": "+",
  "⁻": "-",
  "⁼": "=",
  "⁽": "(",
  "⁾": ")",
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "ᴬ": "A",
  "ᴮ": "B",
  "ᴰ": "D",
  "ᴱ": "E",
  "ᴳ": "G",
  "ᴴ": "H",
  "ᴵ": "I",
  "ᴶ": "J",
  "ᴷ": "K",
  "ᴸ": "L",
  "ᴹ": "M",
  "ᴺ": "N",
  "ᴼ": "O",
  "ᴾ": "P",
  "ᴿ": "R",
  "ᵀ": "T",
  "ᵁ": "U",
  "ⱽ": "V",
  "ᵂ": "W",
  "ᵃ": "a",
  "ᵇ": "b",
  "ᶜ": "c",
  "ᵈ": "d",
  "ᵉ": "e",
  "ᶠ": "f",
  "ᵍ": "g",
  "ʰ": "h",
  "ⁱ": "i",
  "ʲ": "j",
  "ᵏ": "k",
  "ˡ": "l",
  "ᵐ": "m",
  "ⁿ": "n",
  "ᵒ": "o",
  "ᵖ": "p",
  "ʳ": "r",
  "ˢ": "s",
  "ᵗ": "t",
  "ᵘ": "u",
  "ᵛ": "v",
  "ʷ": "w",
  "ˣ": "x",
  "ʸ": "y",
  "ᶻ": "z",
  "ᵝ": "β",
  "ᵞ": "γ",
  "ᵟ": "δ",
  "ᵠ": "ϕ",
  "ᵡ": "χ",
  "ᶿ": "θ"
});
var unicodeAccents = {
  "́": {
    "text": "\\'",
    "math": "\\acute"
  },
  "̀": {
    "text": "\\`",
    "math": "\\grave"
  },
  "̈": {
    "text": '\\"',
    "math": "\\ddot"
  },
  "̃": {
    "text": "\\~",
    "math": "\\tilde"
  },
  "̄": {
    "text": "\\=",
    "math": "\\bar"
  },
  "̆": {
    "text": "\\u",
    "math": "\\breve"
  },
  "̌": {
    "text": "\\v",
    "math": "\\check"
  },
  "̂": {
    "text": "\\^",
    "math": "\\hat"
  },
  "̇": {
    "text": "\\.",
    "math": "\\dot"
  },
  "̊": {
    "text": "\\r",
    "math": "\\mathring"
  },
  "̋": {
    "text": "\\H"
  },
  "̧": {
    "text": "\\c"
  }
};
var unicodeSymbols = {
  "á": "á",
  "à": "à",
  "ä": "ä",
  "ǟ": "ǟ",
  "ã": "ã",
  "ā": "ā",
  "ă": "ă",
  "ắ": "ắ",
  "ằ": "ằ",
  "ẵ": "ẵ",
  "ǎ": "ǎ",
  "â": "â",
  "ấ": "ấ",
  "ầ": "ầ",
  "ẫ": "ẫ",
  "ȧ": "ȧ",
  "ǡ": "ǡ",
  "å": "å",
  "ǻ": "ǻ",
  "ḃ": "ḃ",
  "ć": "ć",
  "ḉ": "ḉ",
  "č": "č",
  "ĉ": "ĉ",
  "ċ": "ċ",
  "ç": "ç",
  "ď": "ď",
  "ḋ": "ḋ",
  "ḑ": "ḑ",
  "é": "é",
  "è": "è",
  "ë": "ë",
  "ẽ": "ẽ",
  "ē": "ē",
  "ḗ": "ḗ",
  "ḕ": "ḕ",
  "ĕ": "ĕ",
  "ḝ": "ḝ",
  "ě": "ě",
  "ê": "ê",
  "ế": "ế",
  "ề": "ề",
  "ễ": "ễ",
  "ė": "ė",
  "ȩ": "ȩ",
  "ḟ": "ḟ",
  "ǵ": "ǵ",
  "ḡ": "ḡ",
  "ğ": "ğ",
  "ǧ": "ǧ",
  "ĝ": "ĝ",
  "ġ": "ġ",
  "ģ": "ģ",
  "ḧ": "ḧ",
  "ȟ": "ȟ",
  "ĥ": "ĥ",
  "ḣ": "ḣ",
  "ḩ": "ḩ",
  "í": "í",
  "ì": "ì",
  "ï": "ï",
  "ḯ": "ḯ",
  "ĩ": "ĩ",
  "ī": "ī",
  "ĭ": "ĭ",
  "ǐ": "ǐ",
  "î": "î",
  "ǰ": "ǰ",
  "ĵ": "ĵ",
  "ḱ": "ḱ",
  "ǩ": "ǩ",
  "ķ": "ķ",
  "ĺ": "ĺ",
  "ľ": "ľ",
  "ļ": "ļ",
  "ḿ": "ḿ",
  "ṁ": "ṁ",
  "ń": "ń",
  "ǹ": "ǹ",
  "ñ": "ñ",
  "ň": "ň",
  "ṅ": "ṅ",
  "ņ": "ņ",
  "ó": "ó",
  "ò": "ò",
  "ö": "ö",
  "ȫ": "ȫ",
  "õ": "õ",
  "ṍ": "ṍ",
  "ṏ": "ṏ",
  "ȭ": "ȭ",
  "ō": "ō",
  "ṓ": "ṓ",
  "ṑ": "ṑ",
  "ŏ": "ŏ",
  "ǒ": "ǒ",
  "ô": "ô",
  "ố": "ố",
  "ồ": "ồ",
  "ỗ": "ỗ",
  "ȯ": "ȯ",
  "ȱ": "ȱ",
  "ő": "ő",
  "ṕ": "ṕ",
  "ṗ": "ṗ",
  "ŕ": "ŕ",
  "ř": "ř",
  "ṙ": "ṙ",
  "ŗ": "ŗ",
  "ś": "ś",
  "ṥ": "ṥ",
  "š": "š",
  "ṧ": "ṧ",
  "ŝ": "ŝ",
  "ṡ": "ṡ",
  "ş": "ş",
  "ẗ": "ẗ",
  "ť": "ť",
  "ṫ": "ṫ",
  "ţ": "ţ",
  "ú": "ú",
  "ù": "ù",
  "ü": "ü",
  "ǘ": "ǘ",
  "ǜ": "ǜ",
  "ǖ": "ǖ",
  "ǚ": "ǚ",
  "ũ": "ũ",
  "ṹ": "ṹ",
  "ū": "ū",
  "ṻ": "ṻ",
  "ŭ": "ŭ",
  "ǔ": "ǔ",
  "û": "û",
  "ů": "ů",
  "ű": "ű",
  "ṽ": "ṽ",
  "ẃ": "ẃ",
  "ẁ": "ẁ",
  "ẅ": "ẅ",
  "ŵ": "ŵ",
  "ẇ": "ẇ",
  "ẘ": "ẘ",
  "ẍ": "ẍ",
  "ẋ": "ẋ",
  "ý": "ý",
  "ỳ": "ỳ",
  "ÿ": "ÿ",
  "ỹ": "ỹ",
  "ȳ": "ȳ",
  "ŷ": "ŷ",
  "ẏ": "ẏ",
  "ẙ": "ẙ",
  "ź": "ź",
  "ž": "ž",
  "ẑ": "ẑ",
  "ż": "ż",
  "Á": "Á",
  "À": "À",
  "Ä": "Ä",
  "Ǟ": "Ǟ",
  "Ã": "Ã",
  "Ā": "Ā",
  "Ă": "Ă",
  "Ắ": "Ắ",
  "Ằ": "Ằ",
  "Ẵ": "Ẵ",
  "Ǎ": "Ǎ",
  "Â": "Â",
  "Ấ": "Ấ",
  "Ầ": "Ầ",
  "Ẫ": "Ẫ",
  "Ȧ": "Ȧ",
  "Ǡ": "Ǡ",
  "Å": "Å",
  "Ǻ": "Ǻ",
  "Ḃ": "Ḃ",
  "Ć": "Ć",
  "Ḉ": "Ḉ",
  "Č": "Č",
  "Ĉ": "Ĉ",
  "Ċ": "Ċ",
  "Ç": "Ç",
  "Ď": "Ď",
  "Ḋ": "Ḋ",
  "Ḑ": "Ḑ",
  "É": "É",
  "È": "È",
  "Ë": "Ë",
  "Ẽ": "Ẽ",
  "Ē": "Ē",
  "Ḗ": "Ḗ",
  "Ḕ": "Ḕ",
  "Ĕ": "Ĕ",
  "Ḝ": "Ḝ",
  "Ě": "Ě",
  "Ê": "Ê",
  "Ế": "Ế",
  "Ề": "Ề",
  "Ễ": "Ễ",
  "Ė": "Ė",
  "Ȩ": "Ȩ",
  "Ḟ": "Ḟ",
  "Ǵ": "Ǵ",
  "Ḡ": "Ḡ",
  "Ğ": "Ğ",
  "Ǧ": "Ǧ",
  "Ĝ": "Ĝ",
  "Ġ": "Ġ",
  "Ģ": "Ģ",
  "Ḧ": "Ḧ",
  "Ȟ": "Ȟ",
  "Ĥ": "Ĥ",
  "Ḣ": "Ḣ",
  "Ḩ": "Ḩ",
  "Í": "Í",
  "Ì": "Ì",
  "Ï": "Ï",
  "Ḯ": "Ḯ",
  "Ĩ": "Ĩ",
  "Ī": "Ī",
  "Ĭ": "Ĭ",
  "Ǐ": "Ǐ",
  "Î": "Î",
  "İ": "İ",
  "Ĵ": "Ĵ",
  "Ḱ": "Ḱ",
  "Ǩ": "Ǩ",
  "Ķ": "Ķ",
  "Ĺ": "Ĺ",
  "Ľ": "Ľ",
  "Ļ": "Ļ",
  "Ḿ": "Ḿ",
  "Ṁ": "Ṁ",
  "Ń": "Ń",
  "Ǹ": "Ǹ",
  "Ñ": "Ñ",
  "Ň": "Ň",
  "Ṅ": "Ṅ",
  "Ņ": "Ņ",
  "Ó": "Ó",
  "Ò": "Ò",
  "Ö": "Ö",
  "Ȫ": "Ȫ",
  "Õ": "Õ",
  "Ṍ": "Ṍ",
  "Ṏ": "Ṏ",
  "Ȭ": "Ȭ",
  "Ō": "Ō",
  "Ṓ": "Ṓ",
  "Ṑ": "Ṑ",
  "Ŏ": "Ŏ",
  "Ǒ": "Ǒ",
  "Ô": "Ô",
  "Ố": "Ố",
  "Ồ": "Ồ",
  "Ỗ": "Ỗ",
  "Ȯ": "Ȯ",
  "Ȱ": "Ȱ",
  "Ő": "Ő",
  "Ṕ": "Ṕ",
  "Ṗ": "Ṗ",
  "Ŕ": "Ŕ",
  "Ř": "Ř",
  "Ṙ": "Ṙ",
  "Ŗ": "Ŗ",
  "Ś": "Ś",
  "Ṥ": "Ṥ",
  "Š": "Š",
  "Ṧ": "Ṧ",
  "Ŝ": "Ŝ",
  "Ṡ": "Ṡ",
  "Ş": "Ş",
  "Ť": "Ť",
  "Ṫ": "Ṫ",
  "Ţ": "Ţ",
  "Ú": "Ú",
  "Ù": "Ù",
  "Ü": "Ü",
  "Ǘ": "Ǘ",
  "Ǜ": "Ǜ",
  "Ǖ": "Ǖ",
  "Ǚ": "Ǚ",
  "Ũ": "Ũ",
  "Ṹ": "Ṹ",
  "Ū": "Ū",
  "Ṻ": "Ṻ",
  "Ŭ": "Ŭ",
  "Ǔ": "Ǔ",
  "Û": "Û",
  "Ů": "Ů",
  "Ű": "Ű",
  "Ṽ": "Ṽ",
  "Ẃ": "Ẃ",
  "Ẁ": "Ẁ",
  "Ẅ": "Ẅ",
  "Ŵ": "Ŵ",
  "Ẇ": "Ẇ",
  "Ẍ": "Ẍ",
  "Ẋ": "Ẋ",
  "Ý": "Ý",
  "Ỳ": "Ỳ",
  "Ÿ": "Ÿ",
  "Ỹ": "Ỹ",
  "Ȳ": "Ȳ",
  "Ŷ": "Ŷ",
  "Ẏ": "Ẏ",
  "Ź": "Ź",
  "Ž": "Ž",
  "Ẑ": "Ẑ",
  "Ż": "Ż",
  "ά": "ά",
  "ὰ": "ὰ",
  "ᾱ": "ᾱ",
  "ᾰ": "ᾰ",
  "έ": "έ",
  "ὲ": "ὲ",
  "ή": "ή",
  "ὴ": "ὴ",
  "ί": "ί",
  "ὶ": "ὶ",
  "ϊ": "ϊ",
  "ΐ": "ΐ",
  "ῒ": "ῒ",
  "ῑ": "ῑ",
  "ῐ": "ῐ",
  "ό": "ό",
  "ὸ": "ὸ",
  "ύ": "ύ",
  "ὺ": "ὺ",
  "ϋ": "ϋ",
  "ΰ": "ΰ",
  "ῢ": "ῢ",
  "ῡ": "ῡ",
  "ῠ": "ῠ",
  "ώ": "ώ",
  "ὼ": "ὼ",
  "Ύ": "Ύ",
  "Ὺ": "Ὺ",
  "Ϋ": "Ϋ",
  "Ῡ": "Ῡ",
  "Ῠ": "Ῠ",
  "Ώ": "Ώ",
  "Ὼ": "Ὼ"
};
class Parser {
  constructor(input, settings) {
    this.mode = void 0;
    this.gullet = void 0;
    this.settings = void 0;
    this.leftrightDepth = void 0;
    this.nextToken = void 0;
    this.mode = "math";
    this.gullet = new MacroExpander(input, settings, this.mode);
    this.settings = settings;
    this.leftrightDepth = 0;
    this.nextToken = null;
  }
  /**
   * Checks a result to make sure it has the right type, and throws an
   * appropriate error otherwise.
   */
  expect(text2, consume) {
    if (consume === void 0) {
      consume = true;
    }
    if (this.fetch().text !== text2) {
      throw new ParseError("Expected '" + text2 + "', got '" + this.fetch().text + "'", this.fetch());
    }
    if (consume) {
      this.consume();
    }
  }
  /**
   * Discards the current lookahead token, considering it consumed.
   */
  consume() {
    this.nextToken = null;
  }
  /**
   * Return the current lookahead token, or if there isn't one (at the
   * beginning, or if the previous lookahead token was consume()d),
   * fetch the next token as the new lookahead token and return it.
   */
  fetch() {
    if (this.nextToken == null) {
      this.nextToken = this.gullet.expandNextToken();
    }
    return this.nextToken;
  }
  /**
   * Switches between "text" and "math" modes.
   */
  switchMode(newMode) {
    this.mode = newMode;
    this.gullet.switchMode(newMode);
  }
  /**
   * Main parsing function, which parses an entire input.
   */
  parse() {
    if (!this.settings.globalGroup) {
      this.gullet.beginGroup();
    }
    if (this.settings.colorIsTextColor) {
      this.gullet.macros.set("\\color", "\\textcolor");
    }
    try {
      var parse2 = this.parseExpression(false);
      this.expect("EOF");
      if (!this.settings.globalGroup) {
        this.gullet.endGroup();
      }
      return parse2;
    } finally {
      this.gullet.endGroups();
    }
  }
  /**
   * Fully parse a separate sequence of tokens as a separate job.
   * Tokens should be specified in reverse order, as in a MacroDefinition.
   */
  subparse(tokens) {
    var oldToken = this.nextToken;
    this.consume();
    this.gullet.pushToken(new Token("}"));
    this.gullet.pushTokens(tokens);
    var parse2 = this.parseExpression(false);
    this.expect("}");
    this.nextToken = oldToken;
    return parse2;
  }
  /**
   * Parses an "expression", which is a list of atoms.
   *
   * `breakOnInfix`: Should the parsing stop when we hit infix nodes? This
   *                 happens when functions have higher precedence than infix
   *                 nodes in implicit parses.
   *
   * `breakOnTokenText`: The text of the token that the expression should end
   *                     with, or `null` if something else should end the
   *                     expression.
   */
  parseExpression(breakOnInfix, breakOnTokenText) {
    var body = [];
    while (true) {
      if (this.mode === "math") {
        this.consumeSpaces();
      }
      var lex = this.fetch();
      if (Parser.endOfExpression.has(lex.text)) {
        break;
      }
      if (breakOnTokenText && lex.text === breakOnTokenText) {
        break;
      }
      if (breakOnInfix && functions[lex.text] && functions[lex.text].infix) {
        break;
      }
      var atom = this.parseAtom(breakOnTokenText);
      if (!atom) {
        break;
      } else if (atom.type === "internal") {
        continue;
      }
      body.push(atom);
    }
    if (this.mode === "text") {
      this.formLigatures(body);
    }
    return this.handleInfixNodes(body);
  }
  /**
   * Rewrites infix operators such as \over with corresponding commands such
   * as \frac.
   *
   * There can only be one infix operator per group.  If there's more than one
   * then the expression is ambiguous.  This can be resolved by adding {}.
   */
  handleInfixNodes(body) {
    var overIndex = -1;
    var funcName;
    for (var i = 0; i < body.length; i++) {
      var node = body[i];
      if (node.type === "infix") {
        if (overIndex !== -1) {
          throw new ParseError("only one infix operator per group", node.token);
        }
        overIndex = i;
        funcName = node.replaceWith;
      }
    }
    if (overIndex !== -1 && funcName) {
      var numerNode;
      var denomNode;
      var numerBody = body.slice(0, overIndex);
      var denomBody = body.slice(overIndex + 1);
      if (numerBody.length === 1 && numerBody[0].type === "ordgroup") {
        numerNode = numerBody[0];
      } else {
        numerNode = {
          type: "ordgroup",
          mode: this.mode,
          body: numerBody
        };
      }
      if (denomBody.length === 1 && denomBody[0].type === "ordgroup") {
        denomNode = denomBody[0];
      } else {
        denomNode = {
          type: "ordgroup",
          mode: this.mode,
          body: denomBody
        };
      }
      var _node;
      if (funcName === "\\\\abovefrac") {
        _node = this.callFunction(funcName, [numerNode, body[overIndex], denomNode], []);
      } else {
        _node = this.callFunction(funcName, [numerNode, denomNode], []);
      }
      return [_node];
    } else {
      return body;
    }
  }
  /**
   * Handle a subscript or superscript with nice errors.
   */
  handleSupSubscript(name) {
    var symbolToken = this.fetch();
    var symbol = symbolToken.text;
    this.consume();
    this.consumeSpaces();
    var group;
    do {
      var _group;
      group = this.parseGroup(name);
    } while (((_group = group) == null ? void 0 : _group.type) === "internal");
    if (!group) {
      throw new ParseError("Expected group after '" + symbol + "'", symbolToken);
    }
    return group;
  }
  /**
   * Converts the textual input of an unsupported command into a text node
   * contained within a color node whose color is determined by errorColor
   */
  formatUnsupportedCmd(text2) {
    var textordArray = [];
    for (var i = 0; i < text2.length; i++) {
      textordArray.push({
        type: "textord",
        mode: "text",
        text: text2[i]
      });
    }
    var textNode = {
      type: "text",
      mode: this.mode,
      body: textordArray
    };
    var colorNode = {
      type: "color",
      mode: this.mode,
      color: this.settings.errorColor,
      body: [textNode]
    };
    return colorNode;
  }
  /**
   * Parses a group with optional super/subscripts.
   */
  parseAtom(breakOnTokenText) {
    var base2 = this.parseGroup("atom", breakOnTokenText);
    if ((base2 == null ? void 0 : base2.type) === "internal") {
      return base2;
    }
    if (this.mode === "text") {
      return base2;
    }
    var superscript;
    var subscript;
    while (true) {
      this.consumeSpaces();
      var lex = this.fetch();
      if (lex.text === "\\limits" || lex.text === "\\nolimits") {
        if (base2 && base2.type === "op") {
          var limits = lex.text === "\\limits";
          base2.limits = limits;
          base2.alwaysHandleSupSub = true;
        } else if (base2 && base2.type === "operatorname") {
          if (base2.alwaysHandleSupSub) {
            base2.limits = lex.text === "\\limits";
          }
        } else {
          throw new ParseError("Limit controls must follow a math operator", lex);
        }
        this.consume();
      } else if (lex.text === "^") {
        if (superscript) {
          throw new ParseError("Double superscript", lex);
        }
        superscript = this.handleSupSubscript("superscript");
      } else if (lex.text === "_") {
        if (subscript) {
          throw new ParseError("Double subscript", lex);
        }
        subscript = this.handleSupSubscript("subscript");
      } else if (lex.text === "'") {
        if (superscript) {
          throw new ParseError("Double superscript", lex);
        }
        var prime = {
          type: "textord",
          mode: this.mode,
          text: "\\prime"
        };
        var primes = [prime];
        this.consume();
        while (this.fetch().text === "'") {
          primes.push(prime);
          this.consume();
        }
        if (this.fetch().text === "^") {
          primes.push(this.handleSupSubscript("superscript"));
        }
        superscript = {
          type: "ordgroup",
          mode: this.mode,
          body: primes
        };
      } else if (uSubsAndSups[lex.text]) {
        var isSub = unicodeSubRegEx.test(lex.text);
        var subsupTokens = [];
        subsupTokens.push(new Token(uSubsAndSups[lex.text]));
        this.consume();
        while (true) {
          var token = this.fetch().text;
          if (!uSubsAndSups[token]) {
            break;
          }
          if (unicodeSubRegEx.test(token) !== isSub) {
            break;
          }
          subsupTokens.unshift(new Token(uSubsAndSups[token]));
          this.consume();
        }
        var body = this.subparse(subsupTokens);
        if (isSub) {
          subscript = {
            type: "ordgroup",
            mode: "math",
            body
          };
        } else {
          superscript = {
            type: "ordgroup",
            mode: "math",
            body
          };
        }
      } else {
        break;
      }
    }
    if (superscript || subscript) {
      return {
        type: "supsub",
        mode: this.mode,
        base: base2,
        sup: superscript,
        sub: subscript
      };
    } else {
      return base2;
    }
  }
  /**
   * Parses an entire function, including its base and all of its arguments.
   */
  parseFunction(breakOnTokenText, name) {
    var token = this.fetch();
    var func = token.text;
    var funcData = functions[func];
    if (!funcData) {
      return null;
    }
    this.consume();
    if (name && name !== "atom" && !funcData.allowedInArgument) {
      throw new ParseError("Got function '" + func + "' with no arguments" + (name ? " as " + name : ""), token);
    } else if (this.mode === "text" && !funcData.allowedInText) {
      throw new ParseError("Can't use function '" + func + "' in text mode", token);
    } else if (this.mode === "math" && funcData.allowedInMath === false) {
      throw new ParseError("Can't use function '" + func + "' in math mode", token);
    }
    var {
      args,
      optArgs
    } = this.parseArguments(func, funcData);
    return this.callFunction(func, args, optArgs, token, breakOnTokenText);
  }
  /**
   * Call a function handler with a suitable context and arguments.
   */
  callFunction(name, args, optArgs, token, breakOnTokenText) {
    var context = {
      funcName: name,
      parser: this,
      token,
      breakOnTokenText
    };
    var func = functions[name];
    if (func && func.handler) {
      return func.handler(context, args, optArgs);
    } else {
      throw new ParseError("No function handler for " + name);
    }
  }
  /**
   * Parses the arguments of a function or environment
   */
  parseArguments(func, funcData) {
    var totalArgs = funcData.numArgs + funcData.numOptionalArgs;
    if (totalArgs === 0) {
      return {
        args: [],
        optArgs: []
      };
    }
    var args = [];
    var optArgs = [];
    for (var i = 0; i < totalArgs; i++) {
      var argType = funcData.argTypes && funcData.argTypes[i];
      var isOptional = i < funcData.numOptionalArgs;
      if ("primitive" in funcData && funcData.primitive && argType == null || // \sqrt expands into primitive if optional argument doesn't exist
      funcData.type === "sqrt" && i === 1 && optArgs[0] == null) {
        argType = "primitive";
      }
      var arg = this.parseGroupOfType("argument to '" + func + "'", argType, isOptional);
      if (isOptional) {
        optArgs.push(arg);
      } else if (arg != null) {
        args.push(arg);
      } else {
        throw new ParseError("Null argument, please report this as a bug");
      }
    }
    return {
      args,
      optArgs
    };
  }
  /**
   * Parses a group when the mode is changing.
   */
  parseGroupOfType(name, type, optional) {
    switch (type) {
      case "color":
        return this.parseColorGroup(optional);
      case "size":
        return this.parseSizeGroup(optional);
      case "url":
        return this.parseUrlGroup(optional);
      case "math":
      case "text":
        return this.parseArgumentGroup(optional, type);
      case "hbox": {
        var group = this.parseArgumentGroup(optional, "text");
        return group != null ? {
          type: "styling",
          mode: group.mode,
          body: [group],
          style: "text",
          // simulate \textstyle
          resetFont: true
        } : null;
      }
      case "raw": {
        var token = this.parseStringGroup("raw", optional);
        return token != null ? {
          type: "raw",
          mode: "text",
          string: token.text
        } : null;
      }
      case "primitive": {
        if (optional) {
          throw new ParseError("A primitive argument cannot be optional");
        }
        var _group2 = this.parseGroup(name);
        if (_group2 == null) {
          throw new ParseError("Expected group as " + name, this.fetch());
        }
        return _group2;
      }
      case "original":
      case null:
      case void 0:
        return this.parseArgumentGroup(optional);
      default:
        throw new ParseError("Unknown group type as " + name, this.fetch());
    }
  }
  /**
   * Discard any space tokens, fetching the next non-space token.
   */
  consumeSpaces() {
    while (this.fetch().text === " ") {
      this.consume();
    }
  }
  /**
   * Parses a group, essentially returning the string formed by the
   * brace-enclosed tokens plus some position information.
   */
  parseStringGroup(modeName, optional) {
    var argToken = this.gullet.scanArgument(optional);
    if (argToken == null) {
      return null;
    }
    var str = "";
    var nextToken;
    while ((nextToken = this.fetch()).text !== "EOF") {
      str += nextToken.text;
      this.consume();
    }
    this.consume();
    argToken.text = str;
    return argToken;
  }
  /**
   * Parses a regex-delimited group: the largest sequence of tokens
   * whose concatenated strings match `regex`. Returns the string
   * formed by the tokens plus some position information.
   */
  parseRegexGroup(regex, modeName) {
    var firstToken = this.fetch();
    var lastToken = firstToken;
    var str = "";
    var nextToken;
    while ((nextToken = this.fetch()).text !== "EOF" && regex.test(str + nextToken.text)) {
      lastToken = nextToken;
      str += lastToken.text;
      this.consume();
    }
    if (str === "") {
      throw new ParseError("Invalid " + modeName + ": '" + firstToken.text + "'", firstToken);
    }
    return firstToken.range(lastToken, str);
  }
  /**
   * Parses a color description.
   */
  parseColorGroup(optional) {
    var res = this.parseStringGroup("color", optional);
    if (res == null) {
      return null;
    }
    var match2 = /^(#[a-f0-9]{3,4}|#[a-f0-9]{6}|#[a-f0-9]{8}|[a-f0-9]{6}|[a-z]+)$/i.exec(res.text);
    if (!match2) {
      throw new ParseError("Invalid color: '" + res.text + "'", res);
    }
    var color = match2[0];
    if (/^[0-9a-f]{6}$/i.test(color)) {
      color = "#" + color;
    }
    return {
      type: "color-token",
      mode: this.mode,
      color
    };
  }
  /**
   * Parses a size specification, consisting of magnitude and unit.
   */
  parseSizeGroup(optional) {
    var res;
    var isBlank = false;
    this.gullet.consumeSpaces();
    if (!optional && this.gullet.future().text !== "{") {
      res = this.parseRegexGroup(/^[-+]? *(?:$|\d+|\d+\.\d*|\.\d*) *[a-z]{0,2} *$/, "size");
    } else {
      res = this.parseStringGroup("size", optional);
    }
    if (!res) {
      return null;
    }
    if (!optional && res.text.length === 0) {
      res.text = "0pt";
      isBlank = true;
    }
    var match2 = /([-+]?) *(\d+(?:\.\d*)?|\.\d+) *([a-z]{2})/.exec(res.text);
    if (!match2) {
      throw new ParseError("Invalid size: '" + res.text + "'", res);
    }
    var data = {
      number: +(match2[1] + match2[2]),
      // sign + magnitude, cast to number
      unit: match2[3]
    };
    if (!validUnit(data)) {
      throw new ParseError("Invalid unit: '" + data.unit + "'", res);
    }
    return {
      type: "size",
      mode: this.mode,
      value: data,
      isBlank
    };
  }
  /**
   * Parses an URL, checking escaped letters and allowed protocols,
   * and setting the catcode of % as an active character (as in \hyperref).
   */
  parseUrlGroup(optional) {
    this.gullet.lexer.setCatcode("%", 13);
    this.gullet.lexer.setCatcode("~", 12);
    var res = this.parseStringGroup("url", optional);
    this.gullet.lexer.setCatcode("%", 14);
    this.gullet.lexer.setCatcode("~", 13);
    if (res == null) {
      return null;
    }
    var url = res.text.replace(/\\([#$%&~_^{}])/g, "$1");
    return {
      type: "url",
      mode: this.mode,
      url
    };
  }
  /**
   * Parses an argument with the mode specified.
   */
  parseArgumentGroup(optional, mode) {
    var argToken = this.gullet.scanArgument(optional);
    if (argToken == null) {
      return null;
    }
    var outerMode = this.mode;
    if (mode) {
      this.switchMode(mode);
    }
    this.gullet.beginGroup();
    var expression = this.parseExpression(false, "EOF");
    this.expect("EOF");
    this.gullet.endGroup();
    var result = {
      type: "ordgroup",
      mode: this.mode,
      loc: argToken.loc,
      body: expression
    };
    if (mode) {
      this.switchMode(outerMode);
    }
    return result;
  }
  /**
   * Parses an ordinary group, which is either a single nucleus (like "x")
   * or an expression in braces (like "{x+y}") or an implicit group, a group
   * that starts at the current position, and ends right before a higher explicit
   * group ends, or at EOF.
   */
  parseGroup(name, breakOnTokenText) {
    var firstToken = this.fetch();
    var text2 = firstToken.text;
    var result;
    if (text2 === "{" || text2 === "\\begingroup") {
      this.consume();
      var groupEnd = text2 === "{" ? "}" : "\\endgroup";
      this.gullet.beginGroup();
      var expression = this.parseExpression(false, groupEnd);
      var lastToken = this.fetch();
      this.expect(groupEnd);
      this.gullet.endGroup();
      result = {
        type: "ordgroup",
        mode: this.mode,
        loc: SourceLocation.range(firstToken, lastToken),
        body: expression,
        // A group formed by \begingroup...\endgroup is a semi-simple group
        // which doesn't affect spacing in math mode, i.e., is transparent.
        // https://tex.stackexchange.com/questions/1930/when-should-one-
        // use-begingroup-instead-of-bgroup
        semisimple: text2 === "\\begingroup" || void 0
      };
    } else {
      result = this.parseFunction(breakOnTokenText, name) || this.parseSymbol();
      if (result == null && text2[0] === "\\" && !implicitCommands.hasOwnProperty(text2)) {
        if (this.settings.throwOnError) {
          throw new ParseError("Undefined control sequence: " + text2, firstToken);
        }
        result = this.formatUnsupportedCmd(text2);
        this.consume();
      }
    }
    return result;
  }
  /**
   * Form ligature-like combinations of characters for text mode.
   * This includes inputs like "--", "---", "``" and "''".
   * The result will simply replace multiple textord nodes with a single
   * character in each value by a single textord node having multiple
   * characters in its value.  The representation is still ASCII source.
   * The group will be modified in place.
   */
  formLigatures(group) {
    var n = group.length - 1;
    for (var i = 0; i < n; ++i) {
      var a = group[i];
      if (a.type !== "textord") {
        continue;
      }
      var v = a.text;
      var next = group[i + 1];
      if (!next || next.type !== "textord") {
        continue;
      }
      if (v === "-" && next.text === "-") {
        var afterNext = group[i + 2];
        if (i + 1 < n && afterNext && afterNext.type === "textord" && afterNext.text === "-") {
          group.splice(i, 3, {
            type: "textord",
            mode: "text",
            loc: SourceLocation.range(a, afterNext),
            text: "---"
          });
          n -= 2;
        } else {
          group.splice(i, 2, {
            type: "textord",
            mode: "text",
            loc: SourceLocation.range(a, next),
            text: "--"
          });
          n -= 1;
        }
      }
      if ((v === "'" || v === "`") && next.text === v) {
        group.splice(i, 2, {
          type: "textord",
          mode: "text",
          loc: SourceLocation.range(a, next),
          text: v + v
        });
        n -= 1;
      }
    }
  }
  /**
   * Parse a single symbol out of the string. Here, we handle single character
   * symbols and special functions like \verb.
   */
  parseSymbol() {
    var nucleus = this.fetch();
    var text2 = nucleus.text;
    if (/^\\verb[^a-zA-Z]/.test(text2)) {
      this.consume();
      var arg = text2.slice(5);
      var star = arg.charAt(0) === "*";
      if (star) {
        arg = arg.slice(1);
      }
      if (arg.length < 2 || arg.charAt(0) !== arg.slice(-1)) {
        throw new ParseError("\\verb assertion failed --\n                    please report what input caused this bug");
      }
      arg = arg.slice(1, -1);
      return {
        type: "verb",
        mode: "text",
        body: arg,
        star
      };
    }
    if (unicodeSymbols.hasOwnProperty(text2[0]) && !symbols[this.mode][text2[0]]) {
      if (this.settings.strict && this.mode === "math") {
        this.settings.reportNonstrict("unicodeTextInMathMode", 'Accented Unicode text character "' + text2[0] + '" used in math mode', nucleus);
      }
      text2 = unicodeSymbols[text2[0]] + text2.slice(1);
    }
    var match2 = combiningDiacriticalMarksEndRegex.exec(text2);
    if (match2) {
      text2 = text2.substring(0, match2.index);
      if (text2 === "i") {
        text2 = "ı";
      } else if (text2 === "j") {
        text2 = "ȷ";
      }
    }
    var symbol;
    if (symbols[this.mode][text2]) {
      if (this.settings.strict && this.mode === "math" && extraLatin.includes(text2)) {
        this.settings.reportNonstrict("unicodeTextInMathMode", 'Latin-1/Unicode text character "' + text2[0] + '" used in math mode', nucleus);
      }
      var group = symbols[this.mode][text2].group;
      var loc = SourceLocation.range(nucleus);
      var s;
      if (isAtom(group)) {
        s = {
          type: "atom",
          mode: this.mode,
          family: group,
          loc,
          text: text2
        };
      } else {
        s = {
          type: group,
          mode: this.mode,
          loc,
          text: text2
        };
      }
      symbol = s;
    } else if (text2.charCodeAt(0) >= 128) {
      if (this.settings.strict) {
        if (!supportedCodepoint(text2.charCodeAt(0))) {
          this.settings.reportNonstrict("unknownSymbol", 'Unrecognized Unicode character "' + text2[0] + '"' + (" (" + text2.charCodeAt(0) + ")"), nucleus);
        } else if (this.mode === "math") {
          this.settings.reportNonstrict("unicodeTextInMathMode", 'Unicode text character "' + text2[0] + '" used in math mode', nucleus);
        }
      }
      symbol = {
        type: "textord",
        mode: "text",
        loc: SourceLocation.range(nucleus),
        text: text2
      };
    } else {
      return null;
    }
    this.consume();
    if (match2) {
      for (var i = 0; i < match2[0].length; i++) {
        var accent2 = match2[0][i];
        if (!unicodeAccents[accent2]) {
          throw new ParseError("Unknown accent ' " + accent2 + "'", nucleus);
        }
        var command = unicodeAccents[accent2][this.mode] || unicodeAccents[accent2].text;
        if (!command) {
          throw new ParseError("Accent " + accent2 + " unsupported in " + this.mode + " mode", nucleus);
        }
        symbol = {
          type: "accent",
          mode: this.mode,
          loc: SourceLocation.range(nucleus),
          label: command,
          isStretchy: false,
          isShifty: true,
          base: symbol
        };
      }
    }
    return symbol;
  }
}
Parser.endOfExpression = /* @__PURE__ */ new Set(["}", "\\endgroup", "\\end", "\\right", "&"]);
var parseTree = function parseTree2(toParse, settings) {
  if (!(typeof toParse === "string" || toParse instanceof String)) {
    throw new TypeError("KaTeX can only parse string typed expression");
  }
  var parser = new Parser(toParse, settings);
  delete parser.gullet.macros.current["\\df@tag"];
  var tree = parser.parse();
  delete parser.gullet.macros.current["\\current@color"];
  delete parser.gullet.macros.current["\\color"];
  if (parser.gullet.macros.get("\\df@tag")) {
    if (!settings.displayMode) {
      throw new ParseError("\\tag works only in display equations");
    }
    tree = [{
      type: "tag",
      mode: "text",
      body: tree,
      tag: parser.subparse([new Token("\\df@tag")])
    }];
  }
  return tree;
};
var render = function render2(expression, baseNode, options) {
  baseNode.textContent = "";
  var node = renderToDomTree(expression, options).toNode();
  baseNode.appendChild(node);
};
if (typeof document !== "undefined") {
  if (document.compatMode !== "CSS1Compat") {
    typeof console !== "undefined" && console.warn("Warning: KaTeX doesn't work in quirks mode. Make sure your website has a suitable doctype.");
    render = function render3() {
      throw new ParseError("KaTeX doesn't work in quirks mode.");
    };
  }
}
var renderToString = function renderToString2(expression, options) {
  var markup = renderToDomTree(expression, options).toMarkup();
  return markup;
};
var generateParseTree = function generateParseTree2(expression, options) {
  var settings = new Settings(options);
  return parseTree(expression, settings);
};
var renderError = function renderError2(error, expression, options) {
  if (options.throwOnError || !(error instanceof ParseError)) {
    throw error;
  }
  var node = makeSpan(["katex-error"], [new SymbolNode(expression)]);
  node.setAttribute("title", error.toString());
  node.setAttribute("style", "color:" + options.errorColor);
  return node;
};
var renderToDomTree = function renderToDomTree2(expression, options) {
  var settings = new Settings(options);
  try {
    var tree = parseTree(expression, settings);
    return buildTree(tree, expression, settings);
  } catch (error) {
    return renderError(error, expression, settings);
  }
};
var renderToHTMLTree = function renderToHTMLTree2(expression, options) {
  var settings = new Settings(options);
  try {
    var tree = parseTree(expression, settings);
    return buildHTMLTree(tree, expression, settings);
  } catch (error) {
    return renderError(error, expression, settings);
  }
};
var version = "0.16.47";
var __domTree = {
  Span,
  Anchor,
  SymbolNode,
  SvgNode,
  PathNode,
  LineNode
};
var katex = {
  /**
   * Current KaTeX version
   */
  version,
  /**
   * Renders the given LaTeX into an HTML+MathML combination, and adds
   * it as a child to the specified DOM node.
   */
  render,
  /**
   * Renders the given LaTeX into an HTML+MathML combination string,
   * for sending to the client.
   */
  renderToString,
  /**
   * KaTeX error, usually during parsing.
   */
  ParseError,
  /**
   * The schema of Settings
   */
  SETTINGS_SCHEMA,
  /**
   * Parses the given LaTeX into KaTeX's internal parse tree structure,
   * without rendering to HTML or MathML.
   *
   * NOTE: This method is not currently recommended for public use.
   * The internal tree representation is unstable and is very likely
   * to change. Use at your own risk.
   */
  __parse: generateParseTree,
  /**
   * Renders the given LaTeX into an HTML+MathML internal DOM tree
   * representation, without flattening that representation to a string.
   *
   * NOTE: This method is not currently recommended for public use.
   * The internal tree representation is unstable and is very likely
   * to change. Use at your own risk.
   */
  __renderToDomTree: renderToDomTree,
  /**
   * Renders the given LaTeX into an HTML internal DOM tree representation,
   * without MathML and without flattening that representation to a string.
   *
   * NOTE: This method is not currently recommended for public use.
   * The internal tree representation is unstable and is very likely
   * to change. Use at your own risk.
   */
  __renderToHTMLTree: renderToHTMLTree,
  /**
   * extends internal font metrics object with a new object
   * each key in the new object represents a font name
  */
  __setFontMetrics: setFontMetrics,
  /**
   * adds a new symbol to builtin symbols table
   */
  __defineSymbol: defineSymbol,
  /**
   * adds a new function to builtin function list,
   * which directly produce parse tree elements
   * and have their own html/mathml builders
   */
  __defineFunction: defineFunction,
  /**
   * adds a new macro to builtin macro list
   */
  __defineMacro: defineMacro,
  /**
   * Expose the dom tree node types, which can be useful for type checking nodes.
   *
   * NOTE: These methods are not currently recommended for public use.
   * The internal tree representation is unstable and is very likely
   * to change. Use at your own risk.
   */
  __domTree
};
const GREEK = /* @__PURE__ */ new Set([
  "alpha",
  "beta",
  "gamma",
  "delta",
  "epsilon",
  "zeta",
  "eta",
  "theta",
  "lambda",
  "mu",
  "nu",
  "xi",
  "pi",
  "rho",
  "sigma",
  "tau",
  "phi",
  "chi",
  "psi",
  "omega"
]);
function texName(name) {
  const match2 = /^([A-Za-z]+)_?(\d*)$/.exec(name);
  if (!match2) return `\\mathrm{${name.replace(/_/g, "\\_")}}`;
  const [, stem, index] = match2;
  const head = GREEK.has(stem) ? `\\${stem}` : stem.length === 1 ? stem : `\\mathrm{${stem}}`;
  return index ? `${head}_{${index}}` : head;
}
function renderTex(tex2, displayMode = false) {
  const html = katex.renderToString(tex2, { displayMode, throwOnError: true, output: "htmlAndMathml", strict: "error" });
  return displayMode ? `<div v-pre class="bp-math-display">${html}</div>` : `<span v-pre>${html}</span>`;
}
function matrixText(values, shape) {
  const nested = nestMatrix(Array.from(values, (v) => Number(numberForPage(v).replace("−", "-"))), shape);
  return JSON.stringify(nested).replace(/,/g, ", ");
}
function mermaid(program) {
  const bp = matrixBackprop(program);
  const g = bp.graph;
  const lines = ["flowchart LR"];
  for (let id = 0; id <= bp.output; id++) {
    const n = g.node(id);
    const adjoint = bp.adjoints.get(id);
    if (adjoint === void 0 || n.op === "constant" || n.op === "ones") continue;
    const label = n.op === "input" ? n.name : g.labels.get(id) ?? printMatrixText(g, id, "compact", id);
    const text2 = `${label} (${formatShape(n.shape)})<br/>∂L/∂ = ${printMatrixText(g, adjoint, "compact", -1)}`;
    lines.push(`  n${id}["${text2.replace(/"/g, "#quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/&lt;br\/&gt;/, "<br/>")}"]`);
    for (const arg of n.args) if (bp.adjoints.has(arg) && g.node(arg).op !== "constant") lines.push(`  n${arg} --> n${id}`);
  }
  return lines.join("\n");
}
function matrixPlayground(source, pointText, wrt) {
  const at2 = {};
  const shapes = {};
  try {
    const object = JSON.parse(pointText);
    if (typeof object !== "object" || object === null || Array.isArray(object)) throw new Error("the point must be a JSON object of name: value");
    for (const [name, value] of Object.entries(object)) {
      const entries = matrixEntries(value, name);
      at2[name] = entries.values;
      shapes[name] = entries.shape;
    }
  } catch (error) {
    return { error: { field: "point", code: "point", message: error instanceof Error ? error.message : String(error), position: void 0 } };
  }
  const program = parseMatrix(source, { shapes });
  const missing = program.inputs.filter((name) => !(name in at2));
  if (missing.length > 0) return { error: { field: "point", code: "missing-input", message: `give a value for ${missing.join(", ")}`, position: void 0 } };
  const output = program.outputName ?? "f";
  const chosen = wrt !== void 0 && program.inputs.includes(wrt) ? wrt : program.inputs[0];
  const result = matrixGradient(program, { shapes, at: at2 });
  const derivation = deriveMatrix(program, { shapes, wrt: chosen });
  const check2 = crossValidateMatrix(program, { shapes, points: [at2] });
  const partial = (name) => `\\frac{\\partial ${texName(output)}}{\\partial ${texName(name)}}`;
  const rows = program.inputs.map((name) => {
    const mine = check2.worst.filter((e) => e.input === name && e.check === "symbolic-vs-numeric");
    const numeric = new Float64Array(mine.length);
    for (const e of mine) numeric[e.entry[0] * shapes[name][1] + e.entry[1]] = e.expected;
    const worst = mine[0];
    return { name, analytic: worst.actual, numeric: worst.expected, absError: worst.absError, relError: worst.relError, ok: mine.every((e) => e.ok), kink: false, numericText: matrixText(numeric, shapes[name]) };
  });
  return {
    result: {
      inputs: program.inputs,
      output,
      wrt: chosen,
      value: numberForPage(result.value),
      gradient: program.inputs.map((name) => ({ name, html: renderTex(partial(name)), value: matrixText(result.gradient[name], shapes[name]) })),
      steps: derivation.steps.map((step) => ({ rule: `${step.rule} (${formatShape(step.shape)})`, html: renderTex(step.latex) })),
      resultHtml: renderTex(`${partial(chosen)} = ${derivation.compactLatex}${derivation.latex === derivation.compactLatex ? "" : ` = ${derivation.latex}`}`, true),
      mermaid: mermaid(program),
      check: { ok: check2.ok, maxAbsError: check2.maxAbsError, maxRelError: check2.maxRelError, rows, rtol: check2.rtol, atol: check2.atol },
      kinks: []
    }
  };
}
class PointError extends Error {
  constructor(message, position) {
    super(message);
    __publicField(this, "name", "PointError");
    __publicField(this, "position");
    this.position = position;
  }
}
function parsePoint(text2) {
  const point = {};
  for (const part of text2.matchAll(/[^,]+/g)) {
    const pair = part[0].trim();
    if (pair === "") continue;
    const start = part.index + part[0].indexOf(pair);
    const match2 = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)$/.exec(pair);
    const value = match2 ? Number(match2[2]) : Number.NaN;
    if (!match2 || !Number.isFinite(value)) {
      throw new PointError(`expected name=number, found "${pair}"`, { start, end: start + pair.length });
    }
    point[match2[1]] = value;
  }
  return point;
}
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const softplus = (x) => x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
const NETWORK_FUNCTIONS = {
  sigmoid,
  relu: (x) => Math.max(0, x),
  leakyRelu: (x, alpha = 0.01) => x > 0 ? x : alpha * x,
  elu: (x, alpha = 1) => x > 0 ? x : alpha * Math.expm1(x),
  softplus,
  gelu: (x) => 0.5 * x * (1 + mathjs.erf(x / Math.SQRT2))
};
function symbolsOf(node) {
  return node.filter((child, path2) => child.type === "SymbolNode" && path2 !== "fn").map((child) => child.name);
}
function referenceProgram(source) {
  const parts = source.split(/[;\n]/).map((part) => part.trim()).filter(Boolean);
  const statements = [];
  const inputs = /* @__PURE__ */ new Set();
  const assigned = /* @__PURE__ */ new Set();
  parts.forEach((part, index) => {
    const node = mathjs.parse(part);
    let name;
    let expression;
    if (node.type === "AssignmentNode") {
      const assignment = node;
      name = assignment.object.name;
      expression = assignment.value;
    } else if (parts.length === 1) {
      name = "f";
      expression = node;
    } else {
      throw new Error(`statement ${index + 1} of the program is not an assignment: "${part}"`);
    }
    for (const symbol of symbolsOf(expression)) {
      if (!assigned.has(symbol) && !["pi", "e"].includes(symbol)) {
        inputs.add(symbol);
      }
    }
    assigned.add(name);
    statements.push({ name, code: expression.compile() });
  });
  const names = statements.map((statement) => statement.name);
  return {
    names,
    inputs: [...inputs],
    output: names[names.length - 1],
    run(point, nudge) {
      const scope = { ...NETWORK_FUNCTIONS, ...point };
      const values = { ...point };
      for (const statement of statements) {
        let value = statement.code.evaluate(scope);
        if (typeof value !== "number") throw new Error(`${statement.name} is not a real number at this point`);
        if ((nudge == null ? void 0 : nudge.name) === statement.name) value += nudge.by;
        scope[statement.name] = value;
        values[statement.name] = value;
      }
      return values;
    }
  };
}
function fail(field, error) {
  if (isSymbolicError(error)) return { error: { field, code: error.code, message: error.message, position: error.position } };
  if (error instanceof PointError) return { error: { field, code: "point", message: error.message, position: error.position } };
  return { error: { field, code: "invalid", message: error instanceof Error ? error.message : String(error), position: void 0 } };
}
function playground(source, pointText, wrt) {
  if (pointText.trimStart().startsWith("{")) {
    try {
      return matrixPlayground(source, pointText, wrt);
    } catch (error) {
      return fail("source", error);
    }
  }
  let program;
  try {
    program = parse(source);
  } catch (error) {
    return fail("source", error);
  }
  let point;
  try {
    point = parsePoint(pointText);
  } catch (error) {
    return fail("point", error);
  }
  const missing = program.inputs.filter((name) => !(name in point));
  if (missing.length > 0) {
    return { error: { field: "point", code: "missing-input", message: `give a value for ${missing.join(", ")}`, position: void 0 } };
  }
  try {
    const output = program.outputName ?? "f";
    const chosen = wrt !== void 0 && program.inputs.includes(wrt) ? wrt : program.inputs[0];
    const result = gradient(program, point);
    const derivation = chosen === void 0 ? void 0 : derive(program, chosen);
    const reference = referenceProgram(source);
    const partial = (name) => `\\frac{\\partial ${texName(output)}}{\\partial ${texName(name)}}`;
    return {
      result: {
        inputs: program.inputs,
        output,
        wrt: chosen ?? "",
        value: numberForPage(result.value),
        gradient: program.inputs.map((name) => ({ name, html: renderTex(partial(name)), value: numberForPage(result.gradient[name] ?? 0) })),
        steps: ((derivation == null ? void 0 : derivation.steps) ?? []).map((step) => ({ rule: step.rule, html: renderTex(step.latex) })),
        resultHtml: derivation === void 0 ? "" : renderTex(`${partial(derivation.wrt)} = ${derivation.compactLatex}${derivation.latex === derivation.compactLatex ? "" : ` = ${derivation.latex}`}`, true),
        mermaid: toMermaid(backprop(program, { at: point })),
        check: checkProgramGradient(reference, point, result.gradient),
        kinks: result.kinks
      }
    };
  } catch (error) {
    return fail("source", error);
  }
}
const _sfc_main = /* @__PURE__ */ defineComponent({
  __name: "BpPlayground",
  __ssrInlineRender: true,
  setup(__props) {
    const EXAMPLES = [
      { label: "x^2*y", source: "x^2*y", point: "x=3, y=2" },
      { label: "a single neuron", source: "z = w*x + b\na = sigmoid(z)\nL = (y - a)^2 / 2", point: "x=2, w=0.5, b=1, y=1" },
      { label: "sum over paths", source: "a = x*y; b = a + x; c = a*b", point: "x=2, y=3" },
      { label: "relu at its kink", source: "relu(x) * y", point: "x=0, y=2" },
      {
        label: "a layer in matrices",
        source: "z = W*x + b\na = sigmoid(z)\nL = sum((a - y).^2) / 2",
        point: '{"W": [[0.5, -0.3], [0.8, 0.2], [0.1, 0.4]], "x": [1, 2], "b": [0.1, 0.2, 0.3], "y": [1, 0, 1]}'
      }
    ];
    const source = ref$1(EXAMPLES[0].source);
    const point = ref$1(EXAMPLES[0].point);
    const wrt = ref$1(void 0);
    const outcome = computed(() => playground(source.value, point.value, wrt.value));
    const result = computed(() => "result" in outcome.value ? outcome.value.result : void 0);
    const error = computed(() => "error" in outcome.value ? outcome.value.error : void 0);
    const highlighted = computed(() => {
      const e = error.value;
      if (!(e == null ? void 0 : e.position)) return void 0;
      const text2 = e.field === "source" ? source.value : point.value;
      const { start, end } = e.position;
      return { before: text2.slice(0, start), culprit: text2.slice(start, end) || " ", after: text2.slice(end), column: start + 1 };
    });
    function checkRow(name) {
      var _a;
      return (_a = result.value) == null ? void 0 : _a.check.rows.find((row) => row.name === name);
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "bp-playground" }, _attrs))} data-v-837a1ca8><div class="bp-playground-examples" data-v-837a1ca8><span data-v-837a1ca8>Try:</span><!--[-->`);
      ssrRenderList(EXAMPLES, (example) => {
        _push(`<button type="button" data-v-837a1ca8>${ssrInterpolate(example.label)}</button>`);
      });
      _push(`<!--]--></div><label class="bp-playground-label" for="bp-source" data-v-837a1ca8>Expression or program</label><textarea id="bp-source" data-testid="source" rows="3" spellcheck="false" autocomplete="off" data-v-837a1ca8>${ssrInterpolate(source.value)}</textarea><label class="bp-playground-label" for="bp-point" data-v-837a1ca8>Point</label><input id="bp-point"${ssrRenderAttr("value", point.value)} data-testid="point" spellcheck="false" autocomplete="off" data-v-837a1ca8>`);
      if (error.value) {
        _push(`<div class="bp-playground-error" data-testid="error" role="alert" data-v-837a1ca8><p data-v-837a1ca8><strong data-v-837a1ca8>${ssrInterpolate(error.value.code)}</strong>`);
        if (highlighted.value) {
          _push(`<span data-v-837a1ca8> at column ${ssrInterpolate(highlighted.value.column)} of the ${ssrInterpolate(error.value.field === "source" ? "program" : "point")}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`: ${ssrInterpolate(error.value.message)}</p>`);
        if (highlighted.value) {
          _push(`<pre data-testid="error-source" data-v-837a1ca8>${ssrInterpolate(highlighted.value.before)}<mark data-testid="error-span" data-v-837a1ca8>${ssrInterpolate(highlighted.value.culprit)}</mark>${ssrInterpolate(highlighted.value.after)}</pre>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      if (result.value) {
        _push(`<!--[--><h2 data-v-837a1ca8>Value and gradient</h2><p data-v-837a1ca8><span class="bp-playground-output" data-v-837a1ca8>${ssrInterpolate(result.value.output)}</span> = <strong data-testid="value" data-v-837a1ca8>${ssrInterpolate(result.value.value)}</strong></p><table class="bp-playground-gradient" data-testid="gradient" data-v-837a1ca8><thead data-v-837a1ca8><tr data-v-837a1ca8><th data-v-837a1ca8>component</th><th data-v-837a1ca8>reverse mode</th><th data-v-837a1ca8>central difference</th><th data-v-837a1ca8>check</th></tr></thead><tbody data-v-837a1ca8><!--[-->`);
        ssrRenderList(result.value.gradient, (row) => {
          var _a, _b, _c, _d;
          _push(`<tr${ssrRenderAttr("data-name", row.name)} data-v-837a1ca8><td data-v-837a1ca8>${row.html ?? ""}</td><td data-testid="gradient-value" data-v-837a1ca8>${ssrInterpolate(row.value)}</td><td data-v-837a1ca8>${ssrInterpolate(((_a = checkRow(row.name)) == null ? void 0 : _a.kink) ? "kink" : ((_b = checkRow(row.name)) == null ? void 0 : _b.numericText) ?? ((_c = checkRow(row.name)) == null ? void 0 : _c.numeric.toPrecision(6)))}</td><td data-v-837a1ca8>${ssrInterpolate(((_d = checkRow(row.name)) == null ? void 0 : _d.ok) ? "✓" : "✗")}</td></tr>`);
        });
        _push(`<!--]--></tbody></table><p data-testid="check"${ssrRenderAttr("data-ok", String(result.value.check.ok))} data-v-837a1ca8> Finite-difference check: <strong data-v-837a1ca8>${ssrInterpolate(result.value.check.ok ? "agrees" : "DISAGREES")}</strong> (largest difference ${ssrInterpolate(result.value.check.maxAbsError.toExponential(1))}; @bp/verify&#39;s checkGradient, rtol ${ssrInterpolate(result.value.check.rtol.toExponential(0))}, atol ${ssrInterpolate(result.value.check.atol.toExponential(0))}). </p><!--[-->`);
        ssrRenderList(result.value.kinks, (kink) => {
          _push(`<p class="bp-playground-kink" data-testid="kink" data-v-837a1ca8> No derivative at this point for <code data-v-837a1ca8>${ssrInterpolate(kink.expression)}</code>; bp used ${ssrInterpolate(kink.convention)}. </p>`);
        });
        _push(`<!--]--><h2 data-v-837a1ca8>Derivation</h2>`);
        if (result.value.inputs.length > 1) {
          _push(`<p data-v-837a1ca8> With respect to <select${ssrRenderAttr("value", result.value.wrt)} data-testid="wrt" data-v-837a1ca8><!--[-->`);
          ssrRenderList(result.value.inputs, (name) => {
            _push(`<option${ssrRenderAttr("value", name)} data-v-837a1ca8>${ssrInterpolate(name)}</option>`);
          });
          _push(`<!--]--></select></p>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<ol class="bp-steps" data-testid="steps" data-v-837a1ca8><!--[-->`);
        ssrRenderList(result.value.steps, (step, index) => {
          _push(`<li data-v-837a1ca8><span class="bp-rule" data-v-837a1ca8>${ssrInterpolate(step.rule)}</span> <span data-v-837a1ca8>${step.html ?? ""}</span></li>`);
        });
        _push(`<!--]--></ol><div data-v-837a1ca8>${result.value.resultHtml ?? ""}</div><h2 data-v-837a1ca8>Computation graph</h2>`);
        _push(ssrRenderComponent(_sfc_main$1, {
          source: result.value.mermaid
        }, null, _parent));
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/components/BpPlayground.vue");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BpPlayground = /* @__PURE__ */ _export_sfc(_sfc_main, [["__scopeId", "data-v-837a1ca8"]]);
export {
  BpPlayground as default
};
