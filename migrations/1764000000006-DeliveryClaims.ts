import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Delivery leases on outbox entries (at most one worker sends each) and the admins' failed-delivery list. */
export class DeliveryClaims1764000000006 implements MigrationInterface {
  name = 'DeliveryClaims1764000000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox" ADD "claimed_by" character varying(100)`);
    await q.query(`ALTER TABLE "outbox" ADD "claimed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await q.query(`CREATE INDEX "outbox_failed_idx" ON "outbox"  ("failed_at", "id") WHERE failed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."outbox_failed_idx"`);
    await q.query(`ALTER TABLE "outbox" DROP COLUMN "claimed_at"`);
    await q.query(`ALTER TABLE "outbox" DROP COLUMN "claimed_by"`);
  }
}
