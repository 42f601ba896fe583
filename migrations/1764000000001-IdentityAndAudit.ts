import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '../libs/database/app-role.js';

/**
 * Organizations, users, refresh tokens and the audit trail, plus the database role the
 * application runs as. That role may read and write the tables but is not their owner, so it
 * cannot disable the audit trail's append-only trigger.
 */
export class IdentityAndAudit1764000000001 implements MigrationInterface {
  name = 'IdentityAndAudit1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_DATABASE_ROLE}') THEN
        CREATE ROLE ${APP_DATABASE_ROLE} NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_DATABASE_ROLE}`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_DATABASE_ROLE}`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_DATABASE_ROLE}`);

    await q.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL, "seq" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_type" character varying(16) NOT NULL, "actor_id" uuid, "actor_role" character varying(20), "actor_organization_id" uuid, "action" character varying(64) NOT NULL, "outcome" character varying(16) NOT NULL, "subject_type" character varying(40), "subject_id" uuid, "subject_organization_id" uuid, "changed_fields" text array NOT NULL DEFAULT '{}', "ip" character varying(64), "user_agent" character varying(512), "request_id" character varying(128), "chain_index" bigint, "prev_hash" character(64), "hash" character(64), "sealed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "audit_events_seq_key" ON "audit_events"  ("seq") `);
    await q.query(`CREATE UNIQUE INDEX "audit_events_chain_index_key" ON "audit_events"  ("chain_index") `);
    await q.query(`CREATE INDEX "audit_events_unsealed_idx" ON "audit_events"  ("seq") WHERE chain_index IS NULL`);
    await q.query(`CREATE INDEX "audit_events_actor_seq_idx" ON "audit_events"  ("actor_id", "seq") `);
    await q.query(
      `CREATE INDEX "audit_events_subject_org_seq_idx" ON "audit_events"  ("subject_organization_id", "seq") `,
    );
    await q.query(`CREATE INDEX "audit_events_subject_idx" ON "audit_events"  ("subject_type", "subject_id") `);
    await q.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "country" character(2), "timezone" character varying(64) NOT NULL DEFAULT 'Asia/Tokyo', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" character varying(20) NOT NULL, "organization_id" uuid NOT NULL, "locale" character varying(16) NOT NULL DEFAULT 'ja', "active" boolean NOT NULL DEFAULT true, "token_version" integer NOT NULL DEFAULT '1', "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await q.query(`CREATE INDEX "users_organization_id_idx" ON "users"  ("organization_id") `);
    await q.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens"  ("family_id") `);
    await q.query(`CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens"  ("token_hash") `);
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`GRANT SELECT ON migrations TO ${APP_DATABASE_ROLE}`);
    // The trail is append-only for the application: it may insert, and fill the seal columns once.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${APP_DATABASE_ROLE}`);
    await q.query(`GRANT UPDATE (chain_index, prev_hash, hash, sealed_at) ON audit_events TO ${APP_DATABASE_ROLE}`);
    await q.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.chain_index IS NULL AND NEW.chain_index IS NOT NULL
           AND (to_jsonb(NEW) - ARRAY['chain_index', 'prev_hash', 'hash', 'sealed_at'])
             = (to_jsonb(OLD) - ARRAY['chain_index', 'prev_hash', 'hash', 'sealed_at']) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_events_no_truncate ON audit_events`);
    await q.query(`DROP TRIGGER audit_events_append_only ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
    await q.query(`DROP INDEX "public"."refresh_tokens_token_hash_key"`);
    await q.query(`DROP INDEX "public"."refresh_tokens_user_id_idx"`);
    await q.query(`DROP INDEX "public"."refresh_tokens_family_id_idx"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP INDEX "public"."users_organization_id_idx"`);
    await q.query(`DROP INDEX "public"."users_email_key"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "organizations"`);
    await q.query(`DROP INDEX "public"."audit_events_subject_idx"`);
    await q.query(`DROP INDEX "public"."audit_events_subject_org_seq_idx"`);
    await q.query(`DROP INDEX "public"."audit_events_actor_seq_idx"`);
    await q.query(`DROP INDEX "public"."audit_events_unsealed_idx"`);
    await q.query(`DROP INDEX "public"."audit_events_chain_index_key"`);
    await q.query(`DROP INDEX "public"."audit_events_seq_key"`);
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_DATABASE_ROLE}`,
    );
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_DATABASE_ROLE}`,
    );
    await q.query(`REVOKE ALL ON migrations FROM ${APP_DATABASE_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_DATABASE_ROLE}`);
  }
}
