/** The case list's filters, as API.md names them; kept in the URL so Back and links work. */
export interface CaseFilters {
  status?: 'open' | 'in_progress' | 'waiting' | 'resolved' | 'closed';
  urgency?: 'critical' | 'high' | 'normal' | 'low';
  category?: string;
  ownerId?: string;
  q?: string;
  overdue?: boolean;
}

const KEYS = ['status', 'urgency', 'category', 'ownerId', 'q'] as const;

export function filtersFrom(query: URLSearchParams): CaseFilters {
  const f: Record<string, string | boolean> = {};
  for (const k of KEYS) {
    const v = query.get(k);
    if (v) f[k] = v;
  }
  if (query.get('overdue') === 'true') f.overdue = true;
  return f as CaseFilters;
}

export function filtersToSearch(f: CaseFilters): string {
  const params = new URLSearchParams();
  for (const k of KEYS) if (f[k]) params.set(k, String(f[k]));
  if (f.overdue) params.set('overdue', 'true');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Query for the typed client: the literal types of the OpenAPI document. */
export function toQuery(f: CaseFilters) {
  return {
    status: f.status,
    urgency: f.urgency,
    category: f.category as 'other' | undefined,
    ownerId: f.ownerId,
    q: f.q?.trim() || undefined,
    overdue: f.overdue || undefined,
  };
}
