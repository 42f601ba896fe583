import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Legal support, consents, embassy referrals with their threads, and in-app notifications. */
export class LegalConsentsReferrals1764000000003 implements MigrationInterface {
  name = 'LegalConsentsReferrals1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "recipient_organization_id" uuid NOT NULL, "fields" text array NOT NULL, "method" character varying(10) NOT NULL, "language" character varying(20) NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, "withdrawal_reason" text, CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "consents_recipient_idx" ON "consents"  ("recipient_organization_id") `);
    await q.query(`CREATE INDEX "consents_worker_idx" ON "consents"  ("worker_id") `);
    await q.query(
      `CREATE TABLE "legal_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "lawyer_id" uuid NOT NULL, "law_office_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "note" text, "requested_by" uuid NOT NULL, "conflict_warning" boolean NOT NULL DEFAULT false, "conflict_references" text array NOT NULL DEFAULT '{}', "reason" text, "outcome" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e0154e654d6253eb56116d5ff6a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "legal_assignments_office_status_idx" ON "legal_assignments"  ("law_office_id", "status") `,
    );
    await q.query(
      `CREATE INDEX "legal_assignments_lawyer_status_idx" ON "legal_assignments"  ("lawyer_id", "status") `,
    );
    await q.query(`CREATE INDEX "legal_assignments_case_idx" ON "legal_assignments"  ("case_id") `);
    await q.query(
      `CREATE TABLE "legal_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "lawyer_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30a5072f4a9ec86dbda98a77331" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "legal_reviews_case_idx" ON "legal_reviews"  ("case_id", "created_at") `);
    await q.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "subject_type" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications"  ("dedupe_key") `);
    await q.query(`CREATE INDEX "notifications_user_created_idx" ON "notifications"  ("user_id", "created_at") `);
    await q.query(
      `CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "embassy_id" uuid NOT NULL, "consent_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'sent', "reason" text NOT NULL, "message" text, "referred_by" uuid NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "referrals_organization_created_idx" ON "referrals"  ("organization_id", "created_at") `,
    );
    await q.query(`CREATE INDEX "referrals_case_idx" ON "referrals"  ("case_id") `);
    await q.query(`CREATE INDEX "referrals_embassy_status_idx" ON "referrals"  ("embassy_id", "status") `);
    await q.query(
      `CREATE TABLE "referral_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, "author_id" uuid NOT NULL, "author_organization_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_daf4d5cff5b08da926992f2acf8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "referral_messages_referral_idx" ON "referral_messages"  ("referral_id", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "FK_ba465267d131b0c18c71becf6a2" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "FK_27bf17fd31c3c4d0ae8160b71c2" FOREIGN KEY ("recipient_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "legal_assignments" ADD CONSTRAINT "FK_1b26807cd6b8a2c05bfbc66cad8" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "legal_assignments" ADD CONSTRAINT "FK_8479d7fd9cef35964d3222bfaab" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "legal_assignments" ADD CONSTRAINT "FK_ea2b18d222829a72d34ac756594" FOREIGN KEY ("lawyer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "legal_reviews" ADD CONSTRAINT "FK_8c3b24d1cf1c38b1f9c0781c8ed" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "legal_reviews" ADD CONSTRAINT "FK_d094407047c07ddf9cbeb3c6056" FOREIGN KEY ("assignment_id") REFERENCES "legal_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_68ab334842810ff933271725799" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_41cead41ec08592be294948c95d" FOREIGN KEY ("embassy_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_c8c8f479864d43b9fe0233065a4" FOREIGN KEY ("consent_id") REFERENCES "consents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "referral_messages" ADD CONSTRAINT "FK_0c48ba0f97ea219eefe21490fd4" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "referral_messages" DROP CONSTRAINT "FK_0c48ba0f97ea219eefe21490fd4"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_c8c8f479864d43b9fe0233065a4"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_41cead41ec08592be294948c95d"`);
    await q.query(`ALTER TABLE "referrals" DROP CONSTRAINT "FK_68ab334842810ff933271725799"`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await q.query(`ALTER TABLE "legal_reviews" DROP CONSTRAINT "FK_d094407047c07ddf9cbeb3c6056"`);
    await q.query(`ALTER TABLE "legal_reviews" DROP CONSTRAINT "FK_8c3b24d1cf1c38b1f9c0781c8ed"`);
    await q.query(`ALTER TABLE "legal_assignments" DROP CONSTRAINT "FK_ea2b18d222829a72d34ac756594"`);
    await q.query(`ALTER TABLE "legal_assignments" DROP CONSTRAINT "FK_8479d7fd9cef35964d3222bfaab"`);
    await q.query(`ALTER TABLE "legal_assignments" DROP CONSTRAINT "FK_1b26807cd6b8a2c05bfbc66cad8"`);
    await q.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_27bf17fd31c3c4d0ae8160b71c2"`);
    await q.query(`ALTER TABLE "consents" DROP CONSTRAINT "FK_ba465267d131b0c18c71becf6a2"`);
    await q.query(`DROP INDEX "public"."referral_messages_referral_idx"`);
    await q.query(`DROP TABLE "referral_messages"`);
    await q.query(`DROP INDEX "public"."referrals_embassy_status_idx"`);
    await q.query(`DROP INDEX "public"."referrals_case_idx"`);
    await q.query(`DROP INDEX "public"."referrals_organization_created_idx"`);
    await q.query(`DROP TABLE "referrals"`);
    await q.query(`DROP INDEX "public"."notifications_user_created_idx"`);
    await q.query(`DROP INDEX "public"."notifications_dedupe_key"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP INDEX "public"."legal_reviews_case_idx"`);
    await q.query(`DROP TABLE "legal_reviews"`);
    await q.query(`DROP INDEX "public"."legal_assignments_case_idx"`);
    await q.query(`DROP INDEX "public"."legal_assignments_lawyer_status_idx"`);
    await q.query(`DROP INDEX "public"."legal_assignments_office_status_idx"`);
    await q.query(`DROP TABLE "legal_assignments"`);
    await q.query(`DROP INDEX "public"."consents_worker_idx"`);
    await q.query(`DROP INDEX "public"."consents_recipient_idx"`);
    await q.query(`DROP TABLE "consents"`);
  }
}
