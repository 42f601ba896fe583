import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { decodeCursor, encodeCursor, type Page } from '../common/cursor.js';
import { Case, CaseCollaborator } from './case.entity.js';
import { applyCaseFilter, type CaseFilter } from './case-filter.js';
import { toCaseView, type CaseView } from './case.views.js';

/** Newest first, keyset-paginated on (created_at, id): inserts never shift a page. */
@Injectable()
export class CaseListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: CaseFilter & { limit: number; cursor?: string }): Promise<Page<CaseView>> {
    const qb = applyCaseFilter(this.dataSource.getRepository(Case).createQueryBuilder('c'), actor, 'c', filter)
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(filter.limit + 1);
    const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    if (after)
      qb.andWhere('(c.created_at, c.id) < (:afterAt::timestamptz, :afterId::uuid)', {
        afterAt: after[0],
        afterId: after[1],
      });
    const rows = await qb.getMany();
    const items = rows.slice(0, filter.limit);
    const collaborators = await this.collaboratorsOf(items.map((c) => c.id));
    const views = items.map((c) => toCaseView(c, collaborators.get(c.id) ?? []));
    await this.audit.record(
      actor,
      views.map((c) => ({
        action: 'case.read',
        subjectType: 'case',
        subjectId: c.id,
        subjectOrganizationId: c.organizationId,
      })),
    );
    const last = items.at(-1);
    return {
      items: views,
      nextCursor: rows.length > filter.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  private async collaboratorsOf(caseIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (!caseIds.length) return map;
    const rows = await this.dataSource
      .getRepository(CaseCollaborator)
      .createQueryBuilder('cc')
      .where('cc.case_id = ANY(:ids)', { ids: caseIds })
      .orderBy('cc.user_id')
      .getMany();
    for (const r of rows) map.set(r.caseId, [...(map.get(r.caseId) ?? []), r.userId]);
    return map;
  }
}
