import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

/** The built CLI, run as users run it. */
export const CLI: string = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** What one run of `bp` did. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js …args` with optional standard input, colour off, within a time limit. */
export function bp(args: readonly string[], options: { input?: string; env?: Record<string, string>; timeout?: number } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const schemaDir = new URL('../schemas/', import.meta.url);
const ajv = new Ajv({ allErrors: true, strict: true });
for (const file of readdirSync(schemaDir)) {
  if (file.endsWith('.json')) ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as object);
}

/** Validates a value against one of `apps/cli/schemas/*.json`; throws with Ajv's errors when it does not match. */
export function expectSchema(schema: string, value: unknown): void {
  const validate: ValidateFunction | undefined = ajv.getSchema(`bp-cli/${schema}`);
  if (validate === undefined) throw new Error(`no schema ${schema}`);
  if (!validate(value)) throw new Error(`${schema}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 500)}`);
}

/** Parses every line of a JSON Lines text. */
export function jsonLines(text: string): unknown[] {
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);
}

/** |a − b| ≤ atol + rtol·|b|. */
export function close(actual: number, expected: number, rtol = 1e-12, atol = 1e-12): boolean {
  return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
}

/** The same as {@link bp}, without blocking, so independent runs can overlap. */
export function bpAsync(args: readonly string[], options: { input?: string; env?: Record<string, string>; timeout?: number; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
      timeout: options.timeout ?? 20_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

interface ErrorJson {
  error: { code: string; message: string; position?: { start?: number; end?: number; argument?: string } };
}

/** The JSON error a failed `--json` run printed on standard error (its last line), checked against the schema. */
export function errorOf(stderr: string): ErrorJson['error'] {
  const json = JSON.parse(stderr.trim().split('\n').pop()!) as ErrorJson;
  expectSchema('error.json', json);
  return json.error;
}
