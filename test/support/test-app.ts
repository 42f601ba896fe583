import { expect } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type AppConfig } from '#config';
import { createApi } from '../../apps/api/src/create-api.js';

/**
 * The real api, configured exactly as in production, on the run's own database and queue
 * prefix. Its log lines go to a file per test file, which the log-hygiene test reads back.
 */
export async function startApi(
  env: Record<string, string | undefined> = {},
): Promise<{ app: NestExpressApplication; config: AppConfig }> {
  const name = (expect.getState().testPath ?? 'api').split('/').pop()?.replace(/\W+/g, '-');
  const config = loadConfig({ ...process.env, LOG_FILE: `${process.env.TEST_LOG_DIR}/${name}.log`, ...env });
  const app = await createApi(config);
  await app.init();
  return { app, config };
}
