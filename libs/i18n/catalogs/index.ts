import type { LabelKey } from '../taxonomy.js';
import type { SupportedLocale } from '../locales.js';
import { caseLabelsEn } from './staff/case-labels.en.js';
import { caseLabelsJa } from './staff/case-labels.ja.js';
import { notificationsEn } from './staff/notifications.en.js';
import { notificationsJa } from './staff/notifications.ja.js';
import { peopleLabelsEn } from './staff/people-labels.en.js';
import { peopleLabelsJa } from './staff/people-labels.ja.js';
import { prefecturesEn } from './staff/prefectures.en.js';
import { prefecturesJa } from './staff/prefectures.ja.js';
import { workerBn } from './worker/bn.js';
import { workerEn, type WorkerMessages } from './worker/en.js';
import { workerEs } from './worker/es.js';
import { workerId } from './worker/id.js';
import { workerJaEasy } from './worker/ja-easy.js';
import { workerJa } from './worker/ja.js';
import { workerKm } from './worker/km.js';
import { workerMy } from './worker/my.js';
import { workerNe } from './worker/ne.js';
import { workerPt } from './worker/pt.js';
import { workerSi } from './worker/si.js';
import { workerTh } from './worker/th.js';
import { workerTl } from './worker/tl.js';
import { workerVi } from './worker/vi.js';
import { workerZh } from './worker/zh.js';

/** The English catalog is the reference: its keys are the message keys, its `{name}`s the parameters. */
export const en = { ...caseLabelsEn, ...peopleLabelsEn, ...prefecturesEn, ...notificationsEn, ...workerEn } as const;
export type EnglishCatalog = typeof en;
export type MessageKey = keyof EnglishCatalog;
export type Messages = { readonly [K in MessageKey]: string };

/** Compiles only while the English catalog labels every taxonomy value (the ja one must match it). */
type Covers<T extends Record<LabelKey, string>> = T;
export type EnglishCoversTaxonomy = Covers<EnglishCatalog>;

/** Staff languages are complete: a missing key in ja is a compile error, not a fallback. */
const ja: Messages = { ...caseLabelsJa, ...peopleLabelsJa, ...prefecturesJa, ...notificationsJa, ...workerJa };

/**
 * Worker-facing languages hold worker texts only; staff keys fall back to English. The languages
 * issue 5 requires for consent summaries are typed complete (WorkerMessages), the others Partial.
 */
const worker = (messages: WorkerMessages | Partial<WorkerMessages>): Partial<Messages> => messages;

export const catalogs: Readonly<Record<SupportedLocale, Partial<Messages>>> = {
  en,
  ja,
  'ja-easy': worker(workerJaEasy),
  vi: worker(workerVi),
  zh: worker(workerZh),
  tl: worker(workerTl),
  id: worker(workerId),
  ne: worker(workerNe),
  my: worker(workerMy),
  bn: worker(workerBn),
  th: worker(workerTh),
  km: worker(workerKm),
  pt: worker(workerPt),
  es: worker(workerEs),
  si: worker(workerSi),
};

/** Keys of the worker-facing texts (the consent summary and the accompaniment reminder). */
export const WORKER_KEYS = Object.keys(workerEn) as (keyof WorkerMessages)[];
