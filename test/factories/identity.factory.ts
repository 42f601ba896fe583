import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { systemActor, type OrganizationKind, type Role } from '#access';
import { UsersService, type OrganizationView, type UserView } from '#domain/identity';
import { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'correct horse battery staple 2026';

/** A unique suffix, so that test files sharing a database never collide on emails or names. */
export function unique(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

export async function createOrganization(
  app: NestExpressApplication,
  kind: OrganizationKind,
  overrides: { name?: string; country?: string } = {},
): Promise<OrganizationView> {
  // Created straight in the database: organizations are an admin's business, not the test's subject.
  const dataSource = app.get(DataSource);
  const [row] = await dataSource.query(
    `INSERT INTO organizations (name, kind, country) VALUES ($1, $2, $3) RETURNING id, name, kind, country, timezone, created_at`,
    [overrides.name ?? unique(kind), kind, overrides.country ?? (kind === 'embassy' ? 'VN' : null)],
  );
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    country: row.country,
    timezone: row.timezone,
    createdAt: row.created_at,
  };
}

export async function createUser(
  app: NestExpressApplication,
  role: Role,
  organizationId: string,
  overrides: { email?: string; displayName?: string; locale?: string } = {},
): Promise<UserView> {
  return app.get(UsersService).create(systemActor('test'), {
    email: overrides.email ?? `${unique(role)}@test.example.org`,
    displayName: overrides.displayName ?? unique(role),
    password: TEST_PASSWORD,
    role,
    organizationId,
    locale: overrides.locale ?? 'ja',
  });
}

export interface SignedIn {
  user: UserView;
  accessToken: string;
  refreshToken: string;
  /** `Authorization` header value. */
  auth: string;
}

export async function signIn(app: NestExpressApplication, user: UserView, password = TEST_PASSWORD): Promise<SignedIn> {
  const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email: user.email, password });
  if (res.status !== 200) throw new Error(`sign-in of ${user.email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {
    user,
    accessToken: res.body.accessToken,
    refreshToken: res.body.refreshToken,
    auth: `Bearer ${res.body.accessToken}`,
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * Two NGOs, two law offices and two embassies, and a signed-in user of every role in each
 * organization a role fits: the cast of every authorization test.
 */
export async function createWorld(app: NestExpressApplication) {
  const ngoA = await createOrganization(app, 'ngo');
  const ngoB = await createOrganization(app, 'ngo');
  const lawA = await createOrganization(app, 'law_office');
  const lawB = await createOrganization(app, 'law_office');
  const embassyVN = await createOrganization(app, 'embassy', { country: 'VN' });
  const embassyPH = await createOrganization(app, 'embassy', { country: 'PH' });
  const make = async (role: Role, org: OrganizationView) => signIn(app, await createUser(app, role, org.id));
  const [admin, deskA, supA, deskB, supB, lawyerA, lawyerB, officerVN, officerPH] = await Promise.all([
    make('admin', ngoA),
    make('desk_staff', ngoA),
    make('supervisor', ngoA),
    make('desk_staff', ngoB),
    make('supervisor', ngoB),
    make('lawyer', lawA),
    make('lawyer', lawB),
    make('embassy_officer', embassyVN),
    make('embassy_officer', embassyPH),
  ]);
  return {
    orgs: { ngoA, ngoB, lawA, lawB, embassyVN, embassyPH },
    users: { admin, deskA, supA, deskB, supB, lawyerA, lawyerB, officerVN, officerPH },
  };
}
