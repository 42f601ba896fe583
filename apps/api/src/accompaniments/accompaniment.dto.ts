import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DESTINATIONS } from '#domain/common';
import { toDate } from '../cases/case.dto.js';

const ACCOMPANIMENT_ENDS = ['done', 'cancelled', 'no_show'] as const;

export class ScheduleAccompanimentDto {
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'In the future',
    example: '2026-12-03T10:00:00+09:00',
  })
  @Transform(toDate)
  @IsDate({ message: 'scheduledAt must be an ISO 8601 time with an offset' })
  scheduledAt: Date;

  @ApiProperty({ enum: DESTINATIONS, example: 'labour_standards_office' })
  @IsIn(DESTINATIONS)
  destination: string;

  @ApiProperty({ format: 'uuid', description: 'Active staff of the organization who may see the case' })
  @IsUUID()
  escortId: string;

  @ApiPropertyOptional({ example: 'Bring payslips and the employment contract.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class AccompanimentTransitionDto {
  @ApiProperty({ enum: ACCOMPANIMENT_ENDS, example: 'done' })
  @IsIn(ACCOMPANIMENT_ENDS)
  to: (typeof ACCOMPANIMENT_ENDS)[number];

  @ApiPropertyOptional({ example: 'The inspector accepted the complaint and will visit the employer.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  outcome?: string;
}
