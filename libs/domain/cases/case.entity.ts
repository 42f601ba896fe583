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
import { User } from '../identity/user.entity.js';
import { Worker } from '../workers/worker.entity.js';

export type CaseStatus = 'open' | 'in_progress' | 'waiting' | 'resolved' | 'closed';

export interface CaseOutcome {
  result: string;
  remedies: string[];
  amountRecoveredJpy: number | null;
  remedyRoute: string | null;
}

/** One problem of one worker. */
@Entity('cases')
@Index('cases_organization_reference_key', ['organizationId', 'reference'], { unique: true })
@Index('cases_organization_created_idx', ['organizationId', 'createdAt', 'id'])
@Index('cases_organization_status_created_idx', ['organizationId', 'status', 'createdAt', 'id'])
@Index('cases_organization_urgency_created_idx', ['organizationId', 'urgency', 'createdAt', 'id'])
@Index('cases_worker_idx', ['workerId'])
@Index('cases_owner_idx', ['ownerId'])
// GIN indexes written in the migrations by hand: categories (002); search text by trigram and by
// one- and two-character grams of non-ASCII text (010), both led by the organization and the
// case's 30-day period (011).
@Index('cases_search_trgm_period_idx', { synchronize: false })
@Index('cases_search_grams_period_idx', { synchronize: false })
@Index('cases_categories_gin_idx', { synchronize: false })
// Open cases by follow-up time (partial), for the overdue filter: written in migration 009.
@Index('cases_open_follow_up_idx', { synchronize: false })
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** MDG-YYYY-NNNNNN, numbered per organization and year without gaps (case_reference_counters). */
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ type: 'uuid' })
  workerId: string;

  @ManyToOne(() => Worker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id' })
  worker?: Worker;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'varchar', length: 10 })
  urgency: string;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status: CaseStatus;

  @Column({ type: 'varchar', length: 12, default: 'normal' })
  sensitivity: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @Column({ type: 'timestamptz', nullable: true })
  nextFollowUpAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  closureReason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  outcome: CaseOutcome | null;

  /** Last consultation, transition or change: the inactivity deadline counts from it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  /** Title and summary, normalized by searchText(); trigram-indexed for `q` in any language. */
  @Column({ type: 'text', select: false })
  searchText: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Millisecond precision, so that a JS Date holds it exactly (list cursors compare it). */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Staff added to a case: they see it even when it is restricted. */
@Entity('case_collaborators')
@Index('case_collaborators_user_idx', ['userId'])
export class CaseCollaborator {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}

/** Per organization and year, the last reference number given. */
@Entity('case_reference_counters')
export class CaseReferenceCounter {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  lastValue: number;
}

/**
 * The case's history, one row per thing that happened (opened, a status change, a
 * consultation, an assignment, a referral, an accompaniment...), written in the same
 * transaction as the change. The timeline reads it in order.
 */
@Entity('case_events')
@Index('case_events_case_at_idx', ['caseId', 'at'])
export class CaseEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** Facts to render the summary from (ids, codes, statuses) — no free text of the worker's. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;
}
