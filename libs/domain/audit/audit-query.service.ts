import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditEventScope, type Actor } from '#access';
import { decodeCursor, toPage, type Page } from '../common/cursor.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditFilter {
  subjectType?: string;
  subjectId?: string;
  actorId?: string;
  limit: number;
  cursor?: string;
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actor: { type: string; id: string | null; role: string | null; organizationId: string | null };
  action: string;
  outcome: string;
  subjectType: string | null;
  subjectId: string | null;
  subjectOrganizationId: string | null;
  changedFields: string[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  sealed: boolean;
}

/** Lists the audit events the actor may read, newest first. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, filter: AuditFilter): Promise<Page<AuditEventView>> {
    const scope = auditEventScope(actor, 'e');
    const qb = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(scope.sql, scope.params)
      .orderBy('e.seq', 'DESC')
      .limit(filter.limit + 1);
    if (filter.subjectType) qb.andWhere('e.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('e.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    const after = decodeCursor(filter.cursor, ['integer']);
    if (after) qb.andWhere('e.seq < :afterSeq', { afterSeq: String(after[0]) });
    const rows = await qb.getMany();
    return toPage(rows, filter.limit, (r) => [r.seq], toView);
  }
}

function toView(e: AuditEvent): AuditEventView {
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actor: { type: e.actorType, id: e.actorId, role: e.actorRole, organizationId: e.actorOrganizationId },
    action: e.action,
    outcome: e.outcome,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    subjectOrganizationId: e.subjectOrganizationId,
    changedFields: e.changedFields,
    ip: e.ip,
    userAgent: e.userAgent,
    requestId: e.requestId,
    sealed: e.chainIndex !== null,
  };
}
