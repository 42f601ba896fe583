import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { openCase, registerWorker } from '../factories/cases.factory.js';
import { signIn, TEST_PASSWORD, type SignedIn } from '../factories/identity.factory.js';
import { waitFor } from '../support/processes.js';
import { startApi } from '../support/test-app.js';
import { startWorker, stopWorker } from '../support/worker-process.js';
import { launch, newPage, shot, signInAs } from './browser.js';
import { createCast } from './world.js';

/**
 * The staff web app end to end, in Debian's Chromium against the real api (and, for the
 * deadlines, the real worker): the desk registers a worker, opens a case, logs a consultation,
 * records consent and refers to the embassy; the embassy sees only the consented fields,
 * acknowledges and replies; the lawyer accepts; a supervisor sees a breached deadline.
 */
describe('the staff web app', () => {
  let app: NestExpressApplication;
  let browser: Browser;
  let base: string;
  let cast: Awaited<ReturnType<typeof createCast>>;
  let worker: ReturnType<typeof startWorker>;
  let caseUrl = '';
  let supervisorPage: Page;
  const pages: Page[] = [];
  const open = async () => {
    const page = await newPage(browser, base);
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    browser = await launch();
    ({ app } = await startApi());
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    worker = startWorker({ TICK_INTERVAL_MS: '1000' });
    cast = await createCast(app);
  });
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser?.close();
    if (worker) await stopWorker(worker);
    await app?.close();
  });

  it('signs the desk worker in and shows the case list', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Madoguchi 窓口' }).waitFor();
    await shot(page, '01-sign-in');
    await page.locator('#signin-email').fill(cast.desk.email);
    await page.locator('#signin-password').fill('wrong password');
    await page.locator('form button[type=submit]').click();
    await page.getByText('The email or the password is not correct.').waitFor();
    await page.locator('#signin-password').fill(TEST_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor();
    expect(page.url()).toBe(`${base}/cases`);
  });

  it('registers a worker with duplicate hints, opens a case and logs a consultation', async () => {
    const desk = await signIn(app, cast.desk);
    // Someone of the same name is already registered: the form must say so while the name is typed.
    await registerWorker(app, desk, {
      fullName: 'Nguyen Thi Lan',
      nameKatakana: 'グエン・ティ・ラン',
      dateOfBirth: '1988-02-01',
    });
    const page = pages[0];
    await page.getByRole('link', { name: 'Register worker' }).first().click();
    await page.getByLabel('Full name (as in passport)').fill('Nguyen Thi Lan');
    await page.getByTestId('duplicates').getByText('Nguyen Thi Lan').waitFor();
    await page.getByLabel('Name in katakana').fill('グエン・ティ・ラン');
    await page.getByLabel('Date of birth').fill('1999-04-12');
    await page.getByLabel('Phone').fill('090-1234-5678');
    await page.getByLabel('Email').fill('lan.nguyen@example.org');
    await page.getByLabel('Residence status').selectOption('technical_intern_training_2');
    await page.getByLabel('Prefecture of residence').selectOption('Aichi');
    await page.getByLabel('Employer name').fill('Tokai Food Processing Co.');
    await page.getByLabel('Sector').selectOption('food_manufacturing');
    await shot(page, '02-register-worker');
    // An invalid email comes back from the API next to its field, in plain words.
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Register and open a case' }).click();
    await page.getByText('Please enter an email address.').waitFor();
    await page.getByLabel('Email').fill('lan.nguyen@example.org');
    await page.getByRole('button', { name: 'Register and open a case' }).click();

    await page.getByRole('heading', { name: 'Open a case' }).waitFor();
    await expect(page.getByTestId('case-worker').textContent()).resolves.toBe('Nguyen Thi Lan');
    await page.getByLabel('Title').fill('Unpaid overtime and confiscated passport');
    await page
      .getByLabel('Summary')
      .fill('Works 70 hours a week; overtime unpaid since April. The employer keeps her passport.');
    await page.getByLabel('Unpaid overtime').check();
    await page.getByLabel('Passport confiscation').check();
    await page.getByLabel('Urgency').selectOption('high');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByTestId('case-reference').waitFor();
    caseUrl = new URL(page.url()).pathname;
    expect(caseUrl).toMatch(/^\/cases\/[0-9a-f-]{36}$/);

    await page.getByTestId('log-consultation').click();
    await page.getByLabel('Summary').fill('Phone call in Vietnamese with an interpreter; she keeps her pay slips.');
    await page.getByLabel('Interpreter used').check();
    await page.getByLabel('Interpreter name').fill('Pham Thu Ha');
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByTestId('consultations').getByText('she keeps her pay slips').waitFor();
    await page.locator('.timeline').getByText('Consultation logged').waitFor();
    await shot(page, '03-case-detail');
  });

  it('records consent and refers to the embassy, showing exactly what the embassy will see', async () => {
    const page = pages[0];
    await page.getByTestId('record-consent').click();
    const consent = page.getByTestId('consent-form');
    await consent.getByLabel('Recipient').selectOption({ label: `${cast.embassy.name} (Vietnam)` });
    // Consent to name, nationality, phone and the case summary (the form's defaults) — not the email.
    await consent.getByRole('button', { name: 'Record consent' }).click();
    await page.getByTestId('consents').getByText('Active').waitFor();

    await page.getByTestId('refer-embassy').click();
    const preview = page.getByTestId('embassy-preview');
    await preview.waitFor();
    const shown = await preview.locator('dt').allTextContents();
    expect(shown).toEqual(['Full name', 'Nationality', 'Phone', 'Case summary']);
    await expect(preview.textContent()).resolves.not.toContain('lan.nguyen@example.org');
    await page
      .getByTestId('referral-form')
      .getByLabel('Reason for the referral')
      .fill('Passport confiscated by the employer; she asks for a new passport.');
    await shot(page, '04-referral-form');
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.getByTestId('case-referrals').getByText('Sent').waitFor();

    await page.getByTestId('assign-lawyer').click();
    await page.getByRole('combobox', { name: /^Lawyer/ }).selectOption({ label: 'Akiko Mori' });
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.locator('#legal').getByText('Awaiting answer').waitFor();
  });

  it('lets the embassy officer see only the consented fields, acknowledge and reply', async () => {
    const page = await open();
    await signInAs(page, cast.officer.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Referral inbox' }).waitFor();
    await shot(page, '05-embassy-inbox');
    await page.getByTestId('referral-table').getByRole('link').first().click();
    const fields = page.getByTestId('consented-fields');
    await fields.waitFor();
    expect(await fields.locator('dt').allTextContents()).toEqual(['Full name', 'Nationality', 'Phone']);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Nguyen Thi Lan');
    expect(text).toContain('090-1234-5678');
    for (const hidden of [
      'lan.nguyen@example.org',
      'Tokai Food Processing',
      '1999',
      'グエン',
      'pay slips',
      'Pham Thu Ha',
    ]) {
      expect(text).not.toContain(hidden);
    }
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.locator('#referral-status').getByText('Mark in progress').waitFor();
    await page
      .getByRole('textbox', { name: /^Reply/ })
      .fill('We received the referral and will contact her about a new passport this week.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('thread').getByText('contact her about a new passport').waitFor();
    await shot(page, '06-embassy-referral');
  });

  it('lets the lawyer accept the assignment from their queue', async () => {
    const page = await open();
    await signInAs(page, cast.lawyer.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Your assignments' }).waitFor();
    const queue = page.getByTestId('legal-queue');
    await queue.getByText('Unpaid overtime and confiscated passport').waitFor();
    await shot(page, '07-lawyer-queue');
    await queue.getByRole('button', { name: 'Accept' }).click();
    await queue.getByText('Accepted').waitFor();
    await queue.getByRole('link').first().click();
    await page.getByTestId('case-reference').waitFor();
    await page
      .getByRole('textbox', { name: /^Legal review/ })
      .fill('Overtime claim is strong: pay slips show 30 unpaid hours a month.');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.locator('#reviews').getByText('Overtime claim is strong').waitFor();
  });

  it('shows the desk worker the embassy reply and the live notification bell', async () => {
    const page = pages[0];
    await page.goto(caseUrl);
    await page.getByTestId('case-referrals').getByText('Acknowledged', { exact: true }).waitFor();
    // The embassy's acknowledgement and reply reached the desk worker's bell while the page was open.
    await page.getByTestId('bell-count').waitFor();
    await page.getByTestId('bell').click();
    await page.locator('#bell-panel').getByText('Referral message').first().waitFor();
    await shot(page, '12-notifications');
    await page.keyboard.press('Escape');
    await page.getByTestId('case-referrals').getByRole('link').first().click();
    await page.getByTestId('thread').getByText('contact her about a new passport').waitFor();
  });

  it('shows a supervisor (in Japanese) a breached deadline and the bell fed by the stream', async () => {
    const supervisor: SignedIn = await signIn(app, cast.supervisor);
    await request(app.getHttpServer())
      .put('/api/v1/sla-policies/first_response')
      .set('Authorization', supervisor.auth)
      .send({ durations: { default: 'PT3S' }, clock: 'calendar', warningRatio: 0.5 })
      .expect(200);
    const page = await open();
    supervisorPage = page;
    await signInAs(page, cast.supervisor.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'ケース一覧' }).waitFor();
    // A case nobody answers: its first-response deadline breaches and the supervisor is told.
    const desk = await signIn(app, cast.desk);
    const person = await registerWorker(app, desk, {
      fullName: 'Santos Maria Cruz',
      nationality: 'PH',
      preferredLanguage: 'tl',
    });
    const late = await openCase(app, desk, person.id, { title: '解雇予告なしの解雇', categories: ['dismissal'] });
    await waitFor(
      async () =>
        (
          await request(app.getHttpServer())
            .get(`/api/v1/cases/${late.id}/deadlines`)
            .set('Authorization', supervisor.auth)
        ).body.some((d: { state: string }) => d.state === 'breached'),
      30_000,
      'the first-response deadline to breach',
    );
    await page.getByTestId('bell-count').waitFor({ timeout: 30_000 });
    await page.getByRole('checkbox', { name: '期限超過のみ' }).check();
    await page.getByTestId('case-table').getByText(late.reference).waitFor();
    await shot(page, '08-supervisor-overdue');
    await page.getByTestId('case-table').getByRole('link', { name: late.reference }).click();
    const breached = page.locator('.deadlines li[data-state=breached]');
    await breached.getByText('初回対応').waitFor();
    await expect(breached.textContent()).resolves.toContain('期限切れ');
    await shot(page, '09-supervisor-breached-deadline');
    await page.getByTestId('bell').click();
    await page.locator('#bell-panel').getByText('期限切れ', { exact: false }).first().waitFor();
  });

  it('logs a standalone consultation, promotes it, and schedules an accompaniment and a follow-up', async () => {
    const page = pages[0];
    await page.getByRole('link', { name: 'Consultations' }).first().click();
    await page.getByTestId('log-standalone').click();
    await page.getByLabel('Anonymous label (when the worker is not registered)').fill('Caller from Gifu');
    await page.getByRole('checkbox', { name: 'Wage arrears' }).check();
    await page
      .getByRole('textbox', { name: /^Summary/ })
      .fill('Anonymous call: three months of wages unpaid at a sewing factory.');
    await page.getByRole('button', { name: 'Log it' }).click();
    const entry = page.getByTestId('all-consultations').locator('li', { hasText: 'three months of wages unpaid' });
    await entry.waitFor();
    await shot(page, '13-consultations');
    await entry.getByRole('button', { name: 'Make it a case' }).click();
    await entry.getByRole('searchbox').fill('Nguyen Thi Lan');
    await entry.getByRole('radio').first().check();
    await entry.getByRole('button', { name: 'Make it a case' }).click();
    await page.getByTestId('case-reference').waitFor();
    await page.getByTestId('consultations').getByText('three months of wages unpaid').waitFor();

    await page.getByRole('button', { name: 'Schedule an accompaniment' }).click();
    await page.getByLabel(/^When/).fill('2026-12-03T10:00');
    await page.getByRole('combobox', { name: /^Destination/ }).selectOption('labour_standards_office');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const visit = page.locator('#accompaniments li', { hasText: 'Labour Standards Inspection Office' });
    await visit.getByText('Scheduled').waitFor();
    // Typed in the organization's zone (Tokyo), whatever the browser's own zone is.
    await visit.getByText('Dec 3, 2026, 10:00 AM').waitFor();

    await page.getByRole('textbox', { name: /^Set the follow-up time/ }).fill('2026-12-10T15:30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('The follow-up time is saved.').waitFor();
    await page.locator('.case-header').getByText('Dec 10, 2026, 3:30 PM').waitFor();
  });

  it('keeps the session across a reload and ends it cleanly when the refresh fails', async () => {
    const page = pages[0];
    await page.reload();
    await page.getByTestId('case-reference').waitFor(); // Restored from the refresh token, silently.
    const admin = await signIn(app, cast.admin);
    await request(app.getHttpServer())
      .patch(`/api/v1/users/${cast.desk.id}`)
      .set('Authorization', admin.auth)
      .send({ active: false })
      .expect(200);
    await page.reload();
    await page.getByText('Your session has ended. Please sign in again.').waitFor();
    await page.locator('#signin-email').waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await request(app.getHttpServer())
      .patch(`/api/v1/users/${cast.desk.id}`)
      .set('Authorization', admin.auth)
      .send({ active: true })
      .expect(200);
  });

  it('lets an admin manage organizations and users', async () => {
    const page = await open();
    await signInAs(page, cast.admin.email, TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
    await page.getByLabel(/^Name/).fill('Embassy of Nepal');
    await page.getByRole('combobox', { name: /^Kind/ }).selectOption('embassy');
    await page.getByLabel(/^Country/).fill('NP');
    await page.getByRole('button', { name: 'Add organization' }).click();
    await page.locator('#org-list').getByText('Embassy of Nepal').waitFor();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.locator('#user-list').getByText(cast.desk.email).waitFor();
    await shot(page, '14-admin-users');
    // The queue dashboard opens in a tab of its own, let in by the cookie the app asked for.
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('navigation').getByRole('link', { name: 'Queue dashboard' }).click(),
    ]);
    await tab.waitForURL(/\/api\/admin\/queues/);
    await tab.getByText('notifications', { exact: true }).first().waitFor();
    await shot(tab, '15-queue-dashboard');
  });

  it('shows the overview charts and the SLA policies', async () => {
    const page = supervisorPage;
    await page.getByRole('link', { name: '統計' }).click();
    await page.getByTestId('kpi-total').waitFor();
    await page.locator('.chart svg').first().waitFor();
    await shot(page, '10-overview');
    await page.getByRole('link', { name: 'SLAポリシー' }).click();
    await page.locator('#policy-first_response').getByText('独自設定').waitFor();
    await shot(page, '11-sla-policies');
  });

  it('exports the visible cases as CSV through the typed client', async () => {
    const page = supervisorPage;
    await page.getByRole('link', { name: 'ケース', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV出力' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^madoguchi-cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const csv = readFileSync(path);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // UTF-8 with BOM, for spreadsheets
    expect(csv.toString('utf8')).toContain('解雇予告なしの解雇');
  });

  it('says plainly that a capability is not available when this server lacks its route', async () => {
    const page = supervisorPage;
    // As an api from before the statistics endpoint landed would answer: the framework's 404.
    await page.route('**/api/v1/stats/overview**', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'NOT_FOUND', message: 'No such resource', details: [], requestId: 'r' },
        }),
      }),
    );
    await page.getByRole('link', { name: '統計' }).click();
    await page.getByText('この機能はこのサーバーではまだ利用できません。').waitFor();
    await page.unroute('**/api/v1/stats/overview**');
  });
});
