import type pg from 'pg';
import { benchUuid } from './ids.js';

export interface BenchUser {
  id: string;
  email: string;
  role: 'desk_staff' | 'supervisor' | 'lawyer' | 'embassy_officer' | 'admin';
  organizationId: string;
}

export interface BenchOrganization {
  id: string;
  name: string;
  kind: 'ngo' | 'law_office' | 'embassy';
  /** The NGO's share of the cases. */
  share: number;
  staff: BenchUser[];
}

/** The shared password of every generated user (a benchmark data set holds no real person). */
export const BENCH_PASSWORD = 'bench-passphrase-for-load-tests-only';

const NGOS = [
  ['外国人労働者相談センター東海', 0.4],
  ['かながわ移住者支援ネット', 0.2],
  ['関西外国人労働者ユニオン', 0.15],
  ['北関東多文化共生ネットワーク', 0.1],
  ['九州移住労働者支援の会', 0.1],
  ['みやぎ外国人相談窓口', 0.05],
] as const;

/** Six NGOs of different sizes, a law office, an embassy, their staff and an admin. */
export function benchOrganizations(): BenchOrganization[] {
  let u = 0;
  const user = (org: string, role: BenchUser['role'], label: string): BenchUser => ({
    id: benchUuid('u', ++u),
    email: `${label}${u}@bench.madoguchi.example`,
    role,
    organizationId: org,
  });
  const orgs: BenchOrganization[] = NGOS.map(([name, share], k) => {
    const id = benchUuid('o', k + 1);
    const desk = Math.max(3, Math.round(share * 40));
    return {
      id,
      name,
      kind: 'ngo',
      share,
      staff: [
        user(id, 'supervisor', 'supervisor'),
        user(id, 'supervisor', 'supervisor'),
        ...Array.from({ length: desk }, () => user(id, 'desk_staff', 'desk')),
      ],
    };
  });
  const office = benchUuid('o', 100);
  const embassy = benchUuid('o', 101);
  orgs.push({
    id: office,
    name: '弁護士法人みどり総合法律事務所',
    kind: 'law_office',
    share: 0,
    staff: Array.from({ length: 6 }, () => user(office, 'lawyer', 'lawyer')),
  });
  orgs.push({
    id: embassy,
    name: 'Embassy of Viet Nam in Japan',
    kind: 'embassy',
    share: 0,
    staff: [user(embassy, 'embassy_officer', 'embassy'), user(embassy, 'embassy_officer', 'embassy')],
  });
  orgs[0].staff.push(user(orgs[0].id, 'admin', 'admin'));
  return orgs;
}

export async function insertOrganizations(client: pg.Client, orgs: BenchOrganization[], hash: string): Promise<void> {
  for (const o of orgs) {
    await client.query(`INSERT INTO organizations (id, name, kind, country) VALUES ($1, $2, $3, $4)`, [
      o.id,
      o.name,
      o.kind,
      o.kind === 'embassy' ? 'VN' : null,
    ]);
    for (const s of o.staff) {
      await client.query(
        `INSERT INTO users (id, email, display_name, password_hash, role, organization_id, locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [s.id, s.email, s.email.split('@')[0], hash, s.role, s.organizationId, o.kind === 'embassy' ? 'en' : 'ja'],
      );
    }
  }
}
