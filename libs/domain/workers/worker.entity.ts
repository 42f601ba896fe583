import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Organization } from '../identity/organization.entity.js';

export interface MessagingContact {
  app: string;
  handle: string;
}

export interface Employer {
  name: string;
  sector?: string | null;
  prefecture?: string | null;
}

/** The person seeking help, owned by the NGO that registered them. */
@Entity('workers')
@Index('workers_organization_created_idx', ['organizationId', 'createdAt'])
// A trigram GIN index, written in the migration by hand (TypeORM cannot describe it).
@Index('workers_search_text_trgm_idx', { synchronize: false })
export class Worker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameKatakana: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  alias: string | null;

  @Column({ type: 'char', length: 2 })
  nationality: string;

  @Column({ type: 'varchar', length: 20 })
  preferredLanguage: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  gender: string | null;

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  residenceStatus: string | null;

  @Column({ type: 'date', nullable: true })
  residenceCardExpiry: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  prefecture: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  messagingContacts: MessagingContact[];

  @Column({ type: 'jsonb', nullable: true })
  employer: Employer | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  supportOrganization: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  sendingAgency: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /**
   * Names (Latin, katakana, alias), email and phone digits, normalized by searchText();
   * a trigram index on it serves partial matches in any script.
   */
  @Column({ type: 'text', select: false })
  searchText: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  /** Millisecond precision, so that a JS Date holds it exactly (list cursors compare it). */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
