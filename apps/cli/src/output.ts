import { createColors } from 'picocolors';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** The picocolors formatters, real or no-ops. */
export type Colors = ReturnType<typeof createColors>;

/**
 * Colour only on a terminal, never with `NO_COLOR` set (https://no-color.org) or `--no-color`;
 * `FORCE_COLOR` (set and not `0`) forces it on, as in most Node tools.
 */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, noColor: boolean): Colors {
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const off = noColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  return createColors(!off && (force || stream.isTTY === true));
}

/** Writes text and waits when the stream's buffer is full, so a long batch never piles up in memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** JSON with a trailing newline. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * A number for the CLI's text output on a terminal: up to 12 significant digits, no trailing
 * zeros, `-0` as `0`. JSON output keeps every digit; a Markdown write-up uses @bp/symbolic's
 * six-digit `formatNumber`.
 */
export function numberForTerminal(value: number): string {
  if (Object.is(value, -0)) return '0';
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}

// Padding at the end of a row, with any colour codes among it (an empty coloured last cell): the
// spaces go, the codes stay so every colour is still switched off.
// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
const TRAILING_BLANKS = /(?:\s|\u001b\[[0-9;]*m)+$/;

/** Pads cells to columns: the first left-aligned, the rest right-aligned unless `align` says otherwise. */
export function table(rows: readonly (readonly string[])[], gap = '  ', align: readonly ('left' | 'right')[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - visibleLength(cell));
          return (align[i] ?? (i === 0 ? 'left' : 'right')) === 'left' ? cell + pad : pad + cell;
        })
        .join(gap)
        .replace(TRAILING_BLANKS, (tail) => tail.replace(/\s+/g, '')),
    )
    .join('\n');
}

/** Length without ANSI colour codes. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}
