import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workers and cases: the consulting desk's records, with their search indexes. */
export class WorkersAndCases1764000000002 implements MigrationInterface {
  name = 'WorkersAndCases1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "workers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "full_name" character varying(200) NOT NULL, "name_katakana" character varying(200), "alias" character varying(200), "nationality" character(2) NOT NULL, "preferred_language" character varying(20) NOT NULL, "gender" character varying(20), "date_of_birth" date, "residence_status" character varying(60), "residence_card_expiry" date, "prefecture" character varying(20), "phone" character varying(40), "email" character varying(320), "messaging_contacts" jsonb NOT NULL DEFAULT '[]', "employer" jsonb, "support_organization" character varying(200), "sending_agency" character varying(200), "notes" text, "search_text" text NOT NULL, "created_by" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e950c9aba3bd84a4f193058d838" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "workers_organization_created_idx" ON "workers"  ("organization_id", "created_at") `);
    await q.query(
      `CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "reference" character varying(20) NOT NULL, "worker_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "summary" text, "categories" text array NOT NULL, "urgency" character varying(10) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'open', "sensitivity" character varying(12) NOT NULL DEFAULT 'normal', "owner_id" uuid NOT NULL, "next_follow_up_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "closure_reason" text, "outcome" jsonb, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search_text" text NOT NULL, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "cases_owner_idx" ON "cases"  ("owner_id") `);
    await q.query(`CREATE INDEX "cases_worker_idx" ON "cases"  ("worker_id") `);
    await q.query(`CREATE INDEX "cases_organization_created_idx" ON "cases"  ("organization_id", "created_at", "id") `);
    await q.query(
      `CREATE UNIQUE INDEX "cases_organization_reference_key" ON "cases"  ("organization_id", "reference") `,
    );
    await q.query(
      `CREATE TABLE "case_collaborators" ("case_id" uuid NOT NULL, "user_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9bbef98e9ebd7c3f17127f1c85b" PRIMARY KEY ("case_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "case_collaborators_user_idx" ON "case_collaborators"  ("user_id") `);
    await q.query(
      `CREATE TABLE "case_reference_counters" ("organization_id" uuid NOT NULL, "year" integer NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_835c752d34fc283481e3058de9a" PRIMARY KEY ("organization_id", "year"))`,
    );
    await q.query(
      `CREATE TABLE "case_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "case_events_case_at_idx" ON "case_events"  ("case_id", "at") `);
    await q.query(
      `ALTER TABLE "workers" ADD CONSTRAINT "FK_916af93a41cdfb2d0dfeef927bf" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_c47a144982a0234b25f91e07717" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_de5cf73ed26ea8ff6a58b5ecabd" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_db631d0b7f9d9ed808d6a51331c" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "case_collaborators" ADD CONSTRAINT "FK_08d746ac1865cb2dcafde376059" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "case_collaborators" ADD CONSTRAINT "FK_baad2fcb588673de288c8627854" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "case_reference_counters" ADD CONSTRAINT "FK_6e71709db883a9e07c0ab85346e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Partial matches in any script (Japanese has no spaces): trigram indexes on normalized text.
    await q.query(`CREATE INDEX "workers_search_text_trgm_idx" ON "workers" USING gin ("search_text" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "cases_search_text_trgm_idx" ON "cases" USING gin ("search_text" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "cases_categories_gin_idx" ON "cases" USING gin ("categories")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "cases_categories_gin_idx"`);
    await q.query(`DROP INDEX "cases_search_text_trgm_idx"`);
    await q.query(`DROP INDEX "workers_search_text_trgm_idx"`);
    await q.query(`ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"`);
    await q.query(`ALTER TABLE "case_reference_counters" DROP CONSTRAINT "FK_6e71709db883a9e07c0ab85346e"`);
    await q.query(`ALTER TABLE "case_collaborators" DROP CONSTRAINT "FK_baad2fcb588673de288c8627854"`);
    await q.query(`ALTER TABLE "case_collaborators" DROP CONSTRAINT "FK_08d746ac1865cb2dcafde376059"`);
    await q.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_db631d0b7f9d9ed808d6a51331c"`);
    await q.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_de5cf73ed26ea8ff6a58b5ecabd"`);
    await q.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_c47a144982a0234b25f91e07717"`);
    await q.query(`ALTER TABLE "workers" DROP CONSTRAINT "FK_916af93a41cdfb2d0dfeef927bf"`);
    await q.query(`DROP INDEX "public"."case_events_case_at_idx"`);
    await q.query(`DROP TABLE "case_events"`);
    await q.query(`DROP TABLE "case_reference_counters"`);
    await q.query(`DROP INDEX "public"."case_collaborators_user_idx"`);
    await q.query(`DROP TABLE "case_collaborators"`);
    await q.query(`DROP INDEX "public"."cases_organization_reference_key"`);
    await q.query(`DROP INDEX "public"."cases_organization_created_idx"`);
    await q.query(`DROP INDEX "public"."cases_worker_idx"`);
    await q.query(`DROP INDEX "public"."cases_owner_idx"`);
    await q.query(`DROP TABLE "cases"`);
    await q.query(`DROP INDEX "public"."workers_organization_created_idx"`);
    await q.query(`DROP TABLE "workers"`);
  }
}
