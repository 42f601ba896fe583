import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { CasesService } from '../cases/cases.service.js';
import { decodeCursor, toPage, type Page } from '../common/cursor.js';
import { NotFound } from '../errors/domain-errors.js';
import { assertTimeRange } from '../common/time-range.js';
import { Consultation } from './consultation.entity.js';
import { consultationScope } from './consultation.scope.js';
import { toConsultationView, type ConsultationView } from './consultation.views.js';

export interface ConsultationFilter {
  from?: Date;
  to?: Date;
  channel?: string;
  category?: string;
  caseId?: string;
  limit: number;
  cursor?: string;
}

/** Newest first (by when they happened), keyset-paginated on (occurred_at, id). */
@Injectable()
export class ConsultationListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
  ) {}

  /** The organization's consultations the actor may see: standalone ones and those of visible cases. */
  async list(actor: Actor, filter: ConsultationFilter): Promise<Page<ConsultationView>> {
    assertTimeRange(filter);
    const scope = consultationScope(actor, 'co');
    const qb = this.dataSource.getRepository(Consultation).createQueryBuilder('co').where(scope.sql, scope.params);
    if (filter.from) qb.andWhere('co.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('co.occurred_at < :to', { to: filter.to });
    if (filter.channel) qb.andWhere('co.channel = :channel', { channel: filter.channel });
    if (filter.caseId) qb.andWhere('co.case_id = :caseId', { caseId: filter.caseId });
    if (filter.category) {
      // A standalone consultation carries its own categories; an attached one its case's.
      qb.andWhere(
        `(co.categories @> ARRAY[:category]::text[]
          OR EXISTS (SELECT 1 FROM cases coc2 WHERE coc2.id = co.case_id AND coc2.categories @> ARRAY[:category]::text[]))`,
        { category: filter.category },
      );
    }
    return this.page(actor, qb, filter);
  }

  /** A visible case's consultations; lawyers assigned to the case read them too, embassies never. */
  async listForCase(
    actor: Actor,
    caseId: string,
    filter: { limit: number; cursor?: string },
  ): Promise<Page<ConsultationView>> {
    const found = await this.cases.findVisible(this.dataSource.manager, actor, caseId);
    if (!found) {
      await this.audit.record(actor, {
        action: 'consultation.read',
        outcome: 'denied',
        subjectType: 'case',
        subjectId: caseId,
      });
      throw new NotFound('Case');
    }
    const qb = this.dataSource
      .getRepository(Consultation)
      .createQueryBuilder('co')
      .where('co.case_id = :caseId AND co.organization_id = :org', { caseId, org: found.organizationId });
    return this.page(actor, qb, filter);
  }

  private async page(
    actor: Actor,
    qb: SelectQueryBuilder<Consultation>,
    filter: { limit: number; cursor?: string },
  ): Promise<Page<ConsultationView>> {
    const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    if (after) {
      qb.andWhere('(co.occurred_at, co.id) < (:afterAt::timestamptz, :afterId::uuid)', {
        afterAt: after[0],
        afterId: after[1],
      });
    }
    const rows = await qb
      .orderBy('co.occurred_at', 'DESC')
      .addOrderBy('co.id', 'DESC')
      .limit(filter.limit + 1)
      .getMany();
    const page = toPage(rows, filter.limit, (c) => [c.occurredAt.toISOString(), c.id], toConsultationView);
    await this.audit.record(
      actor,
      page.items.map((c) => ({
        action: 'consultation.read',
        subjectType: 'consultation',
        subjectId: c.id,
        subjectOrganizationId: c.organizationId,
      })),
    );
    return page;
  }
}
