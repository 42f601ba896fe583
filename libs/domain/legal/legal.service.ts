import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { legalAssignmentScope, legalReviewScope, type Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { recordCaseEvent } from '../cases/case-events.js';
import { CasesService } from '../cases/cases.service.js';
import { decodeCursor, toPage, type Page } from '../common/cursor.js';
import { Conflict, NotFound, RuleViolation } from '../errors/domain-errors.js';
import { organizationName } from '../notifications/notification-params.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Worker } from '../workers/worker.entity.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { conflictingReferences } from './conflict-check.js';
import { ACTIVE_ASSIGNMENT, allowedAssignmentMoves } from './legal-assignment.machine.js';
import { LegalAssignment, LegalReview, type LegalAssignmentStatus } from './legal.entity.js';
import { toAssignmentView, toReviewView, type LegalAssignmentView, type LegalReviewView } from './legal.views.js';

@Injectable()
export class LegalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  async assign(actor: Actor, caseId: string, input: { lawyerId: string; note?: string }): Promise<LegalAssignmentView> {
    return this.dataSource.transaction(async (m) => {
      const found = await this.cases.findVisible(m, actor, caseId);
      if (!found) throw new NotFound('Case');
      const [lawyer] = await m.query(
        `SELECT id, organization_id FROM users WHERE id = $1 AND role = 'lawyer' AND active`,
        [input.lawyerId],
      );
      if (!lawyer) throw new RuleViolation('No active lawyer with this id', [{ field: 'lawyerId' }]);
      // Serialize assignments of one case, so two requests cannot both pass the check below.
      await m.query('SELECT id FROM cases WHERE id = $1 FOR UPDATE', [caseId]);
      const active = await m.getRepository(LegalAssignment).exists({
        where: { caseId, lawyerId: lawyer.id, status: In(ACTIVE_ASSIGNMENT) },
      });
      if (active)
        throw new RuleViolation('This lawyer already has an active assignment on the case', [{ field: 'lawyerId' }]);
      const worker = await m.getRepository(Worker).findOneByOrFail({ id: found.workerId });
      const conflicts = await conflictingReferences(m, lawyer.organization_id, worker);
      const saved = await m.getRepository(LegalAssignment).save(
        m.getRepository(LegalAssignment).create({
          caseId,
          organizationId: found.organizationId,
          lawyerId: lawyer.id,
          lawOfficeId: lawyer.organization_id,
          note: input.note ?? null,
          requestedBy: actor.userId,
          conflictWarning: conflicts.all.length > 0,
          conflictReferences: conflicts.sameOrganization,
        }),
      );
      await this.deadlines.start(m, {
        organizationId: found.organizationId,
        policy: 'lawyer_acceptance',
        subjectType: 'legal_assignment',
        subjectId: saved.id,
        caseId,
      });
      await recordCaseEvent(m, caseId, 'legal_assignment.created', actor.userId, {
        assignmentId: saved.id,
        lawyerId: lawyer.id,
      });
      await this.notifications.notify(m, [lawyer.id], {
        kind: 'assignment.new',
        subjectType: 'legal_assignment',
        subjectId: saved.id,
        params: {
          reference: found.reference,
          title: found.title,
          organization: await organizationName(m, found.organizationId),
          conflictWarning: conflicts.all.length > 0,
          conflictReferences: conflicts.all.join(', '),
        },
        dedupeKey: `assignment.new:${saved.id}`,
      });
      await this.audit.record(
        actor,
        {
          action: 'legal_assignment.create',
          subjectType: 'legal_assignment',
          subjectId: saved.id,
          subjectOrganizationId: found.organizationId,
        },
        m,
      );
      return toAssignmentView(saved);
    });
  }

  async list(
    actor: Actor,
    filter: { status?: string; limit: number; cursor?: string },
  ): Promise<Page<LegalAssignmentView>> {
    const scope = legalAssignmentScope(actor, 'la');
    const qb = this.dataSource
      .getRepository(LegalAssignment)
      .createQueryBuilder('la')
      .where(scope.sql, scope.params)
      .orderBy('la.created_at', 'DESC')
      .addOrderBy('la.id', 'DESC')
      .limit(filter.limit + 1);
    if (filter.status) qb.andWhere('la.status = :status', { status: filter.status });
    const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    if (after) qb.andWhere('(la.created_at, la.id) < (:afterAt, :afterId)', { afterAt: after[0], afterId: after[1] });
    const rows = await qb.getMany();
    return toPage(rows, filter.limit, (a) => [a.createdAt.toISOString(), a.id], toAssignmentView);
  }

  async transition(
    actor: Actor,
    id: string,
    move: { to: LegalAssignmentStatus; reason?: string; outcome?: string },
  ): Promise<LegalAssignmentView> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.lockVisible(m, actor, id);
      const allowed = allowedAssignmentMoves(actor.role, current.status);
      if (!allowed.includes(move.to)) {
        throw new Conflict(`A legal assignment cannot move from ${current.status} to ${move.to}`, [
          { from: current.status, to: move.to, allowed },
        ]);
      }
      await m.getRepository(LegalAssignment).update(
        { id },
        {
          status: move.to,
          reason: move.reason ?? current.reason,
          outcome: move.outcome ?? current.outcome,
          version: current.version + 1,
        },
      );
      const subject = { policy: 'lawyer_acceptance' as const, subjectType: 'legal_assignment', subjectId: id };
      if (move.to === 'accepted' || move.to === 'declined') await this.deadlines.meet(m, subject);
      if (move.to === 'withdrawn') await this.deadlines.cancel(m, subject);
      await recordCaseEvent(m, current.caseId, 'legal_assignment.status_changed', actor.userId, {
        assignmentId: id,
        from: current.status,
        to: move.to,
      });
      await this.audit.record(
        actor,
        {
          action: 'legal_assignment.transition',
          subjectType: 'legal_assignment',
          subjectId: id,
          subjectOrganizationId: current.organizationId,
          changedFields: ['status'],
        },
        m,
      );
      return toAssignmentView(await m.getRepository(LegalAssignment).findOneByOrFail({ id }));
    });
  }

  /** Only the lawyer with an accepted assignment writes reviews; completed ones are read-only. */
  async writeReview(actor: Actor, caseId: string, body: string): Promise<LegalReviewView> {
    return this.dataSource.transaction(async (m) => {
      const assignment = await this.acceptedAssignment(m, actor, caseId);
      const review = await m.getRepository(LegalReview).save(
        m.getRepository(LegalReview).create({
          caseId,
          organizationId: assignment.organizationId,
          assignmentId: assignment.id,
          lawyerId: actor.userId,
          body,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'legal_review.create',
          subjectType: 'case',
          subjectId: caseId,
          subjectOrganizationId: assignment.organizationId,
          changedFields: ['body'],
        },
        m,
      );
      return toReviewView(review);
    });
  }

  /** Privileged: 404 to anyone but the assigned lawyer and the owning NGO's supervisors. */
  async reviews(actor: Actor, caseId: string): Promise<LegalReviewView[]> {
    const found = await this.cases.findVisible(this.dataSource.manager, actor, caseId);
    const scope = legalReviewScope(actor, 'lr');
    const rows = found
      ? await this.dataSource
          .getRepository(LegalReview)
          .createQueryBuilder('lr')
          .where('lr.case_id = :caseId', { caseId })
          .andWhere(scope.sql, scope.params)
          .orderBy('lr.created_at', 'ASC')
          .getMany()
      : [];
    // Seeing the case is not enough: desk staff see it but never its privileged reviews.
    if (!found || (actor.role !== 'supervisor' && actor.role !== 'lawyer')) {
      await this.audit.record(actor, {
        action: 'legal_review.read',
        outcome: 'denied',
        subjectType: 'case',
        subjectId: caseId,
      });
      throw new NotFound('Case');
    }
    await this.audit.record(actor, {
      action: 'legal_review.read',
      subjectType: 'case',
      subjectId: caseId,
      subjectOrganizationId: found.organizationId,
    });
    return rows.map(toReviewView);
  }

  /** For other capabilities (consultations): the lawyer's accepted assignment on a case, or 404. */
  async acceptedAssignment(m: EntityManager, actor: Actor, caseId: string): Promise<LegalAssignment> {
    const assignment = await m
      .getRepository(LegalAssignment)
      .findOneBy({ caseId, lawyerId: actor.userId, status: 'accepted' });
    if (!assignment) throw new NotFound('Case');
    return assignment;
  }

  private async lockVisible(m: EntityManager, actor: Actor, id: string): Promise<LegalAssignment> {
    const scope = legalAssignmentScope(actor, 'la');
    const found = await m
      .getRepository(LegalAssignment)
      .createQueryBuilder('la')
      .setLock('pessimistic_write')
      .where('la.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!found) throw new NotFound('Legal assignment');
    return found;
  }
}
