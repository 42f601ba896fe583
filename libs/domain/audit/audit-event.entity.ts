import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/**
 * One append-only audit row. A database trigger refuses UPDATE, DELETE and TRUNCATE, except
 * the one-time sealing that fills chain_index, prev_hash, hash and sealed_at. Sensitive
 * fields are named in changed_fields, their values never stored here.
 */
@Entity('audit_events')
@Index('audit_events_subject_idx', ['subjectType', 'subjectId'])
@Index('audit_events_subject_org_seq_idx', ['subjectOrganizationId', 'seq'])
@Index('audit_events_actor_seq_idx', ['actorId', 'seq'])
@Index('audit_events_unsealed_idx', ['seq'], { where: 'chain_index IS NULL' })
export class AuditEvent {
  /** UUIDv7, so that keys are time-ordered (partition-ready). */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Insertion order; the hash chain follows chain_index, assigned when sealing. */
  @Index('audit_events_seq_key', { unique: true })
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 16 })
  actorType: 'user' | 'system' | 'anonymous';

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganizationId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 16 })
  outcome: AuditOutcome;

  @Column({ type: 'varchar', length: 40, nullable: true })
  subjectType: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectOrganizationId: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Index('audit_events_chain_index_key', { unique: true })
  @Column({ type: 'bigint', nullable: true })
  chainIndex: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sealedAt: Date | null;
}
