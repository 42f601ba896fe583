import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { caseScope, type Actor } from '#access';
import { likeEscape, searchText } from '../common/search-text.js';
import type { Case } from './case.entity.js';

export interface CaseFilter {
  status?: string;
  urgency?: string;
  category?: string;
  ownerId?: string;
  q?: string;
  overdue?: boolean;
  from?: Date;
  to?: Date;
}

/**
 * What makes an open case overdue: past its follow-up time, or with a deadline (alias `od`) that
 * has been breached and not answered since, or a pending one past its due time. One definition,
 * asked in the two shapes the two answers of the filter need.
 */
const OPEN = (alias: string) => `${alias}.status NOT IN ('resolved', 'closed')`;
const FOLLOW_UP_PAST = (alias: string) => `${alias}.next_follow_up_at < now()`;
const DEADLINE_BREACHED_OPEN = `od.state = 'breached' AND od.closed_at IS NULL`;
const DEADLINE_PENDING_LATE = `od.state = 'pending' AND od.due_at < now()`;

/**
 * What `q` asks of a case: its normalized form inside the case's search text (`match`). A term
 * of one or two characters outside ASCII (林, 労災: Japanese has no spaces) has no trigram for
 * the trigram index to find, so `indexed` also asks the index of such grams (migration 010);
 * `match` alone is the test to run on a row at hand (search_grams() costs ~50 µs a row).
 * Null when the term normalizes to nothing.
 */
export function searchCondition(
  alias: string,
  input: string,
): { match: string; indexed: string; params: ObjectLiteral } | null {
  const q = searchText(input);
  if (!q) return null;
  const match = `${alias}.search_text LIKE :fQ ESCAPE '\\'`;
  const fQ = `%${likeEscape(q)}%`;
  if (!isSearchGram(q)) return { match, indexed: match, params: { fQ } };
  return {
    match,
    indexed: `(search_grams(${alias}.search_text) @> ARRAY[:fGram]::text[] AND ${match})`,
    params: { fQ, fGram: q },
  };
}

/** The strings search_grams() indexes: one or two characters, none of them ASCII (nor a space). */
export function isSearchGram(term: string): boolean {
  const chars = [...term];
  return chars.length >= 1 && chars.length <= 2 && chars.every((ch) => ch.codePointAt(0)! > 0x7f);
}

/**
 * The visible cases matching a filter: the one WHERE clause shared by the list, the export
 * and the statistics, so none of them can count what another would hide.
 */
export function applyCaseFilter(
  qb: SelectQueryBuilder<Case>,
  actor: Actor,
  alias: string,
  filter: CaseFilter,
): SelectQueryBuilder<Case> {
  const scope = caseScope(actor, alias);
  qb.where(scope.sql, scope.params);
  if (filter.status) qb.andWhere(`${alias}.status = :fStatus`, { fStatus: filter.status });
  if (filter.urgency) qb.andWhere(`${alias}.urgency = :fUrgency`, { fUrgency: filter.urgency });
  if (filter.category) qb.andWhere(`${alias}.categories @> ARRAY[:fCategory]::text[]`, { fCategory: filter.category });
  if (filter.ownerId) qb.andWhere(`${alias}.owner_id = :fOwner`, { fOwner: filter.ownerId });
  if (filter.from) qb.andWhere(`${alias}.created_at >= :fFrom`, { fFrom: filter.from });
  if (filter.to) qb.andWhere(`${alias}.created_at < :fTo`, { fTo: filter.to });
  const search = filter.q ? searchCondition(alias, filter.q) : null;
  if (search) qb.andWhere(search.indexed, search.params);
  if (filter.overdue !== undefined) {
    const open = OPEN(alias);
    if (filter.overdue) {
      // Driven from the small overdue set (three partial indexes), computed first and then read
      // by primary key, not by testing every case of the organization: few cases are overdue,
      // and a walk that finds few reads them all (1,061 ms → 24 ms at 1,000,000 cases).
      qb.andWhere(`${open} AND ${alias}.id = ANY(ARRAY(
        SELECT oc.id FROM cases oc WHERE ${OPEN('oc')} AND ${FOLLOW_UP_PAST('oc')}
        UNION SELECT od.case_id FROM deadlines od WHERE ${DEADLINE_BREACHED_OPEN} AND od.case_id IS NOT NULL
        UNION SELECT od.case_id FROM deadlines od WHERE ${DEADLINE_PENDING_LATE} AND od.case_id IS NOT NULL))`);
    } else {
      // Most cases are not overdue: testing each case on the walk finds a page at once.
      qb.andWhere(`NOT (${open} AND (${FOLLOW_UP_PAST(alias)}
        OR EXISTS (SELECT 1 FROM deadlines od WHERE od.case_id = ${alias}.id AND ${DEADLINE_BREACHED_OPEN})
        OR EXISTS (SELECT 1 FROM deadlines od WHERE od.case_id = ${alias}.id AND ${DEADLINE_PENDING_LATE})))`);
    }
  }
  return qb;
}
