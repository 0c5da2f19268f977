import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, workflowCommand } from './github.js';

describe('GitHub workflow commands', () => {
  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d');
    expect(workflowCommand('error', { file: 'a,b.jsonl', line: 3, title: 'x: y' }, 'm\n')).toBe('::error file=a%2Cb.jsonl,line=3,title=x%3A y::m%0A\n');
  });
});
