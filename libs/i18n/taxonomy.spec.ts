import { describe, expect, it } from '@jest/globals';
import * as access from '../access/roles.js';
import * as domain from '../domain/common/taxonomy.js';
import { catalogs, type MessageKey } from './catalogs/index.js';
import { label, labelOf } from './label.js';
import {
  CASE_CATEGORIES,
  CHANNELS,
  CONSENTABLE_FIELDS,
  DESTINATIONS,
  LABEL_FAMILIES,
  LANGUAGES,
  PREFECTURES,
  RESIDENCE_STATUSES,
  SECTORS,
  URGENCIES,
} from './taxonomy.js';

const families = Object.entries(LABEL_FAMILIES) as [string, readonly string[]][];

describe('taxonomy', () => {
  it('has the sizes PRODUCT.md and API.md give', () => {
    expect(CASE_CATEGORIES).toHaveLength(23);
    expect(URGENCIES).toHaveLength(4);
    expect(CHANNELS).toHaveLength(12);
    expect(RESIDENCE_STATUSES).toHaveLength(18);
    expect(SECTORS).toHaveLength(20);
    expect(DESTINATIONS).toHaveLength(11);
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES[0]).toBe('Hokkaido');
    expect(PREFECTURES[46]).toBe('Okinawa');
    expect(CONSENTABLE_FIELDS).toHaveLength(13);
    expect(LANGUAGES).toHaveLength(15);
  });

  it.each(families)('%s has no duplicate values', (_family, values) => {
    expect(new Set(values).size).toBe(values.length);
  });

  it.each(families)('every %s value has a label in ja and en', (family, values) => {
    for (const locale of ['ja', 'en'] as const) {
      const unlabelled = values.filter((v) => !catalogs[locale][`${family}.${v}` as MessageKey]?.trim());
      expect({ locale, unlabelled }).toEqual({ locale, unlabelled: [] });
    }
  });

  it('labels the prefectures in Japanese script', () => {
    expect(PREFECTURES.filter((p) => !/^\p{Script=Han}+$/u.test(label('ja', 'prefecture', p)))).toEqual([]);
    expect(label('ja', 'prefecture', 'Tokyo')).toBe('東京都');
    expect(label('en', 'prefecture', 'Hyogo')).toBe('Hyogo');
  });

  it('labels values read from storage, passing unknown ones through', () => {
    expect(labelOf('ja', 'referralStatus', 'acknowledged')).toBe('受領確認済み');
    expect(labelOf('ja', 'referralStatus', 'lost_in_space')).toBe('lost_in_space');
  });

  // Until libs/domain and libs/access import these arrays from #i18n, the copies must not drift apart.
  it('agrees with the copies in libs/domain/common and libs/access', () => {
    expect(domain.CASE_CATEGORIES).toEqual(LABEL_FAMILIES.caseCategory);
    expect(domain.URGENCIES).toEqual(LABEL_FAMILIES.urgency);
    expect(domain.SENSITIVITIES).toEqual(LABEL_FAMILIES.sensitivity);
    expect(domain.CHANNELS).toEqual(LABEL_FAMILIES.channel);
    expect(domain.RESIDENCE_STATUSES).toEqual(LABEL_FAMILIES.residenceStatus);
    expect(domain.SECTORS).toEqual(LABEL_FAMILIES.sector);
    expect(domain.DESTINATIONS).toEqual(LABEL_FAMILIES.destination);
    expect(domain.PREFECTURES).toEqual(LABEL_FAMILIES.prefecture);
    expect(domain.MESSAGING_APPS).toEqual(LABEL_FAMILIES.messagingApp);
    expect(domain.GENDERS).toEqual(LABEL_FAMILIES.gender);
    expect(domain.OUTCOME_RESULTS).toEqual(LABEL_FAMILIES.outcomeResult);
    expect(domain.REMEDIES).toEqual(LABEL_FAMILIES.remedy);
    expect(domain.REMEDY_ROUTES).toEqual(LABEL_FAMILIES.remedyRoute);
    expect(access.ROLES).toEqual(LABEL_FAMILIES.role);
    expect(access.ORGANIZATION_KINDS).toEqual(LABEL_FAMILIES.organizationKind);
  });
});
