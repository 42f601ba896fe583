import type { Rng } from './random.js';
import { Weighted } from './random.js';

/**
 * What the generated desk looks like: the mix of nationalities, residence statuses,
 * prefectures, categories and statuses of a Japanese NGO's case load (rough shares from
 * public statistics on foreign workers and from NGOs' annual reports), and the words staff
 * and workers write in titles and summaries, in Japanese, Vietnamese, English and Tagalog.
 */

export type TextLanguage = 'ja' | 'vi' | 'en' | 'tl';

interface Nationality {
  code: string;
  language: string;
  /** The languages a case's title and summary are written in, by weight. */
  texts: readonly (readonly [TextLanguage, number])[];
  given: readonly string[];
  family: readonly string[];
  /** Katakana of the names above, same order; absent for names staff write in kanji. */
  givenKana?: readonly string[];
  familyKana?: readonly string[];
  /** Family name first (Vietnamese, Chinese) or last. */
  familyFirst: boolean;
  app: string;
}

export const NATIONALITIES: readonly (readonly [Nationality, number])[] = [
  [
    {
      code: 'VN',
      language: 'vi',
      texts: [
        ['ja', 5],
        ['vi', 5],
      ],
      family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'],
      familyKana: ['グエン', 'チャン', 'レー', 'ファム', 'ホアン', 'ヴー', 'ダン', 'ブイ', 'ドー', 'ゴー'],
      given: [
        'Văn An',
        'Thị Mai',
        'Đức Minh',
        'Thị Hương',
        'Văn Hùng',
        'Thị Lan',
        'Quang Huy',
        'Thị Thu',
        'Minh Tuấn',
        'Thị Ngọc',
      ],
      givenKana: [
        'ヴァン・アン',
        'ティ・マイ',
        'ドゥック・ミン',
        'ティ・フォン',
        'ヴァン・フン',
        'ティ・ラン',
        'クアン・フイ',
        'ティ・トゥー',
        'ミン・トゥアン',
        'ティ・ゴック',
      ],
      familyFirst: true,
      app: 'zalo',
    },
    30,
  ],
  [
    {
      code: 'PH',
      language: 'tl',
      texts: [
        ['tl', 4],
        ['en', 3],
        ['ja', 3],
      ],
      family: [
        'Santos',
        'Reyes',
        'Cruz',
        'Bautista',
        'Garcia',
        'Mendoza',
        'Ramos',
        'Aquino',
        'Dela Cruz',
        'Villanueva',
      ],
      familyKana: [
        'サントス',
        'レイエス',
        'クルーズ',
        'バウティスタ',
        'ガルシア',
        'メンドーサ',
        'ラモス',
        'アキノ',
        'デラクルス',
        'ビリャヌエバ',
      ],
      given: ['Maria', 'Jose', 'Ana', 'Mark', 'Rowena', 'Jerome', 'Liza', 'Ramil', 'Grace', 'Joel'],
      givenKana: [
        'マリア',
        'ホセ',
        'アナ',
        'マーク',
        'ロウェナ',
        'ジェローム',
        'リサ',
        'ラミル',
        'グレース',
        'ジョエル',
      ],
      familyFirst: false,
      app: 'facebook_messenger',
    },
    12,
  ],
  [
    {
      code: 'CN',
      language: 'zh',
      texts: [
        ['ja', 8],
        ['en', 2],
      ],
      family: ['王', '李', '張', '劉', '陳', '楊', '趙', '黄', '周', '呉'],
      given: ['偉', '芳', '娜', '敏', '静', '麗', '強', '磊', '洋', '艶'],
      familyFirst: true,
      app: 'line',
    },
    14,
  ],
  [
    {
      code: 'ID',
      language: 'id',
      texts: [
        ['ja', 6],
        ['en', 4],
      ],
      family: ['Saputra', 'Wijaya', 'Hidayat', 'Pratama', 'Setiawan', 'Kurniawan', 'Susanto', 'Nugroho'],
      familyKana: [
        'サプトラ',
        'ウィジャヤ',
        'ヒダヤット',
        'プラタマ',
        'セティアワン',
        'クルニアワン',
        'スサント',
        'ヌグロホ',
      ],
      given: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Eko', 'Ayu'],
      givenKana: ['ブディ', 'シティ', 'アグス', 'デウィ', 'リズキ', 'プトリ', 'エコ', 'アユ'],
      familyFirst: false,
      app: 'whatsapp',
    },
    9,
  ],
  [
    {
      code: 'NP',
      language: 'ne',
      texts: [
        ['ja', 6],
        ['en', 4],
      ],
      family: ['Gurung', 'Tamang', 'Shrestha', 'Rai', 'Magar', 'Thapa', 'Sharma', 'Karki'],
      familyKana: ['グルン', 'タマン', 'シュレスタ', 'ライ', 'マガル', 'タパ', 'シャルマ', 'カルキ'],
      given: ['Ram', 'Sita', 'Bikash', 'Anita', 'Suman', 'Gita', 'Prakash', 'Maya'],
      givenKana: ['ラム', 'シータ', 'ビカシュ', 'アニタ', 'スマン', 'ギタ', 'プラカシュ', 'マヤ'],
      familyFirst: false,
      app: 'viber',
    },
    7,
  ],
  [
    {
      code: 'MM',
      language: 'my',
      texts: [
        ['ja', 7],
        ['en', 3],
      ],
      family: ['Aung', 'Win', 'Htun', 'Kyaw', 'Myint', 'Soe'],
      familyKana: ['アウン', 'ウィン', 'トゥン', 'チョー', 'ミン', 'ソー'],
      given: ['Thiha', 'Su Su', 'Zaw', 'Hnin', 'Min Min', 'Ei Ei'],
      givenKana: ['ティハ', 'スースー', 'ゾー', 'ニン', 'ミンミン', 'エイエイ'],
      familyFirst: false,
      app: 'viber',
    },
    6,
  ],
  [
    {
      code: 'BR',
      language: 'pt',
      texts: [
        ['ja', 5],
        ['en', 5],
      ],
      family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira'],
      familyKana: ['シルバ', 'サントス', 'オリベイラ', 'ソウザ', 'リマ', 'ペレイラ'],
      given: ['João', 'Ana', 'Carlos', 'Juliana', 'Paulo', 'Fernanda'],
      givenKana: ['ジョアン', 'アナ', 'カルロス', 'ジュリアナ', 'パウロ', 'フェルナンダ'],
      familyFirst: false,
      app: 'whatsapp',
    },
    5,
  ],
  [
    {
      code: 'TH',
      language: 'th',
      texts: [
        ['ja', 6],
        ['en', 4],
      ],
      family: ['Srisuk', 'Chaiyaporn', 'Wongsawat', 'Boonmee'],
      familyKana: ['シースック', 'チャイヤポン', 'ウォンサワット', 'ブンミー'],
      given: ['Somchai', 'Malee', 'Anan', 'Kanya'],
      givenKana: ['ソムチャイ', 'マリー', 'アナン', 'カンヤ'],
      familyFirst: false,
      app: 'line',
    },
    4,
  ],
  [
    {
      code: 'KH',
      language: 'km',
      texts: [
        ['ja', 6],
        ['en', 4],
      ],
      family: ['Sok', 'Chan', 'Kim', 'Meas'],
      familyKana: ['ソック', 'チャン', 'キム', 'メアス'],
      given: ['Dara', 'Sreymom', 'Vanna', 'Bopha'],
      givenKana: ['ダラ', 'スレイモム', 'ヴァンナ', 'ボパ'],
      familyFirst: true,
      app: 'facebook_messenger',
    },
    3,
  ],
  [
    {
      code: 'LK',
      language: 'si',
      texts: [
        ['ja', 5],
        ['en', 5],
      ],
      family: ['Perera', 'Fernando', 'Silva', 'Jayasuriya'],
      familyKana: ['ペレラ', 'フェルナンド', 'シルワ', 'ジャヤスリヤ'],
      given: ['Nimal', 'Kumari', 'Sunil', 'Dilani'],
      givenKana: ['ニマル', 'クマリ', 'スニル', 'ディラニ'],
      familyFirst: false,
      app: 'whatsapp',
    },
    3,
  ],
  [
    {
      code: 'BD',
      language: 'bn',
      texts: [
        ['ja', 5],
        ['en', 5],
      ],
      family: ['Hossain', 'Rahman', 'Islam', 'Ahmed'],
      familyKana: ['ホサイン', 'ラーマン', 'イスラム', 'アーメド'],
      given: ['Karim', 'Fatema', 'Rahim', 'Nasrin'],
      givenKana: ['カリム', 'ファテマ', 'ラヒム', 'ナスリン'],
      familyFirst: false,
      app: 'whatsapp',
    },
    2,
  ],
  [
    {
      code: 'PE',
      language: 'es',
      texts: [
        ['ja', 5],
        ['en', 5],
      ],
      family: ['García', 'Rodríguez', 'Flores', 'Quispe'],
      familyKana: ['ガルシア', 'ロドリゲス', 'フローレス', 'キスペ'],
      given: ['Luis', 'Rosa', 'Jorge', 'Carmen'],
      givenKana: ['ルイス', 'ロサ', 'ホルヘ', 'カルメン'],
      familyFirst: false,
      app: 'whatsapp',
    },
    2,
  ],
];

export const RESIDENCE = new Weighted([
  ['technical_intern_training_1', 10],
  ['technical_intern_training_2', 22],
  ['technical_intern_training_3', 8],
  ['specified_skilled_worker_1', 20],
  ['specified_skilled_worker_2', 2],
  ['engineer_specialist_humanities_international', 8],
  ['student', 7],
  ['designated_activities', 5],
  ['permanent_resident', 5],
  ['long_term_resident', 4],
  ['spouse_of_japanese', 3],
  ['dependent', 2],
  ['undocumented', 2],
  ['unknown', 2],
] as const);

/** Where foreign workers live and work (Aichi and the Kanto plain lead). */
export const PREFECTURE = new Weighted([
  ['Aichi', 12],
  ['Tokyo', 12],
  ['Osaka', 8],
  ['Saitama', 7],
  ['Kanagawa', 7],
  ['Chiba', 6],
  ['Gifu', 5],
  ['Ibaraki', 5],
  ['Shizuoka', 5],
  ['Gunma', 4],
  ['Hyogo', 4],
  ['Hiroshima', 4],
  ['Fukuoka', 4],
  ['Mie', 3],
  ['Tochigi', 3],
  ['Kyoto', 2],
  ['Nagano', 2],
  ['Okayama', 2],
  ['Kumamoto', 2],
  ['Hokkaido', 2],
  ['Miyagi', 1],
  ['Niigata', 1],
  ['Kagawa', 1],
  ['Ehime', 1],
  ['Kagoshima', 1],
  ['Okinawa', 1],
] as const);

export const PREFECTURE_JA: Record<string, string> = {
  Aichi: '愛知',
  Tokyo: '東京',
  Osaka: '大阪',
  Saitama: '埼玉',
  Kanagawa: '神奈川',
  Chiba: '千葉',
  Gifu: '岐阜',
  Ibaraki: '茨城',
  Shizuoka: '静岡',
  Gunma: '群馬',
  Hyogo: '兵庫',
  Hiroshima: '広島',
  Fukuoka: '福岡',
  Mie: '三重',
  Tochigi: '栃木',
  Kyoto: '京都',
  Nagano: '長野',
  Okayama: '岡山',
  Kumamoto: '熊本',
  Hokkaido: '北海道',
  Miyagi: '宮城',
  Niigata: '新潟',
  Kagawa: '香川',
  Ehime: '愛媛',
  Kagoshima: '鹿児島',
  Okinawa: '沖縄',
};

export const SECTOR = new Weighted([
  ['manufacturing', 20],
  ['food_manufacturing', 14],
  ['construction', 12],
  ['nursing_care', 9],
  ['agriculture', 8],
  ['building_cleaning', 5],
  ['food_service', 7],
  ['automobile_maintenance', 3],
  ['shipbuilding', 3],
  ['accommodation', 3],
  ['logistics', 5],
  ['retail', 4],
  ['fishery', 3],
  ['it', 2],
  ['other', 2],
] as const);

/** Employer names: a stem and a form, so there are a few hundred of them with a realistic spread. */
const EMPLOYER_STEMS = [
  '丸山',
  '大和',
  '東海',
  '中部',
  '北陸',
  '富士',
  '三河',
  '瀬戸内',
  '日本海',
  '関東',
  '新星',
  '旭',
  '山本',
  '田中',
  '昭和',
  '平成',
  '朝日',
  '光洋',
  '協和',
  '青葉',
  '松本',
  '日進',
  '豊田',
  '浜松',
  '岡崎',
  '高木',
  '小川',
  '港南',
];
const EMPLOYER_KINDS = [
  '水産',
  '食品',
  '工業',
  '製作所',
  '建設',
  '農園',
  '縫製',
  '鋳造',
  '精工',
  '物流',
  'クリーン',
  '介護サービス',
  '塗装',
];
export function employerName(rng: Rng): string {
  const form = rng.chance(0.7) ? '株式会社' : '有限会社';
  return `${form}${rng.pick(EMPLOYER_STEMS)}${rng.pick(EMPLOYER_KINDS)}`;
}

export const SUPPORT_ORGANIZATIONS = [
  '中部技能協同組合',
  '関東国際事業協同組合',
  '西日本人材育成協同組合',
  '東海外国人支援協会',
];
export const SENDING_AGENCIES = [
  'Thanh Cong Manpower JSC',
  'Asia Bridge Recruitment Inc.',
  'Garuda Training Center',
  'Himalaya Overseas Pvt. Ltd.',
];

export const CATEGORY = new Weighted([
  ['wage_arrears', 18],
  ['unpaid_overtime', 12],
  ['dismissal', 9],
  ['harassment', 8],
  ['residence_status', 8],
  ['job_change', 7],
  ['occupational_injury', 6],
  ['contract_violation', 6],
  ['housing', 5],
  ['daily_life', 5],
  ['broker_debt', 4],
  ['health', 4],
  ['passport_confiscation', 3],
  ['social_insurance', 3],
  ['tax', 2],
  ['mental_health', 2],
  ['violence', 2],
  ['family', 2],
  ['other', 2],
  ['pregnancy', 1],
  ['forced_savings', 1],
  ['trafficking', 0.5],
  ['disaster', 0.5],
] as const);

export const URGENCY = new Weighted([
  ['critical', 3],
  ['high', 17],
  ['normal', 60],
  ['low', 20],
] as const);

export const CHANNEL = new Weighted([
  ['phone', 30],
  ['walk_in', 15],
  ['line', 12],
  ['facebook', 10],
  ['zalo', 10],
  ['email', 6],
  ['whatsapp', 5],
  ['video', 4],
  ['sms', 2],
  ['outreach_visit', 3],
  ['web_form', 2],
  ['other', 1],
] as const);

/** What the problem is called in each language (short, as staff would write it in a title). */
const TOPIC: Record<string, Record<TextLanguage, string>> = {
  wage_arrears: { ja: '給料の未払い', vi: 'chưa được trả lương', en: 'unpaid wages', tl: 'hindi nabayarang sahod' },
  unpaid_overtime: {
    ja: '残業代の未払い',
    vi: 'không trả tiền làm thêm giờ',
    en: 'unpaid overtime',
    tl: 'hindi bayad na overtime',
  },
  dismissal: {
    ja: '突然の解雇',
    vi: 'bị đuổi việc đột ngột',
    en: 'sudden dismissal',
    tl: 'biglaang pagkatanggal sa trabaho',
  },
  harassment: {
    ja: '職場でのパワハラ',
    vi: 'bị quấy rối nơi làm việc',
    en: 'harassment at work',
    tl: 'panliligalig sa trabaho',
  },
  residence_status: {
    ja: '在留資格の更新',
    vi: 'gia hạn tư cách lưu trú',
    en: 'visa renewal',
    tl: 'pag-renew ng visa',
  },
  job_change: {
    ja: '転職の相談',
    vi: 'muốn chuyển việc',
    en: 'wants to change jobs',
    tl: 'gustong lumipat ng trabaho',
  },
  occupational_injury: {
    ja: '労災（指の怪我）',
    vi: 'tai nạn lao động',
    en: 'work injury',
    tl: 'aksidente sa trabaho',
  },
  contract_violation: {
    ja: '契約と違う労働条件',
    vi: 'điều kiện khác hợp đồng',
    en: 'conditions differ from contract',
    tl: 'iba sa kontrata',
  },
  housing: {
    ja: '寮費が高すぎる',
    vi: 'tiền ký túc xá quá cao',
    en: 'dormitory fees too high',
    tl: 'masyadong mahal ang dormitoryo',
  },
  daily_life: {
    ja: '生活の困りごと',
    vi: 'khó khăn trong cuộc sống',
    en: 'daily life problems',
    tl: 'problema sa pang-araw-araw',
  },
  broker_debt: {
    ja: '送り出し機関への借金',
    vi: 'nợ công ty môi giới',
    en: 'debt to the broker',
    tl: 'utang sa ahensya',
  },
  health: {
    ja: '病院に行きたい',
    vi: 'cần đi bệnh viện',
    en: 'needs to see a doctor',
    tl: 'kailangang magpatingin sa doktor',
  },
  passport_confiscation: {
    ja: 'パスポートを取り上げられた',
    vi: 'bị giữ hộ chiếu',
    en: 'passport taken by employer',
    tl: 'kinuha ang pasaporte',
  },
  social_insurance: {
    ja: '社会保険に未加入',
    vi: 'không có bảo hiểm xã hội',
    en: 'no social insurance',
    tl: 'walang social insurance',
  },
  tax: { ja: '住民税の通知', vi: 'thông báo thuế cư trú', en: 'resident tax notice', tl: 'abiso sa buwis' },
  mental_health: {
    ja: '眠れない・不安',
    vi: 'mất ngủ và lo âu',
    en: 'cannot sleep, anxious',
    tl: 'hindi makatulog at balisa',
  },
  violence: { ja: '上司からの暴力', vi: 'bị cấp trên đánh', en: 'beaten by supervisor', tl: 'sinaktan ng superbisor' },
  family: {
    ja: '家族の呼び寄せ',
    vi: 'đưa gia đình sang Nhật',
    en: 'bringing family to Japan',
    tl: 'pagdala ng pamilya sa Japan',
  },
  other: { ja: 'その他の相談', vi: 'vấn đề khác', en: 'other question', tl: 'ibang tanong' },
  pregnancy: {
    ja: '妊娠と帰国の圧力',
    vi: 'mang thai bị ép về nước',
    en: 'pregnant, pressured to return home',
    tl: 'buntis, pinipilit umuwi',
  },
  forced_savings: { ja: '強制貯金', vi: 'bị giữ tiền tiết kiệm', en: 'forced savings', tl: 'sapilitang ipon' },
  trafficking: {
    ja: '人身取引の疑い',
    vi: 'nghi bị buôn người',
    en: 'suspected trafficking',
    tl: 'hinihinalang trafficking',
  },
  disaster: {
    ja: '台風で寮が被害',
    vi: 'ký túc xá bị bão',
    en: 'dormitory damaged by typhoon',
    tl: 'nasira ang dormitoryo sa bagyo',
  },
};

const MONTHS_JA = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];

interface Slots {
  employer: string;
  prefecture: string;
  month: number;
  amount: number;
  hours: number;
}

/** A case title: what, where, since when. */
export function caseTitle(rng: Rng, lang: TextLanguage, category: string, s: Slots): string {
  const topic = TOPIC[category][lang];
  const pref = PREFECTURE_JA[s.prefecture] ?? s.prefecture;
  switch (lang) {
    case 'ja':
      return rng.chance(0.5) ? `${topic}（${pref}・${s.employer}）` : `${MONTHS_JA[s.month]}から${topic}`;
    case 'vi':
      return rng.chance(0.5) ? `${capital(topic)} từ tháng ${s.month + 1}` : `${capital(topic)} ở ${s.prefecture}`;
    case 'en':
      return rng.chance(0.5) ? `${capital(topic)} since month ${s.month + 1}` : `${capital(topic)} (${s.prefecture})`;
    case 'tl':
      return rng.chance(0.5) ? `${capital(topic)} mula buwan ${s.month + 1}` : `${capital(topic)} sa ${s.prefecture}`;
  }
}

/** A case summary: two or three sentences a desk would write after the first call. */
export function caseSummary(rng: Rng, lang: TextLanguage, category: string, s: Slots): string {
  const topic = TOPIC[category][lang];
  const pref = PREFECTURE_JA[s.prefecture] ?? s.prefecture;
  const yen = s.amount.toLocaleString('en-US');
  switch (lang) {
    case 'ja':
      return pick(rng, [
        `${pref}の${s.employer}で働く本人から電話。${topic}について相談したい。${MONTHS_JA[s.month]}以降、月${s.hours}時間ほど働いているが、約${yen}円が支払われていない。給与明細とタイムカードの写真あり。`,
        `${s.employer}（${pref}）の技能実習生。${topic}。監理団体に相談したが対応なし。会社に知られるのを怖がっている。次回は通訳同席で面談予定。`,
        `本人と同僚2名が来所。${topic}の件。雇用契約書は母国語版のみで、実際の条件と異なる。未払い額は合計${yen}円と本人は言う。`,
      ]);
    case 'vi':
      return pick(rng, [
        `Tôi làm việc tại ${s.employer} ở ${s.prefecture}. Từ tháng ${s.month + 1} công ty ${topic}, khoảng ${yen} yên. Tôi có ảnh phiếu lương và thẻ chấm công.`,
        `Thực tập sinh kỹ năng, ${topic}. Đã nói với nghiệp đoàn nhưng không ai giúp. Mỗi tháng làm khoảng ${s.hours} giờ. Sợ công ty biết nên muốn giữ bí mật.`,
        `Em và hai bạn cùng công ty gặp vấn đề: ${topic}. Hợp đồng chỉ có bản tiếng Việt, điều kiện thực tế khác. Tổng số tiền khoảng ${yen} yên.`,
      ]);
    case 'en':
      return pick(rng, [
        `Worker at ${s.employer} in ${s.prefecture} called about ${topic}. Since month ${s.month + 1} about ${yen} yen has not been paid for roughly ${s.hours} hours a month. Has photos of payslips and time cards.`,
        `Technical intern, ${topic}. Told the supervising organization, nothing happened. Afraid the company will find out. Next meeting with an interpreter.`,
        `Came in with two co-workers about ${topic}. The contract they signed at home differs from the actual conditions. Claims about ${yen} yen in total.`,
      ]);
    case 'tl':
      return pick(rng, [
        `Nagtatrabaho ako sa ${s.employer} sa ${s.prefecture}. Mula buwan ${s.month + 1} ay may ${topic}, mga ${yen} yen. May litrato ako ng payslip at time card.`,
        `Technical intern, ${topic}. Sinabi na sa kumpanya pero walang tumulong. Mga ${s.hours} oras ang trabaho bawat buwan. Natatakot na malaman ng amo.`,
        `Kasama ang dalawang katrabaho, tungkol sa ${topic}. Iba ang kontrata sa totoong kondisyon. Mga ${yen} yen ang kabuuan.`,
      ]);
  }
}

/** A consultation's note, in the language of the conversation. */
export function consultationSummary(rng: Rng, lang: TextLanguage, category: string): string {
  const topic = TOPIC[category][lang];
  switch (lang) {
    case 'ja':
      return pick(rng, [
        `${topic}について状況を確認。会社に連絡する前に本人の同意を取る。`,
        `労基署への申告方法を説明。必要書類（給与明細、出勤記録）を次回持参。`,
        `本人の体調は安定。${topic}の件で会社と面談する日程を調整中。`,
      ]);
    case 'vi':
      return pick(rng, [
        `Đã hỏi thêm về ${topic}. Sẽ liên lạc lại tuần sau.`,
        `Giải thích cách khiếu nại lên Cục Tiêu chuẩn Lao động. Mang phiếu lương lần sau.`,
      ]);
    case 'en':
      return pick(rng, [
        `Followed up on ${topic}. Will call the employer with consent.`,
        `Explained how to file with the Labour Standards Office; bring payslips next time.`,
      ]);
    case 'tl':
      return pick(rng, [
        `Kinumusta tungkol sa ${topic}. Tatawag ulit sa susunod na linggo.`,
        `Ipinaliwanag ang pagsumbong sa Labour Standards Office.`,
      ]);
  }
}

/** Search terms a desk types: frequent and rare ones, as the app normalizes them anyway. */
export const SEARCH_TERMS: Record<'ja' | 'vi', readonly string[]> = {
  ja: ['残業代', '給料', 'パスポート', '労災', '在留資格', '丸山水産', '豊田製作所', '技能実習生', '寮費', '解雇'],
  vi: ['lương', 'hộ chiếu', 'làm thêm giờ', 'ký túc xá', 'thực tập sinh', 'đuổi việc', 'bảo hiểm', 'môi giới'],
};

export type { Nationality, Slots };

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pick(rng: Rng, options: string[]): string {
  return options[Math.floor(rng.next() * options.length)];
}
