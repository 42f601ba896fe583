import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, RequestOrigin, SystemActor } from '#access';
import { uuid7 } from '../common/uuid7.js';
import type { AuditOutcome } from './audit-event.entity.js';

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
    // One statement whatever the number of rows (a list page audits every case it shows); the
    // actor and its origin are the same for all of them. Raw SQL: the query builder's entity
    // mapping cost more CPU than the insert itself on the busiest read paths.
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO audit_events (id, actor_type, actor_id, actor_role, actor_organization_id, action, outcome,
              subject_type, subject_id, subject_organization_id, changed_fields, ip, user_agent, request_id)
       SELECT v.id, $1, $2::uuid, $3, $4::uuid, v.action, v.outcome, v.subject_type, v.subject_id, v.subject_org,
              ARRAY(SELECT jsonb_array_elements_text(v.changed)), $5, $6, $7
         FROM unnest($8::uuid[], $9::text[], $10::text[], $11::text[], $12::uuid[], $13::uuid[], $14::jsonb[])
              AS v(id, action, outcome, subject_type, subject_id, subject_org, changed)`,
      [
        actor.kind,
        actor.kind === 'user' ? actor.userId : actor.kind === 'anonymous' ? (actor.userId ?? null) : null,
        actor.kind === 'user' ? actor.role : actor.kind === 'system' ? `system:${actor.name}`.slice(0, 20) : null,
        actor.kind === 'user' ? actor.organizationId : null,
        origin?.ip?.slice(0, 64) ?? null,
        origin?.userAgent?.slice(0, 512) ?? null,
        origin?.requestId?.slice(0, 128) ?? null,
        entries.map(() => uuid7()),
        entries.map((e) => e.action),
        entries.map((e) => e.outcome ?? 'success'),
        entries.map((e) => e.subjectType ?? null),
        entries.map((e) => e.subjectId ?? null),
        entries.map((e) => e.subjectOrganizationId ?? null),
        entries.map((e) => JSON.stringify(e.changedFields ?? [])),
      ],
    );
  }
}
