import type { WorkerMessages } from './en.js';

/**
 * やさしい日本語: short sentences, です・ます, hiragana for hard words and readings in brackets for
 * the kanji a worker must recognise on signs and papers (在留カード, 大使館). Missing keys fall back to ja.
 */
export const workerJaEasy: Partial<WorkerMessages> = {
  'locale.name': 'やさしい にほんご',

  'consent.title': 'あなたの じょうほうを わたす ことの 同意（どうい）',
  'consent.summary':
    'あなたは つぎの ことに 同意（どうい）します。{organization}は、{purpose} ために、あなたの じょうほうを {recipient}に わたします。わたす じょうほうは これです：{fields}。同意（どうい）を やめたい ときは、いつでも {organization}に れんらく して ください。やめる ことが できます。{expiry}',
  'consent.purpose.embassy_referral': 'あなたの 国の 大使館（たいしかん）に たすけて もらう',
  'consent.purpose.legal_referral': '弁護士（べんごし）に そうだん して、たすけて もらう',
  'consent.field.fullName': 'なまえ',
  'consent.field.nameKatakana': 'カタカナの なまえ',
  'consent.field.nationality': '国籍（こくせき）',
  'consent.field.dateOfBirth': 'うまれた 日',
  'consent.field.gender': '性別（せいべつ）',
  'consent.field.phone': '電話番号（でんわばんごう）',
  'consent.field.email': 'メールアドレス',
  'consent.field.messagingContacts': 'LINE や WhatsApp などの れんらくさき',
  'consent.field.residenceStatus': '在留資格（ざいりゅうしかく）',
  'consent.field.residenceCardExpiry': '在留（ざいりゅう）カードの きげん',
  'consent.field.prefecture': 'すんで いる 都道府県（とどうふけん）',
  'consent.field.employer': 'はたらいて いる 会社の なまえと ばしょ',
  'consent.field.caseSummary': 'あなたの そうだんの ないよう（みじかく まとめた もの）',
  'consent.expiry': 'この 同意（どうい）は {date} {time}までです。',
  'consent.expiry.none': 'この 同意（どうい）に おわりの 日は ありません。あなたが やめる まで つづきます。',

  'accompaniment.title': 'いっしょに いく 日の おしらせ',
  'accompaniment.reminder':
    'おしらせです。{date} {time}に、わたしたちは あなたと いっしょに {destination}へ いきます。在留（ざいりゅう）カード（もって いる 人）と、こまって いる ことの 紙を もって きて ください。いけない ときや、しつもんが ある ときは、{organization}に れんらく して ください。',
  'accompaniment.destination.labour_standards_office':
    '労働基準監督署（ろうどうきじゅんかんとくしょ。はたらく ルールを まもらせる 役所）',
  'accompaniment.destination.hello_work': 'ハローワーク（しごとを さがす ところ）',
  'accompaniment.destination.hospital': '病院（びょういん）',
  'accompaniment.destination.immigration_office': '入管（にゅうかん。ビザの 役所）',
  'accompaniment.destination.police': '警察（けいさつ）',
  'accompaniment.destination.court': '裁判所（さいばんしょ）',
  'accompaniment.destination.city_hall': '市役所（しやくしょ）や 区役所（くやくしょ）',
  'accompaniment.destination.employer': 'あなたの 会社',
  'accompaniment.destination.embassy': '大使館（たいしかん）',
  'accompaniment.destination.legal_aid': '法テラス（ほうテラス。ほうりつの そうだんを する ところ）',
  'accompaniment.destination.other': 'やくそく した ばしょ',
};
