import { escapeXml, formatJunitSuite, type JunitCase } from '@bp/verify';
import type { Colors } from '../output.js';
import { jsonLine } from '../output.js';
import type { LineResult } from './batch-line.js';
import { workflowCommand } from './github.js';
import { lineJunitCases, lineProblems } from './line-views.js';

/** How many lines, by outcome. */
export interface BatchTotals {
  lines: number;
  passed: number;
  failed: number;
  bad: number;
}

/** A report written as the lines come in: text for each line (maybe empty), then an ending. */
export interface BatchReport {
  line(result: LineResult): string;
  end(totals: BatchTotals): string;
}

/** `line 12`, or `"neuron" (line 12)` for a line with an id. */
export function lineLabel(result: LineResult): string {
  return typeof result.id === 'string' ? `${JSON.stringify(result.id)} (line ${result.line})` : `line ${result.line}`;
}

/** One sentence on the totals. */
export function summary(totals: BatchTotals): string {
  const parts = [`${totals.passed} passed`, `${totals.failed} failed`, `${totals.bad} bad input`];
  return `checked ${totals.lines} line${totals.lines === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** `--json`: each line's result, in order. */
export function jsonReport(): BatchReport {
  return { line: (result) => jsonLine(result.json), end: () => '' };
}

/** Text for people: each failed or bad line with what is wrong, then the totals. */
export function textReport(colors: Colors): BatchReport {
  return {
    line: (result) => {
      if (result.status === 'passed') return '';
      if (result.status === 'bad') return `${colors.red('✗')} ${lineLabel(result)}: ${result.error}\n`;
      const lines = lineProblems(result).map((problem) => `    ${problem.message}`);
      return `${colors.red('✗')} ${lineLabel(result)}:\n${lines.join('\n')}\n`;
    },
    end: (totals) => {
      const ok = totals.failed === 0 && totals.bad === 0;
      return `${ok ? colors.green('✓') : colors.red('✗')} ${summary(totals)}\n`;
    },
  };
}

/** `--report github`: one `::error` workflow command per failed check and per bad line, pointing at the file's line. */
export function githubReport(file: string): BatchReport {
  const where = (result: LineResult): Record<string, string | number> => (file === '-' ? {} : { file, line: result.line });
  return {
    line: (result) => {
      if (result.status === 'passed') return '';
      if (result.status === 'bad') return workflowCommand('error', { ...where(result), title: `bp check: bad input, ${lineLabel(result)}` }, result.error!);
      return lineProblems(result)
        .map((problem) => workflowCommand('error', { ...where(result), title: `bp check: ${problem.title}, ${lineLabel(result)}` }, problem.message))
        .join('');
    },
    end: () => '',
  };
}

// Lines per <testsuite>: the report is written one suite at a time, so a batch of any length
// needs memory for this many lines only.
const SUITE_LINES = 1000;

/**
 * JUnit XML through @bp/verify's formatJunitSuite: one test case per line's gradient and per claim
 * (a wrong claim's failure shows bp's derivative), an `<error>` case per bad line; a suite per
 * thousand lines. Test case names carry the line's id, so the reports of shards merge.
 */
export function junitReport(file: string): BatchReport {
  const name = `bp check ${file === '-' ? 'standard input' : file}`;
  let cases: JunitCase[] = [];
  let lines = 0;
  let first = 0;
  let last = 0;
  let started = false;
  const start = (): string => {
    if (started) return '';
    started = true;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escapeXml(name)}">\n`;
  };
  const flush = (): string => {
    const suite = formatJunitSuite(cases, { suite: lines === 0 ? name : `${name}, lines ${first}–${last}` });
    cases = [];
    lines = 0;
    return suite;
  };
  return {
    line: (result) => {
      if (lines === 0) first = result.line;
      last = result.line;
      lines++;
      const label = lineLabel(result);
      if (result.status === 'bad') cases.push({ name: `${label}: input`, classname: name, error: { message: result.error!, type: 'bad-input' } });
      else cases.push(...lineJunitCases(label, result, name));
      return `${start()}${lines >= SUITE_LINES ? flush() : ''}`;
    },
    // A batch with no line still gets one (empty) suite, so a CI step that reads the report finds one.
    end: (totals) => `${start()}${lines > 0 || totals.lines === 0 ? flush() : ''}</testsuites>\n`,
  };
}
