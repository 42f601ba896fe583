import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { SignedIn } from './identity.factory.js';

/** An ISO time `minutes` from now (negative: in the past). */
export function minutesFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

/** Logs a consultation on a case through the API as `who`. */
export async function logConsultation(
  app: NestExpressApplication,
  who: SignedIn,
  caseId: string,
  fields: Record<string, unknown> = {},
) {
  const res = await request(app.getHttpServer())
    .post(`/api/v1/cases/${caseId}/consultations`)
    .set('Authorization', who.auth)
    .send({
      occurredAt: minutesFromNow(-30),
      channel: 'phone',
      language: 'vi',
      summary: 'Called about wages',
      ...fields,
    });
  if (res.status !== 201) throw new Error(`consultation: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; caseId: string; occurredAt: string } & Record<string, unknown>;
}

/** Logs a standalone (by default anonymous) consultation through the API as `who`. */
export async function logStandalone(app: NestExpressApplication, who: SignedIn, fields: Record<string, unknown> = {}) {
  const res = await request(app.getHttpServer())
    .post('/api/v1/consultations')
    .set('Authorization', who.auth)
    .send({
      occurredAt: minutesFromNow(-10),
      channel: 'line',
      language: 'vi',
      categories: ['wage_arrears'],
      summary: 'Asked whether unpaid overtime can be claimed',
      ...fields,
    });
  if (res.status !== 201) throw new Error(`standalone consultation: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; caseId: string | null } & Record<string, unknown>;
}

/** Schedules an accompaniment through the API as `who`. */
export async function scheduleAccompaniment(
  app: NestExpressApplication,
  who: SignedIn,
  caseId: string,
  escortId: string,
  fields: Record<string, unknown> = {},
) {
  const res = await request(app.getHttpServer())
    .post(`/api/v1/cases/${caseId}/accompaniments`)
    .set('Authorization', who.auth)
    .send({ scheduledAt: minutesFromNow(24 * 60), destination: 'labour_standards_office', escortId, ...fields });
  if (res.status !== 201) throw new Error(`accompaniment: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; status: string; version: number } & Record<string, unknown>;
}

/**
 * A legal assignment in a given state, written straight to the database: the legal capability
 * has tests of its own; here it only sets the stage for what a lawyer may do on a case.
 */
export async function assignLawyer(
  app: NestExpressApplication,
  caseId: string,
  lawyer: SignedIn,
  status: 'pending' | 'accepted' | 'declined' | 'completed' | 'withdrawn',
): Promise<string> {
  const [row] = await app.get(DataSource).query(
    `INSERT INTO legal_assignments (case_id, organization_id, lawyer_id, law_office_id, status, requested_by)
       SELECT c.id, c.organization_id, $2, $3, $4, c.owner_id FROM cases c WHERE c.id = $1 RETURNING id`,
    [caseId, lawyer.user.id, lawyer.user.organizationId, status],
  );
  return row.id;
}
