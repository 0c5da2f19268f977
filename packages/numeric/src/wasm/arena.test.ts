import { describe, expect, it } from 'vitest';
import { Arena } from './arena.js';

describe('Arena', () => {
  it('places ranges one after another above an aligned base', () => {
    const arena = new Arena(100, 64);
    expect(arena.allocate(10)).toBe(128);
    expect(arena.allocate(65)).toBe(192);
    expect(arena.top).toBe(320);
  });

  it('reuses a freed range first-fit and merges neighbours', () => {
    const arena = new Arena(0, 64);
    const a = arena.allocate(64);
    const b = arena.allocate(128);
    const c = arena.allocate(64);
    arena.release(a, 64);
    arena.release(b, 128);
    // a and b merged into one free range of 192 bytes at 0.
    expect(arena.allocate(192)).toBe(0);
    expect(arena.allocate(64)).toBe(c + 64);
  });

  it('lowers the top when the highest range is freed', () => {
    const arena = new Arena(0, 64);
    const a = arena.allocate(64);
    const b = arena.allocate(64);
    arena.release(b, 64);
    expect(arena.top).toBe(64);
    arena.release(a, 64);
    expect(arena.top).toBe(0);
  });
});
