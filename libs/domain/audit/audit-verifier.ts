import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from './audit.service.js';
import { AUDIT_ROW_SQL, chainHash, GENESIS_HASH, type ChainRow } from './audit-chain.js';

export interface ChainVerdict {
  valid: boolean;
  /** Sealed rows whose hash was recomputed. */
  checked: number;
  /** Rows recorded but not sealed yet (the sealer runs about every second). */
  unsealed: number;
  firstBrokenId?: string;
}

type SealedRow = ChainRow & { chain_index: string; prev_hash: string; hash: string };

/** Walks the sealed chain in order and recomputes every hash; stops at the first break. */
@Injectable()
export class AuditVerifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** An admin's check, itself recorded in the trail. */
  async verifyAs(actor: Actor): Promise<ChainVerdict> {
    const verdict = await this.verify();
    await this.audit.record(actor, { action: 'audit.verify', outcome: verdict.valid ? 'success' : 'failure' });
    return verdict;
  }

  async verify(batch = 5000): Promise<ChainVerdict> {
    let prev = GENESIS_HASH;
    let expectedIndex = 1n;
    let checked = 0;
    for (;;) {
      const rows: SealedRow[] = await this.dataSource.query(
        `${AUDIT_ROW_SQL} WHERE chain_index >= $1 ORDER BY audit_events.chain_index LIMIT $2`,
        [expectedIndex.toString(), batch],
      );
      for (const row of rows) {
        // A missing index (a deleted row), a moved link or edited content all break here.
        const intact =
          BigInt(row.chain_index) === expectedIndex &&
          row.prev_hash === prev &&
          row.hash === chainHash(prev, row.chain_index, row);
        if (!intact) return { valid: false, checked, unsealed: await this.unsealed(), firstBrokenId: row.id };
        prev = row.hash;
        expectedIndex += 1n;
        checked += 1;
      }
      if (rows.length < batch) return { valid: true, checked, unsealed: await this.unsealed() };
    }
  }

  private async unsealed(): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_events WHERE chain_index IS NULL',
    );
    return n;
  }
}
