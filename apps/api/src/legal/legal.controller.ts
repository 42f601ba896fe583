import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { RequirePermission, type Actor } from '#access';
import type { Page } from '#domain/common';
import { LegalService, type LegalAssignmentView, type LegalReviewView } from '#domain/legal';
import { CurrentActor } from '../auth/request-origin.js';
import { PageQuery } from '../http/page-query.dto.js';
import { IdParam } from '../identity/identity.dto.js';

const ASSIGNMENT_STATUSES = ['pending', 'accepted', 'declined', 'completed', 'withdrawn'] as const;

export class CreateAssignmentDto {
  @ApiProperty({ format: 'uuid', description: 'An active lawyer' })
  @IsUUID()
  lawyerId: string;

  @ApiPropertyOptional({ example: 'Wage claim of 480,000 JPY; labour standards office visited once.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class AssignmentTransitionDto {
  @ApiProperty({ enum: ASSIGNMENT_STATUSES, example: 'accepted' })
  @IsIn(ASSIGNMENT_STATUSES)
  to: (typeof ASSIGNMENT_STATUSES)[number];

  @ApiPropertyOptional({ example: 'Conflict of interest' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ example: 'Settled through labour tribunal' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  outcome?: string;
}

export class AssignmentQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: string;
}

export class ReviewDto {
  @ApiProperty({ example: 'The dismissal lacks objectively reasonable grounds (Labour Contracts Act art. 16).' })
  @IsString()
  @MinLength(1)
  @MaxLength(50000)
  body: string;
}

@ApiTags('legal support')
@ApiBearerAuth()
@Controller('v1')
export class LegalController {
  constructor(private readonly legal: LegalService) {}

  @Post('cases/:id/legal-assignments')
  @RequirePermission('legal.assign')
  @ApiOperation({ summary: 'Hand a case to a lawyer (conflicts are flagged, not refused)' })
  assign(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: CreateAssignmentDto,
  ): Promise<LegalAssignmentView> {
    return this.legal.assign(actor, id, body);
  }

  @Get('legal-assignments')
  @RequirePermission('legal.list')
  @ApiOperation({ summary: "Lawyers: their own; NGO staff: their organization's" })
  list(@CurrentActor() actor: Actor, @Query() query: AssignmentQuery): Promise<Page<LegalAssignmentView>> {
    return this.legal.list(actor, query);
  }

  @Post('legal-assignments/:id/transitions')
  @RequirePermission('legal.transition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lawyer: accepted, declined, completed; staff: withdrawn' })
  transition(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: AssignmentTransitionDto,
  ): Promise<LegalAssignmentView> {
    return this.legal.transition(actor, id, body);
  }

  @Post('cases/:id/legal-reviews')
  @RequirePermission('legal.review_write')
  @ApiOperation({ summary: 'A privileged review by the lawyer with an accepted assignment' })
  writeReview(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: ReviewDto,
  ): Promise<LegalReviewView> {
    return this.legal.writeReview(actor, id, body.body);
  }

  @Get('cases/:id/legal-reviews')
  @RequirePermission('legal.review_read')
  @ApiOperation({ summary: "Privileged: the assigned lawyer and the owning NGO's supervisors only (404 to others)" })
  reviews(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<LegalReviewView[]> {
    return this.legal.reviews(actor, id);
  }
}
