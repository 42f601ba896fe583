import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { workerScope, type Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { recordCaseEvent } from '../cases/case-events.js';
import { Case } from '../cases/case.entity.js';
import { CasesService } from '../cases/cases.service.js';
import type { CaseView } from '../cases/case.views.js';
import { Forbidden, NotFound, RuleViolation } from '../errors/domain-errors.js';
import { Worker } from '../workers/worker.entity.js';
import { Consultation } from './consultation.entity.js';
import {
  assertFutureFollowUp,
  assertPastOccurrence,
  auditingDenial,
  hasAcceptedAssignment,
} from './consultation-rules.js';
import { consultationScope } from './consultation.scope.js';
import { toConsultationView, type ConsultationView } from './consultation.views.js';

/** What every consultation records, wherever it is logged. */
export interface ConsultationFields {
  occurredAt: Date;
  channel: string;
  language: string;
  interpreterUsed?: boolean;
  interpreterName?: string | null;
  durationMinutes?: number | null;
  summary: string;
}

export interface CaseConsultation extends ConsultationFields {
  followUpAt?: Date | null;
}

export interface StandaloneConsultation extends ConsultationFields {
  workerId?: string | null;
  anonymousLabel?: string | null;
  categories: string[];
}

export interface Promotion {
  workerId: string;
  title: string;
  urgency: string;
  sensitivity?: string;
}

@Injectable()
export class ConsultationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /**
   * Logs a consultation on a visible case. It counts as activity (the timeline event bumps
   * last_activity_at), and a follow-up time moves the case's next follow-up, all in one
   * transaction.
   */
  async logOnCase(actor: Actor, caseId: string, input: CaseConsultation): Promise<ConsultationView> {
    assertPastOccurrence(input.occurredAt);
    assertFutureFollowUp(input.followUpAt);
    const denial = { action: 'consultation.create', subjectType: 'case', subjectId: caseId };
    return auditingDenial(this.audit, actor, denial, () =>
      this.dataSource.transaction(async (m) => {
        const found = await this.caseToLogOn(m, actor, caseId);
        const { followUpAt, ...fields } = input;
        const saved = await this.insert(m, actor, {
          ...consultationColumns(fields),
          organizationId: found.organizationId,
          caseId,
          workerId: found.workerId,
          followUpAt: followUpAt ?? null,
        });
        await recordCaseEvent(m, caseId, 'consultation.logged', actor.userId, {
          channel: saved.channel,
          language: saved.language,
        });
        if (followUpAt) await this.moveFollowUp(m, actor, found, followUpAt);
        await this.deadlines.consultationLogged(m, found, followUpAt ?? undefined);
        await this.audit.record(actor, createdEntry(saved, Object.keys(input)), m);
        return toConsultationView(saved);
      }),
    );
  }

  /** A one-off contact not (yet) tied to a case, possibly anonymous. */
  async logStandalone(actor: Actor, input: StandaloneConsultation): Promise<ConsultationView> {
    // The route's permission also admits lawyers (for consultations on their assigned cases);
    // a lawyer has no desk of their own to log one-off contacts at.
    if (actor.role !== 'desk_staff' && actor.role !== 'supervisor') {
      throw new Forbidden('Only desk staff and supervisors log consultations outside a case');
    }
    assertPastOccurrence(input.occurredAt);
    return this.dataSource.transaction(async (m) => {
      if (input.workerId) await assertVisibleWorker(m, actor, input.workerId);
      const saved = await this.insert(m, actor, {
        ...consultationColumns(input),
        organizationId: actor.organizationId,
        caseId: null,
        workerId: input.workerId ?? null,
        anonymousLabel: input.anonymousLabel?.trim() || null,
        categories: [...new Set(input.categories)],
        followUpAt: null,
      });
      await this.audit.record(actor, createdEntry(saved, Object.keys(input)), m);
      return toConsultationView(saved);
    });
  }

  /**
   * Opens a case from a standalone consultation and attaches the consultation to it, in one
   * transaction; a consultation already attached to a case answers 422.
   */
  async promote(actor: Actor, id: string, input: Promotion): Promise<CaseView> {
    const denial = { action: 'consultation.promote', subjectType: 'consultation', subjectId: id };
    return auditingDenial(this.audit, actor, denial, () =>
      this.dataSource.transaction(async (m) => {
        const consultation = await this.lockPromotable(m, actor, id, input.workerId);
        const opened = await this.cases.openIn(m, actor, {
          workerId: input.workerId,
          title: input.title,
          categories: consultation.categories,
          urgency: input.urgency,
          sensitivity: input.sensitivity,
        });
        await m.getRepository(Consultation).update({ id }, { caseId: opened.id, workerId: input.workerId });
        await recordCaseEvent(m, opened.id, 'consultation.logged', actor.userId, {
          channel: consultation.channel,
          language: consultation.language,
        });
        // The consultation that became the case was its first response.
        await this.deadlines.consultationLogged(m, opened);
        await this.audit.record(
          actor,
          {
            action: 'consultation.promote',
            subjectType: 'consultation',
            subjectId: id,
            subjectOrganizationId: consultation.organizationId,
            changedFields: ['caseId', 'workerId'],
          },
          m,
        );
        return opened;
      }),
    );
  }

  /**
   * The standalone consultation to promote, locked so that two promotions cannot both pass.
   * The lock is taken in a statement of its own, and the scope read after it: a locking read
   * that waited re-checks its row against its own older snapshot, where the case a concurrent
   * promotion just opened does not exist yet, and would answer 404 instead of 422.
   */
  private async lockPromotable(m: EntityManager, actor: Actor, id: string, workerId: string): Promise<Consultation> {
    await m.query('SELECT id FROM consultations WHERE id = $1 AND organization_id = $2 FOR UPDATE', [
      id,
      actor.organizationId,
    ]);
    const scope = consultationScope(actor, 'co');
    const consultation = await m
      .getRepository(Consultation)
      .createQueryBuilder('co')
      .where('co.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!consultation) throw new NotFound('Consultation');
    if (consultation.caseId) {
      throw new RuleViolation('The consultation is already attached to a case', [{ field: 'id' }]);
    }
    if (!consultation.categories.length) {
      throw new RuleViolation('A case needs at least one category', [{ field: 'categories' }]);
    }
    if (consultation.workerId && consultation.workerId !== workerId) {
      throw new RuleViolation('The consultation was logged for another worker', [{ field: 'workerId' }]);
    }
    return consultation;
  }

  /** The case, if the actor may log on it: seeing it, and for a lawyer an accepted assignment. */
  private async caseToLogOn(m: EntityManager, actor: Actor, caseId: string): Promise<Case> {
    const found = await this.cases.findVisible(m, actor, caseId);
    if (!found) throw new NotFound('Case');
    if (actor.role === 'lawyer' && !(await hasAcceptedAssignment(m, actor.userId, caseId))) {
      throw new NotFound('Case');
    }
    return found;
  }

  private async insert(m: EntityManager, actor: Actor, values: Partial<Consultation>): Promise<Consultation> {
    const repo = m.getRepository(Consultation);
    const created = repo.create({ ...values, loggedBy: actor.userId });
    await repo.insert(created);
    return repo.findOneByOrFail({ id: created.id });
  }

  /** The case's next follow-up moves with the consultation's; that is a change of the case. */
  private async moveFollowUp(m: EntityManager, actor: Actor, found: Case, followUpAt: Date): Promise<void> {
    // Serialize with PATCH /cases/:id, which reads the version under the same lock.
    await m.query('SELECT id FROM cases WHERE id = $1 FOR UPDATE', [found.id]);
    await m.getRepository(Case).update({ id: found.id }, { nextFollowUpAt: followUpAt, version: () => 'version + 1' });
    await recordCaseEvent(m, found.id, 'case.updated', actor.userId, { fields: ['nextFollowUpAt'] });
    await this.audit.record(
      actor,
      {
        action: 'case.update',
        subjectType: 'case',
        subjectId: found.id,
        subjectOrganizationId: found.organizationId,
        changedFields: ['nextFollowUpAt'],
      },
      m,
    );
  }
}

function consultationColumns(input: ConsultationFields): Partial<Consultation> {
  return {
    occurredAt: input.occurredAt,
    channel: input.channel,
    language: input.language,
    interpreterUsed: input.interpreterUsed ?? false,
    interpreterName: input.interpreterName?.trim() || null,
    durationMinutes: input.durationMinutes ?? null,
    summary: input.summary,
  };
}

function createdEntry(saved: Consultation, fields: string[]) {
  return {
    action: 'consultation.create',
    subjectType: 'consultation',
    subjectId: saved.id,
    subjectOrganizationId: saved.organizationId,
    changedFields: fields,
  };
}

async function assertVisibleWorker(m: EntityManager, actor: Actor, workerId: string): Promise<void> {
  const scope = workerScope(actor, 'w');
  const exists = await m
    .getRepository(Worker)
    .createQueryBuilder('w')
    .where('w.id = :id', { id: workerId })
    .andWhere(scope.sql, scope.params)
    .getExists();
  // Absent and invisible alike: the same answer as opening a case for that worker.
  if (!exists) throw new RuleViolation('The worker does not exist', [{ field: 'workerId' }]);
}
