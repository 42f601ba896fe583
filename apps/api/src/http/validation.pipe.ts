import { ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldError {
  field: string;
  problems: string[];
}

/** Thrown for a body, query or parameter that does not match its DTO. */
export class ValidationFailed extends Error {
  constructor(readonly details: FieldError[]) {
    super('The request is not valid');
  }
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validation for every route: unknown fields are refused (not silently dropped), values are
 * converted to their declared types, and a failure lists each field at fault.
 */
export function apiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailed(flatten(errors)),
  });
}
