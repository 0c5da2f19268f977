"""Compares bp's derivatives with SymPy's simplify(diff(...)) over corpus.json.

Run from the repository root after building:  pnpm --filter bench run presentation
(or: pnpm turbo run build --filter=bench... && python3 apps/bench/presentation/compare_sympy.py)

For each case it records SymPy's simplified derivative, its operation count and time, bp's
derivative (from `node apps/bench/dist/presentation-corpus.js`), its operation count and time,
and whether the two are the same function. Both counts are SymPy's count_ops on a parse of the
printed text, so the counting rule is identical. Writes results.json beside this file and prints
the summary that BENCHMARKS.md quotes.
"""
import json
import math
import random
import subprocess
import sys
import time
from pathlib import Path

import sympy as sp
from sympy.parsing.sympy_parser import convert_xor, parse_expr, standard_transformations

HERE = Path(__file__).resolve().parent
TRANSFORMS = standard_transformations + (convert_xor,)


class sigmoid(sp.Function):
    """The logistic function, kept as one symbol (as bp prints it), with sigma' = sigma (1 - sigma)."""

    def fdiff(self, argindex=1):
        s = sigmoid(self.args[0])
        return s * (1 - s)


class softplus(sp.Function):
    """log(1 + e^x), kept as one symbol, with softplus' = sigmoid."""

    def fdiff(self, argindex=1):
        return sigmoid(self.args[0])


class step(sp.Function):
    """bp's name for the derivative of relu (Heaviside step)."""

    def fdiff(self, argindex=1):
        return sp.Integer(0)


class relu(sp.Function):
    """max(0, x), kept as one symbol; relu' = step."""

    def fdiff(self, argindex=1):
        return step(self.args[0])


FUNCS = {"sigmoid": sigmoid, "softplus": softplus, "relu": relu, "step": step, "e": sp.E, "sign": sp.sign,
         "abs": sp.Abs, "sec": sp.sec, "log": sp.log, "exp": sp.exp}
# Definitions used only to check that two results are the same function.
REWRITE = {sigmoid: lambda u: 1 / (1 + sp.exp(-u)), softplus: lambda u: sp.log(1 + sp.exp(u)),
           relu: lambda u: sp.Max(0, u), step: lambda u: sp.Heaviside(u)}


def read(text, names=None):
    """A mathjs-syntax expression as SymPy, with names already defined substituted."""
    local = dict(FUNCS)
    local.update(names or {})
    e = parse_expr(text, local_dict=local, transformations=TRANSFORMS, evaluate=True)
    # Real symbols: the corpus is real calculus (|x|' is sign(x), not a complex derivative).
    return e.xreplace({s: sp.Symbol(s.name, real=True) for s in e.free_symbols if not s.is_real})


def read_program(source):
    """An expression or a straight-line program (`a = ...; L = ...`): its output in the inputs."""
    names = {}
    value = None
    for statement in [s.strip() for s in source.replace("\n", ";").split(";") if s.strip()]:
        if "=" in statement and statement.split("=")[0].strip().isidentifier():
            name, text = statement.split("=", 1)
            value = read(text, names)
            names[name.strip()] = value
        else:
            value = read(statement, names)
    return value


def expanded(e):
    for f, rule in REWRITE.items():
        e = e.replace(f, rule)
    return e


def same_function(a, b, symbols):
    """Equal at random points where both are defined (exact simplify is too slow for some cases)."""
    fa = sp.lambdify(symbols, expanded(a), "mpmath")
    fb = sp.lambdify(symbols, expanded(b), "mpmath")
    rng = random.Random(7)
    checked = 0
    for _ in range(40):
        point = [rng.uniform(0.1, 0.9) * rng.choice([1, -1]) for _ in symbols]
        try:
            va, vb = complex(fa(*point)), complex(fb(*point))
        except (ZeroDivisionError, ValueError, TypeError, OverflowError):
            continue
        if not (math.isfinite(abs(va)) and math.isfinite(abs(vb))) or abs(va.imag) > 1e-9 or abs(vb.imag) > 1e-9:
            continue
        if abs(va - vb) > 1e-7 * max(1.0, abs(va)):
            return False
        checked += 1
        if checked >= 8:
            break
    return checked >= 3


def main():
    corpus = json.loads((HERE / "corpus.json").read_text())
    bp_out = subprocess.run(["node", str(HERE.parent / "dist" / "presentation-corpus.js")], check=True,
                            capture_output=True, text=True).stdout
    bp = {r["id"]: r for r in json.loads(bp_out)}
    rows = []
    for case in corpus:
        f = read_program(case["source"])
        x = sp.Symbol(case["wrt"], real=True)
        start = time.perf_counter()
        ref = sp.simplify(sp.diff(f, x))
        sympy_ms = (time.perf_counter() - start) * 1000
        ours = read(bp[case["id"]]["derivative"])
        symbols = sorted((ref.free_symbols | ours.free_symbols | f.free_symbols), key=str)
        rows.append({
            "id": case["id"], "sympy": sp.sstr(ref), "sympyOps": int(sp.count_ops(ref)), "sympyMs": round(sympy_ms, 2),
            "bp": bp[case["id"]]["derivative"], "bpOps": int(sp.count_ops(ours)), "bpMs": round(bp[case["id"]]["ms"], 3),
            "equal": bool(same_function(ref, ours, symbols)),
        })
        print(case["id"], rows[-1]["sympyOps"], rows[-1]["bpOps"], rows[-1]["equal"], file=sys.stderr)
    (HERE / "results.json").write_text(json.dumps(rows, indent=1) + "\n")
    summarize(rows)


def summarize(rows):
    n = len(rows)
    at_most = sum(1 for r in rows if r["bpOps"] <= r["sympyOps"])
    ratios = [r["bpOps"] / max(1, r["sympyOps"]) for r in rows]
    worst = sorted(rows, key=lambda r: r["bpOps"] / max(1, r["sympyOps"]), reverse=True)[:8]
    sym_ms = sorted(r["sympyMs"] for r in rows)
    bp_ms = sorted(r["bpMs"] for r in rows)
    print(f"cases: {n}; bp <= SymPy ops: {at_most} ({100 * at_most / n:.1f} %); max ratio {max(ratios):.2f}; "
          f"over 1.5x: {sum(1 for q in ratios if q > 1.5)}; same function: {sum(r['equal'] for r in rows)}/{n}")
    print(f"total ops: bp {sum(r['bpOps'] for r in rows)}, SymPy {sum(r['sympyOps'] for r in rows)}")
    print(f"time ms median/p90/max: SymPy {sym_ms[n // 2]}/{sym_ms[int(n * 0.9)]}/{sym_ms[-1]}; bp {bp_ms[n // 2]}/{bp_ms[int(n * 0.9)]}/{bp_ms[-1]}")
    for r in worst:
        print(f"  {r['id']}: bp {r['bpOps']} `{r['bp']}` vs SymPy {r['sympyOps']} `{r['sympy']}`")


if __name__ == "__main__":
    main()
