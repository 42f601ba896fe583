import { describe, expect, it } from '@jest/globals';
import { accompanimentReminder } from './accompaniment-reminder.js';
import { notificationEmail, renderNotification, type NotificationParams } from './notification-text.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './taxonomy.js';

const full: NotificationParams = {
  reference: 'MDG-2026-000042',
  title: 'Unpaid wages since June',
  organization: 'Sakura Support Desk',
  policy: 'first_response',
  status: 'acknowledged',
  destination: 'labour_standards_office',
  dueAt: '2026-12-01T05:00:00Z',
  scheduledAt: new Date('2026-12-02T01:30:00Z'),
};

describe('renderNotification', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => (['ja', 'en'] as const).map((l) => [kind, l] as const)))(
    '%s in %s fills every placeholder',
    (kind: NotificationKind, locale) => {
      const { title, body } = renderNotification(locale, kind, full);
      expect(title.length).toBeGreaterThan(0);
      expect(body.length).toBeGreaterThan(0);
      expect(`${title} ${body}`).not.toMatch(/\{[A-Za-z]+\}/);
      expect(title).toContain('MDG-2026-000042');
    },
  );

  it('localizes the policy and formats the due time in the organization’s time zone', () => {
    expect(renderNotification('ja', 'sla.warning', full).body).toBe(
      '案件 MDG-2026-000042 の「初回対応」の期限は 2026/12/01 14:00 です。',
    );
    expect(renderNotification('en', 'sla.breach', full).body).toContain('“First response” deadline');
    expect(renderNotification('en', 'sla.breach', full, { timeZone: 'UTC' }).body).toContain('Dec 1, 2026, 5:00 AM');
  });

  it('localizes the referral status and the destination', () => {
    expect(renderNotification('ja', 'referral.status', full).title).toBe('紹介 MDG-2026-000042：受領確認済み');
    expect(renderNotification('ja', 'reminder.accompaniment', full).body).toContain(
      '2026/12/02 10:30 に労働基準監督署へ',
    );
  });

  it('adds the conflict-of-interest sentence to a new assignment when flagged', () => {
    const plain = renderNotification('en', 'assignment.new', full).body;
    expect(plain).not.toContain('conflict');
    const flagged = renderNotification('en', 'assignment.new', {
      ...full,
      conflictWarning: true,
      conflictReferences: ['MDG-2026-000007', 'MDG-2026-000009'],
    }).body;
    expect(flagged).toBe(`${plain} ${flagged.slice(plain.length + 1)}`);
    expect(flagged).toContain('MDG-2026-000007, MDG-2026-000009');
    const ja = renderNotification('ja', 'assignment.new', {
      ...full,
      conflictWarning: true,
      conflictReferences: 'MDG-1',
    });
    expect(ja.body).toMatch(/してください。利益相反の可能性があります：.*（MDG-1）/);
  });

  it('writes staff texts in English for a worker-language locale', () => {
    expect(renderNotification('vi', 'referral.new', full).title).toBe('New referral: MDG-2026-000042');
    expect(renderNotification('ja-easy', 'referral.new', full).title).toBe('新しい紹介：MDG-2026-000042');
  });

  it('keeps a missing parameter visible rather than guessing', () => {
    expect(renderNotification('en', 'sla.warning', { reference: 'MDG-1' }).body).toContain('{policy}');
  });
});

describe('notificationEmail', () => {
  it('wraps a notice in the recipient’s language', () => {
    const notice = renderNotification('ja', 'referral.new', full);
    const email = notificationEmail('ja-JP', {
      recipientName: '山田',
      organization: 'ベトナム大使館',
      title: notice.title,
      body: notice.body,
      link: 'https://madoguchi.example/referrals/1',
    });
    expect(email.subject).toBe('【Madoguchi】新しい紹介：MDG-2026-000042');
    expect(email.text).toMatch(/^山田 様\n\n/);
    expect(email.text).toContain('Madoguchi で開く: https://madoguchi.example/referrals/1');
    expect(email.text).toContain('ベトナム大使館 の Madoguchi アカウント');
  });

  it('falls back to English', () => {
    const email = notificationEmail('th', {
      recipientName: 'Ana',
      organization: 'X',
      title: 'T',
      body: 'B',
      link: 'L',
    });
    expect(email.subject).toBe('[Madoguchi] T');
    expect(email.text).toContain('Hello Ana,');
  });
});

describe('accompanimentReminder', () => {
  const input = {
    scheduledAt: new Date('2026-12-02T01:30:00Z'),
    timezone: 'Asia/Tokyo',
    destination: 'hospital' as const,
    organization: 'Sakura Support Desk',
  };

  it('tells the worker the local date, time and place in their language', () => {
    const en = accompanimentReminder('en', input);
    expect(en.title).toBe('Appointment reminder');
    expect(en.text).toContain(
      'on Wednesday, December 2, 2026 at 10:30 AM we will go together with you to the hospital',
    );
    expect(accompanimentReminder('vi', input).text).toContain('vào lúc 10:30, Thứ Tư, 2 tháng 12, 2026');
    expect(accompanimentReminder('ja', input).text).toContain('2026年12月2日水曜日 10:30に');
  });

  it.each(['ja', 'ja-easy', 'en', 'vi', 'zh', 'tl', 'id', 'ne', 'my', 'th', 'km', 'pt', 'es', 'bn', 'si'])(
    'fills every placeholder in %s',
    (locale) => {
      const { text } = accompanimentReminder(locale, input);
      expect(text).not.toMatch(/\{[A-Za-z]+\}/);
      expect(text).toContain('Sakura Support Desk');
    },
  );
});
