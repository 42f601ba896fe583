import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { loadConfigOrStop } from '#config';
import { migrate } from '#database';
import { createApi } from '../apps/api/src/create-api.js';

/**
 * `npm run web:client` (step 1): boots the api module in-process, without listening, and writes
 * its OpenAPI document to apps/web/src/api/openapi.json, from which openapi-typescript generates
 * the web app's typed client. Needs Postgres and Redis, like the api itself; the generated
 * schema.d.ts is committed so that building the web app needs neither.
 */
const out = new URL('../../apps/web/src/api/openapi.json', import.meta.url);
const config = loadConfigOrStop('export-openapi', { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
await migrate(config.databaseUrl);
const app = await createApi(config);
await app.init();
try {
  // The same document /api/docs-json serves: the routes with their DTOs, under the global prefix.
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Madoguchi API').setVersion('1').addBearerAuth().build(),
  );
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`export-openapi: ${Object.keys(document.paths).length} paths written to ${out.pathname}\n`);
} finally {
  await app.close();
}
