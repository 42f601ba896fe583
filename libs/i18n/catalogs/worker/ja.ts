import type { WorkerMessages } from './en.js';

/** 相談者向けの文面（日本語）。 */
export const workerJa: WorkerMessages = {
  'locale.name': '日本語',

  'consent.title': '情報提供への同意',
  'consent.summary':
    'あなたは、{organization}が、{purpose}を目的として、次の情報を{recipient}に提供することに同意します：{fields}。この同意は、{organization}に連絡すれば、いつでも取り消すことができます。{expiry}',
  'consent.purpose.embassy_referral': 'あなたの国の大使館に支援を依頼すること',
  'consent.purpose.legal_referral': '弁護士から助言と支援を受けること',
  'consent.field.fullName': '氏名',
  'consent.field.nameKatakana': 'カタカナの氏名',
  'consent.field.nationality': '国籍',
  'consent.field.dateOfBirth': '生年月日',
  'consent.field.gender': '性別',
  'consent.field.phone': '電話番号',
  'consent.field.email': 'メールアドレス',
  'consent.field.messagingContacts': 'メッセージアプリの連絡先（LINE、WhatsApp、Facebook など）',
  'consent.field.residenceStatus': '在留資格（ビザの種類）',
  'consent.field.residenceCardExpiry': '在留カードの有効期限',
  'consent.field.prefecture': '住んでいる都道府県',
  'consent.field.employer': '勤務先の名前と住所',
  'consent.field.caseSummary': '相談内容の短い要約',
  'consent.expiry': 'この同意は{date} {time}まで有効です。',
  'consent.expiry.none': 'この同意に期限はありません。あなたが取り消すまで有効です。',

  'accompaniment.title': '同行のお知らせ',
  'accompaniment.reminder':
    'お知らせ：{date} {time}に、私たちがあなたと一緒に{destination}へ行きます。在留カード（お持ちの場合）と、相談に関係する書類を持ってきてください。来られない場合や質問がある場合は、{organization}に連絡してください。',
  'accompaniment.destination.labour_standards_office': '労働基準監督署（働く条件を調べる国の役所）',
  'accompaniment.destination.hello_work': 'ハローワーク（国の職業紹介の窓口）',
  'accompaniment.destination.hospital': '病院',
  'accompaniment.destination.immigration_office': '出入国在留管理局（入管）',
  'accompaniment.destination.police': '警察署',
  'accompaniment.destination.court': '裁判所',
  'accompaniment.destination.city_hall': '市区町村の役所',
  'accompaniment.destination.employer': 'あなたの勤務先',
  'accompaniment.destination.embassy': '大使館',
  'accompaniment.destination.legal_aid': '法テラス（法律相談の窓口）',
  'accompaniment.destination.other': '約束した場所',
};
