import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Case } from '../cases/case.entity.js';
import { Organization } from '../identity/organization.entity.js';
import { Worker } from '../workers/worker.entity.js';

/**
 * One contact with a worker, or about them. It may stand alone (a one-off question, even an
 * anonymous one) and be attached to a case later, when it is promoted.
 */
@Entity('consultations')
@Index('consultations_organization_occurred_idx', ['organizationId', 'occurredAt', 'id'])
@Index('consultations_case_occurred_idx', ['caseId', 'occurredAt'])
@Index('consultations_worker_idx', ['workerId'])
export class Consultation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Null while the consultation stands alone; set once, when logged on or promoted to a case. */
  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'uuid', nullable: true })
  workerId: string | null;

  @ManyToOne(() => Worker, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id' })
  worker?: Worker;

  /** How staff refer to someone who gave no name ("caller from Gifu, 14:05"). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  anonymousLabel: string | null;

  /** Millisecond precision, so that a JS Date holds it exactly (list cursors compare it). */
  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 20 })
  channel: string;

  /** BCP 47. */
  @Column({ type: 'varchar', length: 20 })
  language: string;

  @Column({ type: 'boolean', default: false })
  interpreterUsed: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  interpreterName: string | null;

  @Column({ type: 'integer', nullable: true })
  durationMinutes: number | null;

  /** For standalone consultations (a case has categories of its own); they seed a promoted case. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'timestamptz', nullable: true })
  followUpAt: Date | null;

  @Column({ type: 'uuid' })
  loggedBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
