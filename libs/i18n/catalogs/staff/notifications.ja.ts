import type { NotificationTexts } from './notifications.en.js';

/** 通知とメールの文面（日本語）。パラメータは notifications.en.ts の説明を参照。 */
export const notificationsJa: NotificationTexts = {
  'notification.reminder.follow_up.title': 'フォローアップの期限：{reference}',
  'notification.reminder.follow_up.body':
    '案件 {reference}（{title}）のフォローアップ期限は {dueAt} です。相談記録を登録するか、フォローアップ日時を変更してください。',
  'notification.reminder.accompaniment.title': '同行支援の予定：{reference}',
  'notification.reminder.accompaniment.body':
    'あなたは案件 {reference} の同行担当です。{scheduledAt} に{destination}へ同行します。',
  'notification.sla.warning.title': '期限が近づいています：{reference}',
  'notification.sla.warning.body': '案件 {reference} の「{policy}」の期限は {dueAt} です。',
  'notification.sla.breach.title': '期限超過：{reference}',
  'notification.sla.breach.body':
    '案件 {reference} の「{policy}」の期限（{dueAt}）が過ぎましたが、まだ対応されていません。',
  'notification.escalation.title': 'エスカレーション：{reference}',
  'notification.escalation.body':
    '案件 {reference} の「{policy}」の期限（{dueAt}）を過ぎても対応されていないため、あなたにエスカレーションされました。',
  'notification.assignment.new.title': '新しい法律支援の依頼：{reference}',
  'notification.assignment.new.body':
    '{organization}から案件 {reference}（{title}）の受任依頼が届きました。Madoguchi で受任または辞退してください。',
  'notification.assignment.new.conflict':
    '利益相反の可能性があります：あなたの事務所は、同じ雇用主または送出機関を相手方とする案件（{references}）をすでに受任しています。受任の前に確認してください。',
  'notification.referral.new.title': '新しい紹介：{reference}',
  'notification.referral.new.body':
    '{organization}から案件 {reference} が貴館に紹介されました。Madoguchi で受領を確認してください。',
  'notification.referral.message.title': '紹介 {reference} に新しいメッセージ',
  'notification.referral.message.body':
    '{organization}が案件 {reference} の紹介に新しいメッセージを送りました。紹介を開いて確認してください。',
  'notification.referral.status.title': '紹介 {reference}：{status}',
  'notification.referral.status.body':
    '{organization}が案件 {reference} の紹介のステータスを「{status}」に変更しました。',

  'email.subject': '【Madoguchi】{title}',
  'email.greeting': '{name} 様',
  'email.openLink': 'Madoguchi で開く',
  'email.footer':
    'このメールは、あなたが {organization} の Madoguchi アカウントをお持ちで、この通知があなた宛てのため自動送信されています。返信はできません。',
  'email.confidential':
    'この通知は、機微な相談を寄せた方々に関わるものです。転送せず、詳細は Madoguchi にログインして確認してください。',
};
