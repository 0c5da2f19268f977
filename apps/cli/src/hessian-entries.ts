import type { HessianEntry } from '@bp/symbolic';
import { table, type Colors } from './output.js';

/**
 * Second partials as text lines: the short ones as a table of `head = entry`, then each long one
 * as its backward quantities, one a line (∂f/∂a's δ lines, `delta_a`, then the δ lines of
 * differentiating it again), ending with its head.
 */
export function entryLines(entries: readonly HessianEntry[], head: (entry: HessianEntry) => string, c: Colors): string[] {
  const lines: string[] = [];
  const short = entries.filter((e) => e.adjoints === undefined);
  if (short.length > 0) lines.push(table(short.map((e) => [c.bold(head(e)), '=', e.compact]), ' ', ['left', 'left', 'left']));
  for (const entry of entries.filter((e) => e.adjoints !== undefined)) {
    const name = head(entry);
    const adjoints = entry.adjoints!;
    const gradient = adjoints.find((a) => a.of === entry.wrt[0] && !a.name.startsWith('δ'))?.name;
    const width = Math.max(name.length, ...adjoints.map((a) => a.name.length));
    if (lines.length > 0) lines.push('');
    lines.push(c.dim(`${name} differentiates ${gradient ?? `∂/∂${entry.wrt[0]}`} again, with the backward quantities named:`));
    for (const a of adjoints) lines.push(`${a.name.padEnd(width)} = ${a.expression}`);
    lines.push(`${c.bold(name)}${' '.repeat(width - name.length)} = ${entry.compact.slice(entry.compact.lastIndexOf('; ') + 2)}`);
  }
  return lines;
}
