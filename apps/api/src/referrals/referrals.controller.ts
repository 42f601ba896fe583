import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { RequirePermission, type Actor } from '#access';
import type { Page } from '#domain/common';
import { ReferralsService, type ReferralMessageView, type ReferralView } from '#domain/referrals';
import { CurrentActor } from '../auth/request-origin.js';
import { PageQuery } from '../http/page-query.dto.js';
import { IdParam } from '../identity/identity.dto.js';

const REFERRAL_STATUSES = ['sent', 'acknowledged', 'in_progress', 'closed', 'declined', 'withdrawn'] as const;

export class CreateReferralDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  embassyId: string;

  @ApiProperty({
    format: 'uuid',
    description: "An active embassy_referral consent of the case's worker for that embassy",
  })
  @IsUUID()
  consentId: string;

  @ApiProperty({ example: 'Passport confiscated by the employer; the worker needs a travel document.' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  reason: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  message?: string;
}

export class ReferralTransitionDto {
  @ApiProperty({ enum: REFERRAL_STATUSES, example: 'acknowledged' })
  @IsIn(REFERRAL_STATUSES)
  to: (typeof REFERRAL_STATUSES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  outcome?: string;
}

export class ReferralQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: string;
}

export class MessageDto {
  @ApiProperty({ example: 'We can see the worker on Thursday at 10:00.' })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  body: string;
}

@ApiTags('embassy referrals')
@ApiBearerAuth()
@Controller('v1')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Post('cases/:id/referrals')
  @RequirePermission('referral.create')
  @ApiOperation({ summary: 'Refer a case to an embassy under an active consent (422 without one)' })
  refer(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: CreateReferralDto,
  ): Promise<ReferralView> {
    return this.referrals.refer(actor, id, body);
  }

  @Get('referrals')
  @RequirePermission('referral.read')
  @ApiOperation({ summary: "Embassy officers: addressed to their embassy; NGO staff: their organization's" })
  list(@CurrentActor() actor: Actor, @Query() query: ReferralQuery): Promise<Page<ReferralView>> {
    return this.referrals.list(actor, query);
  }

  @Get('referrals/:id')
  @RequirePermission('referral.read')
  @ApiOperation({ summary: 'A referral with the consented fields only' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<ReferralView> {
    return this.referrals.get(actor, id);
  }

  @Post('referrals/:id/transitions')
  @RequirePermission('referral.transition')
  @HttpCode(200)
  @ApiOperation({ summary: 'Embassy: acknowledged, in_progress, declined, closed; NGO: withdrawn' })
  transition(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: ReferralTransitionDto,
  ): Promise<ReferralView> {
    return this.referrals.transition(actor, id, body);
  }

  @Get('referrals/:id/messages')
  @RequirePermission('referral.message')
  @ApiOperation({ summary: "The referral's thread, oldest first" })
  messages(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<ReferralMessageView[]> {
    return this.referrals.messages(actor, id);
  }

  @Post('referrals/:id/messages')
  @RequirePermission('referral.message')
  @ApiOperation({ summary: 'Write in the thread; the other side is notified' })
  post(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: MessageDto): Promise<ReferralMessageView> {
    return this.referrals.postMessage(actor, id, body.body);
  }
}
