import { describe, expect, it } from '@jest/globals';
import { MAX_BODY_DEPTH, nestedDeeperThan } from './body-parsing.js';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('the body depth limit', () => {
  it('lets every body of ours through', () => {
    expect(nestedDeeperThan({ employer: { name: 'x' }, messagingContacts: [{ app: 'line', handle: 'y' }] }, 32)).toBe(
      false,
    );
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan(null, 0)).toBe(false);
  });

  it('counts objects and arrays alike, up to the limit and no further', () => {
    expect(nestedDeeperThan(nested(MAX_BODY_DEPTH), MAX_BODY_DEPTH)).toBe(false);
    expect(nestedDeeperThan(nested(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH)).toBe(true);
  });

  it('refuses thousands of levels without recursing through them', () => {
    expect(nestedDeeperThan(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)), MAX_BODY_DEPTH)).toBe(true);
  });
});
