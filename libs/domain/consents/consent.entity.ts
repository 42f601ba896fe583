import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../identity/organization.entity.js';
import { Worker } from '../workers/worker.entity.js';

export const CONSENT_PURPOSES = ['embassy_referral', 'legal_referral'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_METHODS = ['verbal', 'written', 'digital'] as const;

/** The fields a worker can agree to share (API.md), and nothing else. */
export const CONSENTABLE_FIELDS = [
  'fullName',
  'nameKatakana',
  'nationality',
  'dateOfBirth',
  'gender',
  'phone',
  'email',
  'messagingContacts',
  'residenceStatus',
  'residenceCardExpiry',
  'prefecture',
  'employer',
  'caseSummary',
] as const;
export type ConsentableField = (typeof CONSENTABLE_FIELDS)[number];

/**
 * A worker's consent to share named fields with one recipient for one purpose. It is active
 * while not withdrawn and not expired; both are checked in the query of every read that
 * depends on it, so access ends the moment either happens.
 */
@Entity('consents')
@Index('consents_worker_idx', ['workerId'])
@Index('consents_recipient_idx', ['recipientOrganizationId'])
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workerId: string;

  @ManyToOne(() => Worker, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'worker_id' })
  worker?: Worker;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 20 })
  purpose: ConsentPurpose;

  @Column({ type: 'uuid' })
  recipientOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_organization_id' })
  recipientOrganization?: Organization;

  @Column({ type: 'text', array: true })
  fields: ConsentableField[];

  @Column({ type: 'varchar', length: 10 })
  method: string;

  @Column({ type: 'varchar', length: 20 })
  language: string;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnBy: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;
}
