import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { deadlinesOfCase, type DeadlineView } from '../deadlines/case-deadlines.js';
import { NotFound } from '../errors/domain-errors.js';
import { CaseEvent } from './case.entity.js';
import { CasesService } from './cases.service.js';

export interface TimelineItem {
  type: string;
  at: string;
  actorId: string | null;
  summary: string;
  data: Record<string, unknown>;
}

/** A short line per event, from its facts (codes and statuses, never free text). */
export function summarize(e: CaseEvent): string {
  const d = e.data as Record<string, string | string[] | null | undefined>;
  switch (e.type) {
    case 'case.opened':
      return `Case opened (urgency ${d.urgency})`;
    case 'case.status_changed':
      return `Status ${d.from} → ${d.to}${d.reason ? `: ${d.reason}` : ''}`;
    case 'case.updated':
      return `Changed ${(d.fields as string[] | undefined)?.join(', ') ?? ''}`;
    case 'consultation.logged':
      return `Consultation by ${d.channel} in ${d.language}`;
    case 'accompaniment.scheduled':
      return `Accompaniment to ${d.destination} scheduled`;
    case 'accompaniment.status_changed':
      return `Accompaniment ${d.to}`;
    case 'legal_assignment.created':
      return 'Legal support requested';
    case 'legal_assignment.status_changed':
      return `Legal assignment ${d.to}`;
    case 'referral.sent':
      return 'Referred to an embassy';
    case 'referral.status_changed':
      return `Referral ${d.to}`;
    default:
      return e.type;
  }
}

@Injectable()
export class CaseTimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
  ) {}

  /** Everything that happened on a visible case, oldest first. */
  async timeline(actor: Actor, caseId: string): Promise<TimelineItem[]> {
    const found = await this.cases.findVisible(this.dataSource.manager, actor, caseId);
    if (!found) throw new NotFound('Case');
    const events = await this.dataSource
      .getRepository(CaseEvent)
      .find({ where: { caseId }, order: { at: 'ASC', id: 'ASC' } });
    await this.audit.record(actor, {
      action: 'case.timeline_read',
      subjectType: 'case',
      subjectId: caseId,
      subjectOrganizationId: found.organizationId,
    });
    return events.map((e) => ({
      type: e.type,
      at: e.at.toISOString(),
      actorId: e.actorId,
      summary: summarize(e),
      data: e.data,
    }));
  }

  /** The case's deadlines with their state and escalation level. */
  async deadlines(actor: Actor, caseId: string): Promise<DeadlineView[]> {
    const found = await this.cases.findVisible(this.dataSource.manager, actor, caseId);
    if (!found) throw new NotFound('Case');
    await this.audit.record(actor, {
      action: 'case.deadlines_read',
      subjectType: 'case',
      subjectId: caseId,
      subjectOrganizationId: found.organizationId,
    });
    return deadlinesOfCase(this.dataSource.manager, caseId);
  }
}
