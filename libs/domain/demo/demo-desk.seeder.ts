import { Injectable } from '@nestjs/common';
import type { Actor } from '#access';
import { AccompanimentsService } from '../accompaniments/accompaniments.service.js';
import { CasesService } from '../cases/cases.service.js';
import { DESTINATIONS } from '../common/taxonomy.js';
import { ConsentsService } from '../consents/consents.service.js';
import { ConsultationsService } from '../consultations/consultations.service.js';
import { LegalService } from '../legal/legal.service.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import type { WorkerView } from '../workers/worker.views.js';
import { WorkersService } from '../workers/workers.service.js';
import type { Cast } from './demo-cast.service.js';
import {
  composeName,
  EMPLOYERS,
  NATIONALITIES,
  PREFECTURE_POOL,
  RESIDENCE_POOL,
  SENDING_AGENCIES,
  SUPPORT_ORGANIZATIONS,
  type Nationality,
} from './demo-people.js';
import { DESK_NOTES, OUTCOMES, REFERRAL_REASONS, STORIES, WORKER_WORDS, type Story } from './demo-stories.js';
import type { SeededRandom } from './random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Where a demo case ends up, weighted like a desk's caseload at any moment. */
const FATES = [
  { status: 'open', weight: 14 },
  { status: 'in_progress', weight: 36 },
  { status: 'waiting', weight: 14 },
  { status: 'resolved', weight: 14 },
  { status: 'closed', weight: 22 },
] as const;

export interface DeskCounts {
  workers: number;
  cases: number;
  consultations: number;
}

interface Seeded {
  worker: WorkerView;
  nationality: Nationality;
  story: Story;
  caseId: string;
  /** Where the case ended up. */
  status: string;
  owner: Actor;
}

/**
 * Fills one NGO's desk through the domain services themselves — the same rules, deadlines,
 * timeline events and audit rows as real work — so the demo shows the product as it behaves.
 */
@Injectable()
export class DemoDeskSeeder {
  constructor(
    private readonly workers: WorkersService,
    private readonly cases: CasesService,
    private readonly consultations: ConsultationsService,
    private readonly accompaniments: AccompanimentsService,
    private readonly legal: LegalService,
    private readonly consents: ConsentsService,
    private readonly referrals: ReferralsService,
  ) {}

  async seed(cast: Cast, orgKey: string, workerCount: number, rng: SeededRandom): Promise<DeskCounts> {
    const staff = cast.staffOf(orgKey);
    const supervisor = cast.staffOf(orgKey, 'supervisor')[0];
    const counts: DeskCounts = { workers: 0, cases: 0, consultations: 0 };
    const seeded: Seeded[] = [];
    for (let i = 0; i < workerCount; i++) {
      const owner = rng.pick(staff);
      const nationality = rng.weighted(NATIONALITIES);
      const worker = await this.workers.create(owner, workerFields(nationality, rng, i));
      counts.workers++;
      // Most workers bring one problem; some come back with a second one.
      const problems = rng.chance(0.15) ? 2 : 1;
      for (let p = 0; p < problems; p++) {
        const story = rng.weighted(STORIES);
        const caseView = await this.cases.open(owner, {
          workerId: worker.id,
          title: rng.chance(0.7) ? story.titleJa : story.titleEn,
          summary: rng.chance(0.7) ? story.summaryJa : story.summaryEn,
          categories: story.categories,
          urgency: rng.chance(0.8) ? story.urgency : rng.pick(['high', 'normal', 'low']),
          sensitivity: story.restricted ? 'restricted' : 'normal',
        });
        counts.cases++;
        const { contacts, status } = await this.advance(owner, supervisor, caseView, worker, nationality, story, rng);
        counts.consultations += contacts;
        seeded.push({ worker, nationality, story, caseId: caseView.id, status, owner });
      }
    }
    counts.consultations += await this.standaloneContacts(staff, rng, Math.ceil(workerCount / 10));
    await this.legalSupport(cast, seeded, rng);
    await this.embassyReferrals(cast, seeded, rng);
    await this.accompany(staff, seeded, rng);
    return counts;
  }

  /** Logs the contacts of a case and moves it to where its fate says it stands. */
  private async advance(
    owner: Actor,
    supervisor: Actor,
    c: { id: string },
    worker: WorkerView,
    nationality: Nationality,
    story: Story,
    rng: SeededRandom,
  ): Promise<{ contacts: number; status: string }> {
    const status = rng.weighted(FATES).status;
    const fate = status;
    if (fate === 'open') return { contacts: 0, status };
    const contacts = rng.int(1, 3);
    for (let k = 0; k < contacts; k++) {
      await this.consultations.logOnCase(owner, c.id, {
        occurredAt: new Date(Date.now() - (contacts - k) * rng.int(2, 20) * DAY - rng.int(0, 8) * HOUR),
        channel: rng.pick(['phone', 'line', nationality.app === 'zalo' ? 'zalo' : 'facebook', 'walk_in', 'email']),
        language: worker.preferredLanguage,
        interpreterUsed: worker.preferredLanguage !== 'ja' && rng.chance(0.6),
        durationMinutes: rng.int(10, 90),
        summary: consultationNote(worker.preferredLanguage, story, rng),
      });
    }
    const { version } = await this.cases.transition(owner, c.id, { to: 'in_progress' });
    if (fate === 'in_progress') {
      if (rng.chance(0.4)) {
        const when = new Date(Date.now() + rng.int(1, 10) * DAY);
        await this.cases.update(owner, c.id, version, { nextFollowUpAt: when });
      }
      return { contacts, status };
    }
    if (fate === 'waiting') {
      await this.cases.transition(owner, c.id, { to: 'waiting', reason: 'Waiting for documents from the employer' });
      return { contacts, status };
    }
    const outcome = rng.pick(OUTCOMES);
    await this.cases.transition(owner, c.id, {
      to: 'resolved',
      reason: 'Outcome reached',
      outcome: {
        result: outcome.result,
        remedies: outcome.remedies,
        amountRecoveredJpy: outcome.amount ? Math.round(rng.int(...outcome.amount) / 1000) * 1000 : null,
        remedyRoute: outcome.route,
      },
    });
    if (fate === 'closed') await this.cases.transition(supervisor, c.id, { to: 'closed', reason: 'Case complete' });
    return { contacts, status };
  }

  /** One-off questions, many anonymous, the way most desk contacts begin. */
  private async standaloneContacts(staff: Actor[], rng: SeededRandom, count: number): Promise<number> {
    for (let i = 0; i < count; i++) {
      const story = rng.weighted(STORIES);
      const language = rng.weighted(NATIONALITIES).language;
      await this.consultations.logStandalone(rng.pick(staff), {
        anonymousLabel: `Caller ${i + 1} (${language})`,
        occurredAt: new Date(Date.now() - rng.int(1, 60) * DAY),
        channel: rng.pick(['phone', 'line', 'facebook', 'web_form']),
        language,
        categories: story.categories,
        summary: consultationNote(language, story, rng),
      });
    }
    return count;
  }

  /** Some cases go to the partner law office: pending, accepted with a review, or declined. */
  private async legalSupport(cast: Cast, seeded: Seeded[], rng: SeededRandom): Promise<void> {
    const lawyers = [...cast.actors.values()].filter((a) => a.role === 'lawyer');
    const candidates = seeded.filter((s) => s.status !== 'open' && s.story.categories.some((c) => LEGAL.includes(c)));
    for (const s of candidates.slice(0, 24)) {
      const lawyer = rng.pick(lawyers);
      const assignment = await this.legal.assign(s.owner, s.caseId, {
        lawyerId: lawyer.userId,
        note: '労働審判も視野に入れて検討をお願いします。',
      });
      const fate = rng.next();
      if (fate < 0.3) continue;
      if (fate < 0.4) {
        await this.legal.transition(lawyer, assignment.id, { to: 'declined', reason: 'Conflict of schedule' });
        continue;
      }
      await this.legal.transition(lawyer, assignment.id, { to: 'accepted' });
      await this.legal.writeReview(
        lawyer,
        s.caseId,
        '未払賃金の請求は2年（2020年4月以降は3年）の時効に注意。タイムカードの写真は有力な証拠になる。',
      );
    }
  }

  /** Workers of the six embassies' countries, referred under their consent; some answered. */
  private async embassyReferrals(cast: Cast, seeded: Seeded[], rng: SeededRandom): Promise<void> {
    const embassies = new Map([...cast.organizations.values()].filter((o) => o.country).map((o) => [o.country!, o]));
    const officers = [...cast.actors.values()].filter((a) => a.role === 'embassy_officer');
    const referable = seeded.filter((s) => embassies.has(s.nationality.country) && s.status !== 'closed');
    for (const s of referable.filter((_, i) => i % 6 === 0).slice(0, 20)) {
      const embassy = embassies.get(s.nationality.country)!;
      const consent = await this.consents.record(s.owner, s.worker.id, {
        purpose: 'embassy_referral',
        recipientOrganizationId: embassy.id,
        fields: rng.chance(0.5)
          ? ['fullName', 'nationality', 'phone', 'employer', 'caseSummary']
          : ['fullName', 'nationality', 'residenceStatus', 'prefecture'],
        method: rng.pick(['verbal', 'written']),
        language: s.worker.preferredLanguage,
      });
      const referral = await this.referrals.refer(s.owner, s.caseId, {
        embassyId: embassy.id,
        consentId: consent.id,
        reason: REFERRAL_REASONS[s.story.theme],
        message: 'Please contact the worker in their language; an interpreter is not needed.',
      });
      const officer = officers.find((o) => o.organizationId === embassy.id)!;
      if (rng.chance(0.5)) {
        await this.referrals.transition(officer, referral.id, { to: 'acknowledged' });
        await this.referrals.postMessage(officer, referral.id, 'Received. Our labour attaché will call the worker.');
        if (rng.chance(0.5)) await this.referrals.transition(officer, referral.id, { to: 'in_progress' });
      }
    }
  }

  /** Coming visits to the Labour Standards Office, Hello Work or a hospital, with a staff escort. */
  private async accompany(staff: Actor[], seeded: Seeded[], rng: SeededRandom): Promise<void> {
    const active = seeded.filter((s) => s.status !== 'closed' && s.status !== 'resolved');
    for (const s of active.filter((_, i) => i % 8 === 3).slice(0, 20)) {
      const escort = rng.pick(staff);
      const at = new Date(Date.now() + rng.int(1, 14) * DAY + rng.int(1, 6) * HOUR);
      await this.accompaniments.schedule(s.owner, s.caseId, {
        scheduledAt: at,
        destination: rng.pick(DESTINATIONS.slice(0, 5)),
        escortId: escort.userId,
        notes: '在留カードと給与明細を持参すること。',
      });
    }
  }
}

const LEGAL = ['wage_arrears', 'unpaid_overtime', 'dismissal', 'occupational_injury', 'passport_confiscation'];

function workerFields(n: Nationality, rng: SeededRandom, i: number) {
  const name = composeName(n, rng.pick(n.family), rng.pick(n.given));
  const employer = rng.pick(EMPLOYERS);
  const age = rng.int(20, 45);
  const phone = `0${rng.pick([70, 80, 90])}-${rng.int(1000, 9999)}-${String(1000 + i).slice(-4)}`;
  return {
    ...name,
    nationality: n.country,
    preferredLanguage: n.language,
    gender: rng.pick(['female', 'male']),
    dateOfBirth: `${new Date().getFullYear() - age}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    residenceStatus: rng.pick(RESIDENCE_POOL),
    residenceCardExpiry: new Date(Date.now() + rng.int(20, 900) * DAY).toISOString().slice(0, 10),
    prefecture: rng.chance(0.6) ? employer.prefecture : rng.pick(PREFECTURE_POOL),
    phone,
    messagingContacts: [{ app: n.app, handle: `${n.app}-${n.country.toLowerCase()}${1000 + i}` }],
    employer: { name: employer.name, sector: employer.sector, prefecture: employer.prefecture },
    supportOrganization: rng.chance(0.5) ? rng.pick(SUPPORT_ORGANIZATIONS) : null,
    sendingAgency: rng.chance(0.5) ? rng.pick(SENDING_AGENCIES) : null,
  };
}

/** The worker's words in their own language (where the desk has them), then the desk's note. */
function consultationNote(language: string, story: Story, rng: SeededRandom): string {
  const note = rng.pick(DESK_NOTES);
  const words = WORKER_WORDS[language]?.[story.theme];
  return words ? `「${words}」 — ${note.ja}` : `${note.en} ${note.ja}`;
}
