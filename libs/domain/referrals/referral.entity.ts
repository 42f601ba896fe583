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
import { Consent } from '../consents/consent.entity.js';
import { Organization } from '../identity/organization.entity.js';

export type ReferralStatus = 'sent' | 'acknowledged' | 'in_progress' | 'closed' | 'declined' | 'withdrawn';

/** A case referred to an embassy under a consent. */
@Entity('referrals')
@Index('referrals_embassy_status_idx', ['embassyId', 'status'])
@Index('referrals_case_idx', ['caseId'])
@Index('referrals_organization_created_idx', ['organizationId', 'createdAt'])
export class Referral {
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
  embassyId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'embassy_id' })
  embassy?: Organization;

  @Column({ type: 'uuid' })
  consentId: string;

  @ManyToOne(() => Consent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_id' })
  consent?: Consent;

  @Column({ type: 'varchar', length: 12, default: 'sent' })
  status: ReferralStatus;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'uuid' })
  referredBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The thread of a referral, written by both sides. */
@Entity('referral_messages')
@Index('referral_messages_referral_idx', ['referralId', 'createdAt'])
export class ReferralMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  referralId: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Referral;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'uuid' })
  authorOrganizationId: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
