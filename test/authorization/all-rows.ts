import { casesRows } from './cases.rows.js';
import { identityRows } from './identity.rows.js';
import { legalReferralRows } from './legal-referrals.rows.js';
import type { MatrixSection } from './matrix.js';
import { operationsRows } from './operations.rows.js';

/** Every capability's section of the matrix. */
export const ALL_SECTIONS: MatrixSection[] = [identityRows, casesRows, legalReferralRows, operationsRows];
