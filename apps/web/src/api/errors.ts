/** API.md's error shape, as the web app handles it. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * The route itself is unknown to this server: a capability that has not landed yet. The api
   * answers an unknown route with 404 and the framework's "No such resource", while a record
   * that is absent or hidden answers "<Thing> not found".
   */
  get unavailable(): boolean {
    return (this.status === 404 && this.message === 'No such resource') || this.status === 405;
  }

  /** VALIDATION_FAILED details, keyed by the request's field path (`employer.name`). */
  get fieldProblems(): FieldProblem[] {
    return this.details.filter(
      (d): d is FieldProblem => typeof d === 'object' && d !== null && typeof (d as FieldProblem).field === 'string',
    );
  }
}

export function toApiError(response: Response | undefined, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: unknown[]; requestId?: string } })
    ?.error;
  const status = response?.status ?? 0;
  if (error && typeof error.code === 'string') {
    return new ApiError(status, error.code, error.message ?? '', error.details ?? [], error.requestId);
  }
  return new ApiError(status, status ? `HTTP_${status}` : 'NETWORK', response?.statusText || 'Network error');
}
