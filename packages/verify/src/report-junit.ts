import type { CheckResult } from './check-result.js';
import { VerifyError } from './errors.js';
import { describeComponent, headline } from './internal/label.js';
import { requireResult } from './internal/validate.js';
import { formatText } from './report-text.js';

/** One named check for a JUnit report. */
export interface JunitCase {
  /** The test case's name, e.g. `"dense layer dW"`. */
  readonly name: string;
  readonly result: CheckResult;
  /** Names of x's components. */
  readonly names?: readonly string[];
  /** The test case's class name; default the suite's name. */
  readonly classname?: string;
}

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
 * escapeXml('a < b & "c"'); // 'a &lt; b &amp; &quot;c&quot;'
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

/**
 * Formats named checks as JUnit XML, the format CI systems (GitHub Actions reporters, GitLab,
 * Jenkins, Azure) show as test results: one `<testcase>` per check; a failed check carries a
 * `<failure>` whose message names the worst component and whose body is the text table; kinks
 * are listed in `<system-out>`.
 * @throws {VerifyError} `invalid-argument` when cases is not an array of `{ name, result }`.
 * @example
 * const result = checkGradient((x) => x[0]! * x[0]!, [6], new Float64Array([3]));
 * formatJunit([{ name: 'square', result }]).split('\n')[2];
 * // '  <testsuite name="@bp/verify" tests="1" failures="0" errors="0" skipped="0">'
 */
export function formatJunit(cases: readonly JunitCase[], options: JunitOptions = {}): string {
  const input: unknown = cases;
  if (!Array.isArray(input)) {
    throw new VerifyError('invalid-argument', 'cases must be an array of { name, result }', { parameter: 'cases' });
  }
  input.forEach((entry: unknown, i) => {
    const candidate = entry as Partial<JunitCase> | null;
    if (typeof candidate?.name !== 'string' || typeof candidate.result !== 'object' || candidate.result === null) {
      throw new VerifyError('invalid-argument', `cases[${i}] must be { name: string, result: CheckResult }`, {
        parameter: 'cases',
        coordinate: i,
      });
    }
    requireResult(candidate.result, `cases[${i}].result`);
  });
  const suite = options.suite ?? '@bp/verify';
  const failures = cases.filter((entry) => !entry.result.ok).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
  ];
  for (const { name, result, names, classname } of cases) {
    const open = `    <testcase classname="${escapeXml(classname ?? suite)}" name="${escapeXml(name)}"`;
    const body: string[] = [];
    if (!result.ok) {
      const worst = result.worst[0];
      const message =
        worst === undefined || result.reason !== undefined
          ? headline(result)
          : `${headline(result)}; worst ${describeComponent(worst, result.kind, names)}`;
      const table = formatText(result, { limit: options.limit ?? 10, ...(names === undefined ? {} : { names }) });
      body.push(`      <failure message="${escapeXml(message)}" type="${result.kind}-mismatch">${escapeXml(table)}</failure>`);
    }
    if (result.kinks.length > 0) {
      const kinks = result.worst.filter((entry) => entry.kink).map((entry) => describeComponent(entry, result.kind, names));
      body.push(`      <system-out>${escapeXml(`kinks:\n${kinks.join('\n')}`)}</system-out>`);
    }
    lines.push(body.length === 0 ? `${open}/>` : [`${open}>`, ...body, '    </testcase>'].join('\n'));
  }
  lines.push('  </testsuite>', '</testsuites>');
  return `${lines.join('\n')}\n`;
}
