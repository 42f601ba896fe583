import { describe, expect, it } from '@jest/globals';
import { uuid7 } from './uuid7.js';

describe('uuid7', () => {
  it('is a version 7, RFC 9562 variant UUID carrying the time in its first 48 bits', () => {
    const at = Date.UTC(2026, 11, 2, 16, 45, 0, 123);
    const id = uuid7(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts by time as text, and differs within one millisecond', () => {
    const ids = [1, 2, 3].map((k) => uuid7(1_700_000_000_000 + k * 1000));
    expect([...ids].sort()).toEqual(ids);
    const same = new Set(Array.from({ length: 1000 }, () => uuid7(1_700_000_000_000)));
    expect(same.size).toBe(1000);
  });
});
