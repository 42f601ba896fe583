import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { caseScope, workerScope, type Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { searchText } from '../common/search-text.js';
import { assertFreshVersion, changedKeys } from '../common/versioned-update.js';
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../errors/domain-errors.js';
import { Worker } from '../workers/worker.entity.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { appendCaseEvent, recordCaseEvent } from './case-events.js';
import { assignCaseReference, PROVISIONAL_REFERENCE_SQL } from './case-references.js';
import { allowedTargets, CASE_TRANSITIONS, isReopen, mayTransition } from './case-status.machine.js';
import { Case, CaseCollaborator, type CaseOutcome, type CaseStatus } from './case.entity.js';
import { toCaseView, type CaseView } from './case.views.js';
import { caseViews } from './case-views-query.js';

export interface OpenCase {
  workerId: string;
  title: string;
  summary?: string | null;
  categories: string[];
  urgency: string;
  sensitivity?: string;
  ownerId?: string;
  collaboratorIds?: string[];
  nextFollowUpAt?: Date | null;
}

export interface CasePatch {
  title?: string;
  summary?: string | null;
  categories?: string[];
  urgency?: string;
  sensitivity?: string;
  ownerId?: string;
  collaboratorIds?: string[];
  nextFollowUpAt?: Date | null;
  outcome?: CaseOutcome;
}

export interface CaseTransition {
  to: CaseStatus;
  reason?: string;
  outcome?: CaseOutcome;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  async open(actor: Actor, input: OpenCase): Promise<CaseView> {
    assertFutureFollowUp(input.nextFollowUpAt);
    return this.dataSource.transaction((m) => this.openIn(m, actor, input));
  }

  /** Opens a case inside the caller's transaction (a promoted consultation uses it too). */
  async openIn(m: EntityManager, actor: Actor, input: OpenCase): Promise<CaseView> {
    const wScope = workerScope(actor, 'w');
    const worker = await m
      .getRepository(Worker)
      .createQueryBuilder('w')
      .where('w.id = :id', { id: input.workerId })
      .andWhere(wScope.sql, wScope.params)
      .getOne();
    if (!worker) throw new RuleViolation('The worker does not exist', [{ field: 'workerId' }]);
    const ownerId = input.ownerId ?? actor.userId;
    await assertStaffOf(m, actor.organizationId, [ownerId], 'ownerId');
    const collaboratorIds = unique(input.collaboratorIds ?? []);
    await assertStaffOf(m, actor.organizationId, collaboratorIds, 'collaboratorIds');

    const repo = m.getRepository(Case);
    const created = repo.create({
      organizationId: actor.organizationId,
      workerId: worker.id,
      title: input.title.trim(),
      summary: input.summary ?? null,
      categories: unique(input.categories),
      urgency: input.urgency,
      sensitivity: input.sensitivity ?? 'normal',
      ownerId,
      nextFollowUpAt: input.nextFollowUpAt ?? null,
      closedAt: null,
      outcome: null,
      createdBy: actor.userId,
      version: 1,
    });
    created.searchText = searchText(created.title, created.summary);
    // The reference is taken last (assignCaseReference below): its counter row serializes
    // every creation in the organization from the moment it is locked until COMMIT.
    const inserted = await repo.insert({ ...created, reference: () => PROVISIONAL_REFERENCE_SQL });
    Object.assign(created, inserted.generatedMaps[0]);
    if (collaboratorIds.length)
      await m.getRepository(CaseCollaborator).insert(collaboratorIds.map((userId) => ({ caseId: created.id, userId })));
    await appendCaseEvent(m, created.id, 'case.opened', actor.userId, { urgency: created.urgency });
    await this.startCaseDeadlines(m, created);
    await this.audit.record(
      actor,
      {
        action: 'case.create',
        subjectType: 'case',
        subjectId: created.id,
        subjectOrganizationId: created.organizationId,
        changedFields: Object.keys(input),
      },
      m,
    );
    created.reference = await assignCaseReference(m, actor.organizationId, created.id);
    // Built from what was written and returned rather than read back; collaborators in the
    // order collaboratorIdsColumn() gives (uuid order is the order of their lowercase hex text).
    return toCaseView(created, [...collaboratorIds].sort());
  }

  async get(actor: Actor, id: string): Promise<CaseView> {
    // The visibility check reads the whole row and its collaborators in one statement: the
    // busiest read of the product pays one round trip for its data.
    const [view] = await caseViews(visibleCase(this.dataSource.manager, actor, id));
    if (!view) {
      await this.audit.record(actor, { action: 'case.read', outcome: 'denied', subjectType: 'case', subjectId: id });
      throw new NotFound('Case');
    }
    await this.audit.record(actor, {
      action: 'case.read',
      subjectType: 'case',
      subjectId: id,
      subjectOrganizationId: view.organizationId,
    });
    return view;
  }

  async update(actor: Actor, id: string, version: number, patch: CasePatch): Promise<CaseView> {
    assertFutureFollowUp(patch.nextFollowUpAt);
    return this.dataSource.transaction(async (m) => {
      const current = await this.lockVisible(m, actor, id);
      assertFreshVersion(current, version);
      const collaborators = await collaboratorsOf(m, id);
      const changed = changedKeys(
        { ...current, collaboratorIds: collaborators } as Record<string, unknown>,
        {
          ...patch,
          nextFollowUpAt:
            patch.nextFollowUpAt === undefined ? undefined : (patch.nextFollowUpAt?.toISOString() ?? null),
        } as Record<string, unknown>,
      ).filter((k) => k !== 'nextFollowUpAt' || !sameInstant(current.nextFollowUpAt, patch.nextFollowUpAt));
      if (changed.includes('ownerId')) {
        if (actor.role !== 'supervisor' && actor.userId !== current.ownerId) {
          throw new RuleViolation('Only a supervisor or the owner may reassign a case', [{ field: 'ownerId' }]);
        }
        await assertStaffOf(m, current.organizationId, [patch.ownerId!], 'ownerId');
      }
      if (changed.includes('collaboratorIds')) {
        await assertStaffOf(m, current.organizationId, patch.collaboratorIds!, 'collaboratorIds');
        await setCollaborators(m, id, unique(patch.collaboratorIds!));
      }
      if (changed.includes('outcome') && current.status === 'closed') {
        throw new RuleViolation('The outcome of a closed case can no longer change; reopen it first', [
          { field: 'outcome' },
        ]);
      }
      const columns = changed.filter((k) => k !== 'collaboratorIds');
      if (changed.length) {
        const values: Record<string, unknown> = Object.fromEntries(
          columns.map((k) => [k, (patch as Record<string, unknown>)[k]]),
        );
        if (changed.includes('categories')) values.categories = unique(patch.categories!);
        const next = { ...current, ...values } as Case;
        values.searchText = searchText(next.title, next.summary);
        values.version = current.version + 1;
        values.lastActivityAt = new Date();
        await m.getRepository(Case).update({ id }, values);
        await recordCaseEvent(m, id, 'case.updated', actor.userId, { fields: changed });
        await this.followDeadlines(m, current, { ...current, ...values } as Case, changed);
        await this.audit.record(
          actor,
          {
            action: 'case.update',
            subjectType: 'case',
            subjectId: id,
            subjectOrganizationId: current.organizationId,
            changedFields: changed,
          },
          m,
        );
      }
      return this.viewOf(m, id);
    });
  }

  async transition(actor: Actor, id: string, move: CaseTransition): Promise<CaseView> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.lockVisible(m, actor, id);
      const from = current.status;
      if (!CASE_TRANSITIONS[from].includes(move.to) || !mayTransition(actor, current.ownerId, from, move.to)) {
        throw new Conflict(`A case cannot move from ${from} to ${move.to}`, [
          { from, to: move.to, allowed: allowedTargets(actor, current.ownerId, from) },
        ]);
      }
      if (move.to === 'resolved' && !move.outcome) {
        throw new InvalidInput('Resolving a case needs its outcome', [
          { field: 'outcome', problems: ['required when to is resolved'] },
        ]);
      }
      if (isReopen(from, move.to) && !move.reason?.trim()) {
        throw new InvalidInput('Reopening a case needs a reason', [
          { field: 'reason', problems: ['required to reopen'] },
        ]);
      }
      const values: Partial<Case> = { status: move.to, version: current.version + 1, lastActivityAt: new Date() };
      if (move.outcome) values.outcome = move.outcome;
      if (move.to === 'closed') Object.assign(values, { closedAt: new Date(), closureReason: move.reason ?? null });
      if (isReopen(from, move.to)) Object.assign(values, { closedAt: null, closureReason: null });
      await m.getRepository(Case).update({ id }, values);
      await this.deadlinesOnStatus(m, { ...current, status: move.to } as Case, from);
      await recordCaseEvent(m, id, 'case.status_changed', actor.userId, {
        from,
        to: move.to,
        reason: move.reason ?? null,
      });
      await this.audit.record(
        actor,
        {
          action: 'case.transition',
          subjectType: 'case',
          subjectId: id,
          subjectOrganizationId: current.organizationId,
          changedFields: ['status', ...(move.outcome ? ['outcome'] : [])],
        },
        m,
      );
      return this.viewOf(m, id);
    });
  }

  /** A new case: the first response is awaited, inactivity watched, a follow-up reminded. */
  private async startCaseDeadlines(m: EntityManager, c: Case): Promise<void> {
    const base = { subjectType: 'case', subjectId: c.id, caseId: c.id };
    await this.deadlines.startNewOfCase(m, c.organizationId, [
      { ...base, policy: 'first_response', urgency: c.urgency },
      { ...base, policy: 'inactivity' },
      ...(c.nextFollowUpAt ? [{ ...base, policy: 'follow_up' as const, dueAt: c.nextFollowUpAt }] : []),
    ]);
  }

  /** PRODUCT.md: urgency raised → recompute; follow-up moved → the old one cancelled; owner changed → answered. */
  private async followDeadlines(m: EntityManager, before: Case, after: Case, changed: string[]): Promise<void> {
    const subject = { subjectType: 'case', subjectId: after.id };
    const base = { organizationId: after.organizationId, ...subject, caseId: after.id };
    if (changed.includes('urgency')) {
      await this.deadlines.recompute(
        m,
        { organizationId: after.organizationId, policy: 'first_response', subjectId: after.id },
        async () => after.urgency,
      );
    }
    if (changed.includes('ownerId') && after.ownerId !== before.ownerId)
      await this.deadlines.meet(m, { policy: 'first_response', ...subject });
    if (changed.includes('nextFollowUpAt')) {
      if (after.nextFollowUpAt)
        await this.deadlines.start(m, { ...base, policy: 'follow_up', dueAt: after.nextFollowUpAt });
      else await this.deadlines.cancel(m, { policy: 'follow_up', ...subject });
    }
    if (after.status === 'open' || after.status === 'in_progress')
      await this.deadlines.start(m, { ...base, policy: 'inactivity' });
  }

  /**
   * Resolving or closing ends every deadline; waiting pauses the inactivity clock; any other
   * move is activity and restarts it (a reopened case is watched again).
   */
  private async deadlinesOnStatus(m: EntityManager, c: Case, from: CaseStatus): Promise<void> {
    const base = { organizationId: c.organizationId, subjectType: 'case', subjectId: c.id, caseId: c.id };
    if (c.status === 'resolved' || c.status === 'closed') await this.deadlines.cancelAllOfCase(m, c.id);
    else if (c.status === 'waiting')
      await this.deadlines.cancel(m, { policy: 'inactivity', subjectType: 'case', subjectId: c.id });
    else if (c.status !== from) await this.deadlines.start(m, { ...base, policy: 'inactivity' });
  }

  /** The case if the actor may see it, else null: every capability asks here first. */
  async findVisible(m: EntityManager, actor: Actor, id: string): Promise<Case | null> {
    return visibleCase(m, actor, id).getOne();
  }

  private async lockVisible(m: EntityManager, actor: Actor, id: string): Promise<Case> {
    const found = await visibleCase(m, actor, id).setLock('pessimistic_write').getOne();
    if (!found) throw new NotFound('Case');
    return found;
  }

  /** The case as just written (inside the writing transaction), with its collaborators, in one statement. */
  private async viewOf(m: EntityManager, id: string): Promise<CaseView> {
    const [view] = await caseViews(m.getRepository(Case).createQueryBuilder('c').where('c.id = :id', { id }));
    if (!view) throw new NotFound('Case');
    return view;
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sameInstant(a: Date | null, b: Date | null | undefined): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

function assertFutureFollowUp(at: Date | null | undefined): void {
  if (at && at.getTime() <= Date.now()) {
    throw new InvalidInput('The follow-up time must be in the future', [
      { field: 'nextFollowUpAt', problems: ['must be in the future'] },
    ]);
  }
}

/** Owners and collaborators are active desk staff or supervisors of the case's organization. */
async function assertStaffOf(
  m: EntityManager,
  organizationId: string,
  userIds: string[],
  field: string,
): Promise<void> {
  if (!userIds.length) return;
  const [{ n }] = await m.query(
    `SELECT count(*)::int AS n FROM users WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND active
       AND role IN ('desk_staff', 'supervisor')`,
    [userIds, organizationId],
  );
  if (n !== userIds.length) {
    throw new RuleViolation('Owners and collaborators must be active staff of the organization', [{ field }]);
  }
}

/** The case `id` (alias `c`) if the actor may see it: the one query behind every read of a case. */
function visibleCase(m: EntityManager, actor: Actor, id: string): SelectQueryBuilder<Case> {
  const scope = caseScope(actor, 'c');
  return m.getRepository(Case).createQueryBuilder('c').where('c.id = :id', { id }).andWhere(scope.sql, scope.params);
}

async function collaboratorsOf(m: EntityManager, caseId: string): Promise<string[]> {
  const rows = await m.getRepository(CaseCollaborator).find({ where: { caseId }, order: { userId: 'ASC' } });
  return rows.map((r) => r.userId);
}

async function setCollaborators(m: EntityManager, caseId: string, userIds: string[]): Promise<void> {
  await m.getRepository(CaseCollaborator).delete({ caseId });
  if (userIds.length) await m.getRepository(CaseCollaborator).insert(userIds.map((userId) => ({ caseId, userId })));
}
