import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64.js';

describe('decodeBase64', () => {
  it('matches Node for every length up to three blocks, padded or not', () => {
    for (let length = 0; length <= 12; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 0xff);
      const text = Buffer.from(bytes).toString('base64');
      expect(decodeBase64(text)).toEqual(bytes);
      expect(decodeBase64(text.replace(/=+$/, ''))).toEqual(bytes);
    }
  });

  it('decodes the WebAssembly magic number', () => {
    expect(Array.from(decodeBase64('AGFzbQ=='))).toEqual([0, 97, 115, 109]);
  });

  it('rejects a character outside the alphabet', () => {
    expect(() => decodeBase64('AG-z')).toThrow(/at 2/);
  });
});
