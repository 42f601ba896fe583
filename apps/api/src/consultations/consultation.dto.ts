import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
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
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { CASE_CATEGORIES, CHANNELS, LANGUAGE_TAG, SENSITIVITIES, URGENCIES } from '#domain/common';
import { toDate } from '../cases/case.dto.js';
import { PageQuery } from '../http/page-query.dto.js';

/** What every consultation records, on a case or standing alone. */
class ConsultationFieldsDto {
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'When it happened (not in the future)',
    example: '2026-11-20T14:05:00+09:00',
  })
  @Transform(toDate)
  @IsDate({ message: 'occurredAt must be an ISO 8601 time with an offset' })
  occurredAt: Date;

  @ApiProperty({ enum: CHANNELS, example: 'phone' })
  @IsIn(CHANNELS)
  channel: string;

  @ApiProperty({ description: 'The language of the conversation (BCP 47)', example: 'vi' })
  @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 language tag' })
  @MaxLength(20)
  language: string;

  @ApiPropertyOptional({ default: false, example: true })
  @IsOptional()
  @IsBoolean()
  interpreterUsed?: boolean;

  @ApiPropertyOptional({ example: 'Tran Thi Mai (volunteer)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  interpreterName?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1440, example: 25 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes?: number;

  @ApiProperty({ example: 'Employer has not paid overtime since April; worker has payslips.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  summary: string;
}

export class CaseConsultationDto extends ConsultationFieldsDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: "When to follow up (in the future); it becomes the case's next follow-up",
    example: '2026-12-01T10:00:00+09:00',
  })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'followUpAt must be an ISO 8601 time with an offset' })
  followUpAt?: Date;
}

export class StandaloneConsultationDto extends ConsultationFieldsDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A registered worker of the organization, if known' })
  @IsOptional()
  @IsUUID()
  workerId?: string;

  @ApiPropertyOptional({ description: 'How to refer to an anonymous contact', example: 'Caller from Gifu, 14:05' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  anonymousLabel?: string;

  @ApiProperty({ enum: CASE_CATEGORIES, isArray: true, example: ['unpaid_overtime'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CASE_CATEGORIES.length)
  @IsIn(CASE_CATEGORIES, { each: true })
  categories: string[];
}

export class ConsultationQuery extends PageQuery {
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Happened at or after' })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'from must be an ISO 8601 time with an offset' })
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Happened before' })
  @IsOptional()
  @Transform(toDate)
  @IsDate({ message: 'to must be an ISO 8601 time with an offset' })
  to?: Date;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: string;

  @ApiPropertyOptional({ enum: CASE_CATEGORIES, description: "The consultation's own or its case's categories" })
  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

export class PromoteConsultationDto {
  @ApiProperty({ format: 'uuid', description: 'The worker the new case is about (required by now)' })
  @IsUUID()
  workerId: string;

  @ApiProperty({ example: '残業代の未払い (unpaid overtime since April)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @ApiProperty({ enum: URGENCIES, example: 'normal' })
  @IsIn(URGENCIES)
  urgency: string;

  @ApiPropertyOptional({ enum: SENSITIVITIES, default: 'normal' })
  @IsOptional()
  @IsIn(SENSITIVITIES)
  sensitivity?: string;
}
