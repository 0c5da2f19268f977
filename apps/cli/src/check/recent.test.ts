import { describe, expect, it } from 'vitest';
import { Recent } from './recent.js';

describe('Recent', () => {
  it('drops the least recently used entry when over capacity', () => {
    const recent = new Recent<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1);
    recent.set('c', 3);
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')).toBe(1);
    expect(recent.get('c')).toBe(3);
    expect(recent.size).toBe(2);
  });

  it('replaces the value of a key set again, without growing', () => {
    const recent = new Recent<string, number>(2);
    recent.set('a', 1);
    recent.set('a', 4);
    expect(recent.get('a')).toBe(4);
    expect(recent.size).toBe(1);
  });
});
