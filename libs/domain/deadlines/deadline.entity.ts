import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organization } from '../identity/organization.entity.js';

export const POLICY_KEYS = [
  'first_response',
  'follow_up',
  'lawyer_acceptance',
  'referral_acknowledgement',
  'inactivity',
  'accompaniment',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export type DeadlineState = 'pending' | 'met' | 'breached' | 'cancelled';

/**
 * One deadline, the source of truth for every reminder and escalation. The engine acts on a
 * row when `next_fire_at` passes; each step raises `level` by one, so each step happens at
 * most once, and the notices it writes carry a dedupe key made of the row id and the level.
 */
@Entity('deadlines')
@Index('deadlines_subject_idx', ['subjectType', 'subjectId'])
@Index('deadlines_case_idx', ['caseId'])
// The engine's claim query: only rows that still have a step to fire, ordered by when.
@Index('deadlines_next_fire_idx', ['nextFireAt'], { where: 'next_fire_at IS NOT NULL' })
// The case list's overdue filter (breached and unanswered; pending past due), written in the migration by hand.
@Index('deadlines_breached_open_idx', { synchronize: false })
@Index('deadlines_pending_due_idx', { synchronize: false })
export class Deadline {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 40 })
  policy: PolicyKey;

  @Column({ type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** The case the subject belongs to, for GET /cases/:id/deadlines and the overdue filter. */
  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  warnAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3 })
  dueAt: Date;

  /** When the breach goes up to the admins. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  escalateAt: Date | null;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  state: DeadlineState;

  /** 0 nothing sent yet, then one more for each step fired (warning, breach, escalation). */
  @Column({ type: 'smallint', default: 0 })
  level: number;

  /** The time of the next step, or null when nothing is left to fire. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextFireAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An organization's own setting of a policy; absent, the defaults of PRODUCT.md apply. */
@Entity('sla_policies')
export class SlaPolicy {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  key: PolicyKey;

  /** ISO 8601 durations by urgency, or `{ default }` for policies without urgency. */
  @Column({ type: 'jsonb' })
  durations: Record<string, string>;

  @Column({ type: 'varchar', length: 10 })
  clock: 'business' | 'calendar';

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  warningRatio: string;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
