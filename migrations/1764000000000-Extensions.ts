import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions the schema relies on: UUIDs, trigram search and accent folding. */
export class Extensions1764000000000 implements MigrationInterface {
  name = 'Extensions1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP EXTENSION IF EXISTS unaccent');
    await q.query('DROP EXTENSION IF EXISTS pg_trgm');
    await q.query('DROP EXTENSION IF EXISTS pgcrypto');
  }
}
