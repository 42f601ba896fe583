/**
 * Errors the domain throws. They carry a machine-readable code and never know about HTTP:
 * the api maps them to status codes once, the worker maps them to retry or give up.
 */
export type DomainErrorCode =
  'NOT_FOUND' | 'CONFLICT' | 'RULE_VIOLATION' | 'FORBIDDEN' | 'VALIDATION_FAILED' | 'UNAUTHENTICATED' | 'RATE_LIMITED';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  constructor(
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Absent, or not visible to the caller: the two must look alike. */
export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what = 'Resource') {
    super(`${what} not found`);
  }
}

/** A stale version, an illegal state transition or a duplicate unique value. */
export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
}

/** A business rule refuses the request (e.g. a referral without a covering consent). */
export class RuleViolation extends DomainError {
  readonly code = 'RULE_VIOLATION';
}

/** The role may never do this kind of action. */
export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Your role may not do this') {
    super(message);
  }
}

/** Input that passed the shape checks but is still invalid (e.g. a date in the past). */
export class InvalidInput extends DomainError {
  readonly code = 'VALIDATION_FAILED';
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Authentication required') {
    super(message);
  }
}

export class RateLimited extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
