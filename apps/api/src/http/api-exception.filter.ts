import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, RateLimited } from '#domain/errors';
import { CODE_BY_STATUS, STATUS_BY_DOMAIN_CODE, errorBody } from './error-body.js';
import { ValidationFailed } from './validation.pipe.js';

/**
 * The one place where anything thrown while handling a request becomes API.md's error
 * shape. Unknown errors become a 500 with no detail (and are logged): none should happen.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const requestId = typeof req.id === 'string' ? req.id : undefined;
    if (res.headersSent) {
      res.end();
      return;
    }

    if (exception instanceof DomainError) {
      if (exception instanceof RateLimited) res.setHeader('Retry-After', String(exception.retryAfterSeconds));
      const status = STATUS_BY_DOMAIN_CODE[exception.code] ?? 400;
      res.status(status).json(errorBody(exception.code, exception.message, exception.details, requestId));
      return;
    }
    if (exception instanceof ValidationFailed) {
      res.status(400).json(errorBody('VALIDATION_FAILED', exception.message, exception.details, requestId));
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
      const dependencies = dependencyDetails(exception);
      const message = dependencies.length
        ? `Not ready: ${dependencies
            .filter((d) => d.status !== 'up')
            .map((d) => d.dependency)
            .join(', ')} down`
        : httpMessage(exception, status);
      res.status(status).json(errorBody(code, message, dependencies, requestId));
      return;
    }

    this.logger.error({ err: loggableError(exception), requestId }, 'Unhandled error');
    res.status(500).json(errorBody('INTERNAL_ERROR', 'Something went wrong on our side', [], requestId));
  }
}

function httpMessage(exception: HttpException, status: number): string {
  if (status === 404) return 'No such resource';
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  return exception.message;
}

/** The health check's 503 lists each dependency's state: keep it, in the error shape. */
function dependencyDetails(exception: HttpException): { dependency: string; status: string }[] {
  const response = exception.getResponse() as { details?: Record<string, { status: string }> };
  if (exception.getStatus() !== 503 || typeof response?.details !== 'object') return [];
  return Object.entries(response.details).map(([dependency, detail]) => ({ dependency, ...detail }));
}

/**
 * What of an unexpected error may reach the log: never a database error's query parameters or
 * detail, which hold the very values being written (emails, names, password hashes).
 */
export function loggableError(exception: unknown): Record<string, unknown> {
  if (!(exception instanceof Error)) return { type: typeof exception };
  const code = (exception as { code?: unknown }).code;
  return {
    type: exception.name,
    message: exception.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: exception.stack,
  };
}
