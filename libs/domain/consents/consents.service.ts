import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { consentScope, workerScope, type Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInput, NotFound, RuleViolation } from '../errors/domain-errors.js';
import { Organization } from '../identity/organization.entity.js';
import { Worker } from '../workers/worker.entity.js';
import { consentSummaryText } from './consent-summary.js';
import { Consent, type ConsentableField, type ConsentPurpose } from './consent.entity.js';

export interface RecordConsent {
  purpose: ConsentPurpose;
  recipientOrganizationId: string;
  fields: ConsentableField[];
  method: string;
  language: string;
  expiresAt?: Date;
}

export interface ConsentView {
  id: string;
  workerId: string;
  purpose: string;
  recipientOrganizationId: string;
  fields: string[];
  method: string;
  language: string;
  recordedBy: string;
  createdAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  active: boolean;
  /** What the worker agreed to, in the consent's language, to read out or send to them. */
  summary: string;
}

/** The recipient must be of the kind the purpose names. */
const RECIPIENT_KIND: Record<ConsentPurpose, string> = { embassy_referral: 'embassy', legal_referral: 'law_office' };

@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, workerId: string, input: RecordConsent): Promise<ConsentView> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new InvalidInput('expiresAt must be in the future', [
        { field: 'expiresAt', problems: ['must be in the future'] },
      ]);
    }
    return this.dataSource.transaction(async (m) => {
      const scope = workerScope(actor, 'w');
      const worker = await m
        .getRepository(Worker)
        .createQueryBuilder('w')
        .where('w.id = :id', { id: workerId })
        .andWhere(scope.sql, scope.params)
        .getOne();
      if (!worker) throw new NotFound('Worker');
      const recipient = await m.getRepository(Organization).findOneBy({ id: input.recipientOrganizationId });
      if (!recipient || recipient.kind !== RECIPIENT_KIND[input.purpose]) {
        throw new RuleViolation(`The recipient must be an organization of kind ${RECIPIENT_KIND[input.purpose]}`, [
          { field: 'recipientOrganizationId' },
        ]);
      }
      const consent = await m.getRepository(Consent).save(
        m.getRepository(Consent).create({
          workerId,
          organizationId: worker.organizationId,
          purpose: input.purpose,
          recipientOrganizationId: recipient.id,
          fields: [...new Set(input.fields)],
          method: input.method,
          language: input.language,
          recordedBy: actor.userId,
          expiresAt: input.expiresAt ?? null,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'consent.record',
          subjectType: 'worker',
          subjectId: workerId,
          subjectOrganizationId: worker.organizationId,
          changedFields: consent.fields,
        },
        m,
      );
      return this.view(consent);
    });
  }

  async listForWorker(actor: Actor, workerId: string): Promise<ConsentView[]> {
    const wScope = workerScope(actor, 'w');
    const worker = await this.dataSource
      .getRepository(Worker)
      .createQueryBuilder('w')
      .where('w.id = :id', { id: workerId })
      .andWhere(wScope.sql, wScope.params)
      .getOne();
    if (!worker) throw new NotFound('Worker');
    const scope = consentScope(actor, 'k');
    const rows = await this.dataSource
      .getRepository(Consent)
      .createQueryBuilder('k')
      .where('k.worker_id = :workerId', { workerId })
      .andWhere(scope.sql, scope.params)
      .orderBy('k.created_at', 'DESC')
      .getMany();
    await this.audit.record(actor, {
      action: 'consent.read',
      subjectType: 'worker',
      subjectId: workerId,
      subjectOrganizationId: worker.organizationId,
    });
    return Promise.all(rows.map((c) => this.view(c)));
  }

  /** Ends the recipient's access at once: every read checks withdrawn_at in its query. */
  async withdraw(actor: Actor, id: string, reason?: string): Promise<ConsentView> {
    return this.dataSource.transaction(async (m) => {
      const scope = consentScope(actor, 'k');
      const consent = await m
        .getRepository(Consent)
        .createQueryBuilder('k')
        .setLock('pessimistic_write')
        .where('k.id = :id', { id })
        .andWhere(scope.sql, scope.params)
        .getOne();
      if (!consent) throw new NotFound('Consent');
      if (consent.withdrawnAt) return this.view(consent);
      await m
        .getRepository(Consent)
        .update({ id }, { withdrawnAt: new Date(), withdrawnBy: actor.userId, withdrawalReason: reason ?? null });
      await this.audit.record(
        actor,
        {
          action: 'consent.withdraw',
          subjectType: 'worker',
          subjectId: consent.workerId,
          subjectOrganizationId: consent.organizationId,
          changedFields: ['withdrawnAt'],
        },
        m,
      );
      return this.view(await m.getRepository(Consent).findOneByOrFail({ id }));
    });
  }

  private async view(c: Consent): Promise<ConsentView> {
    const names: { id: string; name: string; timezone: string }[] = await this.dataSource.query(
      'SELECT id, name, timezone FROM organizations WHERE id = ANY($1::uuid[])',
      [[c.organizationId, c.recipientOrganizationId]],
    );
    const byId = new Map(names.map((n) => [n.id, n]));
    const now = Date.now();
    return {
      id: c.id,
      workerId: c.workerId,
      purpose: c.purpose,
      recipientOrganizationId: c.recipientOrganizationId,
      fields: c.fields,
      method: c.method,
      language: c.language,
      recordedBy: c.recordedBy,
      createdAt: c.createdAt.toISOString(),
      expiresAt: c.expiresAt?.toISOString() ?? null,
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      withdrawalReason: c.withdrawalReason,
      active: !c.withdrawnAt && (!c.expiresAt || c.expiresAt.getTime() > now),
      summary: consentSummaryText(c.language, {
        organization: byId.get(c.organizationId)?.name ?? '',
        recipient: byId.get(c.recipientOrganizationId)?.name ?? '',
        purpose: c.purpose,
        fields: c.fields,
        expiresAt: c.expiresAt ?? undefined,
        timezone: byId.get(c.organizationId)?.timezone ?? 'Asia/Tokyo',
      }),
    };
  }
}
