import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, RequestOrigin, SystemActor } from '#access';
import { uuid7 } from '../common/uuid7.js';
import { AuditEvent, type AuditOutcome } from './audit-event.entity.js';

/** Someone not (yet) signed in: a failed login, a refresh with a stolen token. */
export interface AnonymousActor {
  kind: 'anonymous';
  userId?: string | null;
  origin: RequestOrigin;
}

export type AuditActor = Actor | SystemActor | AnonymousActor;

export interface AuditEntry {
  action: string;
  outcome?: AuditOutcome;
  subjectType?: string;
  subjectId?: string | null;
  subjectOrganizationId?: string | null;
  /** Names of the fields a write changed; never their values. */
  changedFields?: string[];
}

/**
 * Appends audit rows. A write records its event in the transaction of the change (pass its
 * manager); a read records right after it. No hashing here: the sealer chains rows later, so
 * recording never waits for another request.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(actor: AuditActor, entry: AuditEntry | AuditEntry[], manager?: EntityManager): Promise<void> {
    const entries = Array.isArray(entry) ? entry : [entry];
    if (!entries.length) return;
    const origin = 'origin' in actor ? actor.origin : null;
    const rows = entries.map((e) => ({
      id: uuid7(),
      actorType: actor.kind,
      actorId: actor.kind === 'user' ? actor.userId : actor.kind === 'anonymous' ? (actor.userId ?? null) : null,
      actorRole:
        actor.kind === 'user' ? actor.role : actor.kind === 'system' ? `system:${actor.name}`.slice(0, 20) : null,
      actorOrganizationId: actor.kind === 'user' ? actor.organizationId : null,
      action: e.action,
      outcome: e.outcome ?? 'success',
      subjectType: e.subjectType ?? null,
      subjectId: e.subjectId ?? null,
      subjectOrganizationId: e.subjectOrganizationId ?? null,
      changedFields: e.changedFields ?? [],
      ip: origin?.ip?.slice(0, 64) ?? null,
      userAgent: origin?.userAgent?.slice(0, 512) ?? null,
      requestId: origin?.requestId?.slice(0, 128) ?? null,
    }));
    await (manager ?? this.dataSource.manager).createQueryBuilder().insert().into(AuditEvent).values(rows).execute();
  }
}
