import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { caseScope, NO_ORIGIN, type Actor, type Role } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { recordCaseEvent } from '../cases/case-events.js';
import type { Case } from '../cases/case.entity.js';
import { CasesService } from '../cases/cases.service.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../errors/domain-errors.js';
import { allowedAccompanimentMoves } from './accompaniment-status.machine.js';
import { Accompaniment, type AccompanimentStatus } from './accompaniment.entity.js';
import { toAccompanimentView, type AccompanimentView } from './accompaniment.views.js';

export interface ScheduleAccompaniment {
  scheduledAt: Date;
  destination: string;
  escortId: string;
  notes?: string | null;
}

export interface AccompanimentTransition {
  to: Exclude<AccompanimentStatus, 'scheduled'>;
  outcome?: string;
}

@Injectable()
export class AccompanimentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  async schedule(actor: Actor, caseId: string, input: ScheduleAccompaniment): Promise<AccompanimentView> {
    if (input.scheduledAt.getTime() <= Date.now()) {
      throw new InvalidInput('An accompaniment is scheduled ahead of time', [
        { field: 'scheduledAt', problems: ['must be in the future'] },
      ]);
    }
    return this.dataSource.transaction(async (m) => {
      const found = await this.cases.findVisible(m, actor, caseId);
      if (!found) throw new NotFound('Case');
      if (found.status === 'closed') {
        throw new RuleViolation('The case is closed; reopen it to schedule an accompaniment', [{ field: 'id' }]);
      }
      await this.assertEscort(m, found, input.escortId);
      const repo = m.getRepository(Accompaniment);
      const created = repo.create({
        caseId,
        organizationId: found.organizationId,
        scheduledAt: input.scheduledAt,
        destination: input.destination,
        escortId: input.escortId,
        notes: input.notes ?? null,
        status: 'scheduled',
        createdBy: actor.userId,
        version: 1,
      });
      await repo.insert(created);
      // Reminders to the escort 24 h and 2 h before (those already past are skipped).
      await this.deadlines.start(m, {
        organizationId: found.organizationId,
        policy: 'accompaniment',
        subjectType: 'accompaniment',
        subjectId: created.id,
        caseId,
        dueAt: created.scheduledAt,
      });
      await recordCaseEvent(m, caseId, 'accompaniment.scheduled', actor.userId, {
        accompanimentId: created.id,
        destination: created.destination,
        scheduledAt: created.scheduledAt.toISOString(),
      });
      await this.audit.record(
        actor,
        {
          action: 'accompaniment.create',
          subjectType: 'accompaniment',
          subjectId: created.id,
          subjectOrganizationId: found.organizationId,
          changedFields: Object.keys(input),
        },
        m,
      );
      return toAccompanimentView(await repo.findOneByOrFail({ id: created.id }));
    });
  }

  /** `scheduled → done | cancelled | no_show`; a move from a final state answers 409 with none allowed. */
  async transition(actor: Actor, id: string, move: AccompanimentTransition): Promise<AccompanimentView> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.lockVisible(m, actor, id);
      const allowed = allowedAccompanimentMoves(current.status);
      if (!allowed.includes(move.to)) {
        throw new Conflict(`An accompaniment cannot move from ${current.status} to ${move.to}`, [
          { from: current.status, to: move.to, allowed },
        ]);
      }
      await m.getRepository(Accompaniment).update(
        { id },
        {
          status: move.to,
          outcome: move.outcome ?? current.outcome,
          version: current.version + 1,
        },
      );
      await this.deadlines.cancel(m, { policy: 'accompaniment', subjectType: 'accompaniment', subjectId: id });
      await recordCaseEvent(m, current.caseId, 'accompaniment.status_changed', actor.userId, {
        accompanimentId: id,
        from: current.status,
        to: move.to,
      });
      await this.audit.record(
        actor,
        {
          action: 'accompaniment.transition',
          subjectType: 'accompaniment',
          subjectId: id,
          subjectOrganizationId: current.organizationId,
          changedFields: ['status', ...(move.outcome === undefined ? [] : ['outcome'])],
        },
        m,
      );
      return toAccompanimentView(await m.getRepository(Accompaniment).findOneByOrFail({ id }));
    });
  }

  /** Visible through its case: an invisible case hides its accompaniments (404). */
  private async lockVisible(m: EntityManager, actor: Actor, id: string): Promise<Accompaniment> {
    const scope = caseScope(actor, 'ac');
    const found = await m
      .getRepository(Accompaniment)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .andWhere(`EXISTS (SELECT 1 FROM cases ac WHERE ac.id = a.case_id AND ${scope.sql})`, scope.params)
      .getOne();
    if (!found) throw new NotFound('Accompaniment');
    return found;
  }

  /**
   * The escort is active staff of the case's organization who may see the case: reminders go
   * to them, so a restricted case must not reach a colleague outside its circle that way.
   */
  private async assertEscort(m: EntityManager, found: Case, escortId: string): Promise<void> {
    const [escort] = await m.query(
      `SELECT id, role FROM users WHERE id = $1 AND organization_id = $2 AND active
         AND role IN ('desk_staff', 'supervisor')`,
      [escortId, found.organizationId],
    );
    const asEscort: Actor | null = escort
      ? {
          kind: 'user',
          userId: escort.id,
          role: escort.role as Role,
          organizationId: found.organizationId,
          organizationKind: 'ngo',
          locale: 'ja',
          origin: NO_ORIGIN,
        }
      : null;
    if (!asEscort || !(await this.cases.findVisible(m, asEscort, found.id))) {
      throw new RuleViolation('The escort must be active staff of the organization who may see the case', [
        { field: 'escortId' },
      ]);
    }
  }
}
