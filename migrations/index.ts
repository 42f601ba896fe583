import { Extensions1764000000000 } from './1764000000000-Extensions.js';
import { IdentityAndAudit1764000000001 } from './1764000000001-IdentityAndAudit.js';
import { WorkersAndCases1764000000002 } from './1764000000002-WorkersAndCases.js';
import { LegalConsentsReferrals1764000000003 } from './1764000000003-LegalConsentsReferrals.js';
import { DeadlinesAndOutbox1764000000004 } from './1764000000004-DeadlinesAndOutbox.js';
import { ConsultationsAccompaniments1764000000005 } from './1764000000005-ConsultationsAccompaniments.js';
import { DeliveryClaims1764000000006 } from './1764000000006-DeliveryClaims.js';
import { OverdueDeadlineIndexes1764000000007 } from './1764000000007-OverdueDeadlineIndexes.js';
import { CaseListFilterIndexes1764000000008 } from './1764000000008-CaseListFilterIndexes.js';
import { OverdueFollowUpIndex1764000000009 } from './1764000000009-OverdueFollowUpIndex.js';
import { CaseSearchIndexes1764000000010 } from './1764000000010-CaseSearchIndexes.js';
import { CaseSearchByPeriod1764000000011 } from './1764000000011-CaseSearchByPeriod.js';

/** Every migration, in order. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [
  Extensions1764000000000,
  IdentityAndAudit1764000000001,
  WorkersAndCases1764000000002,
  LegalConsentsReferrals1764000000003,
  DeadlinesAndOutbox1764000000004,
  ConsultationsAccompaniments1764000000005,
  DeliveryClaims1764000000006,
  OverdueDeadlineIndexes1764000000007,
  CaseListFilterIndexes1764000000008,
  OverdueFollowUpIndex1764000000009,
  CaseSearchIndexes1764000000010,
  CaseSearchByPeriod1764000000011,
];
