/**
 * The people of the demo desk: invented names in the naming customs of the largest groups of
 * foreign workers in Japan, each with the language a desk would speak with them and the
 * messaging app they would most likely use. None of these people exist.
 */
type Part = readonly [name: string, katakana: string];

export interface Nationality {
  country: string;
  language: string;
  /** Relative weight, roughly following the foreign-worker population of Japan. */
  weight: number;
  app: 'zalo' | 'facebook_messenger' | 'whatsapp' | 'viber' | 'line';
  /** Family name first (Viet Nam, China) or last; names are joined with `join`. */
  familyFirst: boolean;
  join: string;
  family: readonly Part[];
  given: readonly Part[];
}

export const NATIONALITIES: readonly Nationality[] = [
  {
    country: 'VN',
    language: 'vi',
    weight: 30,
    app: 'zalo',
    familyFirst: true,
    join: ' ',
    family: [
      ['Nguyễn', 'グエン'],
      ['Trần', 'チャン'],
      ['Lê', 'レ'],
      ['Phạm', 'ファム'],
      ['Hoàng', 'ホアン'],
      ['Vũ', 'ヴー'],
      ['Đặng', 'ダン'],
      ['Bùi', 'ブイ'],
      ['Đỗ', 'ドー'],
      ['Ngô', 'ゴー'],
    ],
    given: [
      ['Văn An', 'ヴァン・アン'],
      ['Thị Hoa', 'ティ・ホア'],
      ['Văn Minh', 'ヴァン・ミン'],
      ['Thị Lan', 'ティ・ラン'],
      ['Đức Thắng', 'ドゥック・タン'],
      ['Thị Mai', 'ティ・マイ'],
      ['Quốc Huy', 'クオック・フイ'],
      ['Thị Thu', 'ティ・トゥー'],
      ['Văn Nam', 'ヴァン・ナム'],
      ['Thị Hạnh', 'ティ・ハイン'],
      ['Thị Ngọc Anh', 'ティ・ゴック・アイン'],
      ['Văn Tùng', 'ヴァン・トゥン'],
    ],
  },
  {
    country: 'PH',
    language: 'tl',
    weight: 12,
    app: 'facebook_messenger',
    familyFirst: false,
    join: ' ',
    family: [
      ['Santos', 'サントス'],
      ['Reyes', 'レイエス'],
      ['Dela Cruz', 'デラクルス'],
      ['Bautista', 'バウティスタ'],
      ['Villanueva', 'ビリャヌエバ'],
      ['Mendoza', 'メンドーサ'],
      ['Aquino', 'アキノ'],
    ],
    given: [
      ['Maria Cristina', 'マリア・クリスティナ'],
      ['Jose Miguel', 'ホセ・ミゲル'],
      ['Angelica', 'アンジェリカ'],
      ['Mark Anthony', 'マーク・アンソニー'],
      ['Rowena', 'ロウェナ'],
      ['Jerome', 'ジェローム'],
      ['Liza', 'リザ'],
    ],
  },
  {
    country: 'ID',
    language: 'id',
    weight: 12,
    app: 'whatsapp',
    familyFirst: false,
    join: ' ',
    family: [
      ['Rahayu', 'ラハユ'],
      ['Santoso', 'サントソ'],
      ['Lestari', 'レスタリ'],
      ['Setiawan', 'セティアワン'],
      ['Wulandari', 'ウランダリ'],
      ['Prasetyo', 'プラセティヨ'],
    ],
    given: [
      ['Siti', 'シティ'],
      ['Budi', 'ブディ'],
      ['Dewi', 'デウィ'],
      ['Agus', 'アグス'],
      ['Rina', 'リナ'],
      ['Eko', 'エコ'],
    ],
  },
  {
    country: 'NP',
    language: 'ne',
    weight: 9,
    app: 'viber',
    familyFirst: false,
    join: ' ',
    family: [
      ['Gurung', 'グルン'],
      ['Thapa', 'タパ'],
      ['Shrestha', 'シュレスタ'],
      ['Tamang', 'タマン'],
      ['Rai', 'ライ'],
    ],
    given: [
      ['Ram Bahadur', 'ラム・バハドゥル'],
      ['Sita Kumari', 'シタ・クマリ'],
      ['Bikash', 'ビカス'],
      ['Anita', 'アニタ'],
      ['Suman', 'スマン'],
    ],
  },
  {
    country: 'MM',
    language: 'my',
    weight: 8,
    app: 'viber',
    // Burmese names have no family name: two given parts make one name.
    familyFirst: true,
    join: ' ',
    family: [
      ['Aung', 'アウン'],
      ['Thandar', 'タンダー'],
      ['Zaw', 'ゾー'],
      ['Ei Ei', 'エイエイ'],
      ['Kyaw', 'チョー'],
    ],
    given: [
      ['Ko Ko', 'コーコー'],
      ['Hlaing', 'フライン'],
      ['Min Htet', 'ミン・テッ'],
      ['Phyo', 'ピョー'],
      ['Zin Oo', 'ジン・ウー'],
    ],
  },
  {
    country: 'BD',
    language: 'bn',
    weight: 5,
    app: 'whatsapp',
    familyFirst: false,
    join: ' ',
    family: [
      ['Uddin', 'ウディン'],
      ['Akter', 'アクター'],
      ['Karim', 'カリム'],
      ['Jahan', 'ジャハン'],
    ],
    given: [
      ['Mohammad Rahim', 'モハマド・ラヒム'],
      ['Fatema', 'ファテマ'],
      ['Abdul', 'アブドゥル'],
      ['Nusrat', 'ヌスラト'],
    ],
  },
  {
    country: 'CN',
    language: 'zh',
    weight: 10,
    app: 'line',
    familyFirst: true,
    join: '',
    family: [
      ['王', 'ワン'],
      ['李', 'リー'],
      ['张', 'ジャン'],
      ['刘', 'リウ'],
    ],
    given: [
      ['芳', 'ファン'],
      ['伟', 'ウェイ'],
      ['敏', 'ミン'],
      ['洋', 'ヤン'],
    ],
  },
  {
    country: 'BR',
    language: 'pt',
    weight: 5,
    app: 'whatsapp',
    familyFirst: false,
    join: ' ',
    family: [
      ['Oliveira', 'オリヴェイラ'],
      ['Silva', 'シルバ'],
      ['Costa', 'コスタ'],
    ],
    given: [
      ['Ana Paula', 'アナ・パウラ'],
      ['Carlos Eduardo', 'カルロス・エドゥアルド'],
      ['Juliana', 'ジュリアナ'],
    ],
  },
  {
    country: 'LK',
    language: 'si',
    weight: 4,
    app: 'whatsapp',
    familyFirst: false,
    join: ' ',
    family: [
      ['Perera', 'ペレラ'],
      ['Fernando', 'フェルナンド'],
      ['Jayasinghe', 'ジャヤシンハ'],
    ],
    given: [
      ['Nimal', 'ニマル'],
      ['Kumari', 'クマリ'],
      ['Sunil', 'スニル'],
    ],
  },
  {
    country: 'TH',
    language: 'th',
    weight: 3,
    app: 'line',
    familyFirst: false,
    join: ' ',
    family: [
      ['Srisuk', 'シースック'],
      ['Boonmee', 'ブンミー'],
    ],
    given: [
      ['Somchai', 'ソムチャイ'],
      ['Nattaya', 'ナッタヤー'],
    ],
  },
];

/** A full name and its katakana, in the order the worker's country writes them. */
export function composeName(n: Nationality, family: Part, given: Part): { fullName: string; nameKatakana: string } {
  const [first, second] = n.familyFirst ? [family, given] : [given, family];
  return { fullName: `${first[0]}${n.join}${second[0]}`, nameKatakana: `${first[1]}・${second[1]}` };
}

/** Employers and brokers are invented too; several workers share one, as in real desks. */
export const EMPLOYERS: readonly { name: string; sector: string; prefecture: string }[] = [
  { name: 'Tōkai Precision Parts Co.', sector: 'manufacturing', prefecture: 'Aichi' },
  { name: 'Minami Farm Cooperative', sector: 'agriculture', prefecture: 'Ibaraki' },
  { name: 'Kōyō Care Home', sector: 'nursing_care', prefecture: 'Saitama' },
  { name: 'Setouchi Shipbuilding Works', sector: 'shipbuilding', prefecture: 'Hiroshima' },
  { name: 'Hokuriku Food Processing', sector: 'food_manufacturing', prefecture: 'Toyama' },
  { name: 'Sakura Building Maintenance', sector: 'building_cleaning', prefecture: 'Tokyo' },
  { name: 'Kanto Steel Construction', sector: 'construction', prefecture: 'Kanagawa' },
  { name: 'Umi no Sachi Fisheries', sector: 'fishery', prefecture: 'Miyagi' },
  { name: 'Osaka Logistics Center', sector: 'logistics', prefecture: 'Osaka' },
  { name: 'Hinode Bento Factory', sector: 'food_manufacturing', prefecture: 'Chiba' },
  { name: 'Gifu Auto Parts', sector: 'manufacturing', prefecture: 'Gifu' },
  { name: 'Kyushu Hotel Group', sector: 'accommodation', prefecture: 'Fukuoka' },
];

export const SENDING_AGENCIES = [
  'Hanoi Labour Export JSC',
  'Manila Overseas Manpower Inc.',
  'PT Jaya Karya Indonesia',
  'Kathmandu Global Recruitment',
  'Yangon Star Employment Agency',
  'Dhaka Human Resources Ltd.',
] as const;

export const SUPPORT_ORGANIZATIONS = [
  'Chūbu Cooperative Supervising Association',
  'Kantō Registered Support Organization',
  'Kinki Technical Intern Cooperative',
] as const;

/** Prefectures where most foreign workers live, weighted toward the big industrial areas. */
export const PREFECTURE_POOL = [
  'Tokyo',
  'Tokyo',
  'Tokyo',
  'Aichi',
  'Aichi',
  'Aichi',
  'Osaka',
  'Osaka',
  'Kanagawa',
  'Kanagawa',
  'Saitama',
  'Saitama',
  'Chiba',
  'Ibaraki',
  'Gunma',
  'Shizuoka',
  'Gifu',
  'Hyogo',
  'Fukuoka',
  'Hiroshima',
  'Mie',
  'Tochigi',
  'Kumamoto',
  'Hokkaido',
  'Miyagi',
  'Okinawa',
  'Nagano',
  'Toyama',
] as const;

export const RESIDENCE_POOL = [
  'technical_intern_training_1',
  'technical_intern_training_2',
  'technical_intern_training_2',
  'technical_intern_training_3',
  'specified_skilled_worker_1',
  'specified_skilled_worker_1',
  'specified_skilled_worker_2',
  'engineer_specialist_humanities_international',
  'student',
  'designated_activities',
  'permanent_resident',
  'long_term_resident',
  'spouse_of_japanese',
  'unknown',
] as const;
