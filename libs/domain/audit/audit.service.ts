import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, RequestOrigin, SystemActor } from '#access';
import { GroupRunner } from '../common/group-runner.js';
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

/** One audit_events row as inserted: actor, origin and subject already flattened. */
interface AuditRow {
  actorType: string;
  actorId: string | null;
  actorRole: string | null;
  actorOrganizationId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  action: string;
  outcome: AuditOutcome;
  subjectType: string | null;
  subjectId: string | null;
  subjectOrganizationId: string | null;
  changedFields: string[];
}

/**
 * Appends audit rows. A write records its event in the transaction of the change (pass its
 * manager); a read records right after it, through a group commit: reads that finish while
 * another read's audit insert is in flight share the next insert and its commit, and each
 * request still answers only once its own row is committed. No hashing here: the sealer chains
 * rows later, so recording never waits for another request.
 */
@Injectable()
export class AuditService {
  private readonly reads: GroupRunner<AuditRow[], void>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.reads = new GroupRunner<AuditRow[], void>(
      async (groups) => {
        await insertRows(this.dataSource.manager, groups.flat());
        return groups.map(() => undefined);
      },
      // A list page is one item of 25 rows: a group stays a few thousand rows at most. Rows are
      // inserted again one request at a time only when Postgres refused the statement (an
      // SQLSTATE: nothing was written); after a lost connection the insert may have committed,
      // and a retry would record those reads twice.
      { maxGroup: 200, maxInFlight: 2, retryItemsAfter: refusedByPostgres },
    );
  }

  async record(actor: AuditActor, entry: AuditEntry | AuditEntry[], manager?: EntityManager): Promise<void> {
    const entries = Array.isArray(entry) ? entry : [entry];
    if (!entries.length) return;
    const rows = entries.map((e) => rowOf(actor, e));
    if (manager) await insertRows(manager, rows);
    else await this.reads.add(rows);
  }
}

/**
 * An error Postgres itself answered with (an ErrorResponse: SQLSTATE and severity, which the
 * query error carries over from pg), as opposed to a socket that failed (EPIPE, ECONNRESET…).
 */
function refusedByPostgres(error: unknown): boolean {
  const e = error as { code?: unknown; severity?: unknown } | null;
  return typeof e?.code === 'string' && typeof e.severity === 'string';
}

function rowOf(actor: AuditActor, entry: AuditEntry): AuditRow {
  const origin = 'origin' in actor ? actor.origin : null;
  return {
    actorType: actor.kind,
    actorId: actor.kind === 'user' ? actor.userId : actor.kind === 'anonymous' ? (actor.userId ?? null) : null,
    actorRole:
      actor.kind === 'user' ? actor.role : actor.kind === 'system' ? `system:${actor.name}`.slice(0, 20) : null,
    actorOrganizationId: actor.kind === 'user' ? actor.organizationId : null,
    ip: origin?.ip?.slice(0, 64) ?? null,
    userAgent: origin?.userAgent?.slice(0, 512) ?? null,
    requestId: origin?.requestId?.slice(0, 128) ?? null,
    action: entry.action,
    outcome: entry.outcome ?? 'success',
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    subjectOrganizationId: entry.subjectOrganizationId ?? null,
    changedFields: entry.changedFields ?? [],
  };
}

/**
 * One statement whatever the number of rows (a list page audits every case it shows, a group
 * commit many requests). Raw SQL: the query builder's entity mapping cost more CPU than the
 * insert itself on the busiest read paths.
 */
async function insertRows(m: EntityManager, rows: AuditRow[]): Promise<void> {
  const column = <K extends keyof AuditRow>(key: K) => rows.map((r) => r[key]);
  await m.query(
    `INSERT INTO audit_events (id, actor_type, actor_id, actor_role, actor_organization_id, action, outcome,
            subject_type, subject_id, subject_organization_id, changed_fields, ip, user_agent, request_id)
     SELECT v.id, v.actor_type, v.actor_id, v.actor_role, v.actor_org, v.action, v.outcome, v.subject_type,
            v.subject_id, v.subject_org, ARRAY(SELECT jsonb_array_elements_text(v.changed)), v.ip, v.user_agent,
            v.request_id
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[],
                   $9::uuid[], $10::uuid[], $11::jsonb[], $12::text[], $13::text[], $14::text[])
            AS v(id, actor_type, actor_id, actor_role, actor_org, action, outcome, subject_type, subject_id,
                 subject_org, changed, ip, user_agent, request_id)`,
    [
      rows.map(() => uuid7()),
      column('actorType'),
      column('actorId'),
      column('actorRole'),
      column('actorOrganizationId'),
      column('action'),
      column('outcome'),
      column('subjectType'),
      column('subjectId'),
      column('subjectOrganizationId'),
      rows.map((r) => JSON.stringify(r.changedFields)),
      column('ip'),
      column('userAgent'),
      column('requestId'),
    ],
  );
}
