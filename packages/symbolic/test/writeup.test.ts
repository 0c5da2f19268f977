import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { writeup } from '../src/index.js';

/** The table rows of a write-up in document order: first cell's math → the other cells. */
function rows(markdown: string): { head: string; cells: string[] }[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| $'))
    .map((line) => {
      const cells = line.slice(2, -2).split(' | ').map((cell) => cell.trim());
      return { head: cells[0]!.replace(/^\$|\$$/g, ''), cells: cells.slice(1) };
    });
}

const squeeze = (latex: string): string => latex.replace(/\s+/g, '');

/** A scalar network of swish units, two lines a layer, then a squared error (as apps/bench's derive-scale). */
function swishNetwork(layers: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= layers; i++) lines.push(`z${i} = w${i}*${i === 1 ? 'x' : `a${i - 1}`} + b${i}`, `a${i} = z${i}*sigmoid(z${i})`);
  lines.push(`L = (a${layers} - y)^2`);
  return lines.join('\n');
}

function swishPoint(layers: number): Record<string, number> {
  const at: Record<string, number> = { x: 0.5, y: 0.3 };
  for (let i = 1; i <= layers; i++) Object.assign(at, { [`w${i}`]: 0.9, [`b${i}`]: 0.1 });
  return at;
}

describe('a write-up of seed 004’s worked example (one sigmoid neuron, L = ½(y − a)²)', () => {
  const md = writeup('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { at: { x: 2, w: 0.5, b: 1, y: 1 } });
  const table = rows(md);
  const find = (head: string): { index: number; cells: string[] } => {
    const index = table.findIndex((row) => squeeze(row.head) === squeeze(head));
    expect({ head, found: index >= 0 }).toEqual({ head, found: true });
    return { index, cells: table[index]!.cells };
  };
  // The seed's lines, in its order, with its formulas (up to notation: a = σ(z), δ_a = ∂L/∂a) and
  // its published numbers at their stated precision (seed 004, section 11).
  const seed: [string, string, number, number][] = [
    ['z', 'w \\cdot x + b', 2, 0], // z = 0.5·2 + 1 = 2
    ['a', '\\sigma\\left(z\\right)', 0.8808, 5e-5], // a = σ(2) = 0.8808
    ['\\delta_{a} = \\frac{\\partial L}{\\partial a}', 'a - y', -0.1192, 5e-5], // ∂L/∂a = a − y = −0.1192
    ['\\frac{\\partial a}{\\partial z}', 'a \\cdot \\left(1 - a\\right)', 0.105, 5e-4], // σ(z)(1 − σ(z)) ≈ 0.105
    ['\\delta_{z} = \\frac{\\partial L}{\\partial z}', '\\delta_{a} \\cdot \\frac{\\partial a}{\\partial z}', -0.0125, 5e-5], // ∂L/∂a · ∂a/∂z ≈ −0.0125
    ['\\frac{\\partial L}{\\partial w}', '\\delta_{z} \\cdot x', -0.025, 5e-4], // ∂L/∂z · x ≈ −0.025
  ];

  it('has the seed’s lines in the seed’s order, with the seed’s formulas', () => {
    const found = seed.map(([head, formula]) => {
      const { index, cells } = find(head);
      expect(squeeze(cells[0]!)).toBe(squeeze(`$${formula}$`));
      return index;
    });
    expect(found).toEqual([...found].sort((p, q) => p - q));
  });

  it('recomputes the seed’s numbers to the precision it states', () => {
    for (const [head, , published, tolerance] of seed) {
      const { cells } = find(head);
      const value = Number(cells[cells.length - 1]);
      expect({ head, value, within: Math.abs(value - published) <= tolerance }).toMatchObject({ within: true });
    }
  });

  it('gives the loss the seed rounds to 0.00709 as 0.00710467, which is ½(1 − σ(2))² by hand', () => {
    // The seed prints L ≈ 0.00709; ½ · 0.1192² = 0.0071045 already, so its last digit is a slip.
    const a = 1 / (1 + Math.exp(-2));
    const { cells } = find('L');
    expect(Number(cells[cells.length - 1])).toBeCloseTo(0.5 * (1 - a) ** 2, 8);
    expect(Math.abs(Number(cells[cells.length - 1]) - 0.00709)).toBeLessThan(2e-5);
  });

  it('writes every table cell as LaTeX that KaTeX renders', () => {
    for (const row of table) {
      for (const cell of [row.head, ...row.cells]) {
        for (const [, latex] of `$${cell}$`.matchAll(/\$([^$]+)\$/g)) expect(() => katex.renderToString(latex!, { throwOnError: true })).not.toThrow();
      }
    }
  });
});

describe('a write-up of seed 000’s neuron (prediction 0.981, target 0)', () => {
  // Seed 000 gives the prediction 0.981 and the error Target − Prediction = −0.981; b is chosen so
  // that σ(w·x + b) = 0.981 with the seed's w = 0.5 and input 0.76.
  const b = Math.log(0.981 / 0.019) - 0.5 * 0.76;
  const md = writeup('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { at: { x: 0.76, w: 0.5, b, y: 0 }, learningRate: 0.1, update: ['w'] });
  const value = (head: string): number => {
    const row = rows(md).find((r) => squeeze(r.head) === squeeze(head))!;
    return Number(row.cells[row.cells.length - 1]);
  };

  it('has the seed’s loss gradient, and its activation gradient as a(1 − a) worked by hand', () => {
    // Seed: ∂Loss/∂Prediction is written as Target − Prediction = −0.981, the negative of a − y.
    expect(value('\\delta_{a} = \\frac{\\partial L}{\\partial a}')).toBeCloseTo(0.981, 3);
    // The seed prints 0.981·(1 − 0.981) = 0.0183; by hand it is 0.981 · 0.019 = 0.018639.
    expect(value('\\frac{\\partial a}{\\partial z}')).toBeCloseTo(0.981 * 0.019, 4);
  });

  it('ends with the seed’s weight update, W = 0.5 + 0.1 · (−0.0179) · 0.76 = 0.4986, as w − η ∂L/∂w', () => {
    const row = rows(md.slice(md.indexOf('## One step of gradient descent'))).find((r) => r.head === 'w')!;
    expect(squeeze(row.cells[0]!)).toMatch(/^\$w-\\eta\\,\\frac\{\\partialL\}\{\\partialw\}=0\.5-0\.1\\cdot/);
    expect(Math.abs(Number(row.cells[1]) - 0.4986)).toBeLessThanOrEqual(5e-5);
  });
});

describe('the size of a write-up', () => {
  it('grows linearly with the depth of a network (bytes at 10, 20 and 40 layers)', () => {
    const size = (layers: number): number => new TextEncoder().encode(writeup(swishNetwork(layers), { at: swishPoint(layers) })).length;
    const [s10, s20, s40] = [size(10), size(20), size(40)];
    // Linear growth doubles the size with the depth (a constant header makes it a little less);
    // a line per input spelled out through the whole chain would quadruple it.
    expect(s20 / s10).toBeGreaterThan(1.7);
    expect(s20 / s10).toBeLessThan(2.2);
    expect(s40 / s20).toBeLessThan(2.2);
  });

  it('writes every backward line of a 50-layer network in δ names, each short', () => {
    const md = writeup(swishNetwork(50), { at: swishPoint(50) });
    const backward = md.slice(md.indexOf('## Backward pass'), md.indexOf('## The gradient'));
    const deltas = backward.split('\n').filter((line) => line.startsWith('| $\\delta'));
    expect(deltas).toHaveLength(100);
    for (const line of deltas) expect(line.length).toBeLessThan(200);
    expect(md).toContain('| $\\frac{\\partial L}{\\partial w_{1}}$ | $\\delta_{z_{1}} \\cdot x$ |');
  });
});

describe('the Mermaid graph of a write-up', () => {
  const NODE = /^ {2}(n\d+)(?:\(\[|\[\[|\[)"([^"]*)"(?:\]\)|\]\]|\])$/;
  const EDGE = /^ {2}(n\d+) -->\|"([^"]*)"\| (n\d+)$/;

  /** Every line is a node or an edge in the one syntax bp writes; labels hold only entity-coded specials. */
  function checkMermaid(markdown: string): string[] {
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)![1]!.split('\n');
    expect(block[0]).toBe('flowchart LR');
    const nodes = new Set<string>();
    const labels: string[] = [];
    for (const line of block.slice(1)) {
      const node = NODE.exec(line);
      const edge = EDGE.exec(line);
      expect({ line, parsed: node !== null || edge !== null }).toEqual({ line, parsed: true });
      if (node) nodes.add(node[1]!);
      if (edge) expect([nodes.has(edge[1]!), nodes.has(edge[3]!)]).toEqual([true, true]);
      const label = (node ?? edge)![2]!;
      // Outside entity codes (#34;) and line breaks, nothing Mermaid reads as markup.
      expect({ line, bare: /["#<>&|]/.test(label.replace(/#\d+;/g, '').replace(/<br\/>/g, '')) }).toEqual({ line, bare: false });
      labels.push(label);
    }
    return labels;
  }

  it('labels each edge with its local derivative and value', () => {
    const labels = checkMermaid(writeup('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { at: { x: 2, w: 0.5, b: 1, y: 1 } }));
    expect(labels).toContain('∂a/∂z = a * (1 - a) = 0.104994');
    expect(labels).toContain('∂z/∂w = x = 2');
  });

  it('escapes what a label could carry from the user’s program', () => {
    const labels = checkMermaid(writeup('θ_1 = abs(x$) ; h$ = θ_1^2 ; out = h$ * (x$ - 1)', { at: { x$: -1.5 } }));
    expect(labels.some((label) => label.includes('θ_1') && label.includes('h$'))).toBe(true);
  });
});
