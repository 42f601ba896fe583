import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { applyCaseFilter } from '../cases/case-filter.js';
import { Case } from '../cases/case.entity.js';
import { CASE_CATEGORIES, OUTCOME_RESULTS, REMEDIES, URGENCIES } from '../common/taxonomy.js';
import { Worker } from '../workers/worker.entity.js';
import { assertTimeRange } from '../common/time-range.js';

const CASE_STATUSES = ['open', 'in_progress', 'waiting', 'resolved', 'closed'] as const;

/** Counts of the visible cases opened in a period; closed taxonomies are listed with their zeros. */
export interface StatsOverview {
  from: string | null;
  to: string | null;
  total: number;
  /** As `GET /cases?overdue=true` would count them. */
  overdue: number;
  amountRecoveredJpy: number;
  byStatus: Record<string, number>;
  byUrgency: Record<string, number>;
  byCategory: Record<string, number>;
  /** The worker's nationality (ISO 3166-1 alpha-2). */
  byNationality: Record<string, number>;
  /** The worker's prefecture; `unknown` where none was recorded. */
  byPrefecture: Record<string, number>;
  byOutcomeResult: Record<string, number>;
  byRemedy: Record<string, number>;
}

type Dimension = 'status' | 'urgency' | 'category' | 'nationality' | 'prefecture' | 'result' | 'remedy';

/**
 * One query: the visible cases (applyCaseFilter, the same WHERE as the list and the export)
 * once as a CTE, every dimension counted from it in SQL. No case row reaches this process.
 */
const OVERVIEW_SQL = (visible: string, overdue: string) => `
  WITH v AS MATERIALIZED (${visible}), o AS (${overdue})
  SELECT 'status' AS dimension, v.status::text AS key, count(*)::bigint AS n FROM v GROUP BY v.status
  UNION ALL SELECT 'urgency', v.urgency::text, count(*) FROM v GROUP BY v.urgency
  UNION ALL SELECT 'nationality', v.nationality::text, count(*) FROM v GROUP BY v.nationality
  UNION ALL SELECT 'prefecture', coalesce(v.prefecture, 'unknown')::text, count(*) FROM v GROUP BY 2
  UNION ALL SELECT 'result', v.result, count(*) FROM v WHERE v.result IS NOT NULL GROUP BY v.result
  UNION ALL SELECT 'category', cat, count(DISTINCT v.id) FROM v, unnest(v.categories) AS cat GROUP BY cat
  UNION ALL SELECT 'remedy', rem, count(DISTINCT v.id)
    FROM v, jsonb_array_elements_text(CASE WHEN jsonb_typeof(v.remedies) = 'array' THEN v.remedies ELSE '[]' END) AS rem
    GROUP BY rem
  UNION ALL SELECT 'total', NULL, count(*) FROM v
  UNION ALL SELECT 'amount', NULL, coalesce(sum(v.amount), 0)::bigint FROM v
  UNION ALL SELECT 'overdue', NULL, count(*) FROM o`;

@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async overview(actor: Actor, range: { from?: Date; to?: Date }): Promise<StatsOverview> {
    assertTimeRange(range);
    const filter = { from: range.from, to: range.to };
    const repo = this.dataSource.getRepository(Case);
    const visible = applyCaseFilter(repo.createQueryBuilder('c'), actor, 'c', filter)
      .innerJoin(Worker, 'w', 'w.id = c.worker_id')
      .select('c.id', 'id')
      .addSelect('c.status', 'status')
      .addSelect('c.urgency', 'urgency')
      .addSelect('c.categories', 'categories')
      .addSelect('w.nationality', 'nationality')
      .addSelect('w.prefecture', 'prefecture')
      .addSelect("c.outcome ->> 'result'", 'result')
      .addSelect("c.outcome -> 'remedies'", 'remedies')
      .addSelect("(c.outcome ->> 'amountRecoveredJpy')::bigint", 'amount');
    const overdue = applyCaseFilter(repo.createQueryBuilder('oc'), actor, 'oc', { ...filter, overdue: true }).select(
      'oc.id',
      'id',
    );
    // Both builders scope the same actor with the same filter, so their named parameters agree.
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      OVERVIEW_SQL(visible.getQuery(), overdue.getQuery()),
      { ...visible.getParameters(), ...overdue.getParameters() },
    );
    const rows: { dimension: string; key: string | null; n: string }[] = await this.dataSource.query(sql, params);
    await this.audit.record(actor, {
      action: 'stats.read',
      subjectType: 'case',
      subjectOrganizationId: actor.organizationId,
    });
    return shape(rows, range);
  }
}

function shape(rows: { dimension: string; key: string | null; n: string }[], range: { from?: Date; to?: Date }) {
  const counts = (dimension: Dimension, zeros: readonly string[] = []): Record<string, number> => {
    const out: Record<string, number> = Object.fromEntries(zeros.map((k) => [k, 0]));
    for (const r of rows) if (r.dimension === dimension && r.key !== null) out[r.key] = Number(r.n);
    return out;
  };
  const single = (dimension: string) => Number(rows.find((r) => r.dimension === dimension)?.n ?? 0);
  return {
    from: range.from?.toISOString() ?? null,
    to: range.to?.toISOString() ?? null,
    total: single('total'),
    overdue: single('overdue'),
    amountRecoveredJpy: single('amount'),
    byStatus: counts('status', CASE_STATUSES),
    byUrgency: counts('urgency', URGENCIES),
    byCategory: counts('category', CASE_CATEGORIES),
    byNationality: counts('nationality'),
    byPrefecture: counts('prefecture'),
    byOutcomeResult: counts('result', OUTCOME_RESULTS),
    byRemedy: counts('remedy', REMEDIES),
  };
}
