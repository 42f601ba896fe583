import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { SignedIn } from './identity.factory.js';

/** Registers a worker through the API as `who`; fields may be overridden. */
export async function registerWorker(app: NestExpressApplication, who: SignedIn, fields: Record<string, unknown> = {}) {
  const res = await request(app.getHttpServer())
    .post('/api/v1/workers')
    .set('Authorization', who.auth)
    .send({
      fullName: 'Nguyễn Văn An',
      nameKatakana: 'グエン・ヴァン・アン',
      nationality: 'VN',
      preferredLanguage: 'vi',
      ...fields,
    });
  if (res.status !== 201) throw new Error(`worker: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; organizationId: string } & Record<string, unknown>;
}

/** Opens a case through the API as `who` for the given worker. */
export async function openCase(
  app: NestExpressApplication,
  who: SignedIn,
  workerId: string,
  fields: Record<string, unknown> = {},
) {
  const res = await request(app.getHttpServer())
    .post('/api/v1/cases')
    .set('Authorization', who.auth)
    .send({
      workerId,
      title: '残業代の未払い',
      summary: 'Unpaid overtime since April',
      categories: ['unpaid_overtime'],
      urgency: 'normal',
      ...fields,
    });
  if (res.status !== 201) throw new Error(`case: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as {
    id: string;
    reference: string;
    version: number;
    status: string;
    organizationId: string;
  } & Record<string, unknown>;
}
