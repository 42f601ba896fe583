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

export type LegalAssignmentStatus = 'pending' | 'accepted' | 'declined' | 'completed' | 'withdrawn';

/** A case handed to a lawyer; the lawyer sees the case while it is pending, accepted or completed. */
@Entity('legal_assignments')
@Index('legal_assignments_case_idx', ['caseId'])
@Index('legal_assignments_lawyer_status_idx', ['lawyerId', 'status'])
@Index('legal_assignments_office_status_idx', ['lawOfficeId', 'status'])
export class LegalAssignment {
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

  @Column({ type: 'uuid' })
  lawyerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lawyer_id' })
  lawyer?: User;

  @Column({ type: 'uuid' })
  lawOfficeId: string;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: LegalAssignmentStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  requestedBy: string;

  /** Set when the office already acts, on an accepted assignment, against the same employer or agency. */
  @Column({ type: 'boolean', default: false })
  conflictWarning: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  conflictReferences: string[];

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A lawyer's privileged review: only that lawyer and the owning NGO's supervisors read it. */
@Entity('legal_reviews')
@Index('legal_reviews_case_idx', ['caseId', 'createdAt'])
export class LegalReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => LegalAssignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: LegalAssignment;

  @Column({ type: 'uuid' })
  lawyerId: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
