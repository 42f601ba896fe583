import type { Nationality } from './corpus.js';
import {
  NATIONALITIES,
  PREFECTURE,
  RESIDENCE,
  SECTOR,
  SENDING_AGENCIES,
  SUPPORT_ORGANIZATIONS,
  employerName,
} from './corpus.js';
import { phoneDigits, searchText } from '#domain/common';
import { Json, type CopyValue } from './copy.js';
import { benchUuid } from './ids.js';
import { Rng, Weighted } from './random.js';

const NATIONALITY = new Weighted(NATIONALITIES);
const GENDER = new Weighted([
  ['female', 45],
  ['male', 52],
  ['undisclosed', 3],
] as const);

export const WORKER_COLUMNS = [
  'id',
  'organization_id',
  'full_name',
  'name_katakana',
  'alias',
  'nationality',
  'preferred_language',
  'gender',
  'date_of_birth',
  'residence_status',
  'residence_card_expiry',
  'prefecture',
  'phone',
  'email',
  'messaging_contacts',
  'employer',
  'support_organization',
  'sending_agency',
  'notes',
  'search_text',
  'created_by',
  'version',
  'created_at',
  'updated_at',
];

/** What the cases of a worker need to know about them. */
export interface WorkerFacts {
  id: string;
  nationality: Nationality;
  prefecture: string;
  employer: string;
}

/** The n-th worker of the data set: a row as WorkersService.register would write it. */
export function workerRow(
  rng: Rng,
  n: number,
  organizationId: string,
  createdBy: string,
  createdAt: Date,
): { row: CopyValue[]; facts: WorkerFacts } {
  const nat = NATIONALITY.pick(rng);
  const f = rng.int(0, nat.family.length - 1);
  const g = rng.int(0, nat.given.length - 1);
  const fullName = nat.familyFirst ? `${nat.family[f]} ${nat.given[g]}` : `${nat.given[g]} ${nat.family[f]}`;
  const kana =
    nat.familyKana && nat.givenKana
      ? nat.familyFirst
        ? `${nat.familyKana[f]}・${nat.givenKana[g]}`
        : `${nat.givenKana[g]}・${nat.familyKana[f]}`
      : null;
  const alias = rng.chance(0.05) ? nat.given[g].split(' ').pop()! : null;
  const phone = rng.chance(0.8) ? `090-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}` : null;
  const email = rng.chance(0.2) ? `worker${n}@example.net` : null;
  const prefecture = PREFECTURE.pick(rng);
  const employer = employerName(rng);
  const born = new Date(Date.UTC(rng.int(1972, 2005), rng.int(0, 11), rng.int(1, 28)));
  const expiry = new Date(createdAt.getTime() + rng.int(30, 1000) * 86_400_000);
  const id = benchUuid('w', n);
  const row: CopyValue[] = [
    id,
    organizationId,
    fullName,
    kana,
    alias,
    nat.code,
    nat.language,
    GENDER.pick(rng),
    born.toISOString().slice(0, 10),
    RESIDENCE.pick(rng),
    expiry.toISOString().slice(0, 10),
    prefecture,
    phone,
    email,
    new Json(
      phone && rng.chance(0.6)
        ? [{ app: nat.app, handle: `${nat.given[g].toLowerCase().replace(/\s/g, '')}${n}` }]
        : [],
    ),
    new Json({ name: employer, sector: SECTOR.pick(rng), prefecture }),
    rng.chance(0.5) ? rng.pick(SUPPORT_ORGANIZATIONS) : null,
    rng.chance(0.4) ? rng.pick(SENDING_AGENCIES) : null,
    null,
    `${searchText(fullName, kana, alias, email)} ${phoneDigits(phone)}`.trim(),
    createdBy,
    1,
    createdAt,
    createdAt,
  ];
  return { row, facts: { id, nationality: nat, prefecture, employer } };
}
