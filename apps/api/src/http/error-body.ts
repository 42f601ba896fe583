/** API.md's one error shape. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details: unknown[];
    requestId: string | undefined;
  };
}

export function errorBody(code: string, message: string, details: unknown[], requestId: string | undefined): ErrorBody {
  return { error: { code, message, details, requestId } };
}

/** Codes for the HTTP statuses the framework or middleware may raise on its own. */
export const CODE_BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'RULE_VIOLATION',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

export const STATUS_BY_DOMAIN_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
};
