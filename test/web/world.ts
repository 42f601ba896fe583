import type { NestExpressApplication } from '@nestjs/platform-express';
import { createOrganization, createUser } from '../factories/identity.factory.js';

/** A small, realistically named cast, so that the screenshots read like a real desk. */
export async function createCast(app: NestExpressApplication) {
  const ngo = await createOrganization(app, 'ngo', { name: `Minato Migrant Worker Support Center ${suffix()}` });
  const law = await createOrganization(app, 'law_office', { name: `Shiba Labour Law Office ${suffix()}` });
  const embassy = await createOrganization(app, 'embassy', { name: `Embassy of Viet Nam ${suffix()}`, country: 'VN' });
  const person = (name: string) => ({
    displayName: name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}.${suffix()}@test.example.org`,
  });
  const desk = await createUser(app, 'desk_staff', ngo.id, { ...person('Yuki Sato'), locale: 'en' });
  const supervisor = await createUser(app, 'supervisor', ngo.id, { ...person('Haruto Tanaka'), locale: 'ja' });
  const lawyer = await createUser(app, 'lawyer', law.id, { ...person('Akiko Mori'), locale: 'en' });
  const officer = await createUser(app, 'embassy_officer', embassy.id, { ...person('Tran Minh Duc'), locale: 'en' });
  const admin = await createUser(app, 'admin', ngo.id, { ...person('Kenji Admin'), locale: 'en' });
  return { ngo, law, embassy, desk, supervisor, lawyer, officer, admin };
}

function suffix(): string {
  return Math.random().toString(36).slice(2, 6);
}
