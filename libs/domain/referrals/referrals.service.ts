import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { referralScope, type Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { recordCaseEvent } from '../cases/case-events.js';
import { Case } from '../cases/case.entity.js';
import { CasesService } from '../cases/cases.service.js';
import { decodeCursor, encodeCursor, type Page } from '../common/cursor.js';
import { Consent } from '../consents/consent.entity.js';
import { Conflict, NotFound, RuleViolation } from '../errors/domain-errors.js';
import { organizationName } from '../notifications/notification-params.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Worker } from '../workers/worker.entity.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { toReferralView, type ReferralView } from './embassy-view.js';
import { allowedReferralMoves } from './referral-status.machine.js';
import { Referral, ReferralMessage, type ReferralStatus } from './referral.entity.js';

export interface ReferralMessageView {
  id: string;
  referralId: string;
  authorId: string;
  authorOrganizationId: string;
  body: string;
  createdAt: string;
}

const ACTIVE_CONSENT = `k.withdrawn_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`;

@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /** Only under an active embassy_referral consent of the case's worker for that very embassy. */
  async refer(
    actor: Actor,
    caseId: string,
    input: { embassyId: string; consentId: string; reason: string; message?: string },
  ): Promise<ReferralView> {
    return this.dataSource.transaction(async (m) => {
      const found = await this.cases.findVisible(m, actor, caseId);
      if (!found) throw new NotFound('Case');
      const consent = await m
        .getRepository(Consent)
        .createQueryBuilder('k')
        .where('k.id = :id AND k.worker_id = :workerId', { id: input.consentId, workerId: found.workerId })
        .andWhere("k.purpose = 'embassy_referral' AND k.recipient_organization_id = :embassyId", {
          embassyId: input.embassyId,
        })
        .andWhere(ACTIVE_CONSENT)
        .getOne();
      if (!consent) {
        throw new RuleViolation('There is no active consent of the worker to refer this case to that embassy', [
          { field: 'consentId' },
        ]);
      }
      const referral = await m.getRepository(Referral).save(
        m.getRepository(Referral).create({
          caseId,
          organizationId: found.organizationId,
          embassyId: input.embassyId,
          consentId: consent.id,
          reason: input.reason,
          message: input.message ?? null,
          referredBy: actor.userId,
        }),
      );
      // The embassy is reminded at 80 % and again at the breach (PRODUCT.md), on its own calendar.
      await this.deadlines.start(m, {
        organizationId: found.organizationId,
        policy: 'referral_acknowledgement',
        subjectType: 'referral',
        subjectId: referral.id,
        caseId,
      });
      await recordCaseEvent(m, caseId, 'referral.sent', actor.userId, {
        referralId: referral.id,
        embassyId: input.embassyId,
      });
      const officers = await this.officersOf(m, input.embassyId);
      await this.notifications.notify(m, officers, {
        kind: 'referral.new',
        subjectType: 'referral',
        subjectId: referral.id,
        params: { reference: found.reference, organization: await organizationName(m, found.organizationId) },
        dedupeKey: `referral.new:${referral.id}`,
      });
      await this.audit.record(
        actor,
        {
          action: 'referral.create',
          subjectType: 'referral',
          subjectId: referral.id,
          subjectOrganizationId: found.organizationId,
        },
        m,
      );
      return this.viewOf(m, referral.id);
    });
  }

  async list(actor: Actor, filter: { status?: string; limit: number; cursor?: string }): Promise<Page<ReferralView>> {
    const scope = referralScope(actor, 'r');
    const qb = this.dataSource
      .getRepository(Referral)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params)
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(filter.limit + 1);
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    if (after) qb.andWhere('(r.created_at, r.id) < (:afterAt, :afterId)', { afterAt: after[0], afterId: after[1] });
    const rows = await qb.getMany();
    const page = rows.slice(0, filter.limit);
    const items = await Promise.all(page.map((r) => this.viewOf(this.dataSource.manager, r.id)));
    await this.recordReads(actor, page);
    const last = page.at(-1);
    return {
      items,
      nextCursor: rows.length > filter.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  async get(actor: Actor, id: string): Promise<ReferralView> {
    const referral = await this.findVisible(this.dataSource.manager, actor, id);
    if (!referral) {
      await this.audit.record(actor, {
        action: 'referral.read',
        outcome: 'denied',
        subjectType: 'referral',
        subjectId: id,
      });
      throw new NotFound('Referral');
    }
    await this.recordReads(actor, [referral]);
    return this.viewOf(this.dataSource.manager, id);
  }

  async transition(
    actor: Actor,
    id: string,
    move: { to: ReferralStatus; reason?: string; outcome?: string },
  ): Promise<ReferralView> {
    return this.dataSource.transaction(async (m) => {
      const current = await this.findVisible(m, actor, id, true);
      if (!current) throw new NotFound('Referral');
      const allowed = allowedReferralMoves(actor.role, current.status);
      if (!allowed.includes(move.to)) {
        throw new Conflict(`A referral cannot move from ${current.status} to ${move.to}`, [
          { from: current.status, to: move.to, allowed },
        ]);
      }
      const values: Partial<Referral> = { status: move.to, outcome: move.outcome ?? current.outcome };
      if (move.to === 'acknowledged') values.acknowledgedAt = new Date();
      await m.getRepository(Referral).update({ id }, values);
      const subject = { policy: 'referral_acknowledgement' as const, subjectType: 'referral', subjectId: id };
      if (move.to === 'acknowledged' || move.to === 'declined') await this.deadlines.meet(m, subject);
      if (move.to === 'withdrawn') await this.deadlines.cancel(m, subject);
      await recordCaseEvent(m, current.caseId, 'referral.status_changed', actor.userId, {
        referralId: id,
        from: current.status,
        to: move.to,
      });
      if (actor.role === 'embassy_officer') {
        const [{ reference }] = await m.query('SELECT reference FROM cases WHERE id = $1', [current.caseId]);
        await this.notifications.notify(m, [current.referredBy], {
          kind: 'referral.status',
          subjectType: 'referral',
          subjectId: id,
          params: { reference, status: move.to, organization: await organizationName(m, actor.organizationId) },
          dedupeKey: `referral.status:${id}:${move.to}`,
        });
      }
      await this.audit.record(
        actor,
        {
          action: 'referral.transition',
          subjectType: 'referral',
          subjectId: id,
          subjectOrganizationId: current.organizationId,
          changedFields: ['status'],
        },
        m,
      );
      return this.viewOf(m, id);
    });
  }

  async messages(actor: Actor, id: string): Promise<ReferralMessageView[]> {
    const referral = await this.findVisible(this.dataSource.manager, actor, id);
    if (!referral) throw new NotFound('Referral');
    const rows = await this.dataSource
      .getRepository(ReferralMessage)
      .find({ where: { referralId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    await this.audit.record(actor, {
      action: 'referral.messages_read',
      subjectType: 'referral',
      subjectId: id,
      subjectOrganizationId: referral.organizationId,
    });
    return rows.map(toMessageView);
  }

  /** A message from one side notifies the other: the referring staff member, or the embassy's officers. */
  async postMessage(actor: Actor, id: string, body: string): Promise<ReferralMessageView> {
    return this.dataSource.transaction(async (m) => {
      const referral = await this.findVisible(m, actor, id);
      if (!referral) throw new NotFound('Referral');
      if (['withdrawn', 'closed', 'declined'].includes(referral.status)) {
        throw new RuleViolation(`The referral is ${referral.status}; its thread is closed`);
      }
      const message = await m
        .getRepository(ReferralMessage)
        .save(
          m
            .getRepository(ReferralMessage)
            .create({ referralId: id, authorId: actor.userId, authorOrganizationId: actor.organizationId, body }),
        );
      const [{ reference }] = await m.query('SELECT reference FROM cases WHERE id = $1', [referral.caseId]);
      const recipients =
        actor.role === 'embassy_officer' ? [referral.referredBy] : await this.officersOf(m, referral.embassyId);
      await this.notifications.notify(m, recipients, {
        kind: 'referral.message',
        subjectType: 'referral',
        subjectId: id,
        params: { reference, organization: await organizationName(m, actor.organizationId) },
        dedupeKey: `referral.message:${message.id}`,
      });
      await this.audit.record(
        actor,
        {
          action: 'referral.message',
          subjectType: 'referral',
          subjectId: id,
          subjectOrganizationId: referral.organizationId,
          changedFields: ['body'],
        },
        m,
      );
      return toMessageView(message);
    });
  }

  private findVisible(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Referral | null> {
    const scope = referralScope(actor, 'r');
    const qb = m
      .getRepository(Referral)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  private async viewOf(m: EntityManager, id: string): Promise<ReferralView> {
    const referral = await m.getRepository(Referral).findOneByOrFail({ id });
    const kase = await m.getRepository(Case).findOneByOrFail({ id: referral.caseId });
    const worker = await m.getRepository(Worker).findOneByOrFail({ id: kase.workerId });
    const consent = await m.getRepository(Consent).findOneByOrFail({ id: referral.consentId });
    return toReferralView(referral, kase, worker, consent.fields);
  }

  private async officersOf(m: EntityManager, embassyId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM users WHERE organization_id = $1 AND role = 'embassy_officer' AND active`,
      [embassyId],
    );
    return rows.map((r) => r.id);
  }

  /** Every embassy read is an audit event, one per referral seen. */
  private recordReads(actor: Actor, referrals: Referral[]): Promise<void> {
    return this.audit.record(
      actor,
      referrals.map((r) => ({
        action: 'referral.read',
        subjectType: 'referral',
        subjectId: r.id,
        subjectOrganizationId: r.organizationId,
      })),
    );
  }
}

function toMessageView(x: ReferralMessage): ReferralMessageView {
  return {
    id: x.id,
    referralId: x.referralId,
    authorId: x.authorId,
    authorOrganizationId: x.authorOrganizationId,
    body: x.body,
    createdAt: x.createdAt.toISOString(),
  };
}
