#!/usr/bin/env node
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The installed version of each bp package, read from its own manifest. */
export function versions(): Record<string, string> {
  const names = ['@bp/cli', '@bp/symbolic', '@bp/numeric', '@bp/verify'];
  return Object.fromEntries(
    names.map((name) => {
      const manifest = (name === '@bp/cli' ? require('../package.json') : require(`${name}/package.json`)) as {
        version: string;
      };
      return [name, manifest.version];
    }),
  );
}

for (const [name, version] of Object.entries(versions())) console.log(`${name} ${version}`);
