import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consultations (on a case or standalone, promotable) and accompaniments with their status machine. */
export class ConsultationsAccompaniments1764000000005 implements MigrationInterface {
  name = 'ConsultationsAccompaniments1764000000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "case_id" uuid, "worker_id" uuid, "anonymous_label" character varying(100), "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "channel" character varying(20) NOT NULL, "language" character varying(20) NOT NULL, "interpreter_used" boolean NOT NULL DEFAULT false, "interpreter_name" character varying(200), "duration_minutes" integer, "categories" text array NOT NULL DEFAULT '{}', "summary" text NOT NULL, "follow_up_at" TIMESTAMP WITH TIME ZONE, "logged_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "consultations_worker_idx" ON "consultations"  ("worker_id") `);
    await q.query(`CREATE INDEX "consultations_case_occurred_idx" ON "consultations"  ("case_id", "occurred_at") `);
    await q.query(
      `CREATE INDEX "consultations_organization_occurred_idx" ON "consultations"  ("organization_id", "occurred_at", "id") `,
    );
    await q.query(
      `CREATE TABLE "accompaniments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "scheduled_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "destination" character varying(30) NOT NULL, "escort_id" uuid NOT NULL, "notes" text, "status" character varying(12) NOT NULL DEFAULT 'scheduled', "outcome" text, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4dbcf4cae506998694947b81976" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "accompaniments_escort_scheduled_idx" ON "accompaniments"  ("escort_id", "scheduled_at") `,
    );
    await q.query(
      `CREATE INDEX "accompaniments_status_scheduled_idx" ON "accompaniments"  ("status", "scheduled_at") `,
    );
    await q.query(`CREATE INDEX "accompaniments_case_scheduled_idx" ON "accompaniments"  ("case_id", "scheduled_at") `);
    await q.query(
      `ALTER TABLE "consultations" ADD CONSTRAINT "FK_31b9c1a0da7d02dd0a1ff6106e7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "consultations" ADD CONSTRAINT "FK_a3a19f061256ad9ab5b18ae1b85" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "consultations" ADD CONSTRAINT "FK_d623b1100aa156d4a76c3805f33" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "accompaniments" ADD CONSTRAINT "FK_0004c17f708ef62edbea4735e33" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "accompaniments" ADD CONSTRAINT "FK_69adde360c9b2b0da4e2788c8f1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "accompaniments" ADD CONSTRAINT "FK_22ee3732ae3581bef5117efdbe2" FOREIGN KEY ("escort_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "accompaniments" DROP CONSTRAINT "FK_22ee3732ae3581bef5117efdbe2"`);
    await q.query(`ALTER TABLE "accompaniments" DROP CONSTRAINT "FK_69adde360c9b2b0da4e2788c8f1"`);
    await q.query(`ALTER TABLE "accompaniments" DROP CONSTRAINT "FK_0004c17f708ef62edbea4735e33"`);
    await q.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_d623b1100aa156d4a76c3805f33"`);
    await q.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_a3a19f061256ad9ab5b18ae1b85"`);
    await q.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_31b9c1a0da7d02dd0a1ff6106e7"`);
    await q.query(`DROP INDEX "public"."accompaniments_case_scheduled_idx"`);
    await q.query(`DROP INDEX "public"."accompaniments_status_scheduled_idx"`);
    await q.query(`DROP INDEX "public"."accompaniments_escort_scheduled_idx"`);
    await q.query(`DROP TABLE "accompaniments"`);
    await q.query(`DROP INDEX "public"."consultations_organization_occurred_idx"`);
    await q.query(`DROP INDEX "public"."consultations_case_occurred_idx"`);
    await q.query(`DROP INDEX "public"."consultations_worker_idx"`);
    await q.query(`DROP TABLE "consultations"`);
  }
}
