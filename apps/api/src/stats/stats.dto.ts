import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate, IsIn, IsOptional } from 'class-validator';
import { CaseFilterQuery, toDate } from '../cases/case.dto.js';

export class StatsQuery {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Cases opened at or after',
    example: '2026-04-01T00:00:00+09:00',
  })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'from must be an ISO 8601 time with an offset' })
  from?: Date;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Cases opened before',
    example: '2027-04-01T00:00:00+09:00',
  })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'to must be an ISO 8601 time with an offset' })
  to?: Date;
}

const EXPORT_FORMATS = ['csv'] as const;

/** The list's filters (without paging: the export streams every visible match) and the format. */
export class CaseExportQuery extends OmitType(CaseFilterQuery, ['limit', 'cursor'] as const) {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: (typeof EXPORT_FORMATS)[number];
}

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

/** The OpenAPI description of GET /stats/overview. */
export const STATS_OVERVIEW_SCHEMA = {
  type: 'object',
  properties: {
    from: { type: 'string', format: 'date-time', nullable: true },
    to: { type: 'string', format: 'date-time', nullable: true },
    total: { type: 'integer' },
    overdue: { type: 'integer' },
    amountRecoveredJpy: { type: 'integer' },
    byStatus: COUNTS,
    byUrgency: COUNTS,
    byCategory: COUNTS,
    byNationality: COUNTS,
    byPrefecture: COUNTS,
    byOutcomeResult: COUNTS,
    byRemedy: COUNTS,
  },
  example: {
    from: '2026-04-01T00:00:00.000Z',
    to: null,
    total: 3,
    overdue: 1,
    amountRecoveredJpy: 350000,
    byStatus: { open: 1, in_progress: 1, waiting: 0, resolved: 1, closed: 0 },
    byUrgency: { critical: 0, high: 1, normal: 2, low: 0 },
    byCategory: { wage_arrears: 2, unpaid_overtime: 1 },
    byNationality: { VN: 2, PH: 1 },
    byPrefecture: { Aichi: 2, unknown: 1 },
    byOutcomeResult: { remedy_obtained: 1 },
    byRemedy: { wages_paid: 1 },
  },
};
