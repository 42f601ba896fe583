import type { OrganizationKind, Role } from '#access';

/**
 * The organizations and staff of the demo, found or created by name and email so that seeding
 * twice adds nothing. Demo mode only: these logins are printed at start-up and must never
 * exist on a real installation.
 */
export const DEMO_PASSWORD = 'madoguchi-demo-2026';

export interface DemoOrganization {
  key: string;
  name: string;
  kind: OrganizationKind;
  country?: string;
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  organization: string;
  locale: 'ja' | 'en';
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  { key: 'minato', name: 'みなと外国人労働者支援センター (Minato Migrant Workers Support Center)', kind: 'ngo' },
  { key: 'kansai', name: '関西外国人労働者ネットワーク (Kansai Migrant Workers Network)', kind: 'ngo' },
  { key: 'sakura-law', name: 'さくら法律事務所 (Sakura Law Office)', kind: 'law_office' },
  { key: 'embassy-vn', name: 'Embassy of the Socialist Republic of Viet Nam in Japan', kind: 'embassy', country: 'VN' },
  { key: 'embassy-ph', name: 'Embassy of the Philippines in Tokyo', kind: 'embassy', country: 'PH' },
  { key: 'embassy-id', name: 'Embassy of the Republic of Indonesia in Tokyo', kind: 'embassy', country: 'ID' },
  { key: 'embassy-np', name: 'Embassy of Nepal in Tokyo', kind: 'embassy', country: 'NP' },
  {
    key: 'embassy-mm',
    name: 'Embassy of the Republic of the Union of Myanmar in Tokyo',
    kind: 'embassy',
    country: 'MM',
  },
  {
    key: 'embassy-bd',
    name: 'Embassy of the People’s Republic of Bangladesh in Tokyo',
    kind: 'embassy',
    country: 'BD',
  },
];

const domain = 'demo.madoguchi.example';

export const DEMO_USERS: readonly DemoUser[] = [
  { email: `admin@${domain}`, displayName: '管理者 (Admin)', role: 'admin', organization: 'minato', locale: 'ja' },
  { email: `supervisor@${domain}`, displayName: '田中 健二', role: 'supervisor', organization: 'minato', locale: 'ja' },
  { email: `desk@${domain}`, displayName: '佐藤 結衣', role: 'desk_staff', organization: 'minato', locale: 'ja' },
  { email: `desk2@${domain}`, displayName: 'Lan Pham', role: 'desk_staff', organization: 'minato', locale: 'en' },
  { email: `desk3@${domain}`, displayName: '鈴木 大輔', role: 'desk_staff', organization: 'minato', locale: 'ja' },
  {
    email: `kansai-supervisor@${domain}`,
    displayName: '山田 美咲',
    role: 'supervisor',
    organization: 'kansai',
    locale: 'ja',
  },
  {
    email: `kansai-desk@${domain}`,
    displayName: 'Maria Lopez',
    role: 'desk_staff',
    organization: 'kansai',
    locale: 'en',
  },
  {
    email: `lawyer@${domain}`,
    displayName: '弁護士 山本 明',
    role: 'lawyer',
    organization: 'sakura-law',
    locale: 'ja',
  },
  {
    email: `lawyer2@${domain}`,
    displayName: '弁護士 小林 彩',
    role: 'lawyer',
    organization: 'sakura-law',
    locale: 'ja',
  },
  ...['vn', 'ph', 'id', 'np', 'mm', 'bd'].map((c): DemoUser => ({
    email: `embassy-${c}@${domain}`,
    displayName: `Consular officer (${c.toUpperCase()})`,
    role: 'embassy_officer',
    organization: `embassy-${c}`,
    locale: 'en',
  })),
];

/** One login of each role, as printed at start-up. */
export const DEMO_LOGINS: readonly { role: Role; email: string }[] = (
  ['admin', 'supervisor', 'desk_staff', 'lawyer', 'embassy_officer'] as const
).map((role) => ({ role, email: DEMO_USERS.find((u) => u.role === role)!.email }));
