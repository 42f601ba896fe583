import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Case } from '../cases/case.entity.js';
import { Organization } from '../identity/organization.entity.js';
import { User } from '../identity/user.entity.js';

export type AccompanimentStatus = 'scheduled' | 'done' | 'cancelled' | 'no_show';

/** Staff accompany the worker somewhere (a labour office, a hospital...) at a set time. */
@Entity('accompaniments')
@Index('accompaniments_case_scheduled_idx', ['caseId', 'scheduledAt'])
// Reminders (24h and 2h before) look up the scheduled ones by time.
@Index('accompaniments_status_scheduled_idx', ['status', 'scheduledAt'])
@Index('accompaniments_escort_scheduled_idx', ['escortId', 'scheduledAt'])
export class Accompaniment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  /** The NGO that owns the case. */
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'timestamptz', precision: 3 })
  scheduledAt: Date;

  @Column({ type: 'varchar', length: 30 })
  destination: string;

  @Column({ type: 'uuid' })
  escortId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'escort_id' })
  escort?: User;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 12, default: 'scheduled' })
  status: AccompanimentStatus;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
