import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkGradient } from './check-gradient.js';
import { escapeXml, formatJunit, formatJunitSuite } from './report-junit.js';

const f = (x: Float64Array): number => x[0]! * x[1]! + Math.abs(x[2]!);
const x = Float64Array.of(3, 2, 0);

interface Parsed {
  testsuites: {
    '@_tests': string;
    '@_failures': string;
    testsuite: {
      '@_name': string;
      '@_tests': string;
      '@_failures': string;
      testcase: { '@_name': string; '@_classname': string; failure?: { '@_message': string; '@_type': string; '#text': string }; 'system-out'?: string }[];
    };
  };
}

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase', processEntities: true }).parse(xml) as Parsed;
}

describe('formatJunit', () => {
  it('writes well-formed JUnit XML with one test case per check', () => {
    const xml = formatJunit(
      [
        { name: 'product', result: checkGradient(f, [2, 3, 0], x) },
        { name: 'product with a wrong ∂/∂y', result: checkGradient(f, [2, 3.01, 0], x) },
      ],
      { suite: 'gradients' },
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    const { testsuites } = parse(xml);
    expect(testsuites['@_tests']).toBe('2');
    expect(testsuites['@_failures']).toBe('1');
    const suite = testsuites.testsuite;
    expect(suite['@_name']).toBe('gradients');
    expect(suite['@_tests']).toBe('2');
    expect(suite['@_failures']).toBe('1');
    expect(suite.testcase.map((testcase) => testcase['@_name'])).toEqual(['product', 'product with a wrong ∂/∂y']);
    expect(suite.testcase[0]!.failure).toBeUndefined();
    const failure = suite.testcase[1]!.failure!;
    expect(failure['@_type']).toBe('gradient-mismatch');
    expect(failure['@_message']).toContain('worst x[1]: analytic 3.01, numeric 2.99999999996, abs error 1.00e-2, rel error 3.32e-3');
    expect(failure['#text']).toContain('gradient check failed: 1 of 3 components outside tolerance');
    expect(suite.testcase[1]!['system-out']).toContain('x[2]: analytic 0');
  });

  it('escapes < & " > \' in names, messages and bodies', () => {
    const name = 'a<b & "c" > \'d\'';
    const xml = formatJunit([{ name, result: checkGradient(f, [2, 3.01, 0], x), names: ['<w>', '&b', '"c"'] }], { suite: 'S&P <500>' });
    expect(xml).toContain('name="a&lt;b &amp; &quot;c&quot; &gt; &apos;d&apos;"');
    expect(xml).not.toMatch(/<w>|&b|"c"[^ ]/);
    const { testsuites } = parse(xml);
    expect(testsuites.testsuite['@_name']).toBe('S&P <500>');
    const testcase = testsuites.testsuite.testcase[0]!;
    expect(testcase['@_name']).toBe(name);
    expect(testcase.failure!['@_message']).toContain('worst &b: analytic 3.01');
    expect(testcase.failure!['#text']).toContain('<w>');
  });

  it('replaces characters XML cannot carry', () => {
    expect(escapeXml('bell\u0007 tab\t nul\u0000 lone\uD800 pair\uD83D\uDE00')).toBe('bell\uFFFD tab\t nul\uFFFD lone\uFFFD pair\uD83D\uDE00');
    const xml = formatJunit([{ name: 'control\u0001char', result: checkGradient(f, [2, 3, 0], x) }]);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('reports a check that failed before comparing with its reason', () => {
    const { testsuites } = parse(formatJunit([{ name: 'nan', result: checkGradient(() => Number.NaN, [0], Float64Array.of(0)) }]));
    expect(testsuites.testsuite.testcase[0]!.failure!['@_message']).toBe('gradient check failed: f(x) is NaN');
  });

  it('writes an empty suite for no checks', () => {
    const { testsuites } = parse(formatJunit([]));
    expect(testsuites['@_tests']).toBe('0');
  });

  it('rejects cases that are not { name, result } at the case', () => {
    expect(() => formatJunit('x' as unknown as [])).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'cases' } }));
    expect(() => formatJunit([{ name: 'ok', result: checkGradient(f, [2, 3, 0], x) }, { name: 3 } as never])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'cases', coordinate: 1 } }),
    );
  });

  it('counts stated outcomes: a failure, an error and a skipped case, each with its message and body', () => {
    const xml = formatJunit(
      [
        { name: 'claim ∂f/∂x = 2*x', failure: { message: 'wrong: bp derives 2 * x * y', body: 'at x = 1, y = 2', type: 'claim-mismatch' } },
        { name: 'line 3', error: { message: 'line 3 is not JSON' } },
        { name: 'random points', skipped: 'none inside the domain' },
        { name: 'claim ∂f/∂y = x^2', output: 'agrees at 3 points' },
      ],
      { suite: 'claims' },
    );
    const { testsuites } = parse(xml) as unknown as {
      testsuites: {
        '@_tests': string; '@_failures': string; '@_errors': string;
        testsuite: { '@_errors': string; '@_skipped': string; testcase: Record<string, { '@_message'?: string; '@_type'?: string; '#text'?: string } | string | undefined>[] };
      };
    };
    expect([testsuites['@_tests'], testsuites['@_failures'], testsuites['@_errors']]).toEqual(['4', '1', '1']);
    expect([testsuites.testsuite['@_errors'], testsuites.testsuite['@_skipped']]).toEqual(['1', '1']);
    const [claim, line, skipped, passed] = testsuites.testsuite.testcase;
    expect(claim!.failure).toEqual({ '@_message': 'wrong: bp derives 2 * x * y', '@_type': 'claim-mismatch', '#text': 'at x = 1, y = 2' });
    expect(line!.error).toEqual({ '@_message': 'line 3 is not JSON', '#text': 'line 3 is not JSON' });
    expect(skipped!.skipped).toEqual({ '@_message': 'none inside the domain' });
    expect(passed!.failure).toBeUndefined();
    expect(passed!['system-out']).toBe('agrees at 3 points');
  });

  it('formats one suite alone, so a long report can be written as several', () => {
    const first = formatJunitSuite([{ name: 'a', failure: { message: 'no' } }], { suite: 'part 1' });
    const second = formatJunitSuite([{ name: 'b', result: checkGradient(f, [2, 3, 0], x) }], { suite: 'part 2' });
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${first}${second}</testsuites>\n`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' }).parse(xml) as {
      testsuites: { testsuite: { '@_name': string; '@_failures': string }[] };
    };
    expect(parsed.testsuites.testsuite.map((suite) => [suite['@_name'], suite['@_failures']])).toEqual([
      ['part 1', '1'],
      ['part 2', '0'],
    ]);
  });
});
