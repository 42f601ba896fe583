import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';

/** Who holds a lease: unique per process, readable in the outbox (host and pid). */
export const DELIVERER_ID = `${hostname().slice(0, 60)}:${process.pid}:${randomBytes(3).toString('hex')}`;

export type Claim =
  | { kind: 'claimed'; payload: Record<string, string> }
  /** Already delivered, or given up: nothing to do. */
  | { kind: 'finished' }
  /** Another worker is sending it right now; look again when its lease ends. */
  | { kind: 'held'; until: Date };

/**
 * Leases on outbox entries. A job id makes a second enqueue a no-op only while the job
 * exists, and a relay re-offers what it cannot see finished, so the same entry can reach two
 * workers (two workers, a flushed Redis, a stalled job). The lease is taken by one UPDATE, so
 * at most one of them sends; one that dies mid-send loses the lease when it runs out.
 */
@Injectable()
export class OutboxClaims {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async claim(outboxId: string): Promise<Claim> {
    const [rows]: [{ payload: Record<string, string> }[]] = await this.dataSource.query(
      `UPDATE outbox SET claimed_by = $2, claimed_at = now()
        WHERE id = $1 AND processed_at IS NULL AND failed_at IS NULL
          AND (claimed_at IS NULL OR claimed_at < now() - make_interval(secs => $3::float8 / 1000))
        RETURNING payload`,
      [outboxId, DELIVERER_ID, this.config.deliveryLeaseMs],
    );
    if (rows.length) return { kind: 'claimed', payload: rows[0].payload };
    const [row]: { finished: boolean; until: Date | null }[] = await this.dataSource.query(
      `SELECT (processed_at IS NOT NULL OR failed_at IS NOT NULL) AS finished,
              claimed_at + make_interval(secs => $2::float8 / 1000) AS until
         FROM outbox WHERE id = $1`,
      [outboxId, this.config.deliveryLeaseMs],
    );
    if (!row || row.finished || !row.until) return { kind: 'finished' };
    return { kind: 'held', until: row.until };
  }

  /** Sent: the entry is done, and no relay offers it again. The claim stays, to tell who sent it. */
  async complete(outboxId: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox SET processed_at = now() WHERE id = $1 AND processed_at IS NULL`, [
      outboxId,
    ]);
  }

  /** The send failed: give the lease back at once, so that the retry is not held up by our own lease. */
  async release(outboxId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET claimed_by = NULL, claimed_at = NULL WHERE id = $1 AND claimed_by = $2`,
      [outboxId, DELIVERER_ID],
    );
  }
}
