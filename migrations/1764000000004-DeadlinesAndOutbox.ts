import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deadlines and SLA policies, the outbox, and each organization's calendar and webhook. */
export class DeadlinesAndOutbox1764000000004 implements MigrationInterface {
  name = 'DeadlinesAndOutbox1764000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "deadlines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "policy" character varying(40) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "case_id" uuid, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "warn_at" TIMESTAMP(3) WITH TIME ZONE, "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "escalate_at" TIMESTAMP(3) WITH TIME ZONE, "state" character varying(12) NOT NULL DEFAULT 'pending', "level" smallint NOT NULL DEFAULT '0', "next_fire_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9b8551c028a78298641a8e3470" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "deadlines_next_fire_idx" ON "deadlines"  ("next_fire_at") WHERE next_fire_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "deadlines_case_idx" ON "deadlines"  ("case_id") `);
    await q.query(`CREATE INDEX "deadlines_subject_idx" ON "deadlines"  ("subject_type", "subject_id") `);
    await q.query(
      `CREATE TABLE "sla_policies" ("organization_id" uuid NOT NULL, "key" character varying(40) NOT NULL, "durations" jsonb NOT NULL, "clock" character varying(10) NOT NULL, "warning_ratio" numeric(4,3) NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69d157f3f6287a5893859c4750d" PRIMARY KEY ("organization_id", "key"))`,
    );
    await q.query(
      `CREATE TABLE "outbox" ("id" uuid NOT NULL, "topic" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP(3) WITH TIME ZONE, "processed_at" TIMESTAMP(3) WITH TIME ZONE, "failed_at" TIMESTAMP(3) WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "outbox_pending_idx" ON "outbox"  ("id") WHERE processed_at IS NULL AND failed_at IS NULL`,
    );
    await q.query(`ALTER TABLE "organizations" ADD "opens_at" character varying(5) NOT NULL DEFAULT '09:00'`);
    await q.query(`ALTER TABLE "organizations" ADD "closes_at" character varying(5) NOT NULL DEFAULT '18:00'`);
    await q.query(`ALTER TABLE "organizations" ADD "closed_dates" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "organizations" ADD "webhook_url" character varying(500)`);
    await q.query(`ALTER TABLE "organizations" ADD "webhook_secret" character varying(200)`);
    await q.query(
      `ALTER TABLE "deadlines" ADD CONSTRAINT "FK_c4c5c16bddde0fd75fc24ddd6c6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sla_policies" ADD CONSTRAINT "FK_1973f681b6f9bc14792491a70d1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sla_policies" DROP CONSTRAINT "FK_1973f681b6f9bc14792491a70d1"`);
    await q.query(`ALTER TABLE "deadlines" DROP CONSTRAINT "FK_c4c5c16bddde0fd75fc24ddd6c6"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "webhook_secret"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "webhook_url"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "closed_dates"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "closes_at"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "opens_at"`);
    await q.query(`DROP INDEX "public"."outbox_pending_idx"`);
    await q.query(`DROP TABLE "outbox"`);
    await q.query(`DROP TABLE "sla_policies"`);
    await q.query(`DROP INDEX "public"."deadlines_subject_idx"`);
    await q.query(`DROP INDEX "public"."deadlines_case_idx"`);
    await q.query(`DROP INDEX "public"."deadlines_next_fire_idx"`);
    await q.query(`DROP TABLE "deadlines"`);
  }
}
