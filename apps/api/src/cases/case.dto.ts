import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CASE_CATEGORIES, OUTCOME_RESULTS, REMEDIES, REMEDY_ROUTES, SENSITIVITIES, URGENCIES } from '#domain/common';
import { PageQuery } from '../http/page-query.dto.js';

const CASE_STATUSES = ['open', 'in_progress', 'waiting', 'resolved', 'closed'] as const;

/** An ISO 8601 time with an offset, turned into a Date; anything else fails validation. */
export const toDate = ({ value }: { value: unknown }) => {
  if (value === null) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
};

export class CaseOutcomeDto {
  @ApiProperty({ enum: OUTCOME_RESULTS, example: 'remedy_obtained' })
  @IsIn(OUTCOME_RESULTS)
  result: string;

  @ApiProperty({ enum: REMEDIES, isArray: true, example: ['wages_paid'] })
  @IsArray()
  @ArrayMaxSize(REMEDIES.length)
  @IsIn(REMEDIES, { each: true })
  remedies: string[];

  @ApiPropertyOptional({ nullable: true, minimum: 0, example: 480000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  amountRecoveredJpy: number | null = null;

  @ApiPropertyOptional({ enum: REMEDY_ROUTES, nullable: true, example: 'labour_standards_office' })
  @IsOptional()
  @IsIn(REMEDY_ROUTES)
  remedyRoute: string | null = null;
}

export class CreateCaseDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  workerId: string;

  @ApiProperty({ example: '残業代の未払い (unpaid overtime since April)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ example: 'Worker reports 60 hours of unpaid overtime per month at a food factory.' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string;

  @ApiProperty({ enum: CASE_CATEGORIES, isArray: true, example: ['unpaid_overtime'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CASE_CATEGORIES.length)
  @IsIn(CASE_CATEGORIES, { each: true })
  categories: string[];

  @ApiProperty({ enum: URGENCIES, example: 'normal' })
  @IsIn(URGENCIES)
  urgency: string;

  @ApiPropertyOptional({ enum: SENSITIVITIES, default: 'normal' })
  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the caller' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Staff who may also see a restricted case' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  collaboratorIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2026-12-01T10:00:00+09:00' })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'nextFollowUpAt must be an ISO 8601 time with an offset' })
  nextFollowUpAt?: Date;
}

export class UpdateCaseDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409', example: 1 })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string;

  @ApiPropertyOptional({ enum: CASE_CATEGORIES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CASE_CATEGORIES.length)
  @IsIn(CASE_CATEGORIES, { each: true })
  categories?: string[];

  @ApiPropertyOptional({ enum: URGENCIES })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: string;

  @ApiPropertyOptional({ enum: SENSITIVITIES })
  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Reassign (supervisor or the current owner)' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  collaboratorIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'nextFollowUpAt must be an ISO 8601 time with an offset' })
  nextFollowUpAt?: Date | null;

  @ApiPropertyOptional({ type: CaseOutcomeDto, description: 'Amendable until the case is closed' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseOutcomeDto)
  outcome?: CaseOutcomeDto;
}

export class CaseTransitionDto {
  @ApiProperty({ enum: CASE_STATUSES, example: 'in_progress' })
  @IsIn(CASE_STATUSES)
  to: (typeof CASE_STATUSES)[number];

  @ApiPropertyOptional({ description: 'Why; required to reopen', example: 'Employer agreed to pay' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ type: CaseOutcomeDto, description: 'Required when to is resolved' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseOutcomeDto)
  outcome?: CaseOutcomeDto;
}

export class CaseFilterQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: URGENCIES })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: string;

  @ApiPropertyOptional({ enum: CASE_CATEGORIES })
  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ description: 'Words of the title or summary, in any language', example: '残業' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Only cases past a deadline or follow-up (true) or not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}
