import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CONSENTABLE_FIELDS } from '#domain/consents';
import { openCase, registerWorker } from './factories/cases.factory.js';
import { logConsultation } from './factories/desk.factory.js';
import {
  createOrganization,
  createUser,
  createWorld,
  signIn,
  type SignedIn,
  type World,
} from './factories/identity.factory.js';
import { startApi } from './support/test-app.js';

/**
 * The embassy sees a worker's data field by field, exactly as the worker consented, and
 * nothing else of the worker ever reaches it: not consultations, legal reviews, other
 * referrals or other cases, through any endpoint it can call. Every worker here carries a
 * distinctive value in every field, and responses are searched as raw text for them.
 */

/** API.md's list of consentable fields, in its order. */
const FIELDS = [
  'fullName',
  'nameKatakana',
  'nationality',
  'dateOfBirth',
  'gender',
  'phone',
  'email',
  'messagingContacts',
  'residenceStatus',
  'residenceCardExpiry',
  'prefecture',
  'employer',
  'caseSummary',
] as const;
type Field = (typeof FIELDS)[number];

const CASE_TITLE = 'Title: capybara wage theft';
const CASE_SUMMARY = 'Summary: axolotl dormitory eviction';

/** Every field of the worker filled, each with a value found nowhere else. */
const WORKER = {
  fullName: 'Trần Thị Quokka',
  nameKatakana: 'チャン・ティ・クオッカ',
  // Not the embassy's country, so that the string can only come from the worker record.
  nationality: 'KH',
  dateOfBirth: '1987-11-23',
  gender: 'non_binary',
  phone: '+84 90 555 0173',
  email: 'marmot.delta@mail.example',
  messagingContacts: [{ app: 'viber', handle: 'vb-pangolin-4471' }],
  residenceStatus: 'specified_skilled_worker_2',
  residenceCardExpiry: '2029-02-14',
  prefecture: 'Tottori',
  employer: { name: 'Narwhal Shipyard K.K.', sector: 'shipbuilding', prefecture: 'Okinawa' },
  // Never consentable, never disclosed.
  preferredLanguage: 'vi',
  alias: 'Alias-Wombat',
  supportOrganization: 'Chubu Tapir Kumiai',
  sendingAgency: 'Hanoi Ibex Manpower JSC',
  notes: 'Notes: okapi trafficking indicator',
};

/** What the embassy's view holds for a consented field. */
const DISCLOSED: Record<Field, unknown> = {
  fullName: WORKER.fullName,
  nameKatakana: WORKER.nameKatakana,
  nationality: WORKER.nationality,
  dateOfBirth: WORKER.dateOfBirth,
  gender: WORKER.gender,
  phone: WORKER.phone,
  email: WORKER.email,
  messagingContacts: WORKER.messagingContacts,
  residenceStatus: WORKER.residenceStatus,
  residenceCardExpiry: WORKER.residenceCardExpiry,
  prefecture: WORKER.prefecture,
  employer: WORKER.employer,
  caseSummary: CASE_SUMMARY,
};

/** How each field shows in a serialized body (enum values quoted, so they match only as whole values). */
const NEEDLES: Record<Field, string[]> = {
  fullName: [WORKER.fullName],
  nameKatakana: [WORKER.nameKatakana],
  nationality: ['"KH"'],
  dateOfBirth: [WORKER.dateOfBirth],
  gender: ['"non_binary"'],
  phone: [WORKER.phone],
  email: [WORKER.email],
  messagingContacts: ['vb-pangolin-4471', '"viber"'],
  residenceStatus: ['"specified_skilled_worker_2"'],
  residenceCardExpiry: [WORKER.residenceCardExpiry],
  prefecture: ['"Tottori"'],
  employer: ['Narwhal Shipyard', '"shipbuilding"', '"Okinawa"'],
  caseSummary: [CASE_SUMMARY],
};

/** Never disclosed under any consent. */
const NEVER = [WORKER.alias, WORKER.supportOrganization, WORKER.sendingAgency, WORKER.notes, CASE_TITLE];

function needlesExcept(consented: readonly Field[]): string[] {
  return FIELDS.filter((f) => !consented.includes(f)).flatMap((f) => NEEDLES[f]);
}

function found(text: string, needles: string[]): string[] {
  return needles.filter((n) => text.includes(n));
}

describe('consent-based disclosure to embassies', () => {
  let app: NestExpressApplication;
  let world: World;
  let db: DataSource;
  const api = () => request(app.getHttpServer());

  beforeAll(async () => {
    ({ app } = await startApi());
    world = await createWorld(app);
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  /** An embassy of its own and its officer, so that its lists hold only what the test sends it. */
  async function newEmbassy(country = 'VN'): Promise<{ id: string; officer: SignedIn }> {
    const org = await createOrganization(app, 'embassy', { country });
    return { id: org.id, officer: await signIn(app, await createUser(app, 'embassy_officer', org.id)) };
  }

  async function filledWorker(overrides: Record<string, unknown> = {}) {
    return registerWorker(app, world.users.deskA, { ...WORKER, ...overrides });
  }

  async function filledCase(workerId: string, fields: Record<string, unknown> = {}) {
    return openCase(app, world.users.deskA, workerId, { title: CASE_TITLE, summary: CASE_SUMMARY, ...fields });
  }

  async function consent(
    workerId: string,
    recipientOrganizationId: string,
    fields: readonly string[],
    extra: Record<string, unknown> = {},
    by = world.users.deskA,
  ): Promise<{ id: string; active: boolean; expiresAt: string | null }> {
    const res = await api()
      .post(`/api/v1/workers/${workerId}/consents`)
      .set('Authorization', by.auth)
      .send({
        purpose: 'embassy_referral',
        recipientOrganizationId,
        fields,
        method: 'written',
        language: 'vi',
        ...extra,
      });
    expect([res.status, res.body.error]).toEqual([201, undefined]);
    return res.body;
  }

  async function refer(caseId: string, embassyId: string, consentId: string, extra: Record<string, unknown> = {}) {
    const res = await api()
      .post(`/api/v1/cases/${caseId}/referrals`)
      .set('Authorization', world.users.deskA.auth)
      .send({ embassyId, consentId, reason: 'Passport kept by the employer', ...extra });
    expect([res.status, res.body.error]).toEqual([201, undefined]);
    return res.body as { id: string; status: string };
  }

  function get(who: SignedIn, path: string) {
    return api().get(path).set('Authorization', who.auth);
  }

  it('tests exactly the consentable fields the API accepts', () => {
    expect([...CONSENTABLE_FIELDS].sort()).toEqual([...FIELDS].sort());
  });

  describe.each(FIELDS)('a consent covering only %s', (field) => {
    it(`shows the embassy ${field} and none of the other twelve fields, in the referral and in the list`, async () => {
      const embassy = await newEmbassy();
      const worker = await filledWorker();
      const c = await filledCase(worker.id);
      const k = await consent(worker.id, embassy.id, [field]);
      const referral = await refer(c.id, embassy.id, k.id);

      const one = await get(embassy.officer, `/api/v1/referrals/${referral.id}`).expect(200);
      const list = await get(embassy.officer, '/api/v1/referrals').expect(200);
      expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);

      for (const res of [one, list]) {
        expect(found(res.text, NEEDLES[field])).toEqual(NEEDLES[field]);
        expect(found(res.text, needlesExcept([field]))).toEqual([]);
        expect(found(res.text, NEVER)).toEqual([]);
      }
      const view = one.body;
      expect(view.disclosedFields).toEqual([field]);
      if (field === 'caseSummary') {
        expect(view.worker).toEqual({});
        expect(view.case).toEqual({
          reference: c.reference,
          categories: ['unpaid_overtime'],
          urgency: 'normal',
          summary: CASE_SUMMARY,
        });
      } else {
        expect(view.worker).toEqual({ [field]: DISCLOSED[field] });
        expect(view.case).toEqual({ reference: c.reference, categories: ['unpaid_overtime'], urgency: 'normal' });
      }
      expect(list.body.items[0]).toEqual(view);
    });
  });

  it('shows every field under a consent that covers them all, and still nothing beyond them', async () => {
    const embassy = await newEmbassy();
    const worker = await filledWorker();
    const c = await filledCase(worker.id);
    const k = await consent(worker.id, embassy.id, FIELDS);
    const referral = await refer(c.id, embassy.id, k.id);

    const one = await get(embassy.officer, `/api/v1/referrals/${referral.id}`).expect(200);
    const list = await get(embassy.officer, '/api/v1/referrals').expect(200);
    for (const res of [one, list]) {
      const all = FIELDS.flatMap((f) => NEEDLES[f]);
      expect(found(res.text, all)).toEqual(all);
      expect(found(res.text, NEVER)).toEqual([]);
      expect(res.text).not.toContain(worker.id);
    }
    const { caseSummary, ...workerFields } = DISCLOSED;
    expect(one.body.worker).toEqual(workerFields);
    expect(one.body.case.summary).toBe(caseSummary);
    expect([...one.body.disclosedFields].sort()).toEqual([...FIELDS].sort());
  });

  it('never lets consultations, legal reviews, other referrals or other cases of the worker reach an embassy', async () => {
    const { deskA, lawyerA } = world.users;
    const vn = await newEmbassy('VN');
    const ph = await newEmbassy('PH');
    const worker = await filledWorker();
    const referred = await filledCase(worker.id);
    const other = await filledCase(worker.id, {
      title: 'Title: marten second problem',
      summary: 'Summary: marten dismissal',
      categories: ['dismissal'],
    });

    // What must stay with the NGO (and its lawyer): consultations and a privileged legal review.
    const docs = await api().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toContain('/api/v1/cases/{id}/consultations');
    await logConsultation(app, deskA, referred.id, { summary: 'Consultation: heron overtime log' });
    await logConsultation(app, deskA, other.id, { summary: 'Consultation: ibis dismissal call' });
    const assignment = await api()
      .post(`/api/v1/cases/${referred.id}/legal-assignments`)
      .set('Authorization', deskA.auth)
      .send({ lawyerId: lawyerA.user.id, note: 'Note: lynx assignment' })
      .expect(201);
    await api()
      .post(`/api/v1/legal-assignments/${assignment.body.id}/transitions`)
      .set('Authorization', lawyerA.auth)
      .send({ to: 'accepted' })
      .expect(200);
    await api()
      .post(`/api/v1/cases/${referred.id}/legal-reviews`)
      .set('Authorization', lawyerA.auth)
      .send({ body: 'Review: privileged lynx opinion' })
      .expect(201);

    // The referred case goes to VN with the name only; the other case to PH with everything.
    const kVN = await consent(worker.id, vn.id, ['fullName']);
    const kPH = await consent(worker.id, ph.id, FIELDS);
    const toVN = await refer(referred.id, vn.id, kVN.id, { reason: 'Reason: vn heron', message: 'Message: vn heron' });
    const toPH = await refer(other.id, ph.id, kPH.id, { reason: 'Reason: ph gecko', message: 'Message: ph gecko' });
    const post = (who: SignedIn, id: string, body: string) =>
      api().post(`/api/v1/referrals/${id}/messages`).set('Authorization', who.auth).send({ body }).expect(201);
    await post(deskA, toVN.id, 'Thread: vn heron from the desk');
    await post(vn.officer, toVN.id, 'Thread: vn heron from the embassy');
    await post(deskA, toPH.id, 'Thread: ph gecko from the desk');
    await post(ph.officer, toPH.id, 'Thread: ph gecko from the embassy');

    const nothingOfTheNgo = [
      ...NEVER,
      worker.id,
      'Consultation: heron overtime log',
      'Consultation: ibis dismissal call',
      'Review: privileged lynx opinion',
      'Note: lynx assignment',
      assignment.body.id,
      'Title: marten second problem',
    ];
    const forbidden = {
      // VN sees the referred case with the name only: no other field, nothing of PH's referral or the other case.
      VN: [
        ...nothingOfTheNgo,
        ...needlesExcept(['fullName']),
        other.id,
        other.reference,
        'Summary: marten dismissal',
        toPH.id,
        'Reason: ph gecko',
        'Message: ph gecko',
        'Thread: ph gecko',
      ],
      // PH sees every field of the worker, but only through the other case: nothing of the referred case or VN's referral.
      PH: [
        ...nothingOfTheNgo,
        referred.id,
        referred.reference,
        CASE_SUMMARY,
        toVN.id,
        'Reason: vn heron',
        'Message: vn heron',
        'Thread: vn heron',
      ],
    };

    for (const [name, embassy, own, foreign] of [
      ['VN', vn, toVN, toPH],
      ['PH', ph, toPH, toVN],
    ] as const) {
      const probes: [string, number[]][] = [
        ['/api/v1/cases', [403, 404]],
        ['/api/v1/cases?q=Quokka', [403, 404]],
        ['/api/v1/cases/export?format=csv', [403, 404]],
        ['/api/v1/stats/overview', [403, 404]],
        ['/api/v1/workers', [403, 404]],
        [`/api/v1/workers/${worker.id}`, [403, 404]],
        [`/api/v1/workers/${worker.id}/consents`, [403, 404]],
        ['/api/v1/consultations', [403, 404]],
        ['/api/v1/legal-assignments', [403, 404]],
        ['/api/v1/audit-events', [403, 404]],
        ...[referred.id, other.id].flatMap((id): [string, number[]][] => [
          [`/api/v1/cases/${id}`, [403, 404]],
          [`/api/v1/cases/${id}/timeline`, [403, 404]],
          [`/api/v1/cases/${id}/deadlines`, [403, 404]],
          [`/api/v1/cases/${id}/consultations`, [403, 404]],
          [`/api/v1/cases/${id}/legal-reviews`, [403, 404]],
        ]),
        [`/api/v1/referrals/${foreign.id}`, [404]],
        [`/api/v1/referrals/${foreign.id}/messages`, [404]],
        ['/api/v1/referrals', [200]],
        [`/api/v1/referrals/${own.id}`, [200]],
        [`/api/v1/referrals/${own.id}/messages`, [200]],
        ['/api/v1/notifications', [200]],
      ];
      const problems: string[] = [];
      for (const [path, statuses] of probes) {
        const res = await get(embassy.officer, path);
        if (!statuses.includes(res.status)) problems.push(`${name} ${path}: status ${res.status}`);
        const leaked = found(res.text, forbidden[name]);
        if (leaked.length) problems.push(`${name} ${path}: leaked ${leaked.join(' | ')}`);
      }
      expect(problems).toEqual([]);

      // What the embassy does see: its own referral and its own thread, nothing more.
      const list = await get(embassy.officer, '/api/v1/referrals').expect(200);
      expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([own.id]);
      const thread = await get(embassy.officer, `/api/v1/referrals/${own.id}/messages`).expect(200);
      expect(thread.body.map((m: { body: string }) => m.body)).toEqual([
        `Thread: ${name.toLowerCase()} ${name === 'VN' ? 'heron' : 'gecko'} from the desk`,
        `Thread: ${name.toLowerCase()} ${name === 'VN' ? 'heron' : 'gecko'} from the embassy`,
      ]);
      const notices = await get(embassy.officer, '/api/v1/notifications').expect(200);
      expect(notices.body.items.map((n: { subjectId: string }) => n.subjectId)).toEqual(
        notices.body.items.map(() => own.id),
      );
      // Nor can it act on the other referral.
      await api()
        .post(`/api/v1/referrals/${foreign.id}/transitions`)
        .set('Authorization', embassy.officer.auth)
        .send({ to: 'acknowledged' })
        .expect(404);
      await api()
        .post(`/api/v1/referrals/${foreign.id}/messages`)
        .set('Authorization', embassy.officer.auth)
        .send({ body: 'probe' })
        .expect(404);
    }
  });

  it("ends the embassy's access at once when the consent is withdrawn", async () => {
    const { deskA } = world.users;
    const embassy = await newEmbassy();
    const worker = await filledWorker();
    const c = await filledCase(worker.id);
    const k = await consent(worker.id, embassy.id, ['fullName', 'phone']);
    const referral = await refer(c.id, embassy.id, k.id);
    await get(embassy.officer, `/api/v1/referrals/${referral.id}`).expect(200);
    await get(embassy.officer, `/api/v1/referrals/${referral.id}/messages`).expect(200);

    const withdrawn = await api()
      .post(`/api/v1/consents/${k.id}/withdraw`)
      .set('Authorization', deskA.auth)
      .send({ reason: 'The worker changed their mind' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({ active: false, withdrawalReason: 'The worker changed their mind' });
    expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));

    await expectGone(embassy.officer, referral.id);
    // The NGO keeps its own record of what it sent.
    await get(deskA, `/api/v1/referrals/${referral.id}`).expect(200);
    // And the withdrawn consent cannot carry a new referral.
    await api()
      .post(`/api/v1/cases/${c.id}/referrals`)
      .set('Authorization', deskA.auth)
      .send({ embassyId: embassy.id, consentId: k.id, reason: 'again' })
      .expect(422);
  });

  it("ends the embassy's access at once when the referral is withdrawn, and only to that referral", async () => {
    const { deskA } = world.users;
    const embassy = await newEmbassy();
    const worker = await filledWorker();
    const first = await filledCase(worker.id);
    const second = await openCase(app, deskA, worker.id, { title: 'second', summary: 'second' });
    const k = await consent(worker.id, embassy.id, ['fullName']);
    const withdrawnOne = await refer(first.id, embassy.id, k.id);
    const keptOne = await refer(second.id, embassy.id, k.id);
    await get(embassy.officer, `/api/v1/referrals/${withdrawnOne.id}`).expect(200);

    const res = await api()
      .post(`/api/v1/referrals/${withdrawnOne.id}/transitions`)
      .set('Authorization', deskA.auth)
      .send({ to: 'withdrawn', reason: 'Sent by mistake' })
      .expect(200);
    expect(res.body.status).toBe('withdrawn');

    await expectGone(embassy.officer, withdrawnOne.id);
    await get(embassy.officer, `/api/v1/referrals/${keptOne.id}`).expect(200);
    const list = await get(embassy.officer, '/api/v1/referrals').expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([keptOne.id]);
  });

  it("ends the embassy's access the moment the consent expires, without any job", async () => {
    const { deskA } = world.users;
    const embassy = await newEmbassy();
    const worker = await filledWorker();
    const c = await filledCase(worker.id);
    const expiresAt = new Date(Date.now() + 2000);
    const k = await consent(worker.id, embassy.id, ['fullName'], { expiresAt: expiresAt.toISOString() });
    expect(k).toMatchObject({ active: true, expiresAt: expiresAt.toISOString() });
    const referral = await refer(c.id, embassy.id, k.id);
    await get(embassy.officer, `/api/v1/referrals/${referral.id}`).expect(200);

    await sleepUntil(expiresAt.getTime() + 20);
    await expectGone(embassy.officer, referral.id);
    const consents = await get(deskA, `/api/v1/workers/${worker.id}/consents`).expect(200);
    expect(consents.body.find((x: { id: string }) => x.id === k.id)).toMatchObject({
      active: false,
      withdrawnAt: null,
    });
  });

  it('refuses a consent that expires in the past', async () => {
    const embassy = await newEmbassy();
    const worker = await filledWorker();
    const res = await api()
      .post(`/api/v1/workers/${worker.id}/consents`)
      .set('Authorization', world.users.deskA.auth)
      .send({
        purpose: 'embassy_referral',
        recipientOrganizationId: embassy.id,
        fields: ['fullName'],
        method: 'verbal',
        language: 'vi',
        expiresAt: new Date(Date.now() - 60_000).toISOString(),
      })
      .expect(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('does not let an embassy see anything under a consent given to another embassy', async () => {
    const { deskA } = world.users;
    const vn = await newEmbassy('VN');
    const ph = await newEmbassy('PH');
    const worker = await filledWorker();
    const c = await filledCase(worker.id);
    const kPH = await consent(worker.id, ph.id, FIELDS);
    const toPH = await refer(c.id, ph.id, kPH.id);

    await get(ph.officer, `/api/v1/referrals/${toPH.id}`).expect(200);
    await get(vn.officer, `/api/v1/referrals/${toPH.id}`).expect(404);
    await get(vn.officer, `/api/v1/referrals/${toPH.id}/messages`).expect(404);
    await api()
      .post(`/api/v1/referrals/${toPH.id}/transitions`)
      .set('Authorization', vn.officer.auth)
      .send({ to: 'acknowledged' })
      .expect(404);
    for (const path of ['/api/v1/referrals', '/api/v1/notifications']) {
      const res = await get(vn.officer, path).expect(200);
      expect(res.body.items).toEqual([]);
      expect(found(res.text, [...FIELDS.flatMap((f) => NEEDLES[f]), c.reference, toPH.id])).toEqual([]);
    }
    // PH's consent cannot carry a referral to VN.
    const refused = await api()
      .post(`/api/v1/cases/${c.id}/referrals`)
      .set('Authorization', deskA.auth)
      .send({ embassyId: vn.id, consentId: kPH.id, reason: 'wrong embassy' })
      .expect(422);
    expect(refused.body.error.code).toBe('RULE_VIOLATION');
  });

  it('refuses a referral without an active consent for that embassy (422) and writes nothing', async () => {
    const { deskA, deskB } = world.users;
    const vn = await newEmbassy('VN');
    const ph = await newEmbassy('PH');
    const worker = await filledWorker();
    const c = await filledCase(worker.id);
    // Started first, so that it has expired by the time the others were tried.
    const expiresAt = new Date(Date.now() + 1000);
    const expiring = await consent(worker.id, vn.id, ['fullName'], { expiresAt: expiresAt.toISOString() });

    const withdrawn = await consent(worker.id, vn.id, ['fullName']);
    await api().post(`/api/v1/consents/${withdrawn.id}/withdraw`).set('Authorization', deskA.auth).send({}).expect(200);
    const legal = await consent(worker.id, world.orgs.lawA.id, ['fullName'], { purpose: 'legal_referral' });
    const forPH = await consent(worker.id, ph.id, ['fullName']);
    const otherWorker = await filledWorker({ fullName: 'Someone Else' });
    const ofOtherWorker = await consent(otherWorker.id, vn.id, ['fullName']);
    const workerOfB = await registerWorker(app, deskB);
    const ofOtherNgo = await consent(workerOfB.id, vn.id, ['fullName'], {}, deskB);

    const attempts: [string, { embassyId: string; consentId: string }][] = [
      ['a withdrawn consent', { embassyId: vn.id, consentId: withdrawn.id }],
      ['a legal_referral consent', { embassyId: vn.id, consentId: legal.id }],
      ['a legal_referral consent, to its law office', { embassyId: world.orgs.lawA.id, consentId: legal.id }],
      ['a consent for another embassy', { embassyId: vn.id, consentId: forPH.id }],
      ['a consent of another worker', { embassyId: vn.id, consentId: ofOtherWorker.id }],
      ["a consent of another NGO's worker", { embassyId: vn.id, consentId: ofOtherNgo.id }],
      ['a consent that does not exist', { embassyId: vn.id, consentId: '00000000-0000-4000-8000-000000000000' }],
    ];
    const tryAll = async (list: typeof attempts) => {
      const answers: [string, number, string][] = [];
      for (const [name, body] of list) {
        const res = await api()
          .post(`/api/v1/cases/${c.id}/referrals`)
          .set('Authorization', deskA.auth)
          .send({ ...body, reason: 'should not be sent' });
        answers.push([name, res.status, res.body.error?.code]);
      }
      expect(answers).toEqual(list.map(([name]) => [name, 422, 'RULE_VIOLATION']));
    };
    await tryAll(attempts);
    await sleepUntil(expiresAt.getTime() + 20);
    await tryAll([['an expired consent', { embassyId: vn.id, consentId: expiring.id }]]);

    const [{ referrals }] = await db.query('SELECT count(*)::int AS referrals FROM referrals WHERE case_id = $1', [
      c.id,
    ]);
    const [{ events }] = await db.query(
      `SELECT count(*)::int AS events FROM case_events WHERE case_id = $1 AND type LIKE 'referral.%'`,
      [c.id],
    );
    const [{ notices }] = await db.query(
      'SELECT count(*)::int AS notices FROM notifications WHERE user_id = ANY($1::uuid[])',
      [[vn.officer.user.id, ph.officer.user.id]],
    );
    expect({ referrals, events, notices }).toEqual({ referrals: 0, events: 0, notices: 0 });
    const nothing = await get(deskA, '/api/v1/referrals?limit=100').expect(200);
    expect(nothing.text).not.toContain(c.reference);
  });

  /** Every read of the embassy answers 404 for the referral, and its list no longer holds it. */
  async function expectGone(officer: SignedIn, referralId: string) {
    const answers = await Promise.all([
      get(officer, `/api/v1/referrals/${referralId}`),
      get(officer, `/api/v1/referrals/${referralId}/messages`),
      api()
        .post(`/api/v1/referrals/${referralId}/messages`)
        .set('Authorization', officer.auth)
        .send({ body: 'still there?' }),
      api()
        .post(`/api/v1/referrals/${referralId}/transitions`)
        .set('Authorization', officer.auth)
        .send({ to: 'acknowledged' }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    for (const r of answers)
      expect(
        found(
          r.text,
          FIELDS.flatMap((f) => NEEDLES[f]),
        ),
      ).toEqual([]);
    const list = await get(officer, '/api/v1/referrals').expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(referralId);
  }
});

async function sleepUntil(epochMs: number): Promise<void> {
  const wait = epochMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
