import { describe, expect, it } from '@jest/globals';
import { passwordProblems } from './password-policy.js';

describe('passwordProblems', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('correct horse battery staple')).toEqual([]);
  });

  it.each([
    ['short1!', 'must be at least 12 characters'],
    ['password1234', 'is a commonly used password'],
    ['QWERTY123456', 'is a commonly used password'],
    ['aaaaaaaaaaaaaaa', 'repeats too few characters'],
    ['x'.repeat(300), 'must be at most 256 characters'],
  ])('refuses %s', (password, problem) => {
    expect(passwordProblems(password)).toContain(problem);
  });

  it('refuses a password built on the email address', () => {
    expect(passwordProblems('tanaka.yuki-2026!', { email: 'tanaka.yuki@example.org' })).toContain(
      'must not contain the email address',
    );
  });
});
