import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity.js';

/**
 * A notice to one user. Its text is rendered from the catalogs in the reader's language
 * from `kind` and `params`; `dedupeKey` is unique, so a retried job never notifies twice.
 */
@Entity('notifications')
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
@Index('notifications_dedupe_key', ['dedupeKey'], { unique: true })
export class Notification {
  /** UUIDv7: time-ordered (partition-ready). */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string | number | boolean | null>;

  @Column({ type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
