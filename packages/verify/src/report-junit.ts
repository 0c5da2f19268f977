import type { CheckResult } from './check-result.js';
import { VerifyError } from './errors.js';
import { describeComponent, headline } from './internal/label.js';
import { formatText } from './report-text.js';

/** One named check for a JUnit report. */
export interface JunitCheckCase {
  /** The test case's name, e.g. `"dense layer dW"`. */
  readonly name: string;
  readonly result: CheckResult;
  /** Names of x's components. */
  readonly names?: readonly string[];
  /** The test case's class name; default the suite's name. */
  readonly classname?: string;
}

/** What went wrong in a test case that is not a {@link CheckResult}: a one-line message and the details. */
export interface JunitProblem {
  readonly message: string;
  /** The details, shown under the message. Default the message. */
  readonly body?: string;
  /** The failure's or error's `type` attribute. */
  readonly type?: string;
}

/**
 * A test case whose outcome the caller already knows, such as a hand-derived claim or a line of
 * input that could not be checked: it passed unless `failure`, `error` or `skipped` says otherwise.
 */
export interface JunitOutcomeCase {
  readonly name: string;
  readonly classname?: string;
  /** The check ran and found a mismatch. */
  readonly failure?: JunitProblem;
  /** The check could not run (bad input). */
  readonly error?: JunitProblem;
  /** Why the case was not run. */
  readonly skipped?: string;
  /** Notes for the reader, in `<system-out>`. */
  readonly output?: string;
}

/** One test case of a JUnit report: a check's result, or an outcome the caller states. */
export type JunitCase = JunitCheckCase | JunitOutcomeCase;

/** Options of {@link formatJunit}. */
export interface JunitOptions {
  /** The `<testsuite>` name. Default `"@bp/verify"`. */
  readonly suite?: string;
  /** How many rows of the text table go into each failure's body. Default 10. */
  readonly limit?: number;
}

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 on, except the two
// non-characters U+FFFE and U+FFFF and unpaired surrogates; anything else cannot appear even escaped.
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an XML attribute value or element content: `& < > " '` become entities and
 * characters XML cannot carry become U+FFFD.
 * @example
 * escapeXml('a < b & "c"'); // → 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function validateCases(input: unknown): void {
  if (!Array.isArray(input)) {
    throw new VerifyError('invalid-argument', 'cases must be an array of { name, result } or { name, failure?, error? }', { parameter: 'cases' });
  }
  input.forEach((entry: unknown, i) => {
    const candidate = entry as { name?: unknown; result?: unknown } | null;
    const hasResult = typeof candidate === 'object' && candidate !== null && 'result' in candidate;
    if (typeof candidate?.name !== 'string' || (hasResult && (typeof candidate.result !== 'object' || candidate.result === null))) {
      throw new VerifyError('invalid-argument', `cases[${i}] must be { name: string, result: CheckResult } or { name: string, failure?, error? }`, {
        parameter: 'cases',
        coordinate: i,
      });
    }
  });
}

function isCheckCase(entry: JunitCase): entry is JunitCheckCase {
  return 'result' in entry;
}

function problemElement(tag: 'failure' | 'error', problem: JunitProblem): string {
  const type = problem.type === undefined ? '' : ` type="${escapeXml(problem.type)}"`;
  return `      <${tag} message="${escapeXml(problem.message)}"${type}>${escapeXml(problem.body ?? problem.message)}</${tag}>`;
}

/** The body elements of a check case: a failure with the text table, kinks in `<system-out>`. */
function checkBody({ result, names }: JunitCheckCase, limit: number): string[] {
  const body: string[] = [];
  if (!result.ok) {
    const worst = result.worst[0];
    const message =
      worst === undefined || result.reason !== undefined ? headline(result) : `${headline(result)}; worst ${describeComponent(worst, result.kind, names)}`;
    const table = formatText(result, { limit, ...(names === undefined ? {} : { names }) });
    body.push(problemElement('failure', { message, body: table, type: `${result.kind}-mismatch` }));
  }
  if (result.kinks.length > 0) {
    const kinks = result.worst.filter((entry) => entry.kink).map((entry) => describeComponent(entry, result.kind, names));
    body.push(`      <system-out>${escapeXml(`kinks:\n${kinks.join('\n')}`)}</system-out>`);
  }
  return body;
}

function outcomeBody(entry: JunitOutcomeCase): string[] {
  const body: string[] = [];
  if (entry.error !== undefined) body.push(problemElement('error', entry.error));
  if (entry.failure !== undefined) body.push(problemElement('failure', entry.failure));
  if (entry.skipped !== undefined) body.push(`      <skipped message="${escapeXml(entry.skipped)}"/>`);
  if (entry.output !== undefined) body.push(`      <system-out>${escapeXml(entry.output)}</system-out>`);
  return body;
}

/** How a case counts in the suite's totals. */
function outcome(entry: JunitCase): 'passed' | 'failure' | 'error' | 'skipped' {
  if (isCheckCase(entry)) return entry.result.ok ? 'passed' : 'failure';
  if (entry.error !== undefined) return 'error';
  if (entry.failure !== undefined) return 'failure';
  return entry.skipped === undefined ? 'passed' : 'skipped';
}

/** The counts of a suite: tests, failures, errors and skipped. */
function totals(cases: readonly JunitCase[]): { tests: number; failures: number; errors: number; skipped: number } {
  const kinds = cases.map(outcome);
  const count = (kind: string): number => kinds.filter((k) => k === kind).length;
  return { tests: cases.length, failures: count('failure'), errors: count('error'), skipped: count('skipped') };
}

/**
 * Formats one `<testsuite>` element (indented for a `<testsuites>` document), for callers that
 * stream a large report as several suites; {@link formatJunit} wraps one suite in a document.
 * @throws {VerifyError} `invalid-argument` when cases is not an array of test cases.
 * @example
 * formatJunitSuite([{ name: 'claim', failure: { message: 'wrong' } }], { suite: 'claims' }).split('\n')[0];
 * // → '  <testsuite name="claims" tests="1" failures="1" errors="0" skipped="0">'
 */
export function formatJunitSuite(cases: readonly JunitCase[], options: JunitOptions = {}): string {
  validateCases(cases);
  const suite = options.suite ?? '@bp/verify';
  const { tests, failures, errors, skipped } = totals(cases);
  const lines = [`  <testsuite name="${escapeXml(suite)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">`];
  for (const entry of cases) {
    const open = `    <testcase classname="${escapeXml(entry.classname ?? suite)}" name="${escapeXml(entry.name)}"`;
    const body = isCheckCase(entry) ? checkBody(entry, options.limit ?? 10) : outcomeBody(entry);
    lines.push(body.length === 0 ? `${open}/>` : [`${open}>`, ...body, '    </testcase>'].join('\n'));
  }
  lines.push('  </testsuite>');
  return `${lines.join('\n')}\n`;
}

/**
 * Formats named checks as JUnit XML, the format CI systems (GitHub Actions reporters, GitLab,
 * Jenkins, Azure) show as test results: one `<testcase>` per check; a failed check carries a
 * `<failure>` whose message names the worst component and whose body is the text table; kinks
 * are listed in `<system-out>`. A case may instead state its outcome (`failure`, `error`,
 * `skipped`), for checks that are not a {@link CheckResult}, such as a hand-derived claim.
 * @throws {VerifyError} `invalid-argument` when cases is not an array of test cases.
 * @example
 * const result = checkGradient((x) => x[0]! * x[0]!, [6], new Float64Array([3]));
 * formatJunit([{ name: 'square', result }]).split('\n')[2];
 * // → '  <testsuite name="@bp/verify" tests="1" failures="0" errors="0" skipped="0">'
 */
export function formatJunit(cases: readonly JunitCase[], options: JunitOptions = {}): string {
  const body = formatJunitSuite(cases, options);
  const suite = options.suite ?? '@bp/verify';
  const { tests, failures, errors } = totals(cases);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suite)}" tests="${tests}" failures="${failures}" errors="${errors}">`,
    `${body}</testsuites>\n`,
  ].join('\n');
}
