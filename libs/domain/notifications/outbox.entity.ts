import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type OutboxTopic = 'notification.deliver' | 'webhook.deliver';

/**
 * Work that must happen after a commit (delivering a notice by email, SSE or webhook),
 * written in the same transaction as its cause. The relay hands each row to BullMQ with the
 * row's id as the job id, again if the job was lost, until a consumer marks it processed.
 */
@Entity('outbox')
@Index('outbox_pending_idx', ['id'], { where: 'processed_at IS NULL AND failed_at IS NULL' })
// The admins' list of deliveries that gave up, newest first.
@Index('outbox_failed_idx', ['failedAt', 'id'], { where: 'failed_at IS NOT NULL' })
export class OutboxEntry {
  /** UUIDv7: relayed in creation order. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  topic: OutboxTopic;

  @Column({ type: 'jsonb' })
  payload: Record<string, string>;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  processedAt: Date | null;

  /** Set when a delivery gave up after its last retry; the relay leaves such rows alone. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  failedAt: Date | null;

  /**
   * The worker sending the entry now, and since when: a lease (DELIVERY_LEASE_MS), so that two
   * workers handed the same entry never both send it, and one that died mid-send is replaced.
   */
  @Column({ type: 'varchar', length: 100, nullable: true })
  claimedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
