import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { decodeCursor, encodeCursor, type Page } from '../common/cursor.js';
import { Case } from './case.entity.js';
import { applyCaseFilter, searchCondition, type CaseFilter } from './case-filter.js';
import type { CaseView } from './case.views.js';
import { caseViews } from './case-views-query.js';

/** How many of the newest candidate cases a search tests before it asks the index for older matches. */
const SEARCH_WINDOW = 2000;

/** The 30-day period of the oldest case: where a search's walk back in time ends. */
const OLDEST_PERIOD = `SELECT search_period(min(first.created_at)) FROM organizations o,
  LATERAL (SELECT oc.created_at FROM cases oc WHERE oc.organization_id = o.id ORDER BY oc.created_at LIMIT 1) first`;

/** Newest first, keyset-paginated on (created_at, id): inserts never shift a page. */
@Injectable()
export class CaseListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: CaseFilter & { limit: number; cursor?: string }): Promise<Page<CaseView>> {
    const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']) as [string, string] | null;
    const want = filter.limit + 1;
    const rows = filter.q
      ? await this.searchPage(actor, filter, after, want)
      : await caseViews(this.pageQuery(actor, filter, after).limit(want));
    const views = rows.slice(0, filter.limit);
    await this.audit.record(
      actor,
      views.map((c) => ({
        action: 'case.read',
        subjectType: 'case',
        subjectId: c.id,
        subjectOrganizationId: c.organizationId,
      })),
    );
    const last = views.at(-1);
    return {
      items: views,
      nextCursor: rows.length > filter.limit && last ? encodeCursor([last.createdAt, last.id]) : null,
    };
  }

  /** The visible cases matching the filter, newest first, after the cursor's key. */
  private pageQuery(actor: Actor, filter: CaseFilter, after: [string, string] | null): SelectQueryBuilder<Case> {
    const qb = applyCaseFilter(this.dataSource.getRepository(Case).createQueryBuilder('c'), actor, 'c', filter)
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC');
    if (after)
      qb.andWhere('(c.created_at, c.id) < (:afterAt::timestamptz, :afterId::uuid)', {
        afterAt: after[0],
        afterId: after[1],
      });
    return qb;
  }

  /**
   * A text search, newest first, in two steps. Whether a term is frequent (found at once by
   * walking the newest cases) or rare (found through its trigram or gram index) the planner
   * cannot tell from statistics, and either wrong guess costs seconds at 1,000,000 cases. So
   * the newest SEARCH_WINDOW cases that pass the other filters are tested first, the walk
   * stopping at the page's last match; only when they hold too few matches are the older ones
   * looked up through the text indexes, one 30-day period at a time, newest first, until the
   * page is full. A term absent from the newest cases costs one index lookup per period.
   */
  private async searchPage(
    actor: Actor,
    filter: CaseFilter,
    after: [string, string] | null,
    want: number,
  ): Promise<CaseView[]> {
    const { q, ...others } = filter;
    const search = searchCondition('c', q!);
    if (!search) return caseViews(this.pageQuery(actor, others, after).limit(want));
    const [windowSql, windowParams] = this.pageQuery(actor, others, after)
      .select('c.id', 'c_id')
      .addSelect('c.created_at', 'c_created_at')
      .addSelect(search.match, 'hit')
      .setParameters(search.params)
      .limit(SEARCH_WINDOW)
      .getQueryAndParameters();
    // Matches in the window, and its last row: the key below which the older matches lie.
    // Ordered as the walk runs, so that the walk stops at the page's last match.
    const tested: { id: string; created_at: Date; hit: boolean; n: string }[] = await this.dataSource.query(
      `SELECT w.c_id AS id, w.c_created_at AS created_at, w.hit, w.n FROM (
         SELECT t.*, row_number() OVER (ORDER BY t.c_created_at DESC, t.c_id DESC) AS n FROM (${windowSql}) t) w
       WHERE w.hit OR w.n = ${SEARCH_WINDOW} ORDER BY w.c_created_at DESC, w.c_id DESC LIMIT ${want}`,
      windowParams,
    );
    const ids = tested.filter((r) => r.hit).map((r) => r.id);
    const boundary = tested.find((r) => Number(r.n) === SEARCH_WINDOW);
    if (ids.length < want && boundary) {
      // Period by period (search_period(): 30 days; the text indexes are keyed by it), newest
      // first, each period's matches sorted and the walk stopped once the page is full: a term
      // frequent in the past reads one period's matches, not all of them. The last period is
      // that of the oldest case of any organization (one index probe per organization).
      const missing = want - ids.length;
      const [olderSql, olderParams] = this.pageQuery(actor, filter, [boundary.created_at.toISOString(), boundary.id])
        .select('c.id', 'c_id')
        .andWhere('search_period(c.created_at) = period.n')
        .limit(missing)
        .getQueryAndParameters();
      const older: { id: string }[] = await this.dataSource.query(
        `SELECT m.c_id AS id
           FROM generate_series(search_period($${olderParams.length + 1}::timestamptz), (${OLDEST_PERIOD}), -1) AS period(n),
                LATERAL (${olderSql}) m
          LIMIT ${missing}`,
        [...olderParams, boundary.created_at],
      );
      ids.push(...older.map((r) => r.id));
    }
    if (!ids.length) return [];
    // The rows, through the scope again: a case made restricted a moment ago stays hidden.
    const found = await caseViews(
      applyCaseFilter(this.dataSource.getRepository(Case).createQueryBuilder('c'), actor, 'c', {}).andWhere(
        'c.id = ANY(:ids)',
        { ids: ids.slice(0, want) },
      ),
    );
    const byId = new Map(found.map((c) => [c.id, c]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
