import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 hashes whatever it is given; a cap keeps a huge password from costing us a CPU. */
export const MAX_PASSWORD_LENGTH = 256;

/** The reasons a password is refused (empty when it is acceptable). */
export function passwordProblems(password: string, context: { email?: string; displayName?: string } = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push(`must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`must be at most ${MAX_PASSWORD_LENGTH} characters`);
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) problems.push('is a commonly used password');
  else if (new Set(lower).size <= 2) problems.push('repeats too few characters');
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart))
    problems.push('must not contain the email address');
  return problems;
}
